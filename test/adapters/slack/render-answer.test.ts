import { describe, expect, it } from 'vitest';
import {
  decodeButtonValue,
  encodeButtonValue,
  MAX_VALUE_CHARS,
} from '../../../adapters/slack/button-value.js';
import { escapeMrkdwn, truncate } from '../../../adapters/slack/mrkdwn.js';
import {
  ANSWER_ACTION_PREFIX,
  bodyText,
  fallbackText,
  LIMITS,
  renderAnswer,
} from '../../../adapters/slack/render-answer.js';
import { createBot } from '../../../src/bot.js';
import type { Answer } from '../../../src/types.js';

const now = new Date('2026-11-27T01:00:00Z');
const bot = createBot();
const ask = (text: string) =>
  bot.handle({ platform: 'slack', userId: 'U1', channelId: 'slack:T1:C1', text, receivedAt: now }, now);

type Block = {
  type: string;
  text?: { text: string };
  fields?: Array<{ text: string }>;
  elements?: Array<Record<string, unknown>>;
};
const blocksOf = (answer: Answer, question?: string) =>
  renderAnswer(answer, question ? { question } : {}).blocks as unknown as Block[];

describe('renderAnswer', () => {
  it('renders title, text, facts, sources and actions as header, section, fields, context and buttons', () => {
    const answer = ask('コンビニ払いの期限は？');
    const blocks = blocksOf(answer, 'コンビニ払いの期限は？');
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'actions']);
    expect(blocks[0]?.text?.text).toBe(answer.title);
    expect(blocks[1]?.text?.text).toContain('2026年12月10日（木）');
    // Sources move from the text to the context block, as links with their verified date.
    expect(blocks[1]?.text?.text).not.toMatch(/出典/);
    expect(String(blocks[3]?.elements?.[0]?.text)).toMatch(
      /^出典: <https:\/\/[^|]+\|[^>]+>（2026年11月27日確認）$/,
    );
    expect(blocks[2]?.fields?.[0]?.text).toBe('*期限*\n2026年12月10日（木）');
    const [button] = blocks[4]?.elements ?? [];
    expect(button?.action_id).toBe(`${ANSWER_ACTION_PREFIX}0`);
    expect(decodeButtonValue(String(button?.value))).toEqual({
      id: 'reminder.subscribe:store',
      question: 'コンビニ払いの期限は？',
    });
  });

  it('gives "did you mean" both options as buttons with unique action ids, each carrying the question', () => {
    const answer = ask('fees and deadline');
    const buttons = blocksOf(answer, 'fees and deadline').find((b) => b.type === 'actions')?.elements ?? [];
    expect(buttons.map((b) => decodeButtonValue(String(b.value))?.id)).toEqual(['ask:fees', 'ask:deadline']);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);
    expect(buttons.every((b) => decodeButtonValue(String(b.value))?.question === 'fees and deadline')).toBe(
      true,
    );
  });

  it('escapes &, < and > in the text and the facts', () => {
    const answer: Answer = {
      intent: 'fallback',
      confidence: 1,
      lang: 'en',
      text: 'a < b & c > d',
      facts: [{ label: '<b>', value: 'x&y' }],
    };
    const blocks = blocksOf(answer);
    expect(blocks[0]?.text?.text).toBe('a &lt; b &amp; c &gt; d');
    expect(blocks[1]?.fields?.[0]?.text).toBe('*&lt;b&gt;*\nx&amp;y');
    expect(renderAnswer(answer).text).toBe('a &lt; b &amp; c &gt; d');
  });

  it('keeps within Slack limits whatever the answer', () => {
    const long = '&'.repeat(5_000);
    const answer: Answer = {
      intent: 'fallback',
      confidence: 1,
      lang: 'ja',
      title: 'T'.repeat(500),
      text: long,
      facts: Array.from({ length: 14 }, (_, i) => ({ label: `l${i}`, value: 'v'.repeat(3_000) })),
      actions: Array.from({ length: 30 }, (_, i) => ({ id: `ask:help${i}`, label: 'ボタン'.repeat(40) })),
      sources: Array.from({ length: 12 }, (_, i) => ({
        title: `s|${i}>`,
        url: `https://example.com/${i}?a=1&b=2`,
        verifiedAt: '2026-11-27',
      })),
    };
    const { blocks, text } = renderAnswer(answer, { question: '質'.repeat(5_000) });
    const typed = blocks as unknown as Block[];
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(typed[0]?.text?.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    const section = typed[1]?.text?.text ?? '';
    expect(section.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(section).toMatch(/(&amp;)+…$/);
    expect(typed[2]?.fields).toHaveLength(LIMITS.fields);
    expect(typed[2]?.fields?.every((f) => f.text.length <= LIMITS.fieldText)).toBe(true);
    expect(typed[3]?.elements).toHaveLength(LIMITS.contextElements);
    expect(String(typed[3]?.elements?.[0]?.text)).toContain('<https://example.com/0?a=1&amp;b=2|s¦0&gt;>');
    const buttons = typed[4]?.elements ?? [];
    expect(buttons).toHaveLength(LIMITS.buttons);
    for (const button of buttons) {
      expect((button.text as { text: string }).text.length).toBeLessThanOrEqual(LIMITS.buttonText);
      expect(String(button.value).length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    }
    expect(text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  });

  it('writes a notification fallback from the title and the first lines only', () => {
    const answer = ask('手数料は？');
    expect(fallbackText(answer)).toMatch(/^請求手数料 — 請求手数料（税込）: • コンビニ/);
    expect(fallbackText(answer).length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(bodyText(answer)).not.toMatch(/出典/);
  });
});

describe('mrkdwn helpers', () => {
  it('truncate never splits a surrogate pair or an entity', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate(escapeMrkdwn('a&b'), 5)).toBe('a…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('button values', () => {
  it('round-trip and fit in 2,000 characters, cutting only the question', () => {
    const value = encodeButtonValue({ id: 'ask:deadline', question: '"引用"\n'.repeat(1_000) });
    expect(value?.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    expect(decodeButtonValue(value)?.id).toBe('ask:deadline');
    expect(decodeButtonValue('not json')).toBeUndefined();
    expect(decodeButtonValue('{"q":"x"}')).toBeUndefined();
    expect(encodeButtonValue({ id: 'x'.repeat(3_000) })).toBeUndefined();
  });
});
