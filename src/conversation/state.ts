// What a conversation remembers between turns (about ten minutes): what the last answer was about
// and the question the bot is waiting on. Stored as JSON through the ConversationStore, so it holds
// across instances and restarts; read back leniently, since a stored state may come from an older
// version: whatever does not fit is dropped, never trusted.
import { z } from 'zod';
import type { ConfirmableAction } from '../actions.js';
import { METHOD_IDS, type MethodId } from '../domain/methods.js';
import { CAMPAIGN_KINDS, type Slots } from '../nlu/slots.js';
import type { AnswerIntent, Lang } from '../types.js';

/** How long a conversation is remembered after its last turn, and an open question after it was asked. */
export const CONVERSATION_TTL_MS = 10 * 60_000;

/** The intents of reminder requests: the only readings that may change a user's data. */
export const REMINDER_INTENTS: readonly AnswerIntent[] = [
  'reminder_subscribe',
  'reminder_unsubscribe',
  'reminder_list',
];

/** What a user asked of their reminders; src/conversation/reminders.ts carries it out. */
export type ReminderRequest =
  | {
      op: 'subscribe';
      method?: MethodId;
      leadDays?: number[];
      sendHour?: number;
      quietHours?: { start: number; end: number };
      /** The lead days are added to those set, not put in their place. */
      addLeadDays?: true;
      /** 「はがきのほうもお願い」 "one for the postcard too": the way named besides the one set. */
      alsoWay?: true;
      /** The lead times moved from those set, in days (「1日早めて」: +1, one day more before). */
      shiftLeadDays?: number;
      /** 「また再開して」: reminders stopped before, set again as they were where nothing else is said. */
      resume?: true;
      /** "do I have one? if not, set one": set only when none is on; else what is set is shown. */
      ifNoneSet?: true;
      /** The hour moved from the one set, in hours (「もうちょい早めに」: -1), when none is named. */
      shiftHour?: number;
      /** Bounds on the hour (「夜10時以降は通知しないで」: not after 21), the one set moved within them. */
      hourBound?: { notAfter?: number; notBefore?: number };
      /** 「前日のは当日に変えて」: this lead day, set, gives way to those asked (`leadDays`). */
      replacesLeadDay?: number;
      /** "Don't remind me on the day": these lead days are taken out of those set. */
      removeLeadDays?: number[];
      /** An hour asked for that does not exist (「25時」): said so, nothing saved. */
      invalidHour?: number;
      /** Hours asked for besides `sendHour` (「2日前の20時と当日の8時」): one only is kept, and that is said. */
      otherHours?: number[];
      /** A calendar day was asked for (「毎月5日に」): reminders come days before the deadline, and that is said. */
      onADay?: true;
      /** 「毎月8日に」 "on the 8th": the day asked for, as days before the deadline when the way is known. */
      onDay?: number;
    }
  | {
      op: 'unsubscribe';
      /** 「1か月止めて」 "pause them for a while": stopped, and said that they stay off until turned on again. */
      forAWhile?: true;
      /** "stop the postcard one": the way named, stopped only if the reminders are for it. */
      method?: MethodId;
    }
  | { op: 'list' };

export type SubscribeRequest = Extract<ReminderRequest, { op: 'subscribe' }>;

/** The facts a follow-up may lean on: 「じゃあはがきは？」 keeps the date, "and the fee?" the method. */
export type TopicSlots = Pick<
  Slots,
  'date' | 'dates' | 'tense' | 'method' | 'methods' | 'shops' | 'amazon' | 'methodsTurnedDown' | 'campaigns'
>;

/** A date given in an earlier turn, with what it meant there (a purchase, or the last use of atone). */
export interface EarlierDate {
  meaning: 'purchase' | 'last_use';
  slots: Pick<TopicSlots, 'date' | 'dates' | 'tense'>;
  /** What was bought, in the words of the message that gave the date ("suitcase"). */
  things?: string[];
}

/** The last question answered. */
export interface Topic {
  /** A core intent or a knowledge-base topic. */
  intent: AnswerIntent;
  slots: TopicSlots;
  /**
   * A date from before this topic, which this topic's answer did not use ("I bought a game on Dec
   * 3" → "what are my options?" → "the postcard one" is the deadline for Dec 3).
   */
  earlier?: EarlierDate;
  /**
   * FAQ topics the same message asked and were answered beside this one (「返品したのに請求きてる。
   * 期限いつ？」: the return): 「もう払ってたら？」 next may be about them.
   */
  beside?: AnswerIntent[];
  /** What was bought on the topic's date, in the words of the message that gave it ("suitcase"). */
  things?: string[];
  /** The hour reminders were just asked for at, when they are the topic (「やっぱり7時で」 after 20時 is 19時). */
  hour?: number;
  /** The days before reminders were just asked about ("can they come 2 days before?"): "do that" takes them. */
  leadDays?: number[];
  /**
   * The one way to pay the answer singled out for what was asked ("which is cheapest?": bank
   * debit, the free one): "when is that one due?" next is about it.
   */
  singledOut?: MethodId;
}

