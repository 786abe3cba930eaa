import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FACT_IDS,
  KnowledgeBaseError,
  methodById,
  parseKnowledgeBase,
  ROUTE_IDS,
  staleSources,
} from '../../src/domain/knowledge-base.js';
import { METHOD_IDS } from '../../src/domain/methods.js';
import { rawKnowledgeBase } from '../../src/knowledge.js';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../src/domain/knowledge-base.json', import.meta.url), 'utf8'),
);

// biome-ignore lint/suspicious/noExplicitAny: a deliberately broken copy of untyped JSON
type Json = any;

/** The message parseKnowledgeBase throws for a copy of the data changed by `mutate`. */
function errorFor(mutate: (kb: Json) => void, data: unknown = raw): string {
  const copy = structuredClone(data) as Json;
  mutate(copy);
  try {
    parseKnowledgeBase(copy);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    return (error as Error).message;
  }
  throw new Error('expected the knowledge base to be rejected');
}

/** The same, on the knowledge base with its topics. */
function topicErrorFor(mutate: (kb: Json) => void): string {
  return errorFor(mutate, rawKnowledgeBase());
}

// The 31 topics of ../shared/domain-faq.md, and the handoff for what the bot cannot know.
const FAQ_TOPICS = [
  'unrecognized_charge',
  'subscription_still_billed',
  'family_or_shared_use',
  'moved_or_wrong_member_bill',
  'fraud_report',
  'cancel_return_refund',
  'overpaid_or_double_paid',
  'bill_not_received',
  'payment_number_lookup',
  'convenience_store_chains',
  'paid_but_shown_unpaid',
  'limit_recovery',
  'limit_increase',
  'identity_verification',
  'identity_verification_failed',
  'code_payment_in_store',
  'app_card',
  'where_to_use',
  'registration_requirements',
  'use_without_membership',
  'sms_code_trouble',
  'login_password',
  'change_registered_info',
  'withdrawal',
  'minors_age',
  'np_points',
  'installments_atone_plus',
  'payment_declined',
  'suspended_after_overdue',
  'credit_information',
  'checkout_error',
];

describe('the real knowledge base', () => {
  it('parses', () => {
    const kb = parseKnowledgeBase(raw);
    expect(Object.keys(kb.facts).sort()).toEqual([...FACT_IDS].sort());
    expect(kb.methods.map((m) => m.id).sort()).toEqual([...METHOD_IDS].sort());
    expect(kb.campaigns.map((c) => c.id)).toEqual(['spring_points_festival', 'spring_grand_lottery']);
    expect(Object.keys(kb.routes).sort()).toEqual([...ROUTE_IDS].sort());
  });

  it('holds every FAQ topic, the handoff and contacting atone, with their sources', () => {
    const kb = parseKnowledgeBase(rawKnowledgeBase());
    // contact_atone comes from domain-faq.md's "Where to send users" (no phone, no chat).
    expect(kb.topics.map((t) => t.id).sort()).toEqual([...FAQ_TOPICS, 'handoff', 'contact_atone'].sort());
    for (const topic of kb.topics) expect(topic.sources.length).toBeGreaterThan(0);
  });

  it('states the corrected facts', () => {
    const { facts } = parseKnowledgeBase(raw);
    expect(facts.usage_limit.text.ja).toMatch(/2〜3営業日/);
    expect(facts.usage_limit.source.url).toBe('https://faq.atone.be/hc/ja/articles/360052677834');
    expect(facts.installments.text.ja).toMatch(/atone分割払い.*atoneプラス/);
    expect(facts.closing_day.text.ja).toMatch(/月末.*支払い期限ではありません/);
    expect(facts.amazon_wallets.text.ja).toMatch(/メルペイ.*d払い.*au PAY.*楽天ペイは使えません.*第三者/);
    expect(facts.store_not_seven_eleven.text.ja).toMatch(/セブン-イレブンではできない.*第三者/);
    // No source says the 10th or 20th moves, and none says it never does.
    expect(facts.no_extension.text.en).not.toMatch(/never|do(es)? not move/);
  });

  it('cites each deadline fact by the part of the article it comes from, not by its Amazon headline', () => {
    const kb = parseKnowledgeBase(raw);
    for (const method of kb.methods) expect(method.source.title).not.toMatch(/Amazon/);
    for (const id of ['what', 'operator', 'checkout', 'no_extension', 'change_method'] as const)
      expect(kb.facts[id].source.title).not.toMatch(/Amazon|unconfirmed/);
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

describe('sources due for a check', () => {
  const kb = parseKnowledgeBase(rawKnowledgeBase());

  it('lists nothing when everything was checked after the cutoff', () => {
    expect(staleSources(kb, '2026-01-01')).toEqual([]);
  });

  it('lists every fact, method, campaign, route and topic source checked before the cutoff, oldest first', () => {
    const stale = staleSources(kb, '2027-06-01');
    expect(stale.some((e) => e.where === 'facts.usage_limit')).toBe(true);
    expect(stale.some((e) => e.where === 'methods.store')).toBe(true);
    expect(stale.some((e) => e.where === 'routes.contact_form')).toBe(true);
    expect(stale.filter((e) => e.where === 'topics.where_to_use')).toHaveLength(3);
    const days = stale.map((e) => e.verifiedAt);
    expect(days).toEqual([...days].sort());
  });

  it('keeps entries checked on the cutoff day', () => {
    expect(staleSources(kb, '2026-11-27')).toEqual([]);
    expect(staleSources(kb, '2026-11-28').every((e) => e.verifiedAt === '2026-11-27')).toBe(true);
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

  it('names a topic with too few examples', () => {
    const message = topicErrorFor((kb) => {
      kb.topics[0].examples.ja = ['退会したい'];
    });
    expect(message).toMatch(/topics\[0\] \(\w+\)\.examples\.ja/);
  });

  it('names a cue that is not a regular expression', () => {
    const message = topicErrorFor((kb) => {
      kb.topics[1].cues[0] = '(unclosed';
    });
    expect(message).toMatch(/topics\[1\] \(\w+\)\.cues\[0\]: not a valid regular expression/);
  });

  it('refuses a topic that takes a core intent’s name or another topic’s id', () => {
    expect(
      topicErrorFor((kb) => {
        kb.topics[0].id = 'deadline';
      }),
    ).toContain('"deadline" is already taken');
    expect(
      topicErrorFor((kb) => {
        kb.topics[1].id = kb.topics[0].id;
      }),
    ).toContain('is already taken');
  });

  it('refuses a topic to go to when stuck that is no other topic', () => {
    expect(
      topicErrorFor((kb) => {
        kb.topics[0].whenStuck = 'no_such_topic';
      }),
    ).toContain('"no_such_topic" is no other topic');
    expect(
      topicErrorFor((kb) => {
        kb.topics[0].whenStuck = kb.topics[0].id;
      }),
    ).toContain('is no other topic');
  });

  it('names an unknown route and a topic without sources', () => {
    const message = topicErrorFor((kb) => {
      kb.topics[2].routes = ['call_us'];
      kb.topics[3].sources = [];
    });
    expect(message).toMatch(/topics\[2\] \(\w+\)\.routes\[0\]/);
    expect(message).toMatch(/topics\[3\] \(\w+\)\.sources/);
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
