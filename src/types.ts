// The neutral types that cross between adapters and the core: nothing platform-specific here.
import type { Slots } from './nlu/slots.js';

export type Lang = 'ja' | 'en';

/**
 * Where a message comes from: the name of a chat platform's adapter ('slack', 'line'...: the
 * composition root's list, adapters/platforms.ts) or of a built-in front end ('console' for the
 * terminal, 'cli' for `npm run ask`). The core knows no platform by name, so that adding one
 * touches only its folder under adapters/ and that list.
 */
export type Platform = string;

/** What a platform name looks like (it prefixes conversation ids and is stored with subscriptions). */
export const PLATFORM_NAME = /^[a-z][a-z0-9]{1,19}$/;

export const INTENT_NAMES = [
  'deadline',
  'payment_methods',
  'change_method',
  'fees',
  'billing_notice',
  'late_payment',
  'how_to_use',
  'about',
  'amazon',
  'amazon_payment_methods',
  'campaigns',
  'campaign_eligibility',
  'reminder_subscribe',
  'reminder_unsubscribe',
  'reminder_list',
  'help',
  'fallback',
] as const;

export type IntentName = (typeof INTENT_NAMES)[number];

/**
 * What an answer is about: a core intent, or the id of a knowledge-base topic (`withdrawal`,
 * `handoff`…). Topics are data, so to the type checker they are only strings; the literal
 * intent names still autocomplete.
 */
export type AnswerIntent = IntentName | (string & Record<never, never>);

const CORE_INTENTS: ReadonlySet<AnswerIntent> = new Set(INTENT_NAMES);

/** A knowledge-base FAQ topic (returns, identity checks…): neither a core intent nor the handoff. */
export function isFaqTopic(intent: AnswerIntent): boolean {
  return !CORE_INTENTS.has(intent) && intent !== 'handoff';
}

/** One user turn, as every adapter hands it to the core. */
export interface Message {
  platform: Platform;
  userId: string;
  channelId: string;
  text: string;
  /** The platform's idea of the user's language (Discord's `locale`), used when the text does not settle it. */
  locale?: string;
  receivedAt: Date;
  /** Set when the user picked an intent or topic explicitly (a "did you mean" button): skips classification. */
  intent?: AnswerIntent;
  /** Set when the platform gives the facts as fields (Discord's options): used instead of reading the text. */
  slots?: Slots;
}

export interface AnswerFact {
  label: string;
  value: string;
}

/** A button or command offered with an answer; `id` is an encoded Action (src/actions.ts). */
export interface AnswerAction {
  id: string;
  label: string;
}

export interface AnswerSource {
  title: string;
  url: string;
  verifiedAt: string;
}

/** What a turn changed in the user's data: null for a question (the CLI prints it as `effect`). */
export interface Effect {
  op: 'subscribe' | 'change' | 'unsubscribe' | 'paid' | 'snooze' | 'forget';
  method?: 'store' | 'barcode' | 'postcard' | 'auto_debit';
  leadDays?: number[];
  sendHour?: number;
}

/** The platform-neutral answer: `text` alone must read well, adapters render the rest richly. */
export interface Answer {
  intent: AnswerIntent;
  confidence: number;
  lang: Lang;
  title?: string;
  text: string;
  facts?: AnswerFact[];
  actions?: AnswerAction[];
  sources?: AnswerSource[];
  /** What the matcher extracted (dates, method, shops...), for the `ask` CLI and debugging. */
  slots?: object;
  /** What this turn changed (a reminder set, a deadline marked paid...); absent when nothing did. */
  effect?: Effect;
  /**
   * The answer sends the user to atone: it is about their own account, which the bot cannot see
   * (`intent` names what was asked about; src/topics/handoff-subject.ts).
   */
  handoff?: true;
  /**
   * The bot's own name for what answered, when the contract's `intent` says it otherwise (the
   * handoff, and `contact_atone`, which is "everything else" to design.md: `fallback`).
   */
  topic?: string;
}
