import { ButtonStyle } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate } from '../../../adapters/discord/limits.js';
import { questionFromEmbed, renderAnswer, withoutSourceLines } from '../../../adapters/discord/render.js';
import { createBot } from '../../../src/bot.js';
import type { Answer } from '../../../src/types.js';
import { refuseMessage } from '../../fakes/discord/message-rules.js';

const bot = createBot();
const now = new Date('2026-11-28T12:00:00+09:00');
const ask = (text: string) =>
  bot.handle({ platform: 'discord', userId: '1', channelId: 'c', text, receivedAt: now }, now);

describe('renderAnswer', () => {
  it('renders a deadline answer as an embed: title, text without source lines, facts as fields, sources in the footer', () => {
    const answer = ask('11月15日にコンビニ払いで買った。いつまで？');
    const { embeds, components } = renderAnswer(answer);
    const embed = embeds[0];
    expect(embed?.title).toBe(answer.title);
    expect(embed?.description).toMatch(/2026年12月10日（木）/);
    expect(embed?.description).not.toMatch(/出典|https?:/);
    expect(embed?.fields?.map((f) => f.name)).toEqual(answer.facts?.map((f) => f.label));
    expect(embed?.footer?.text).toMatch(/^出典: .+（2026年11月27日確認）/);
    // The answer's action, then a link button per source.
    const buttons = components.flatMap((row) => row.components);
    expect(buttons[0]).toMatchObject({
      custom_id: 'reminder.subscribe:store',
      label: 'この期限をリマインド',
    });
    expect(buttons.filter((b) => b.style === ButtonStyle.Link).map((b) => ('url' in b ? b.url : ''))).toEqual(
      answer.sources?.map((s) => s.url),
    );
  });

  it('strips only the source lines from the text', () => {
    const sources = [{ title: 'A', url: 'https://a.example/x', verifiedAt: '2026-11-27' }];
    const text = 'Answer.\nSource: see the app\n\nSource: A (verified 27 November 2026) https://a.example/x';
    expect(withoutSourceLines(text, sources)).toBe('Answer.\nSource: see the app');
    expect(withoutSourceLines(text, [])).toBe(text);
  });

  it('offers "did you mean" as buttons and keeps the question to ask it again', () => {
    const answer = ask('支払い方法と手数料');
    const rendered = renderAnswer(answer, { question: '支払い方法と手数料' });
    const ids = rendered.components
      .flatMap((row) => row.components)
      .map((b) => ('custom_id' in b ? b.custom_id : undefined));
    expect(ids).toEqual(expect.arrayContaining(['ask:fees', 'ask:payment_methods']));
    expect(questionFromEmbed(rendered.embeds[0])).toBe('支払い方法と手数料');
    // Without "did you mean" there is nothing to ask again: no question line.
    expect(renderAnswer(ask('コンビニ払いの期限は？'), { question: 'x' }).embeds[0]?.author).toBeUndefined();
  });

  it('answers in English for an English question', () => {
    const embed = renderAnswer(ask('When is the direct debit taken?')).embeds[0];
    expect(embed?.footer?.text).toMatch(/^Source: .+\(verified 27 November 2026\)/);
  });

  it('cuts everything to Discord limits: long text, many facts, long and repeated ids, many actions', () => {
    const answer: Answer = {
      intent: 'fallback',
      confidence: 1,
      lang: 'ja',
      title: 'T'.repeat(300),
      text: 'あ'.repeat(9000),
      facts: Array.from({ length: 30 }, (_, i) => ({ label: `L${i}`.repeat(100), value: 'v'.repeat(2000) })),
      actions: [
        ...Array.from({ length: 30 }, (_, i) => ({ id: `ask:x${i}`, label: 'ラベル'.repeat(40) })),
        { id: `reminder.paid:${'x'.repeat(120)}:2026-12-10`, label: 'too long' },
        { id: 'ask:x1', label: 'repeated' },
      ],
      sources: [{ title: 'S'.repeat(100), url: 'https://example.com/', verifiedAt: '2026-11-27' }],
    };
    const rendered = renderAnswer(answer, { question: '質問'.repeat(300) });
    expect(refuseMessage(rendered)).toBeUndefined();
    expect(rendered.components).toHaveLength(5);
    const ids = rendered.components
      .flatMap((row) => row.components)
      .map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids.every((id) => (id ?? '').length <= 100)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never produces a message Discord would refuse (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 7000 });
    const answers = fc.record({
      title: fc.option(text, { nil: undefined }),
      text,
      facts: fc.array(fc.record({ label: text, value: text }), { maxLength: 30 }),
      actions: fc.array(fc.record({ id: fc.string({ maxLength: 120 }), label: text }), { maxLength: 40 }),
    });
    fc.assert(
      fc.property(answers, fc.string({ maxLength: 600 }), (parts, question) => {
        const answer: Answer = {
          intent: 'fallback',
          confidence: 1,
          lang: 'en',
          ...parts,
          text: parts.text || 'x',
        };
        expect(refuseMessage(renderAnswer(answer, { question }))).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});

describe('truncate', () => {
  it('keeps short text, cuts long text with an ellipsis, never splits a surrogate pair', () => {
    expect(truncate('abc', 5)).toBe('abc');
    expect(truncate('abcdef', 5)).toBe('abcd…');
    const cut = truncate('😀😀😀😀', 4);
    expect(cut.length).toBeLessThanOrEqual(4);
    expect(cut).toBe('😀…');
  });
});
