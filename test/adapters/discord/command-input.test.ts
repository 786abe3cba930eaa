import { describe, expect, it } from 'vitest';
import { type CommandContext, commandRequest } from '../../../adapters/discord/command-input.js';
import { createBot } from '../../../src/bot.js';
import { tokyoToday } from '../../../src/domain/dates.js';
import { METHOD_IDS } from '../../../src/domain/methods.js';
import { extractSlots } from '../../../src/nlu/slots.js';

const now = new Date('2026-11-28T12:00:00+09:00');
const ja: CommandContext = { userId: '42', channelId: 'discord:1:2', locale: 'ja', now };
const en: CommandContext = { ...ja, locale: 'en-US' };
const bot = createBot();

function respond(subcommand: string, options: Record<string, string | number | boolean>, ctx = ja) {
  const request = commandRequest(subcommand, options, ctx);
  if (request.work.kind !== 'respond') throw new Error(`expected a question, got ${request.work.kind}`);
  return { request, message: request.work.message, answer: bot.handle(request.work.message, now) };
}

describe('commandRequest', () => {
  it('asks the question as typed, with the user and the client language', () => {
    const { message, request } = respond('ask', { question: ' コンビニ払いの期限は？ ', share: true });
    expect(message).toMatchObject({
      platform: 'discord',
      userId: '42',
      channelId: 'discord:1:2',
      text: 'コンビニ払いの期限は？',
      locale: 'ja',
    });
    expect(message.intent).toBeUndefined();
    expect(request.share).toBe(true);
    expect(commandRequest('ask', { question: 'x' }, ja).share).toBe(false);
  });

  it('gives every method and date as slots, never as a sentence to read again, in both languages', () => {
    for (const method of METHOD_IDS) {
      for (const ctx of [ja, en]) {
        const { message, answer } = respond('deadline', { method, purchased: '2026-11-15' }, ctx);
        expect(message.intent).toBe('deadline');
        expect(message.slots).toEqual({
          method,
          date: { kind: 'day', date: { year: 2026, month: 11, day: 15 }, source: '2026-11-15' },
        });
        // The question shown reads the same.
        expect(extractSlots(message.text, tokyoToday(now))).toMatchObject({
          method,
          date: message.slots?.date,
        });
        expect(answer.lang).toBe(ctx === ja ? 'ja' : 'en');
      }
    }
  });

  it('computes the deadline for the purchase date typed, or the next deadline without one', () => {
    expect(respond('deadline', { method: 'auto_debit', purchased: '11/15' }).answer.text).toMatch(
      /2026年12月28日（月）/,
    );
    expect(respond('deadline', { method: 'postcard', purchased: '2026-10' }).answer.text).toMatch(
      /2026年11月20日/,
    );
    expect(respond('deadline', { method: 'store' }, en).answer.text).toMatch(/Thursday, 10 December 2026/);
    // "This month" is a purchase month here, not the bill due this month.
    expect(respond('deadline', { method: 'store', purchased: '今月' }).answer.text).toMatch(/2026年11月分/);
  });

  it('lets the typed date decide the language, and the client locale otherwise', () => {
    expect(respond('deadline', { method: 'store', purchased: '11月15日' }, en).answer.lang).toBe('ja');
    expect(respond('deadline', { method: 'store', purchased: 'Nov 15' }, ja).answer.lang).toBe('en');
    expect(respond('deadline', { method: 'store', purchased: '11/15' }, en).answer.lang).toBe('en');
  });

  it('explains an impossible date through the core, and an unreadable one itself', () => {
    expect(respond('deadline', { method: 'store', purchased: '2/30' }).answer.text).toMatch(
      /「2\/30」は存在しない日付です/,
    );
    const unreadable = commandRequest('deadline', { method: 'store', purchased: 'someday', share: true }, en);
    expect(unreadable.share).toBe(false);
    expect(unreadable.work).toMatchObject({
      kind: 'answer',
      answer: { lang: 'en', text: expect.stringMatching(/"someday" is not a date/) },
    });
  });

  it('asks about campaign eligibility with the last-use date and the shop count', () => {
    const { message, answer } = respond('campaign', { last_used: '2024-01-15', shops: 3 });
    expect(message.intent).toBe('campaign_eligibility');
    expect(answer.text).toMatch(/3店舗なら500ポイント/);
    expect(respond('campaign', { last_used: '2023-11-30' }, en).answer.text).toMatch(
      /Spring Grand Lottery[^\n]*you are eligible/,
    );
  });

  it('subscribes through the assistant action, with the days before when given', () => {
    expect(commandRequest('remind', { method: 'barcode', days_before: 0 }, ja).work).toMatchObject({
      kind: 'act',
      actionId: 'reminder.subscribe:barcode:0',
      message: { text: '' },
    });
    expect(commandRequest('remind', { method: 'auto_debit' }, ja).work).toMatchObject({
      actionId: 'reminder.subscribe:auto_debit',
    });
  });

  it('lists, stops and helps with the intent forced, privately', () => {
    expect(respond('reminders', {}).message.intent).toBe('reminder_list');
    expect(respond('stop', {}, en).answer).toMatchObject({ intent: 'reminder_unsubscribe', lang: 'en' });
    expect(respond('help', { share: true }).request.share).toBe(true);
    expect(commandRequest('reminders', { share: true }, ja).share).toBe(false);
  });

  it("hands /atone forget to the assistant as a request in the user's language, privately", () => {
    expect(commandRequest('forget', { share: true }, ja)).toMatchObject({
      share: false,
      work: { kind: 'respond', message: { text: 'データを削除して' } },
    });
    expect(commandRequest('forget', {}, en).work).toMatchObject({ message: { text: 'forget me' } });
  });
});
