import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FACT_IDS,
  KnowledgeBaseError,
  methodById,
  parseKnowledgeBase,
} from '../../src/domain/knowledge-base.js';
import { METHOD_IDS } from '../../src/domain/methods.js';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../src/domain/knowledge-base.json', import.meta.url), 'utf8'),
);

// biome-ignore lint/suspicious/noExplicitAny: a deliberately broken copy of untyped JSON
type Json = any;

/** The message parseKnowledgeBase throws for a copy of the data changed by `mutate`. */
function errorFor(mutate: (kb: Json) => void): string {
  const copy = structuredClone(raw) as Json;
  mutate(copy);
  try {
    parseKnowledgeBase(copy);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    return (error as Error).message;
  }
  throw new Error('expected the knowledge base to be rejected');
}

describe('the real knowledge base', () => {
  it('parses', () => {
    const kb = parseKnowledgeBase(raw);
    expect(Object.keys(kb.facts).sort()).toEqual([...FACT_IDS].sort());
    expect(kb.methods.map((m) => m.id).sort()).toEqual([...METHOD_IDS].sort());
    expect(kb.campaigns.map((c) => c.id)).toEqual(['spring_points_festival', 'spring_grand_lottery']);
  });

  it('holds the domain’s deadlines and fees', () => {
    const kb = parseKnowledgeBase(raw);
    expect(METHOD_IDS.map((id) => [id, methodById(kb, id).dueDay, methodById(kb, id).feeYen])).toEqual([
      ['store', 10, 209],
      ['barcode', 10, 209],
      ['postcard', 20, 209],
      ['auto_debit', 27, 0],
    ]);
  });

  it('holds the campaigns’ inclusive boundaries', () => {
    const kb = parseKnowledgeBase(raw);
    expect(kb.campaigns[0]?.eligibility.lastUsedOnOrAfter).toBe('2023-12-01');
    expect(kb.campaigns[1]?.eligibility.lastUsedOnOrBefore).toBe('2023-11-30');
    expect(kb.campaigns[1]?.rewards[0]?.lottery).toBe(true);
    expect(kb.campaigns[0]?.rewards.every((r) => r.lottery === false)).toBe(true); // the default
  });
});

describe('a broken knowledge base', () => {
  it('names the campaign and the field of an impossible date', () => {
    const message = errorFor((kb) => {
      kb.campaigns[1].period.end = '2024-02-30';
    });
    expect(message).toContain('campaigns[1] (spring_grand_lottery).period.end');
    expect(message).toContain('not a real calendar date');
  });

  it('names a malformed date', () => {
    const message = errorFor((kb) => {
      kb.campaigns[0].eligibility.lastUsedOnOrAfter = '2023/12/01';
    });
    expect(message).toContain('campaigns[0] (spring_points_festival).eligibility.lastUsedOnOrAfter');
    expect(message).toContain('YYYY-MM-DD');
  });

  it('names the method of a negative fee', () => {
    const message = errorFor((kb) => {
      kb.methods[0].feeYen = -1;
    });
    expect(message).toContain('methods[0] (store).feeYen');
  });

  it('names a due day that some month does not have', () => {
    const message = errorFor((kb) => {
      kb.methods[3].dueDay = 31;
    });
    expect(message).toContain('methods[3] (auto_debit).dueDay');
  });

  it('names a missing fact', () => {
    const message = errorFor((kb) => {
      delete kb.facts.late_payment;
    });
    expect(message).toContain('facts.late_payment');
  });

  it('names a missing translation', () => {
    const message = errorFor((kb) => {
      delete kb.facts.what.text.en;
    });
    expect(message).toContain('facts.what.text.en');
  });

  it('names an unknown fact, so that a typo is not silently ignored', () => {
    const message = errorFor((kb) => {
      kb.facts.whta = kb.facts.what;
    });
    expect(message).toContain('whta');
  });

  it('names a missing payment method', () => {
    const message = errorFor((kb) => {
      kb.methods[1].id = 'store';
    });
    expect(message).toContain('method "barcode" is missing');
  });

  it('lists every problem at once', () => {
    const message = errorFor((kb) => {
      kb.methods[0].feeYen = -1;
      kb.campaigns[1].period.end = '2024-02-30';
    });
    expect(message).toContain('methods[0] (store).feeYen');
    expect(message).toContain('campaigns[1] (spring_grand_lottery).period.end');
  });
});
