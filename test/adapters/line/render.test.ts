import { describe, expect, it } from 'vitest';
import { LIMITS, truncate } from '../../../adapters/line/limits.js';
import { decodePostbackData, encodePostbackData } from '../../../adapters/line/postback-data.js';
import { altText, renderAnswer } from '../../../adapters/line/render.js';
import { retryKeyOf, uuidV5 } from '../../../adapters/line/retry-key.js';
import type { Answer } from '../../../src/types.js';
import { buttonsOf, type Json, messageProblems, quickReplies, visibleText } from '../../fakes/line/index.js';

const plain: Answer = { intent: 'fees', confidence: 0.9, lang: 'ja', text: '請求手数料は209円です。' };
const withFacts: Answer = {
  intent: 'deadline',
  confidence: 1,
  lang: 'ja',
  title: 'atone お支払い期限のお知らせ',
  text: 'atone の口座振替日まであと3日です。\n・期限：2026年12月28日（月）\n\n出典: atone ヘルプ（2026年11月27日確認） https://atone.be/help',
  facts: [
    { label: '期限', value: '2026年12月28日（月）' },
    { label: '残り', value: 'あと3日' },
  ],
  actions: [
    { id: 'reminder.paid:s1:2026-12-28', label: '支払い済み / Paid' },
    { id: 'reminder.snooze:42', label: '明日また / Snooze' },
  ],
  sources: [{ title: 'atone ヘルプ', url: 'https://atone.be/help', verifiedAt: '2026-11-27' }],
};

describe('renderAnswer', () => {
  it('sends a plain answer as one text message', () => {
    expect(renderAnswer(plain)).toEqual([{ type: 'text', text: '請求手数料は209円です。' }]);
  });

  it('sends an answer with facts as a Flex bubble: facts, text without source lines, links, altText', () => {
    const [message] = renderAnswer(withFacts) as unknown as [Json];
    expect(message.type).toBe('flex');
    expect(message.altText).toBe(
      'atone お支払い期限のお知らせ — atone の口座振替日まであと3日です。 ・期限：2026年12月28日（月）',
    );
    const text = visibleText([message]);
    expect(text).toContain('2026年12月28日（月）');
    expect(text).toContain('出典: atone ヘルプ（2026年11月27日確認）');
    expect(text).not.toContain('https://atone.be/help');
    expect(messageProblems([message])).toEqual([]);
  });

  it('puts the buttons of a reply in quick replies, and those of a push inside the bubble', () => {
    const reply = renderAnswer(withFacts, { question: 'いつ？' }) as Json[];
    expect(quickReplies(reply[0] as Json).map((a) => a.label)).toEqual([
      '支払い済み / Paid',
      '明日また / Snooze',
    ]);
    const push = renderAnswer(withFacts, { buttons: 'in-message' }) as Json[];
    expect(quickReplies(push[0] as Json)).toEqual([]);
    expect(buttonsOf(push).map((a) => [a.label, a.data])).toEqual([
      ['支払い済み / Paid', 'reminder.paid:s1:2026-12-28'],
      ['明日また / Snooze', 'reminder.snooze:42'],
    ]);
    // A pushed plain answer with buttons needs a bubble to hold them.
    expect(
      (
        renderAnswer(
          { ...plain, actions: [{ id: 'ask:fees', label: '手数料' }] },
          { buttons: 'in-message' },
        )[0] as Json
      ).type,
    ).toBe('flex');
  });

  it('keeps every limit: 13 quick replies, 20-character labels, 5,000-unit texts, 300-character data', () => {
    const huge: Answer = {
      ...plain,
      text: '長'.repeat(9_000),
      actions: Array.from({ length: 20 }, (_, i) => ({
        id: `ask:x${i}`,
        label: `とても長いボタンのラベルです番号${i}番目のもの`,
      })),
    };
    const messages = renderAnswer(huge, { question: '質'.repeat(1_000) }) as Json[];
    expect(messageProblems(messages)).toEqual([]);
    const [message] = messages as [Json];
    expect(String(message.text).length).toBeLessThanOrEqual(LIMITS.text);
    expect(quickReplies(message)).toHaveLength(13);
    for (const action of quickReplies(message)) {
      expect(String(action.label).length).toBeLessThanOrEqual(20);
      expect(String(action.data).length).toBeLessThanOrEqual(300);
      expect(decodePostbackData(String(action.data))?.id).toMatch(/^ask:x\d+$/);
    }
    const flex = renderAnswer(
      { ...withFacts, text: '長'.repeat(9_000), title: 'T'.repeat(500) },
      { buttons: 'in-message' },
    );
    expect(messageProblems(flex)).toEqual([]);
  });

  it('leaves out a button whose action id cannot fit in postback data', () => {
    const answer = {
      ...plain,
      actions: [
        { id: 'x'.repeat(301), label: 'long' },
        { id: 'ask:fees', label: '手数料' },
      ],
    };
    expect(quickReplies(renderAnswer(answer)[0] as Json).map((a) => a.label)).toEqual(['手数料']);
  });

  it('quotes the question: in the text answer, or in a short text before a Flex one (Flex cannot quote)', () => {
    expect(renderAnswer(plain, { quoteToken: 'q1' })).toEqual([
      expect.objectContaining({ quoteToken: 'q1' }),
    ]);
    const flex = renderAnswer(withFacts, { quoteToken: 'q1', question: 'いつ？' }) as Json[];
    expect(messageProblems(flex)).toEqual([]);
    expect(flex).toHaveLength(2);
    expect(flex[0]).toEqual({ type: 'text', text: 'atone お支払い期限のお知らせ', quoteToken: 'q1' });
    expect(flex[1]).toMatchObject({ type: 'flex' });
    expect(flex[1]).not.toHaveProperty('quoteToken');
    // Quick replies stay on the last message, where LINE shows them.
    expect(quickReplies(flex[1] as Json)).toHaveLength(2);
    expect(renderAnswer(withFacts)).toHaveLength(1);
  });

  it('shortens a long button label by its parenthesised part before cutting it', () => {
    const answer = {
      ...plain,
      actions: [
        { id: 'ask:a', label: 'コンビニ端末・銀行ATM（Pay-easy）' },
        { id: 'ask:b', label: '口座振替' },
      ],
    };
    const [message] = renderAnswer(answer) as unknown as [Json];
    expect(quickReplies(message).map((action) => [action.label, action.displayText])).toEqual([
      ['コンビニ端末・銀行ATM', 'コンビニ端末・銀行ATM（Pay-easy）'],
      ['口座振替', '口座振替'],
    ]);
  });

  it('never sends an empty text', () => {
    expect(renderAnswer({ ...plain, text: '  ' })).toEqual([{ type: 'text', text: '…' }]);
    expect(altText({ ...plain, text: '' })).toBe('…');
  });
});

