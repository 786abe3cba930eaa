// From a `/atone` subcommand and its options to what the core is asked. Structured subcommands
// become a message with the intent and the slots given as they are (never a sentence to be read
// again), and a readable text for showing the question and telling its language. Pure.
import { encodeAction } from '../../src/actions.js';
import type { MethodId } from '../../src/domain/methods.js';
import { METHOD_IDS } from '../../src/domain/methods.js';
import { t } from '../../src/intent.js';
import { detectLang } from '../../src/nlu/language.js';
import type { Slots } from '../../src/nlu/slots.js';
import type { Answer, IntentName, Lang, Message } from '../../src/types.js';
import { OPTIONS, SUBCOMMANDS } from './commands.js';
import { type DateOption, datePhrase, readDateOption } from './date-option.js';

export type OptionValue = string | number | boolean;

/** Who asked, where, in which client language, and when. */
export interface CommandContext {
  userId: string;
  /** The conversation id, platform first (see `conversationId`). */
  channelId: string;
  locale?: string;
  now: Date;
}

export type CommandWork =
  | { kind: 'respond'; message: Message }
  | { kind: 'act'; actionId: string; message: Message }
  /** The input itself needs a word (an unreadable date): no need to ask the core. */
  | { kind: 'answer'; answer: Answer };

export interface CommandRequest {
  work: CommandWork;
  /** Reply to the whole channel instead of only the user (the `share` option). */
  share: boolean;
}

// How the question shown with the answer names each method.
const METHOD_WORDS: Readonly<Record<MethodId, Readonly<Record<Lang, string>>>> = {
  store: { ja: 'コンビニ端末', en: 'convenience store terminal' },
  barcode: { ja: 'バーコード', en: 'barcode' },
  postcard: { ja: 'はがき', en: 'postcard' },
  auto_debit: { ja: '口座振替', en: 'direct debit' },
};

export function commandRequest(
  subcommand: string | null,
  options: Readonly<Record<string, OptionValue>>,
  ctx: CommandContext,
): CommandRequest {
  const share = options[OPTIONS.share] === true;
  const message = (text: string, intent?: IntentName, slots?: Slots): Message => ({
    platform: 'discord',
    userId: ctx.userId,
    channelId: ctx.channelId,
    text,
    ...(ctx.locale ? { locale: ctx.locale } : {}),
    receivedAt: ctx.now,
    ...(intent ? { intent } : {}),
    ...(slots ? { slots } : {}),
  });
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string).trim() : '');
  const integer = (name: string) =>
    typeof options[name] === 'number' ? (options[name] as number) : undefined;
  const method = METHOD_IDS.find((id) => id === options[OPTIONS.method]);

  switch (subcommand) {
    case SUBCOMMANDS.ask:
      return { share, work: { kind: 'respond', message: message(text(OPTIONS.question)) } };
    case SUBCOMMANDS.deadline: {
      const purchased = text(OPTIONS.purchased);
      const lang = detectLang(purchased, ctx.locale);
      const date = purchased ? readDateOption(purchased, ctx.now) : undefined;
      if (date?.kind === 'unreadable') return { share: false, work: unreadableDate(purchased, lang) };
      const methodWord = method ? METHOD_WORDS[method][lang] : '';
      const question = t(
        lang,
        `${date ? `${datePhrase(date)}に購入。` : ''}${methodWord}の支払い期限は？`,
        `${date ? `Bought on ${datePhrase(date)}, ` : ''}paying by ${methodWord}: when is the deadline?`,
      );
      const slots: Slots = { ...(method ? { method } : {}), ...(date ? dateSlots(date, purchased) : {}) };
      return { share, work: { kind: 'respond', message: message(question, 'deadline', slots) } };
    }
    case SUBCOMMANDS.campaign: {
      const lastUsed = text(OPTIONS.lastUsed);
      const lang = detectLang(lastUsed, ctx.locale);
      const date = readDateOption(lastUsed, ctx.now);
      if (date.kind === 'unreadable') return { share: false, work: unreadableDate(lastUsed, lang) };
      const shops = integer(OPTIONS.shops);
      const question = t(
        lang,
        `最後に使ったのは${datePhrase(date)}。${shops ? `${shops}店舗で使ったら何ポイント？` : 'キャンペーンの対象？'}`,
        `My last atone use was ${datePhrase(date)}. ${shops ? `${shops} shops: how many points?` : 'Am I eligible?'}`,
      );
      const slots: Slots = { ...dateSlots(date, lastUsed), ...(shops ? { shops } : {}) };
      return { share, work: { kind: 'respond', message: message(question, 'campaign_eligibility', slots) } };
    }
    case SUBCOMMANDS.remind: {
      const days = integer(OPTIONS.daysBefore);
      // The assistant's own "subscribe with this method" action: one place decides what a subscription is.
      const actionId = encodeAction({
        kind: 'subscribe',
        ...(method ? { method } : {}),
        ...(days !== undefined ? { leadDays: [days] } : {}),
      });
      return { share: false, work: { kind: 'act', actionId, message: message('') } };
    }
    case SUBCOMMANDS.reminders:
      return { share: false, work: { kind: 'respond', message: message('', 'reminder_list') } };
    case SUBCOMMANDS.stop:
      return { share: false, work: { kind: 'respond', message: message('', 'reminder_unsubscribe') } };
    case SUBCOMMANDS.forget: {
      // The assistant's "forget me" conversation: it asks to confirm before deleting anything.
      const lang = detectLang('', ctx.locale);
      return {
        share: false,
        work: { kind: 'respond', message: message(t(lang, 'データを削除して', 'forget me')) },
      };
    }
    default:
      // `help`, and any subcommand a newer deploy added that this version does not know yet.
      return { share, work: { kind: 'respond', message: message('', 'help') } };
  }
}

/** A date option as the slot it is: a day or a month (a purchase month, never a bill), or an impossible date. */
function dateSlots(date: Exclude<DateOption, { kind: 'unreadable' }>, typed: string): Slots {
  if (date.kind === 'invalid') return { invalidDate: date.source };
  if (date.kind === 'day') return { date: { kind: 'day', date: date.date, source: typed } };
  return { date: { kind: 'month', month: date.month, source: typed } };
}

function unreadableDate(typed: string, lang: Lang): CommandWork {
  const shown = typed.length > 40 ? `${typed.slice(0, 40)}…` : typed;
  return {
    kind: 'answer',
    answer: {
      intent: 'fallback',
      confidence: 1,
      lang,
      title: t(lang, '日付が読めませんでした', 'Could not read the date'),
      text: t(
        lang,
        `「${shown}」を日付として読めませんでした。2026年11月15日、11/15、先月 のように入力してください（候補から選べます）。`,
        `"${shown}" is not a date I can read. Try 2026-11-15, 11/15, November 15 or last month (or pick a suggestion).`,
      ),
    },
  };
}
