import { describe, expect, it } from 'vitest';
import { subjectSplits } from '../../src/nlu/subjects.js';
import { ask } from '../helpers/ask.js';

const offered = (text: string) => {
  const answer = ask(text);
  return {
    intent: answer.intent,
    confidence: answer.confidence,
    asks: (answer.actions ?? []).filter((a) => a.id.startsWith('ask:')).map((a) => a.id),
  };
};

describe('two subjects joined', () => {
  it('cuts at each connector, and not at all without one', () => {
    expect(subjectSplits('支払い方法と手数料')).toEqual([['支払い方法', '手数料']]);
    expect(subjectSplits('fees and deadline?')).toEqual([['fees', 'deadline']]);
    expect(subjectSplits('fees & deadline')).toEqual([['fees', 'deadline']]);
    expect(subjectSplits('期限、手数料')).toEqual([['期限', '手数料']]);
    expect(subjectSplits('手数料はいくら')).toEqual([]);
    // A comma between clauses is not a list of subjects: a reminder request stays one request.
    expect(subjectSplits('remind me 3 days before, i pay by barcode')).toEqual([]);
  });

  it('answers one subject and offers the other, as a close call', () => {
    for (const [text, both] of [
      ['支払い方法と手数料', ['fees', 'payment_methods']],
      ['期限と手数料', ['deadline', 'fees']],
      ['fees and deadline', ['deadline', 'fees']],
      ['支払い方法、手数料', ['fees', 'payment_methods']],
    ] as const) {
      const { intent, confidence, asks } = offered(text);
      expect(both).toContain(intent);
      expect([...asks].sort()).toEqual(both.map((i) => `ask:${i}`));
      expect(confidence).toBeLessThanOrEqual(0.5);
    }
  });

  it('does not split inside a word: both parts must read confidently', () => {
    // Hiragana-folded 「あとばらい」 contains と; 「あ」 and 「ばらい」 are not subjects.
    expect(offered('あとばらい').asks).toEqual([]);
    expect(offered('コンビニ払いの期限は？').asks).toEqual([]);
    // 「引き落とされる」 holds と too: a question about the debit day is not "口座" and "されるのはいつ".
    expect(subjectSplits('口座から引き落とされるのはいつ?')).toEqual([]);
    expect(offered('口座から引き落とされるのはいつ？').intent).toBe('deadline');
  });
});

describe('a bare subject', () => {
  it('that two classes are about, and the model is unsure of, offers both', () => {
    const { intent, confidence, asks } = offered('本人確認');
    expect(confidence).toBeLessThanOrEqual(0.5);
    expect(asks).toContain('ask:identity_verification');
    expect(asks).toContain('ask:identity_verification_failed');
    expect(asks[0]).toBe(`ask:${intent}`);
  });

  it('that the examples settled is answered as they did: "Amazon" is atone on Amazon', () => {
    expect(offered('Amazon')).toMatchObject({ intent: 'amazon', asks: [] });
  });

  it('that the model reads surely is answered as it is', () => {
    expect(offered('支払い方法')).toMatchObject({ intent: 'payment_methods', asks: [] });
    expect(offered('手数料')).toMatchObject({ intent: 'fees', asks: [] });
  });
});