describe('postback data', () => {
  it('round-trips an action id with the question, cutting the question to fit', () => {
    expect(
      decodePostbackData(encodePostbackData({ id: 'ask:fees', question: '手数料は？' }) as string),
    ).toEqual({
      id: 'ask:fees',
      question: '手数料は？',
    });
    const long = encodePostbackData({ id: 'ask:fees', question: '"\\'.repeat(500) }) as string;
    expect(long.length).toBeLessThanOrEqual(300);
    expect(decodePostbackData(long)?.question).toMatch(/^("\\)+"?$/);
  });

  it('carries the language of an English answer, so that a press is answered in it', () => {
    const data = encodePostbackData({ id: 'reminder.snooze:42', lang: 'en' }) as string;
    expect(decodePostbackData(data)).toEqual({ id: 'reminder.snooze:42', lang: 'en' });
    expect(encodePostbackData({ id: 'reminder.snooze:42', lang: 'ja' })).toBe('reminder.snooze:42');
    const english = renderAnswer({ ...withFacts, lang: 'en' }, { buttons: 'in-message' });
    expect(buttonsOf(english).map((a) => decodePostbackData(String(a.data))?.lang)).toEqual(['en', 'en']);
  });

  it('carries an id alone when there is no question or no room, up to 300 characters', () => {
    expect(encodePostbackData({ id: 'reminder.snooze:42' })).toBe('reminder.snooze:42');
    const id = `reminder.paid:${'x'.repeat(286)}`;
    expect(encodePostbackData({ id, question: '期限は？' })).toBe(id);
    expect(decodePostbackData(id)).toEqual({ id });
    expect(encodePostbackData({ id: 'x'.repeat(301) })).toBeUndefined();
    expect(decodePostbackData(encodePostbackData({ id: '{odd' }) as string)).toEqual({ id: '{odd' });
  });

  it('gives undefined for data it did not write', () => {
    for (const data of ['', '{', '{"a":1}', '{"q":"x"}', 'null']) {
      if (data === 'null') expect(decodePostbackData(data)).toEqual({ id: 'null' });
      else expect(decodePostbackData(data)).toBeUndefined();
    }
  });
});

describe('retry keys', () => {
  it('is RFC 9562 UUID version 5 (the standard test vector)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('is the same for the same delivery and differs between deliveries', () => {
    const key = 'atone-reminder:7:2026-12-28:3';
    expect(retryKeyOf(key)).toBe(retryKeyOf(key));
    expect(retryKeyOf(key)).not.toBe(retryKeyOf('atone-reminder:7:2026-12-28:1'));
    expect(retryKeyOf(key)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('truncate', () => {
  it('cuts to the limit with an ellipsis, never splitting a surrogate pair', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    const emoji = '😀'.repeat(10);
    const cut = truncate(emoji, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });
});
