// A follow-up on the same FAQ topic gets the part of its answer asked about, not all of it again.
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { normalize } from '../../src/nlu/normalize.js';
import { focusedAnswer } from '../../src/topics/focus.js';
import { ask } from '../helpers/ask.js';

const kb = defaultKnowledgeBase();
const answerOf = (id: string, lang: 'ja' | 'en') => {
  const topic = kb.topics.find((t) => t.id === id);
  if (!topic) throw new Error(`no topic ${id}`);
  return topic.answer[lang];
};
const focus = (id: string, lang: 'ja' | 'en', question: string) =>
  focusedAnswer(answerOf(id, lang), normalize(question), lang);

describe('focusedAnswer', () => {
  it('gives the sentence that answers how long, why or what it takes', () => {
    expect(focus('identity_verification', 'en', 'how long does it take')).toBe(
      'The review takes 5 minutes at the quickest, sometimes several days.',
    );
    expect(focus('identity_verification', 'ja', 'どのくらい時間かかる？')).toBe(
      '審査は最短5分で、数日かかることもあります。',
    );
    expect(focus('payment_declined', 'en', 'why?')).toMatch(/^Every atone order is screened/);
    expect(focus('identity_verification', 'en', 'what documents')).toMatch(
      /Check which documents are accepted/,
    );
  });

  it('gives nothing when no sentence clearly answers (the whole answer is then given)', () => {
    expect(focus('identity_verification', 'en', 'tell me more')).toBeUndefined();
    expect(focus('payment_declined', 'ja', 'ほんまに？')).toBeUndefined();
  });

  it('only ever returns sentences of the answer itself', () => {
    for (const topic of kb.topics) {
      for (const lang of ['ja', 'en'] as const) {
        for (const question of ['how long?', 'why?', 'いくら？', 'どこで？', '何が必要？', 'when?']) {
          const part = focusedAnswer(topic.answer[lang], normalize(question), lang);
          if (part === undefined) continue;
          // (A list line is joined to its lead by a line break.)
          for (const sentence of part.split(lang === 'ja' ? /(?<=。)|\n/ : /(?<=\.)\s+|\n/))
            expect(topic.answer[lang]).toContain(sentence.trim());
        }
      }
    }
  });
});

describe('focusedAnswer with a list in the answer', () => {
  it('weighs each line of a list on its own, so a whole list does not outweigh the sentence asked about', () => {
    expect(
      focus('convenience_store_chains', 'en', 'not the barcode, the terminal payment — 7-Eleven ok?'),
    ).toMatch(
      /^At 7-Eleven you can pay the app barcode or the postcard bill; paying by convenience-store terminal or bank ATM \(Pay-easy\) is not possible there/,
    );
  });
});

describe('yes/no questions a topic settles', () => {
  it('says no first, then the answer or the part that says so', () => {
    expect(ask('利用上限って毎月リセットされる？').text).toMatch(
      /^いいえ、利用上限額は月ごとではなく累計の枠です/,
    );
    expect(ask('can I use points to go over my limit?').text).toMatch(
      /^No\. Even with NP points, an order above the limit cannot be paid/,
    );
    expect(ask('翌月払いで買ったやつを後から分割にできる？').text).toMatch(
      /^いいえ、分割払いは翌月払いの機能ではなく/,
    );
  });

  it('gives no verdict to a question that asks what, when or how', () => {
    expect(ask('利用上限額はいつ戻る？').text).not.toMatch(/^いいえ/);
    expect(ask('how does the limit reset?').text).not.toMatch(/^No\./);
  });
});

describe('a one-name follow-up', () => {
  it('"and lawson?" picks the list lines that name it, with the line that says what the list is', () => {
    const answer =
      'At 7-Eleven you can pay the app barcode (third-party reports). A 2020 list (third-party report):\n• terminal payment: Lawson, FamilyMart\n• app barcode: 7-Eleven, Lawson\n• postcard bill: more chains\nThe list is from 2020.';
    expect(focusedAnswer(answer, 'and lawson?', 'en')).toBe(
      'A 2020 list (third-party report):\n• terminal payment: Lawson, FamilyMart\n• app barcode: 7-Eleven, Lawson',
    );
  });
});