/** A question the bot asked and waits on; `until` is when it stops waiting (ISO-8601). */
export type OpenQuestion =
  | { kind: 'method'; request: SubscribeRequest; until: string }
  | { kind: 'confirm'; action: ConfirmableAction; until: string };

export interface ConversationState {
  topic?: Topic;
  open?: OpenQuestion;
  /** The language of the last message with words: a button pressed later answers in it. */
  lang?: Lang;
  /** The method the user said they pay with (「はがきにしてる」): later deadlines are theirs. */
  ownMethod?: MethodId;
  /**
   * The method last named in a question, whatever it was about ("the konbini deadline?" → "what
   * if I'm late?" → "remind me the day before" is the konbini's).
   */
  lastMethod?: MethodId;
  /** The method named before the last one: 「もう一つのほうは？」 "and the other one?" is it. */
  methodBefore?: MethodId;
  /** The user's reminders came up: a later bare "show me" or "stop it" is about them. */
  remindersDiscussed?: true;
  /**
   * The topics answered before the last one, latest first (a few): 「さっきの請求の件だけど…」 takes
   * one of them up again.
   */
  earlierTopics?: AnswerIntent[];
  /**
   * The purchases told, with what was bought, latest first (a few): 「服のほうの引き落とし日」 two
   * purchases later names the clothes again.
   */
  purchases?: EarlierDate[];
  /**
   * A question just asked of another service (「Paidyの支払い期限っていつ？」), which the bot does not
   * answer: a next message that names atone (「じゃあアトネは？」) asks it of atone. The topic
   * before it stays the topic.
   */
  aside?: Topic;
  /**
   * What takes back the last change to the reminders (the action of its Undo button), for
   * 「やっぱ戻して」 "undo that" said in words.
   */
  undo?: Exclude<ConfirmableAction, { kind: 'forget' }>;
}

/** How many earlier topics a conversation keeps. */
export const EARLIER_TOPICS_KEPT = 4;
/** How many purchases told a conversation keeps. */
export const PURCHASES_KEPT = 4;

export function isOpen(question: OpenQuestion | undefined, now: Date): question is OpenQuestion {
  return question !== undefined && Date.parse(question.until) > now.getTime();
}

export function topicSlots(slots: Slots): TopicSlots {
  const { date, dates, tense, method, methods, shops, amazon, methodsTurnedDown, campaigns } = slots;
  return {
    ...(date ? { date } : {}),
    ...(dates ? { dates } : {}),
    ...(tense ? { tense } : {}),
    ...(method ? { method } : {}),
    ...(methods ? { methods } : {}),
    ...(shops !== undefined ? { shops } : {}),
    ...(amazon ? { amazon } : {}),
    ...(methodsTurnedDown ? { methodsTurnedDown } : {}),
    ...(campaigns ? { campaigns } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading a stored state back.

const int = z.number().int();
const plainDate = z.object({ year: int, month: int.min(1).max(12), day: int.min(1).max(31) });
const dateSlot = z.union([
  z.object({ kind: z.literal('day'), date: plainDate, source: z.string(), otherYear: int.optional() }),
  z.object({
    kind: z.literal('month'),
    month: z.object({ year: int, month: int.min(1).max(12) }),
    source: z.string(),
    otherYear: int.optional(),
    bill: z.literal(true).optional(),
    season: z.enum(['spring', 'summer', 'autumn', 'winter']).optional(),
    wholeYear: z.literal(true).optional(),
  }),
]);
const method = z.enum(METHOD_IDS);
/** The last hour of a day a reminder can be sent at (hours are 0–23, Japan time). */
const LAST_HOUR = 23;
const hour = int.min(0).max(LAST_HOUR);

/** An hour moved or bounded, kept within a day. */
export function clampHour(hour: number): number {
  return Math.min(LAST_HOUR, Math.max(0, hour));
}
const leadDays = z.array(int.min(0).max(999)).min(1).max(5);

const things = z.array(z.string().max(40)).max(4);

const earlierSchema = z.object({
  meaning: z.enum(['purchase', 'last_use']),
  slots: z.object({
    date: dateSlot.optional(),
    dates: z.array(dateSlot).max(10).optional(),
    tense: z.enum(['future', 'past']).optional(),
  }),
  things: things.optional(),
});

// A core intent or a knowledge-base topic id (snake_case); an unknown one answers as fallback.
const intentName = z.string().regex(/^[a-z][a-z0-9_]{0,60}$/);

const topicSchema = z.object({
  intent: intentName,
  slots: z.object({
    date: dateSlot.optional(),
    dates: z.array(dateSlot).max(10).optional(),
    tense: z.enum(['future', 'past']).optional(),
    method: method.optional(),
    methods: z.array(method).max(4).optional(),
    shops: int.min(0).max(999).optional(),
    amazon: z.boolean().optional(),
    methodsTurnedDown: z.array(method).max(4).optional(),
    campaigns: z.array(z.enum(CAMPAIGN_KINDS)).max(CAMPAIGN_KINDS.length).optional(),
  }),
  earlier: earlierSchema.optional(),
  beside: z.array(intentName).max(EARLIER_TOPICS_KEPT).optional(),
  things: things.optional(),
  singledOut: method.optional(),
  hour: hour.optional(),
  leadDays: leadDays.optional(),
});

const subscribeRequest = z.object({
  op: z.literal('subscribe'),
  method: method.optional(),
  leadDays: leadDays.optional(),
  sendHour: hour.optional(),
  quietHours: z.object({ start: hour, end: hour }).optional(),
  addLeadDays: z.literal(true).optional(),
  alsoWay: z.literal(true).optional(),
  shiftLeadDays: z.number().int().min(-31).max(31).optional(),
  resume: z.literal(true).optional(),
  ifNoneSet: z.literal(true).optional(),
  shiftHour: z.number().int().min(-3).max(3).optional(),
  hourBound: z.object({ notAfter: hour.optional(), notBefore: hour.optional() }).optional(),
  removeLeadDays: leadDays.optional(),
  replacesLeadDay: z.number().int().min(0).max(60).optional(),
  otherHours: z.array(hour).max(5).optional(),
  onADay: z.literal(true).optional(),
  onDay: z.number().int().min(1).max(31).optional(),
});

const confirmable = z.union([
  z.object({
    kind: z.literal('subscribe'),
    method: method.optional(),
    leadDays: leadDays.optional(),
    addLeadDays: z.literal(true).optional(),
    sendHour: hour.optional(),
  }),
  z.object({ kind: z.literal('unsubscribe') }),
  z.object({ kind: z.literal('forget') }),
]);

const openSchema = z.union([
  z.object({ kind: z.literal('method'), request: subscribeRequest, until: z.iso.datetime({ offset: true }) }),
  z.object({ kind: z.literal('confirm'), action: confirmable, until: z.iso.datetime({ offset: true }) }),
]);

/** The parts of a stored state that still make sense; anything else is forgotten. */
export function parseState(raw: unknown): ConversationState {
  if (typeof raw !== 'object' || raw === null) return {};
  const {
    topic,
    open,
    lang,
    ownMethod,
    lastMethod,
    methodBefore,
    remindersDiscussed,
    earlierTopics,
    undo,
    aside,
    purchases,
  } = raw as {
    purchases?: unknown;
    topic?: unknown;
    aside?: unknown;
    open?: unknown;
    lang?: unknown;
    ownMethod?: unknown;
    lastMethod?: unknown;
    methodBefore?: unknown;
    remindersDiscussed?: unknown;
    earlierTopics?: unknown;
    undo?: unknown;
  };
  const state: ConversationState = {};
  if (lang === 'ja' || lang === 'en') state.lang = lang;
  const parsedOwn = method.safeParse(ownMethod);
  if (parsedOwn.success) state.ownMethod = parsedOwn.data;
  const parsedLast = method.safeParse(lastMethod);
  if (parsedLast.success) state.lastMethod = parsedLast.data;
  const parsedBefore = method.safeParse(methodBefore);
  if (parsedBefore.success) state.methodBefore = parsedBefore.data;
  if (remindersDiscussed === true) state.remindersDiscussed = true;
  const parsedTopic = topicSchema.safeParse(topic);
  if (parsedTopic.success) state.topic = parsedTopic.data as Topic;
  const parsedAside = topicSchema.safeParse(aside);
  if (parsedAside.success) state.aside = parsedAside.data as Topic;
  const parsedPurchases = z.array(earlierSchema).max(PURCHASES_KEPT).safeParse(purchases);
  if (parsedPurchases.success && parsedPurchases.data.length > 0)
    state.purchases = parsedPurchases.data as EarlierDate[];
  const parsedEarlier = z.array(intentName).max(EARLIER_TOPICS_KEPT).safeParse(earlierTopics);
  if (parsedEarlier.success && parsedEarlier.data.length > 0)
    state.earlierTopics = parsedEarlier.data as AnswerIntent[];
  const parsedUndo = confirmable.safeParse(undo);
  if (parsedUndo.success && parsedUndo.data.kind !== 'forget')
    state.undo = parsedUndo.data as Exclude<ConfirmableAction, { kind: 'forget' }>;
  const parsedOpen = openSchema.safeParse(open);
  if (parsedOpen.success) state.open = parsedOpen.data as OpenQuestion;
  return state;
}
