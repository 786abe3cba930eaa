// The conversation's one decision, pure: given what the conversation remembers, the message (or
// button) just received and the time, what this turn is, and what to remember next.
//   - An open question ("which method?", "shall I?") takes only an answer that fits it; anything
//     else is answered as the question it is, and the open question waits until it expires.
//   - A follow-up (「じゃあはがきは？」, "and the fee?") is read against the last answer's topic
//     (follow-ups.ts).
//   - Reminders change only on an explicit request or a button: a question about reminders is
//     explained, an uncertain request is asked back with a confirm button.

import { isAcknowledgement, isNeverMind } from '../../intents/fallback.js';
import { asksToShiftReminders, NAMES_PAYING } from '../../intents/reminder-subscribe.js';
import type { Action, ConfirmableAction } from '../actions.js';
import type { Reading, Understanding } from '../bot.js';
import type { PlainDate } from '../domain/calendar.js';
import { monthOf } from '../domain/dates.js';
import type { MethodId } from '../domain/methods.js';
import { asksWhen } from '../nlu/asks-whether.js';
import { declinesOnly, declinesReminders, takesBackARequest, withoutDeclinedHelp } from '../nlu/declined.js';
import { asksOnItsOwn } from '../nlu/question-parts.js';
import {
  countAlone,
  type DateSlot,
  daysAlone,
  dropsALeadTime,
  extractSlots,
  namesTheDueDayItself,
  type Slots,
} from '../nlu/slots.js';
import { COMPARES } from '../reading-rules.js';
import { type AnswerIntent, type IntentName, isFaqTopic } from '../types.js';
import {
  asksItsOwnQuestion,
  DATE_MEANING,
  datesOf,
  inContext,
  isChitChat,
  SURE_ALONE,
  USES,
  wayLeft,
} from './follow-ups.js';
import { asksToForget } from './forget.js';
import { namesAgain, purchasesTold, purchaseThings } from './purchase-things.js';
import {
  asksAcrossMethods,
  asksAdvice,
  asksForAnotherWayToo,
  asksForChoices,
  asksForTheFreeOne,
  asksHow,
  asksIfItWorked,
  asksIfPossible,
  asksIfStopped,
  asksNextDeadline,
  asksPolitely,
  asksQuestion,
  asksToAdd,
  asksToChange,
  asksToChangeOrSaysIt,
  asksToSet,
  asksToSnooze,
  asksToStop,
  asksToUpdate,
  asksWhatIsSet,
  asksWhenItComes,
  boundsTheHour,
  complains,
  corrects,
  dayOfTheMonthAsked,
  dropsTheQuestion,
  endsWithARequest,
  hedges,
  isBare,
  isBareAnswer,
  isBareAnswerInAnotherLanguage,
  isElliptic,
  isHypothetical,
  isOneWord,
  isQuestion,
  isShort,
  keepsAsIs,
  marksPaid,
  mentionsReminders,
  movesOneLeadTime,
  namesAtone,
  namesReminders,
  negatesReminding,
  negatesStopping,
  onlyWorries,
  ownsASlip,
  paidForAMonth,
  pointsToOneWay,
  proposes,
  remindsOnADay,
  requestsBeforeAWay,
  requestsPlainly,
  requestsReminders,
  resumes,
  returnsToTopic,
  saysForGood,
  saysOwnMethod,
  saysPaid,
  saysPaidThisMonth,
  saysStop,
  saysYesWithMore,
  setsIfNone,
  shiftsHour,
  skipsThisOne,
  switchesMethod,
  switchesReminders,
  undoes,
  yesOrNo,
} from './reading.js';
import {
  CONVERSATION_TTL_MS,
  type ConversationState,
  clampHour,
  EARLIER_TOPICS_KEPT,
  type EarlierDate,
  isOpen,
  type OpenQuestion,
  PURCHASES_KEPT,
  REMINDER_INTENTS,
  type ReminderRequest,
  type SubscribeRequest,
  type Topic,
  topicSlots,
} from './state.js';

export type Turn =
  /** A question: answer `reading.intent` from `slots`; `follows` names the topic it continues. */
  | { kind: 'answer'; reading: Reading; slots: Slots; follows?: AnswerIntent }
  /** Carry out a reminder request (the only turns that change a user's data, with `act`). */
  | {
      kind: 'remind';
      request: ReminderRequest;
      /** Unsure of the request: ask which method, or ask back before changing what is set. */
      confirmFirst?: true;
      /** A question the message asked beside the request, answered with it (`first`: asked before it). */
      question?: AskedBeside;
      /**
       * The way the user said they pay, left for the one set right after changing the way to pay
       * came up: this month's bill is still paid the old way, which the answer says.
       */
      switchedFrom?: MethodId;
    }
  /** A reminder's own button (Paid, Snooze). */
  | { kind: 'act'; action: Extract<Action, { kind: 'paid' | 'snooze' }> }
  /** 「明日もう一回教えて」 "remind me again tomorrow": the next deadline's reminder, tomorrow at the send hour. */
  | { kind: 'snooze_next' }
  /** A request the bot is not sure of: ask, with a button that does it. */
  | { kind: 'confirm'; action: ConfirmableAction; question?: AskedBeside }
  /**
   * "No" to a confirmation, or "don't stop them". `afterStop`: said right after a stop, when
   * "keep them" may mean "turn them back on". `declined`: reminders turned down, nothing else
   * said ("no reminder needed"): none set.
   */
  | { kind: 'cancelled'; afterStop?: true; declined?: true }
  /**
   * "Already paid this one": the next deadline marked paid, nothing else. `ifDueThisMonth`: only
   * when it falls in this month (told, not asked). `otherwise`: the turn when no reminders are
   * set (told long after they were: the message answered as it reads).
   */
  | {
      kind: 'paid_next';
      ifDueThisMonth?: true;
      /** Only when it falls in this month of the year, the next such (「12月分はもう払いました」). */
      ifDueInMonth?: number;
      otherwise?: Extract<Turn, { kind: 'answer' }>;
      /** A question asked beside "I paid" ("…and when's next month's deadline?"), answered with it. */
      question?: AskedBeside;
      /** Only skipped (「今月の通知はお休みにして」), not said to be paid. */
      skipped?: true;
    }
  /** A button this version cannot read (malformed, or from a retired kind). */
  | { kind: 'stale' }
  /** Delete everything kept about the user (only ever after the confirm button). */
  | { kind: 'forget' };

/** A question asked in a sentence of its own beside a reminder request: that sentence, read alone. */
export interface AskedBeside {
  understanding: Understanding;
  reading: Reading;
  slots: Slots;
  first: boolean;
}

/** What arrived: a message, or a button pressed (with the message around it, for its language and clock). */
export type Input =
  | { kind: 'message'; understanding: Understanding }
  | { kind: 'button'; action: Action | undefined; understanding: Understanding };

export interface Decision {
  turn: Turn;
  state: ConversationState;
}

/** Below this, a reminder request is asked back rather than carried out. */
const SURE_ENOUGH = 0.5;
/** Below this, a question in no words of reminders is no sure request (requestFor). */
const BARELY_A_REQUEST = 0.6;
/** The same, for a request that names a setting ("前日と当日に", 「口座振替です」 with a word of reminders). */
const SURE_ENOUGH_WITH_SETTING = 0.4;

// Questions whose answer narrows to the user's own method when they have said it (「はがきにしてる」).
const FOR_OWN_METHOD: readonly AnswerIntent[] = ['deadline'];
// "I don't need reminders anymore", 「もういらない」: those there are, no longer wanted.
const NO_LONGER = /(?<![a-z])(?:anymore|any more|no more|no longer)(?![a-z])|もう(?:いら|要ら|不要|結構)/;

export function decide(state: ConversationState, input: Input, now: Date): Decision {
  // An open question past its time is forgotten; the rest is kept as it was.
  const { open, ...rest } = state;
  const kept: ConversationState = isOpen(open, now) ? { ...rest, open } : rest;
  if (input.kind === 'message')
    return withTheOldWay(
      kept,
      input.understanding,
      decideMessage(
        withRemindersSaid(withMethodsSaid(kept, input.understanding), input.understanding),
        input.understanding,
        now,
      ),
    );
  if (!input.action) return { turn: { kind: 'stale' }, state: kept };
  return decideButton(kept, input.action, input.understanding);
}

const UNDECIDED =
  /迷って|迷う|迷い中|決めてない|決まってない|決めかね|(?:どっち|どちら)に(?:する|しよう)か|(?<![a-z])(?:not sure which|haven'?t decided|undecided|can'?t decide)(?![a-z])/;
function setsOneDeclinesAnother(u: Understanding, slots: Slots): boolean {
  return slots.method !== undefined && slots.methodsTurnedDown !== undefined && asksToSet(u);
}

// 「口座振替にする」 "I'll switch to bank debit", "changing to the postcard": the way to pay changed.
const SWITCHES_TO =
  /(?:に|へ)(?:する|します|しよう|変える|変えます|変えた|変更する|変更します|変更した|切り替え)|(?<![a-z])(?:switch(?:ing|ed)? (?:over )?to|chang(?:e|ing|ed) to|go(?:ing)? with)(?![a-z])/;

/**
 * Reminders set for another way than the one the user said they pay with, as the way is being
 * changed (「じゃあ口座振替にする。リマインダーも頼む」 after 「コンビニで払ってる」): this month's bill
 * is still the old way's, which the answer says (`switchedFrom`).
 */
function withTheOldWay(before: ConversationState, u: Understanding, decision: Decision): Decision {
  const { turn } = decision;
  const old = before.ownMethod;
  if (turn.kind !== 'remind' || turn.confirmFirst || turn.request.op !== 'subscribe' || !old) return decision;
  const method = turn.request.method;
  const changing =
    before.topic?.intent === 'change_method' ||
    before.earlierTopics?.includes('change_method') === true ||
    SWITCHES_TO.test(u.normalized);
  if (!method || method === old || !changing) return decision;
  return { ...decision, turn: { ...turn, switchedFrom: old } };
}

function decideButton(state: ConversationState, action: Action, u: Understanding): Decision {
  const { open, ...rest } = state;
  switch (action.kind) {
    case 'ask': {
      // "Did you mean": the question asked again as the chosen intent, with what it said (「…口座振替
      // やけど」: that way), which the answer it came with kept.
      const reading: Reading = { intent: action.intent, confidence: 1 };
      const slots: Slots = { ...state.topic?.slots, ...u.slots };
      if (REMINDER_INTENTS.includes(action.intent)) return requestFor(state, reading, slots, u.now);
      return answered(state, reading, slots);
    }
    case 'subscribe': {
      const { kind: _, ...settings } = action;
      return reminding(state, { op: 'subscribe', ...openRequest(open), ...settings });
    }
    case 'unsubscribe':
      return reminding(rest, { op: 'unsubscribe' });
    case 'list':
      return reminding(state, { op: 'list' });
    case 'paid':
    case 'snooze':
      return { turn: { kind: 'act', action }, state: aboutReminders(state, 'reminder_list') };
    case 'forget':
      // Asked for by a command or a button: still asked back, deleted only on the confirm button.
      return confirming(state, { kind: 'forget' }, u.now);
    case 'confirm':
      if (action.action.kind === 'forget') return { turn: { kind: 'forget' }, state: {} };
      return decideButton(rest, action.action, u);
    case 'cancel':
      return { turn: { kind: 'cancelled' }, state: open?.kind === 'confirm' ? rest : state };
  }
}

function decideMessage(state: ConversationState, said: Understanding, now: Date): Decision {
  const { open, ...rest } = state;
  const u = withHourOfTheSameHalf(
    state,
    withDueDayLeadTime(
      withLeadTimePutRight(
        withCountAlone(
          state,
          withMethodSingledOut(
            state,
            withTheTwoCompared(state, withTheOtherWay(state, withPurchasesReferredTo(state, said))),
          ),
        ),
      ),
    ),
  );
  const forced = u.message.intent !== undefined;
  if (forced) {
    // A command or a "did you mean" names the intent (and Discord's options the slots): no context.
    if (REMINDER_INTENTS.includes(u.reading.intent)) return requestFor(state, u.reading, u.slots, now);
    return answered(state, u.reading, u.slots);
  }

  // "Forget me" is asked back with a confirm button, whatever else the message says.
  if (asksToForget(u.normalized)) return confirming(state, { kind: 'forget' }, now);

  // An open question takes only an answer that fits it. Deleting everything takes the button.
  if (open?.kind === 'confirm') {
    const answer = yesOrNo(u);
    if (answer === 'yes' && open.action.kind === 'forget') return confirming(rest, open.action, now);
    if (answer === 'yes') return decideButton(rest, open.action, u);
    // 「アプリ見たらはがきだった」 to "set them for the postcard?" (asked as the user was unsure of
    // their way): the way found out, told: a yes, for that way.
    // (Not "Not using 口座振替, I use konbini. Bought stuff on Oct 31": a purchase's deadline asked.)
    const told = u.slots.method;
    if (
      open.action.kind === 'subscribe' &&
      told &&
      !u.slots.methods &&
      !u.slots.date &&
      !u.slots.methodsTurnedDown &&
      saysOwnMethod(u) &&
      !isQuestion(u)
    )
      return decideButton(rest, { ...open.action, method: told }, u);
    // 「いや、やっぱそのままで」 "keep them" to "shall I turn them off?": a no.
    if (answer === 'no' || (open.action.kind === 'unsubscribe' && negatesStopping(u)))
      return { turn: { kind: 'cancelled' }, state: rest };
  }
  // The method given as the answer, alone (「口座振替で」) or as a request for it
  // (「じゃあ口座振替にするからリマインダーもそれでお願い」).
  const asksOnTheWay = u.normalized.includes('?');
  const answersWithMethod =
    isBareAnswer(u) ||
    isBareAnswerInAnotherLanguage(u) ||
    // 「口座振替や。あ、ちゃうわ、…バーコードやわ」: the method the user settled on (a purchase's
    // date with it makes it a deadline question: "not the postcard, I use X. Bought it Oct 31").
    // (Not 「あ、その前に期限って何日？コンビニ払い」: a question asked on the way, its way after it.)
    (corrects(u) && !isQuestion(u) && !u.slots.date && !asksOnTheWay) ||
    // "ok set it for direct debit": the method asked for outright; "my payment is bank account
    // automatic": the user's own, told.
    // (Not 「支払い期限がわかると助かるんだけど…コンビニ払いです」: a question of its own, surely.)
    ((asksToChange(u) || (saysOwnMethod(u) && !readsSurelyAsAnother(u))) &&
      !isQuestion(u) &&
      !u.slots.date) ||
    (u.reading.intent === 'reminder_subscribe' &&
      !isQuestion(u) &&
      !asksHow(u) &&
      !hedges(u) &&
      !isHypothetical(u) &&
      !negatesReminding(u)) ||
    // 「口座から自動で落ちるやつ」「銀行のATMでペイジー払いしてます」「じゃあ手数料かからない口座振替で」
    // 「口座振替にしたい」: one way to pay, described, told or chosen, ending as an answer does.
    (!u.slots.methods &&
      !isQuestion(u) &&
      !asksOnTheWay &&
      u.normalized.length <= DESCRIBED_ANSWER_CHARS &&
      ENDS_AS_AN_ANSWER.test(u.normalized)) ||
    (!u.slots.methods && u.normalized.length <= DESCRIBED_ANSWER_CHARS && answersAfterAPause(u));
  if (open?.kind === 'method' && u.slots.method && answersWithMethod) {
    return reminding(state, { ...open.request, ...subscribeSettings(u.slots) });
  }
  if (open?.kind === 'method') {
    const both = methodAnswerBesideQuestion(state, open.request, u);
    if (both) return both;
  }
  // 「それでお願い」 right after an answer about one method: that method.
  const topicMethod = state.topic?.slots.method;
  if (open?.kind === 'method' && !u.slots.method && yesOrNo(u) === 'yes') {
    // Without a method to point back to, "ok" gets the question again, with its buttons.
    return reminding(state, { ...open.request, ...(topicMethod ? { method: topicMethod } : {}) });
  }
  // (「あ、やっぱりいいです。それより支払い方法って何がある？」: dropped for a question, which is answered.)
  if (open?.kind === 'method' && dropsTheQuestion(u))
    return asksAnotherSurely(u) && !isNeverMind(u.normalized)
      ? answered(rest, u.reading, u.slots)
      : { turn: { kind: 'cancelled' }, state: rest };
  // "What are the options?" while the bot waits for a method: the question again, with its buttons.
  // (Not 「Amazonの支払い方法って何がある？」: another subject's choices; nor 「てか払い方って何が
  // あるんやっけ？」, the ways to pay asked outright: answered, the question left open.)
  if (
    open?.kind === 'method' &&
    !u.slots.method &&
    !u.slots.amazon &&
    !u.slots.otherService &&
    asksForChoices(u) &&
    !(u.reading.intent === 'payment_methods' && NAMES_WAYS_TO_PAY.test(u.normalized))
  )
    return reminding(state, open.request);

  // 「今ちょっと払えへん。明日もう一回教えて」 "snooze it till tomorrow": the next deadline's reminder
  // again tomorrow (the reminders know whether there is one).
  if (asksToSnooze(u) && !isQuestion(u))
    return { turn: { kind: 'snooze_next' }, state: aboutReminders(withoutConfirm(state), 'reminder_list') };
  // 「もう一度」 "say that again", "summarise both dates": the last answer again, or, after several
  // purchases told, the deadline of each.
  if (state.topic && asksToRepeat(u) && !open) return repeated(state, state.topic);

  // "When is the konbini deadline? Also remind me 3 days before": the request carried out and the
  // question answered with it.
  const both = requestBesideQuestion(state, u, now);
  if (both) return both;
  // "do I have one? if not, set one for the postcard": whatever was said before, a request.
  if (setsIfNone(u) && !open)
    return requestFor(
      state,
      { intent: 'reminder_subscribe', confidence: u.reading.confidence },
      u.slots,
      now,
      u,
    );
  // "…this reminder thing… anyway I'm not asking for one yet — I just want the barcode deadline":
  // reminders turned down, so the sentence that asks something else is the question.
  // (Not 「…お知らせは不要です。止めてください」: a stop asked for besides.)
  // (「リマインダーはいらない。期限だけ教えて、バーコード払い」 right after setting them: the question
  // answered, the reminders left as they are: the method named is the question's.)
  // (Not a lead time or this month's turned down, 「前日の通知はいらない」「今回の通知はいらない」: changes.)
  // (Hours bounded, "no reminders after 10pm", turn none down: they are a setting, below.)
  // (A request taken back, "remind me the day before... actually no, never mind", turns down even
  // the settings it named.)
  const declined =
    declinesReminders(u.normalized) &&
    !asksToStop(u) &&
    ((!u.slots.declinedLeadDays && !u.slots.leadDays) || takesBackARequest(u.normalized)) &&
    !skipsThisOne(u) &&
    !saysPaidThisMonth(u) &&
    !u.slots.quietHours &&
    !boundsTheHour(u) &&
    // (「夜は通知いらん。昼12時にして」: an hour asked for instead, a setting.)
    u.slots.hour === undefined;
  const afterDecline = declined ? remindersDeclined(state, u, now) : undefined;
  if (afterDecline) return afterDecline;

  // Right after the bot set or showed reminders, short requests and questions are about them.
  // 「ほな頼むわ」 right after the reminders asked for were set (the method the user gave is the
  // one set): nothing is left to do, so they are left as they are, and it says so.
  const justSet =
    state.topic?.intent === 'reminder_subscribe' &&
    state.ownMethod !== undefined &&
    state.topic.slots.method === state.ownMethod;
  // (Not 「じゃあそうして」 after asking whether they can come on other days: those days, asked for.)
  if (
    justSet &&
    requestsPlainly(u) &&
    Object.keys(subscribeSettings(u.slots)).length === 0 &&
    !state.topic?.leadDays
  )
    return { turn: { kind: 'cancelled' }, state };
  // 「コンビニ」 alone right after reminders for it were set (by a button): the same, nothing to ask.
  const settings = subscribeSettings(u.slots);
  if (
    justSet &&
    state.undo !== undefined &&
    isBareAnswer(u) &&
    // (Not "just paid at lawson 👍": that deadline paid, below.)
    !saysPaid(u) &&
    settings.method === state.ownMethod &&
    Object.keys(settings).length === 1
  )
    return { turn: { kind: 'cancelled' }, state };
  // 「今月分はもう払ったから今回の通知はいらない」: that deadline is paid; the reminders stay.
  // ("paid already, mark as paid": asked for in so many words, whenever.)
  // (Not "I paid yesterday but the app still says unpaid": a trouble told, its topic's to answer.)
  const paidButTrouble =
    u.reading.intent === 'paid_but_shown_unpaid' && STILL_SHOWN_UNPAID.test(u.normalized) && !marksPaid(u);
  if (
    !paidButTrouble &&
    skipsThisOne(u) &&
    (state.remindersDiscussed || mentionsReminders(u) || marksPaid(u))
  )
    return {
      turn: {
        kind: 'paid_next',
        // ("no more reminders this month", said again once December's is paid: not January's.)
        ...(namesThisMonth(u) ? { ifDueThisMonth: true as const } : {}),
        ...paidAndAsked(u),
        ...(saysPaid(u) ? {} : { skipped: true as const }),
      },
      state: aboutReminders(withoutConfirm(state), 'reminder_list'),
    };
  // 「今月分はもう払った」 told while reminders are talked about: this month's deadline is paid, if the
  // next one falls this month (on 28 November the next is in December: that one is not paid yet).
  if (!paidButTrouble && saysPaidThisMonth(u) && state.remindersDiscussed)
    return {
      turn: { kind: 'paid_next', ifDueThisMonth: true, ...paidAndAsked(u) },
      state: aboutReminders(withoutConfirm(state), 'reminder_list'),
    };
  // 「12月分はもう払いました」 "I paid December's" while reminders are talked about: the deadline due in
  // that month is paid, when it is the next one.
  const paidMonth = paidForAMonth(u);
  if (!paidButTrouble && paidMonth !== undefined && state.remindersDiscussed)
    return {
      turn: { kind: 'paid_next', ifDueInMonth: paidMonth, ...paidAndAsked(u) },
      state: aboutReminders(withoutConfirm(state), 'reminder_list'),
    };
  // So too told days later, the conversation gone by ("I just paid this month's bill at
  // FamilyMart"): marked when reminders are set, else answered as it reads. (Not a trouble told
  // with it, 「払ったのにまだ未払いになってる」: that is its topic's.)
  // ("I just paid it at Lawson" reads like a payment not shown yet, without the trouble: paid.)
  // (Not "I already paid it though" after a return: the return's case, answered there.)
  const toldOnlyPaid =
    u.reading.intent === 'paid_but_shown_unpaid' && !paidButTrouble && state.topic === undefined;
  if (
    saysPaidThisMonth(u) &&
    (toldOnlyPaid || !isFaqTopic(u.reading.intent)) &&
    u.reading.intent !== 'handoff'
  ) {
    const plain = answered(state, u.reading, u.slots);
    if (plain.turn.kind === 'answer')
      return { turn: { kind: 'paid_next', ifDueThisMonth: true, otherwise: plain.turn }, state: plain.state };
  }
  // 「やっぱ戻して」 "undo that" right after a change to the reminders: what its Undo button does,
  // asked for in words (a stop is undone by setting them again as they were).
  if (state.undo && undoesAlone(u) && state.topic && REMINDER_INTENTS.includes(state.topic.intent)) {
    const { undo, ...rest } = state;
    return decideButton(rest, undo, u);
  }
  // Right after a stop, with nothing kept to take it back: they are off, and offered back with Undo.
  if (state.topic?.intent === 'reminder_unsubscribe' && undoesAlone(u))
    return { turn: { kind: 'cancelled', afterStop: true }, state };
  // "I see", 「なるほど」 right after reminders acknowledge them: nothing to show or change.
  // (「楽天カードの明細っていつ来る？」 right after reminders: another service's, not theirs.)
  const onReminders =
    isAcknowledgement(u.normalized) || isChitChat(u) || (u.slots.otherService && !mentionsReminders(u))
      ? undefined
      : state.topic && REMINDER_INTENTS.includes(state.topic.intent)
        ? reminderFollowUp(u, state.topic.intent)
        : state.remindersDiscussed || mentionsReminders(u)
          ? laterReminderFollowUp(u, state.topic?.intent)
          : undefined;
  const inTopic = onReminders
    ? undefined
    : (askedOfAtone(state.aside, u) ??
      askedOfAPurchase(state, u) ??
      takenUpBeside(state.topic, u) ??
      methodToldForDeadline(state, u) ??
      takenUpFromBefore(state, u) ??
      inContext(state.aside && namesAtone(u) ? state.aside : state.topic, u));
  // A request is never inferred from context: a reading that became a reminder intent only with
  // the topic's facts ("0am" after reminders were set) is answered as the message's own.
  const reminded = state.topic?.slots.method;
  const read = onReminders
    ? {
        reading: onReminders,
        slots:
          onReminders.intent === 'deadline' && reminded && !u.slots.method
            ? { ...u.slots, method: reminded }
            : u.slots,
      }
    : inTopic &&
        REMINDER_INTENTS.includes(inTopic.reading.intent) &&
        !REMINDER_INTENTS.includes(u.reading.intent)
      ? { reading: u.reading, slots: u.slots }
      : (inTopic ?? { reading: u.reading, slots: u.slots });
  const slots = withTheSwitch(state.topic, read, u.today);
  // "why?" "how long does it take?" right after an FAQ answer, read as that topic on their own:
  // they still follow it (its answer then gives the part asked about).
  const againOnTopic =
    state.topic !== undefined &&
    isFaqTopic(state.topic.intent) &&
    read.reading.intent === state.topic.intent &&
    isShort(u) &&
    isQuestion(u);
  // 「さっきの本人確認の話だけど、どれくらいかかる？」: an FAQ topic answered before, taken up
  // again: its answer gives the part asked about, as a follow-up's does.
  const takenUpAgain = isFaqTopic(read.reading.intent) && returnsToTopic(u);
  const follows =
    read.follows ?? (againOnTopic ? state.topic?.intent : takenUpAgain ? read.reading.intent : undefined);
  // A lead time or an hour can only be a reminder setting: 「前日の夜8時に変えて」 changes reminders.
  const setsTime =
    read.reading.intent === 'change_method' &&
    !slots.method &&
    (slots.leadDays || slots.hour !== undefined || slots.invalidHour !== undefined);
  // 「ほな期限前のリマインドだけ頼むわ」: reminders asked for in so many words, however it read.
  const asksForReminders =
    !REMINDER_INTENTS.includes(read.reading.intent) && asksToSet(u) && mentionsReminders(u) && !isQuestion(u);
  // 「期限いつも忘れちゃう…通知とかできたりする？」: a question about reminders, named, that the
  // matcher was not sure of: explained (with buttons), as a question about them is.
  const asksAboutReminders =
    !REMINDER_INTENTS.includes(read.reading.intent) &&
    read.reading.confidence < SURE_ALONE &&
    namesReminders(u) &&
    asksHow(u);
  // "ok I've switched to bank debit, update it" once reminders were talked about: they follow.
  // (So too "update my reminders too" right after the change was talked about, however it reads.)
  // (Not "want to use the app barcode instead — where do I change it?": how to change the method.)
  const updatesReminders =
    state.remindersDiscussed === true &&
    asksToUpdate(u) &&
    (!isQuestion(u) || asksPolitely(u)) &&
    ((read.reading.intent === 'change_method' && slots.method !== undefined) ||
      (state.topic?.intent === 'change_method' && state.topic.slots.method !== undefined));
  // 「私って設定してある？」 "did I set one?" once reminders were talked about: whether they are set,
  // asked without naming them (not the user's account, which the words alone suggest).
  const asksIfSet =
    state.remindersDiscussed === true &&
    asksWhatIsSet(u) &&
    (read.reading.confidence < SURE_ALONE || read.reading.intent === 'handoff');
  const reading: Reading = asksIfSet
    ? { intent: 'reminder_list', confidence: Math.max(read.reading.confidence, 0.8) }
    : setsTime || asksForReminders || asksAboutReminders || updatesReminders
      ? { intent: 'reminder_subscribe', confidence: read.reading.confidence }
      : read.reading;
  // A reminder request takes its settings from what the user said, never from the topic of a
  // question; and is as sure as the message alone says (the topic's facts only blur it).
  if (REMINDER_INTENTS.includes(reading.intent)) {
    const own = u.reading.intent === reading.intent && u.reading.confidence > reading.confidence;
    return requestFor(state, own ? u.reading : reading, u.slots, now, u);
  }
  // One word in a conversation (「はがき」, "Amazon") is read in its light: a "did you mean" on it
  // would ask the user to say more about what they just chose not to.
  if (state.topic && reading.alternative && isOneWord(u)) {
    const { alternative: _, ...sure } = reading;
    return answered(state, sure, slots, follows);
  }
  // 「Paidyの支払い期限っていつ？」: not answered, yet 「じゃあアトネは？」 next asks it of atone.
  if (reading.intent === 'fallback' && u.slots.otherService) {
    const { otherService: _, ...own } = u.slots;
    const asked = u.readWith(own);
    if (!NOT_A_QUESTION.includes(asked.intent) && asked.intent !== 'handoff') {
      const decision = answered(state, reading, slots, follows);
      const aside: Topic = { intent: asked.intent, slots: topicSlots(own) };
      return { ...decision, state: { ...decision.state, aside } };
    }
  }
  // "suitcase: postcard invoice. due when?" two detours after "I bought a suitcase on July 15": the
  // thing bought, named again, is that purchase.
  const last = datesOf(state.topic);
  // (Not a date the message says itself; one the topic lent is the last purchase's, which a thing
  // named may set right. 「ゲームのは？」 alone, not understood, or 「ジャケットは？」 put as a bare
  // follow-up, is that purchase's deadline.)
  const bare = isShort(u) && (reading.intent === 'fallback' || isElliptic(u));
  // ("what if I miss the jacket one?": a question of a purchase, about that one.)
  const asksOfAThing = DATE_MEANING[reading.intent] === 'purchase' || bare;
  const named = asksOfAThing && !u.slots.date ? purchaseNamedAgain(state, u) : undefined;
  const asked =
    named && bare && DATE_MEANING[reading.intent] !== 'purchase'
      ? { intent: 'deadline' as const, confidence: 0.8 }
      : reading;
  const before = named ?? last;
  const bought = named ? { ...withoutDates(slots), ...named.slots } : slots;
  // What was bought stays with its date while the date does ("and by postcard?" after it).
  const sameDate = JSON.stringify(bought.date) === JSON.stringify(before?.slots.date);
  const things = u.slots.date ? purchaseThings(u) : sameDate ? (before?.things ?? []) : [];
  return withPurchasesTold(
    singlingOut(answered(state, asked, bought, follows, besideTopics(u, asked.intent), things), u),
    u,
  );
}

/**
 * "I bought sneakers on Dec 3 and a jacket on Nov 28": each purchase kept with its own things, so
 * that "the sneakers" later is Dec 3 alone (the topic keeps both dates, named by none).
 */
function withPurchasesTold(decision: Decision, u: Understanding): Decision {
  const told = purchasesTold(u);
  const topic = decision.state.topic;
  if (told.length === 0 || !topic) return decision;
  const { things: _, ...unnamed } = topic;
  // (The purchase answered() kept with every thing has the first date: the one told for it replaces it.)
  const purchases = told.reduce((kept, p) => withPurchase(kept, p), decision.state.purchases);
  return { ...decision, state: { ...decision.state, topic: unnamed, ...(purchases ? { purchases } : {}) } };
}

// "the first one", 「後のほう」: one of two things named, by its place.
const ONE_OF_TWO =
  /最初の(?:やつ|方|ほう)|後の(?:やつ|方|ほう)|(?:1|一|2|二)つ目|(?<![a-z])the (?:first|second|last|latter|former) (?:one|way|method|option)?(?![a-z])|(?<![a-z])the (?:former|latter)(?![a-z])/;

// "both", 「両方」「どっちも」, "when are they due?": the purchases told before, together.
const SEVERAL_TOLD =
  /両方|どっちも|どちらも|(?:2|二)つとも|その(?:2|二)つ|それぞれ|(?<![a-z])(?:both|each of them|all of them|they|them|those)(?![a-z])/;

/**
 * A purchase told before, referred to: 「さっきの買い物」 "that purchase" is the last one told;
 * "I bought headphones on Oct 28" … "and a jacket on Nov 1" … "both paid at the konbini, when are
 * they due?" are the purchases told in turns of their own, as if named together (the latest told,
 * the topic's, among them).
 */
function withPurchasesReferredTo(state: ConversationState, u: Understanding): Understanding {
  // 「さっきの買い物、口座振替ならいつ？」 "that purchase, by bank debit?" after another subject: the
  // purchase told last, as told (its tense too; 「さっき」 there is no purchase just now).
  const [latest] = state.purchases ?? [];
  const back = PURCHASE_TOLD_BEFORE.exec(u.normalized);
  const saidDate = u.slots.dates ? undefined : u.slots.date?.source;
  if (
    back &&
    latest?.meaning === 'purchase' &&
    (saidDate === undefined || back[0].includes(saidDate)) &&
    !u.slots.dates
  ) {
    const { date: _, tense: __, ...rest } = u.slots;
    return { ...u, slots: { ...rest, ...latest.slots } };
  }
  // (「最初のやつ」 "the first one" among them too: each is answered, the one meant among them.)
  if (u.slots.date || u.slots.dates || !(SEVERAL_TOLD.test(u.normalized) || ONE_OF_TWO.test(u.normalized)))
    return u;
  const last = datesOf(state.topic);
  if (last?.meaning !== 'purchase') return u;
  const dates = datesTold([last, ...(state.purchases ?? [])]);
  const [first] = dates;
  return first && dates.length > 1 ? { ...u, slots: { ...u.slots, date: first, dates } } : u;
}

// 「さっきの買い物」「前の買い物」 "that purchase", "the thing I bought earlier": the purchase told before.
const PURCHASE_TOLD_BEFORE =
  /(?:さっき|先ほど|前)の(?:買い物|購入|注文|やつ|分)|(?<![a-z])(?:that purchase|the (?:earlier|previous) purchase|what i (?:bought|mentioned) (?:earlier|before))(?![a-z])/;

/** The dates of the purchases told (latest first), each once, in the order they were told. */
function datesTold(told: readonly EarlierDate[]): DateSlot[] {
  const dates = told
    .filter((p) => p.meaning === 'purchase')
    .flatMap((p) => p.slots.dates ?? (p.slots.date ? [p.slots.date] : []))
    .reverse();
  return dates.filter((d, i) => dates.findIndex((e) => JSON.stringify(e) === JSON.stringify(d)) === i);
}

// 「もう一つのほうは？」「もう片方は？」 "and the other one?": of two ways talked about, the one not last.
const THE_OTHER_ONE = /もう(?:一つ|ひとつ|1つ|片方|かたほう)|(?<![a-z])the other (?:one|way|method)(?![a-z])/;

/** 「手数料はどう違うの？」 after two ways to pay were talked about: those two, side by side. */
function withTheTwoCompared(state: ConversationState, u: Understanding): Understanding {
  const { lastMethod, methodBefore } = state;
  if (!lastMethod || !methodBefore || lastMethod === methodBefore) return u;
  if (u.slots.method || u.slots.methods) return u;
  if (!COMPARES.test(u.normalized) && !WHICH_OF_THE_TWO.test(u.normalized)) return u;
  return { ...u, slots: { ...u.slots, method: methodBefore, methods: [methodBefore, lastMethod] } };
}

// 「手数料はどちらが安いですか？」 "which one is cheaper?": one of the two ways just talked about.
const WHICH_OF_THE_TWO =
  /どちら|どっち|(?<![a-z])(?:which (?:one|is|of (?:them|the two|those))|either of them|cheaper|better)(?![a-z])/;

/** "and the other one?" after two ways to pay were talked about: the one named before the last. */
function withTheOtherWay(state: ConversationState, u: Understanding): Understanding {
  const other = state.methodBefore;
  if (!other || u.slots.method || u.slots.methods || !THE_OTHER_ONE.test(u.normalized)) return u;
  return { ...u, slots: { ...u.slots, method: other } };
}

/** The answers that compare the ways to pay, and so single out the free one when it is asked for. */
const COMPARE_METHODS: readonly AnswerIntent[] = ['fees', 'payment_methods'];

/** "Which is cheapest?" answered across the ways to pay: the free one is singled out for "that one" next. */
function singlingOut(decision: Decision, u: Understanding): Decision {
  const topic = decision.state.topic;
  if (!topic || !COMPARE_METHODS.includes(topic.intent) || topic.slots.method || !asksForTheFreeOne(u))
    return decision;
  return { ...decision, state: { ...decision.state, topic: { ...topic, singledOut: 'auto_debit' } } };
}

/**
 * "ok and when is that one due?", 「じゃあそれに変えたい」 right after the free way was singled out:
 * that way, as if named.
 */
function withMethodSingledOut(state: ConversationState, u: Understanding): Understanding {
  const method = state.topic?.singledOut;
  if (!method || u.slots.method || u.slots.methods || !pointsToOneWay(u) || asksAcrossMethods(u)) return u;
  return { ...u, slots: { ...u.slots, method } };
}

/** How clearly a sentence of the message must read as an FAQ topic to be kept as answered beside. */
const BESIDE_CLEARLY = 0.8;

/**
 * The FAQ topics the message's other sentences clearly are (「返品したのに請求きてる。期限いつ？」:
 * the return, answered beside the deadline), kept as earlier topics: 「もう払ってたら？」 next may
 * be about them.
 */
function besideTopics(u: Understanding, main: AnswerIntent): AnswerIntent[] {
  const parts = u.parts();
  if (parts.length === 0) return [];
  return parts
    .filter((part, at) => asksOnItsOwn(part.normalized, at))
    .map((part) => part.reading)
    .filter(
      (r) =>
        isFaqTopic(r.intent) &&
        r.intent !== main &&
        r.confidence >= BESIDE_CLEARLY &&
        !(COVERED_BY[main] ?? []).includes(r.intent),
    )
    .map((r) => r.intent);
}

/**
 * Topics a main answer already covers: "…for the points festival. points?" asks the campaign's
 * points, not NP points beside it.
 */
const COVERED_BY: Partial<Record<AnswerIntent, readonly AnswerIntent[]>> = {
  campaigns: ['np_points'],
  campaign_eligibility: ['np_points'],
};

/** How sure the reading of a question asked beside a request must be to be answered too. */
const ASKED_BESIDE = 0.6;
const NOT_A_QUESTION: readonly AnswerIntent[] = [...REMINDER_INTENTS, 'fallback', 'help'];
const ASKS_TO_BE_TOLD = /教えて|おしえて|知りたい|(?<![a-z])(?:tell me|let me know)(?![a-z])/;

/**
 * A message of several sentences, one a reminder request made outright and another a question
 * read clearly ("how much is the konbini fee? and set me a reminder for it"): the request is
 * decided on its own sentence (with the method the message names, when it names one) and the
 * question answered beside it. Anything less clear is left to the message read as a whole.
 */
function requestBesideQuestion(state: ConversationState, u: Understanding, now: Date): Decision | undefined {
  // (Cheap first: most messages name no reminders at all, nor a lead time: 「期限いつ？3日前に教えて」.)
  if (!mentionsReminders(u) && !u.slots.leadDays) return undefined;
  // ("…stop reminding me for this month only, and when's next month's deadline?": one deadline
  // skipped, paid, not the reminders stopped: below.)
  if (skipsThisOne(u)) return undefined;
  const parts = u.parts();
  const request = parts.find(
    (p) =>
      REMINDER_INTENTS.includes(p.reading.intent) &&
      p.reading.confidence >= SURE_ENOUGH &&
      (requestsReminders(p) ||
        // ("Stop reminding me. Also the fee?"; not 「リマインダーはいらない。期限だけ教えて」, the offer
        // turned down beside a question.)
        (p.reading.intent === 'reminder_unsubscribe' && asksToStop(p) && !declinesReminders(u.normalized)) ||
        // (「リマインダー登録してたっけ？あと期限も教えて」: what is set, shown beside the answer.)
        (p.reading.intent === 'reminder_list' && asksWhatIsSet(p))),
  );
  const question = askedBeside(parts, request, true);
  if (!request || !question) return undefined;
  // The method the message names is the request's too ("when is the konbini deadline? also remind
  // me 3 days before"), unless it names several.
  const slots = u.slots.methods ? request.slots : { ...u.slots, ...request.slots };
  return withQuestionBeside(
    requestFor(state, request.reading, slots, now, request),
    u,
    parts,
    question,
    request,
  );
}

/**
 * The part of a message that asks something besides `other` (a request, or the method answered):
 * a question of its own, not of reminders; `orToBeTold`: 「教えて」 asks too.
 */
function askedBeside(
  parts: readonly Understanding[],
  other: Understanding | undefined,
  orToBeTold: boolean,
): Understanding | undefined {
  return parts.find(
    (p) =>
      p !== other &&
      !NOT_A_QUESTION.includes(p.reading.intent) &&
      p.reading.confidence >= ASKED_BESIDE &&
      !mentionsReminders(p) &&
      (isQuestion(p) || (orToBeTold && ASKS_TO_BE_TOLD.test(p.normalized))),
  );
}

// "…but the app still says unpaid", 「払ったのにまだ未払いになってる」: a payment not shown, told.
const STILL_SHOWN_UNPAID =
  /未払い|のに|反映され(?:て)?(?:ない|てない|ません)|(?<![a-z])(?:unpaid|not paid|still (?:says|shows|showing|owe)|not (?:showing|reflected|updated))(?![a-z])/;

// (Not "this month's one" nor 「今月分」: the bill at hand, which may be due next month.)
const THIS_MONTHS_REMINDERS =
  /(?<![a-z])(?:(?:(?:reminders?|notifications?|pings?|alerts?)(?: for)?|remind me(?: again)?) this month|(?:until|till|til|to) next month)(?![a-z])|来月まで/;

/** "no more reminders this month": the deadline due this month, not the next one. */
function namesThisMonth(u: Understanding): boolean {
  return THIS_MONTHS_REMINDERS.test(u.normalized);
}

/** "I paid this month's. … and when's next month's deadline?": the question asked beside, if any. */
function paidAndAsked(u: Understanding): { question: AskedBeside } | Record<string, never> {
  const parts = u.parts();
  const question = parts.length > 1 ? askedBeside(parts, undefined, true) : undefined;
  return question ? { question: besideOf(question, question.slots, false) } : {};
}

/** A question asked beside something else, answered from `slots`, before or after it. */
function besideOf(question: Understanding, slots: Slots, first: boolean): AskedBeside {
  return { understanding: question, reading: question.reading, slots, first };
}

/**
 * A reminder decision with the question asked beside it (answered with it, in the order asked);
 * undefined when the decision is no reminder turn after all.
 */
function withQuestionBeside(
  decision: Decision,
  u: Understanding,
  parts: readonly Understanding[],
  question: Understanding,
  request: Understanding,
): Decision | undefined {
  const { turn } = decision;
  if (turn.kind !== 'remind' && turn.kind !== 'confirm') return undefined;
  const beside = besideOf(
    question,
    { ...u.slots, ...question.slots },
    parts.indexOf(question) < parts.indexOf(request),
  );
  return { ...decision, turn: { ...turn, question: beside } };
}

// 「もう一度」「今のお話をまとめていただけますか」 "say that again", "could you summarise both dates?".
// (Not 「まとめて払えたら」, paying all together.)
const ASKS_TO_REPEAT =
  /^(?:すみません|ごめん|え|えっ)?[、,\s]*(?:もう(?:一度|一回|いっかい|1回|いちど)|もっかい)(?:言って|教えて|お願い|おねがい|表示して)?(?:ください|くれ|もらえ(?:る|ます)(?:か)?)?[?？。!！\s]*$|まとめ(?:て(?!払|支払|はら|買|購入|決済)|ると)|要約|(?<![a-z])(?:(?:say|tell me|give me) (?:that|it|them) again|repeat (?:that|it|them)|once more|come again|summari[sz]e|sum (?:it|that|them) up|recap)(?![a-z])/;

function asksToRepeat(u: Understanding): boolean {
  return ASKS_TO_REPEAT.test(u.normalized);
}

/** The last answer again; after several purchases told, the deadline of each (their method the topic's). */
function repeated(state: ConversationState, topic: Topic): Decision {
  const distinct = datesTold(state.purchases ?? []);
  const [first] = distinct;
  if (topic.intent === 'deadline' && first && distinct.length > 1) {
    const { date: _, dates: __, tense: ___, ...rest } = topic.slots;
    return answered(
      state,
      { intent: 'deadline', confidence: 0.9 },
      { ...rest, date: first, dates: distinct },
    );
  }
  return answered(state, { intent: topic.intent, confidence: 0.9 }, topic.slots);
}

// 「その前に」 "before that", "first": a question put before the one the bot asked.
const ASKED_FIRST = /その前に|(?<![a-z])(?:before that|but first|first(?:ly)?,)(?![a-z])/;
/** The questions asked of one way to pay, which a way named after them completes. */
const OF_A_WAY: readonly AnswerIntent[] = ['deadline', 'fees'];

/**
 * "barcode. and what's the fee for it?" 「はがき。あと手数料っていくら？」 while the bot waits for the
 * method: the answer, alone in its sentence, sets the reminders, and the question with it is answered.
 */
function methodAnswerBesideQuestion(
  state: ConversationState,
  request: SubscribeRequest,
  u: Understanding,
): Decision | undefined {
  if (u.slots.methods) return undefined;
  const parts = u.parts();
  const answer = parts.find((p) => p.slots.method && !p.slots.methods && isBareAnswer(p) && !isQuestion(p));
  const question = askedBeside(parts, answer, false);
  if (!answer?.slots.method || !question) return undefined;
  // 「あ、その前に期限って何日？コンビニ払い」: the question first, its way named after it; the
  // reminder's way is still to be answered.
  if (
    ASKED_FIRST.test(u.normalized) ||
    (OF_A_WAY.includes(question.reading.intent) && parts.indexOf(answer) > parts.indexOf(question))
  )
    return undefined;
  const decision = reminding(state, { ...request, ...subscribeSettings(answer.slots) });
  return decision.turn.kind === 'remind'
    ? withQuestionBeside(decision, u, parts, question, answer)
    : undefined;
}

/**
 * The method a message names is the conversation's last; told, not asked about (「はがきにしてる」
 * 「支払い方法ははがきにしてます」 "I pay by postcard. When is…"), it is the user's own from now on.
 */
function withMethodsSaid(state: ConversationState, u: Understanding): ConversationState {
  const one = u.slots.methods ? undefined : u.slots.method;
  if (!one) return state;
  const told = !u.message.intent && ((isBareAnswer(u) && !isQuestion(u)) || saysOwnMethod(u));
  const before = state.lastMethod && state.lastMethod !== one ? { methodBefore: state.lastMethod } : {};
  return { ...state, lastMethod: one, ...before, ...(told ? { ownMethod: one } : {}) };
}

/** A message naming reminders (「リマインダーって何ができるの？」) brings them into the conversation. */
function withRemindersSaid(state: ConversationState, u: Understanding): ConversationState {
  return namesReminders(u) && !state.remindersDiscussed ? { ...state, remindersDiscussed: true } : state;
}

// "only if the debit moves, remind me", 「ずれる場合だけ通知して」: a request on a condition.
const ONLY_IF =
  /(?<![a-z])(?:only (?:if|when)|provided that|as long as)(?![a-z])|(?:場合|とき|時)(?:だけ|のみ)|(?:なら|たら)だけ/;

/** Reminders turned down: what else the message asks, or that none is set; never a setting. */
function remindersDeclined(state: ConversationState, u: Understanding, now: Date): Decision | undefined {
  const { intent } = u.reading;
  // ("I use direct debit…" then "don't set a reminder, just tell me the fee": that method's fee,
  // the question read with the conversation as any other.)
  if (!REMINDER_INTENTS.includes(intent) && intent !== 'fallback') {
    const read = inContext(state.topic, { ...u, normalized: withoutDeclinedHelp(u.normalized) });
    return REMINDER_INTENTS.includes(read.reading.intent)
      ? answered(state, u.reading, u.slots)
      : answered(state, read.reading, read.slots, read.follows);
  }
  const noneSet: Decision = { turn: { kind: 'cancelled', declined: true }, state: withoutConfirm(state) };
  if (intent === 'reminder_subscribe') {
    // 「リマインダーはいいです」 "no reminder needed", nothing else said: none set, and said so.
    if (declinesOnly(u.normalized)) return noneSet;
    const asked = u
      .parts()
      .find((p) => !NOT_A_QUESTION.includes(p.reading.intent) && p.reading.confidence >= ASKED_BESIDE);
    if (asked) return answered(state, asked.reading, { ...u.slots, ...asked.slots });
    // ("not asking you to set a reminder, just wondering if you can remind for furikae": whether
    // they can, explained; nothing set, however sure the rest reads as a request.)
    return answered(state, u.reading, u.slots);
  }
  // "no reminder needed", 「リマインドはいらない」 read as a stop: none set, none stopped (a stop says
  // so: 「もういらないから止めて」). Right after reminders were set or shown, or "not anymore", it
  // may mean those: a stop, asked back with a button. (So too when nothing else is understood:
  // "hmm maybe I don't need reminders anymore".)
  if (intent === 'reminder_unsubscribe' || intent === 'fallback') {
    const mayMeanThose =
      REMINDER_INTENTS.includes(state.topic?.intent ?? 'fallback') || NO_LONGER.test(u.normalized);
    // ("i don't want reminders anymore", said plainly of those just set: a stop, with its Undo;
    // hedged or asked, stopRequest asks back.)
    if (mayMeanThose && intent === 'reminder_unsubscribe' && NO_LONGER.test(u.normalized) && !isQuestion(u))
      return stopRequest(state, u.reading, now, u);
    return mayMeanThose ? confirming(state, { kind: 'unsubscribe' }, now) : noneSet;
  }
  return undefined;
}

// "hmm which one.. bank debit", 「うーん、どれだろ…はがき」: thinking aloud, then the way alone.
const AFTER_A_PAUSE = /(?:\.\.+|…|[,:、])\s*([^.…,:、]+)$/;

function answersAfterAPause(u: Understanding): boolean {
  const tail = AFTER_A_PAUSE.exec(u.normalized)?.[1];
  return tail !== undefined && isBareAnswer({ ...u, normalized: tail });
}

// How an answer to "which way do you pay?" ends when it describes the way: 「…やつ」「…で」「…してます」.
const ENDS_AS_AN_ANSWER =
  /(?:やつ|もの|方|ほう|払い|です|でお願い|で|してます|しています|してる|使ってます|使ってる|にしてる|にしたい|にします|にしよう(?:かな)?|がいい(?:です)?|で(?:いい|大丈夫)(?:です)?)[。!！\s]*$|(?<![a-z])(?:the one|that one|i use (?:the )?\w+|i pay (?:by|with|at) [\w ]+)[.!\s]*$/;
// 「払い方」「支払い方法」 "ways to pay": the ways to pay named, as a subject of their own.
const NAMES_WAYS_TO_PAY =
  /払い方|支払い?方法|(?<![a-z])(?:ways? (?:to|i can|can i) pay|payment (?:methods|options)|(?:what|which) (?:are the )?methods|methods (?:are there|do (?:i|you|u) have))(?![a-z])/;

/**
 * Right after a switch of way was talked about ("i wanna switch to direct debit"): "so when does
 * it kick in?" goes on about the way switched to, and "what day does the money come out?" is the
 * first bill paid that way, this month's purchases (a switch applies from next month's bill).
 * (Only of a switch: "which is cheapest?" after a fee is about every way.)
 */
function withTheSwitch(
  topic: Topic | undefined,
  read: { reading: Reading; slots: Slots },
  today: PlainDate,
): Slots {
  const { reading, slots } = read;
  const way = topic?.slots.method;
  if (topic?.intent !== 'change_method' || !way || slots.methods || slots.methodsTurnedDown) return slots;
  if (reading.intent === 'change_method' && !slots.method)
    return topic.slots.methods
      ? { ...slots, method: way, methods: topic.slots.methods }
      : { ...slots, method: way };
  if (reading.intent === 'deadline' && slots.method === way && !slots.date)
    return { ...slots, date: { kind: 'month', month: monthOf(today), source: 'switch' } };
  return slots;
}

// 「やっぱはがきにするわ」 "actually I'll go with the postcard": the way told is a change of mind.
// (「あ、やっぱり…」: an interjection before it.)
const MIND_CHANGED =
  /^(?:(?:あっ?|ああ|えっと|えーと|うーん|あれ|いや)[、,\s]*)?(?:やっぱり?|やはり)|(?<![a-z])(?:actually|instead|changed? my mind)(?![a-z])/;

/** A described answer is a phrase, not a story (longer, it is read as what it asks). */
const DESCRIBED_ANSWER_CHARS = 40;

/** How clearly a message, naming no reminders, must read as an FAQ topic to be that topic's. */
const OF_ANOTHER_TOPIC = 0.4;

// "3 days before... no wait, make it 4 days", 「3日前、いや4日前で」: the lead time put right.
const PUTS_RIGHT =
  /(?<![a-z])(?:no wait|wait no|i mean|i meant)(?![a-z])|じゃなくて|やなくて|いや(?=[、,\s\d])|やっぱり?/g;

const SET_ASIDE = /(?<![a-z])not(?![a-z])|じゃなく|ではなく|やなく/;

/** The lead times said after a correction, in place of those said before it. */
function withLeadTimePutRight(u: Understanding): Understanding {
  if (!u.slots.leadDays) return u;
  // 「3日前と前日、いや前日じゃなくて当日で」: the one set aside out, the others kept.
  const moved = movesOneLeadTime(u);
  // (Already read so, the one set aside out: nothing to put right.)
  if (moved && !u.slots.leadDays.includes(moved.from) && u.slots.leadDays.includes(moved.to)) return u;
  if (moved && u.slots.leadDays.includes(moved.from)) {
    const leadDays = [...new Set(u.slots.leadDays.filter((d) => d !== moved.from).concat(moved.to))].sort(
      (a, b) => b - a,
    );
    return { ...u, slots: { ...u.slots, daysBefore: leadDays[0] as number, leadDays } };
  }
  const last = [...u.normalized.matchAll(PUTS_RIGHT)].at(-1);
  if (!last) return u;
  const after = u.normalized.slice((last.index ?? 0) + last[0].length);
  const said = extractSlots(after, u.today, after).leadDays;
  // ("no wait, not 3 days, 5 days": the last count said, not one set aside.)
  const alone = after
    .split(/[,、;]/)
    .filter((part) => !SET_ASIDE.test(part))
    .map((part) => daysAlone(part))
    .filter((count) => count !== undefined)
    .at(-1);
  const days = said ?? (alone !== undefined ? [alone] : undefined);
  if (!days) return u;
  return { ...u, slots: { ...u.slots, daysBefore: days[0] as number, leadDays: days } };
}

// A part of the day said with an hour: 「朝7時」「夜7時」 "7am", "7 in the evening".
const PART_OF_DAY =
  /朝|あさ|午前|午後|昼|夕方|夜|よる|晩|(?<![a-z])(?:am|a\.m\.|pm|p\.m\.|morning|afternoon|evening|night|tonight|noon)(?![a-z])/;

/**
 * 「やっぱり7時で」 right after reminders at 20時: 19時, the hour in the same half of the day as the
 * one it changes (no one moving an evening reminder an hour means 7 in the morning); said with
 * 朝 or "am", as said.
 */
function withHourOfTheSameHalf(state: ConversationState, u: Understanding): Understanding {
  const hour = u.slots.hour;
  // (「前日の夜8時に…いや9時に」: the hour put right in the same message; the part of the day is
  // looked for only after the correction.)
  const setAside = u.slots.hourSetAside;
  const before =
    setAside ?? (state.topic && REMINDER_INTENTS.includes(state.topic.intent) ? state.topic.hour : undefined);
  if (hour === undefined || hour < 1 || hour > 11 || before === undefined || before < 13) return u;
  const correction = setAside === undefined ? -1 : u.normalized.search(PUTS_RIGHT);
  if (PART_OF_DAY.test(correction < 0 ? u.normalized : u.normalized.slice(correction))) return u;
  return { ...u, slots: { ...u.slots, hour: hour + 12 } };
}

/** "remind me on the morning of the due date": lead time 0 (namesTheDueDayItself). */
function withDueDayLeadTime(u: Understanding): Understanding {
  if (u.slots.leadDays || !namesTheDueDayItself(u.normalized)) return u;
  return { ...u, slots: { ...u.slots, daysBefore: 0, leadDays: [0] } };
}

/**
 * A number said alone, read in the topic's light: "make that 2 days" right after reminders is
 * their lead time; "actually make that 4" after a shop count is the number of shops.
 */
function withCountAlone(state: ConversationState, u: Understanding): Understanding {
  const topic = state.topic;
  if (!topic || u.slots.date) return u;
  // Later, once reminders were talked about, only a number of days said as a change of setting
  // ("actually make it 2 days" after a question about Amazon); "2 days?" may count anything.
  const aboutReminders = REMINDER_INTENTS.includes(topic.intent);
  const later = !aboutReminders && state.remindersDiscussed === true && DAYS_PUT_RIGHT.test(u.normalized);
  // (Not "move it one day later": a shift, whose "one day" is no lead time.)
  if (
    (aboutReminders || later) &&
    !u.slots.leadDays &&
    !u.slots.declinedLeadDays &&
    u.slots.leadShift === undefined
  ) {
    const days = daysAlone(u.normalized) ?? (aboutReminders ? bareLeadDays(u.normalized) : undefined);
    if (days === undefined) return u;
    // "stop the 3 days one": that lead time dropped.
    if (dropsALeadTime(u.normalized)) return { ...u, slots: { ...u.slots, declinedLeadDays: [days] } };
    return { ...u, slots: { ...u.slots, daysBefore: days, leadDays: [days] } };
  }
  if (
    CAMPAIGN_INTENTS.includes(topic.intent) &&
    topic.slots.shops !== undefined &&
    u.slots.shops === undefined
  ) {
    const shops = countAlone(u.normalized);
    // (A number alone, "5?", reads as nothing, or a reminder's lead time: here it counts shops.)
    return shops === undefined
      ? u
      : {
          ...u,
          reading: { intent: 'campaign_eligibility', confidence: Math.max(u.reading.confidence, 0.8) },
          slots: { ...u.slots, shops },
        };
  }
  return u;
}

function asksOutrightToChange(u: Understanding): boolean {
  return asksToChange(u) && !isQuestion(u);
}

// "actually make it 2 days", "reminder: actually 2 days", "change it to 3 days instead".
const DAYS_PUT_RIGHT =
  /^(?:(?:reminders?|the reminders?|ok|oh|so|and|no|wait|actually|sorry|hmm|pls|please)[:,]?\s+)*(?:(?:make|change|set|switch) (?:it|that|them)(?: to)?\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven) days?(?: (?:instead|before|prior|ahead))?(?: (?:pls|please|instead))?[.!]*$/;

// "no wait, 1", 「やっぱ2で」 right after reminders: a number up to a week, said with a word
// ("make it", 「で」), is days before. A larger one is more likely an hour ("make it 8"), and a
// digit with no word at all may be a slip of the keyboard: neither is guessed.
const BARE_LEAD_DAYS_MAX = 7;
const SAYS_A_WORD = /[a-z]{2}|[\p{Script=Hiragana}\p{Script=Han}]/u;

function bareLeadDays(normalized: string): number | undefined {
  const n = countAlone(normalized);
  return n !== undefined && n <= BARE_LEAD_DAYS_MAX && SAYS_A_WORD.test(normalized) ? n : undefined;
}

/** The campaign intents, whose follow-ups may count shops. */
const CAMPAIGN_INTENTS: readonly AnswerIntent[] = ['campaigns', 'campaign_eligibility'];

/**
 * 「さっきの請求の件だけど、どこに連絡すればいい？」 two topics later: a message that goes back to an
 * earlier topic (or speaks of what only its answer said) and means little alone is about the
 * earlier FAQ topic its own words fit best,
 * when it reads clearly as that topic with it named (its answer then gives the part asked about).
 */
function takenUpFromBefore(
  state: ConversationState,
  u: Understanding,
): { reading: Reading; slots: Slots; follows: AnswerIntent } | undefined {
  if (!state.earlierTopics) return undefined;
  if (u.reading.intent !== 'fallback' && u.reading.confidence >= SURE_ENOUGH) return undefined;
  // ("ok forget it. suitcase: postcard invoice. due when?" two topics after the suitcase: its own
  // question, asked in its words, not a word of an earlier answer.)
  if (asksItsOwnQuestion(u)) return undefined;
  // Named as before (「さっきの…」), or, unsure alone, in words only an earlier answer used
  // (「請求し直しになったらどこで払うの？」 two turns after a return, whose answer said 請求し直す).
  const earlier = state.earlierTopics.filter(isFaqTopic);
  const touched = earlier.filter((intent) => u.touchesAnswerOf(intent));
  const last = state.topic?.intent;
  // ("and if I'd used the postcard" after a deadline: a fact of the last question, not an earlier
  // answer's word.)
  const factOfLast = last !== undefined && (USES[last] ?? []).some((k) => u.slots[k] !== undefined);
  const backTo = returnsToTopic(u)
    ? earlier
    : last !== undefined && !u.touchesAnswerOf(last) && !factOfLast
      ? touched
      : [];
  // The earlier topic the message's own words fit best ("請求" of the charge, not the family use
  // it led to), kept when the message then reads clearly as it, with it named.
  const intent = backTo.length > 0 ? u.likeliestOf(backTo) : undefined;
  if (!intent) return undefined;
  const about = u.readAbout(intent);
  return about.intent === intent && about.confidence >= TAKEN_UP_CLEARLY
    ? { reading: about, slots: u.slots, follows: intent }
    : undefined;
}

/**
 * 「払い方はバーコードや」 "I pay by barcode" told after a deadline asked for every way to pay, or a
 * detour after it (the SMS code, whether the debit moves): that deadline, for the user's way. The
 * purchase it was for is the last one told.
 */
function methodToldForDeadline(
  state: ConversationState,
  u: Understanding,
): { reading: Reading; slots: Slots; follows: AnswerIntent } | undefined {
  const method = u.slots.methods ? undefined : u.slots.method;
  if (!method || u.slots.date || isQuestion(u) || asksToChange(u)) return undefined;
  // (A method alone, 「はがきで」 "barcode", after a question already of that method (its fee):
  // nothing new for that one, so the way for the deadline asked before it.)
  const bareForEarlier =
    isBareAnswer(u) &&
    state.topic?.intent !== 'deadline' &&
    state.topic?.slots.method === method &&
    state.earlierTopics?.[0] === 'deadline';
  // (「ほなバーコードで」 after "what if I'm late?", itself after the deadlines: the way chosen, for them.)
  const chosenAfterLate =
    isBareAnswer(u) &&
    state.topic?.intent === 'late_payment' &&
    state.topic.slots.method === undefined &&
    state.earlierTopics?.[0] === 'deadline';
  // (「口座振替です」 after a question of another kind asked between: the way the deadlines' answer
  // asked for, given now.)
  const toldAfterAnAside =
    isBareAnswer(u) &&
    state.topic !== undefined &&
    state.topic.intent !== 'deadline' &&
    state.topic.slots.method === undefined &&
    state.earlierTopics?.[0] === 'deadline';
  if (!saysOwnMethod(u) && !bareForEarlier && !chosenAfterLate && !toldAfterAnAside) return undefined;
  // (Not a question of another topic, read surely: 「払い方はバーコードやけど、ローソンで払える？」.)
  if (REMINDER_INTENTS.includes(u.reading.intent)) return undefined;
  const last = state.topic;
  // (Unless the way was what the bot asked for: "I use the barcode thing at 7-11" after every
  // way's deadline, told and not asked, is the way for that purchase, not which chains take it.)
  const wayAskedFor = last?.intent === 'deadline' && !last.slots.method && !last.slots.methods;
  if (isFaqTopic(u.reading.intent) && u.reading.confidence >= SURE_ALONE && !wayAskedFor) return undefined;
  const deadlineBefore = last?.intent === 'deadline' || state.earlierTopics?.[0] === 'deadline';
  if (!last || !deadlineBefore || REMINDER_INTENTS.includes(last.intent)) return undefined;
  const purchase =
    last.intent === 'deadline'
      ? last.slots
      : last.earlier?.meaning === 'purchase'
        ? last.earlier.slots
        : (state.purchases?.[0]?.slots ?? {});
  const { date, dates, tense } = purchase;
  return {
    reading: { intent: 'deadline', confidence: Math.max(u.reading.confidence, 0.8) },
    slots: {
      ...u.slots,
      ...(date ? { date } : {}),
      ...(dates ? { dates } : {}),
      ...(tense ? { tense } : {}),
      method,
    },
    follows: 'deadline',
  };
}

/**
 * "back to the sofa — when again?", 「洗濯機のはいつまで？」 after detours: when a purchase named by
 * what was bought is due (the answer's facts are that purchase's, whatever the last topic was).
 */
function askedOfAPurchase(
  state: ConversationState,
  u: Understanding,
): { reading: Reading; slots: Slots; follows: AnswerIntent } | undefined {
  if (u.slots.date || !(asksWhen(u.normalized) || DUE_ASKED.test(u.normalized))) return undefined;
  if (u.reading.confidence >= SURE_ALONE && !['deadline', 'fallback'].includes(u.reading.intent))
    return undefined;
  const purchase = purchaseNamedAgain(state, u);
  if (!purchase) return undefined;
  return {
    reading: { intent: 'deadline', confidence: Math.max(u.reading.confidence, 0.8) },
    slots: {
      ...withoutDates(u.slots),
      ...purchase.slots,
      ...(state.topic?.slots.method && !u.slots.method ? { method: state.topic.slots.method } : {}),
    },
    follows: 'deadline',
  };
}

/** The purchase told before (the topic's, or one kept) that the message names by what was bought. */
function purchaseNamedAgain(state: ConversationState, u: Understanding): EarlierDate | undefined {
  return [datesOf(state.topic), ...(state.purchases ?? [])].find(
    (p) => p?.meaning === 'purchase' && namesAgain(u, p.things),
  );
}

// "what's the latest I can pay?", 「期限は？」: a deadline asked, in words other than "when".
const DUE_ASKED =
  /期限|締め?切|引き?落(?:とし)?日|いつまで|(?<![a-z])(?:due|deadline|latest i can pay|pay by)(?![a-z])/;

/**
 * "What's Paidy's late fee?" → "ok what's atone's?": the question just asked of another service,
 * asked of atone in a few words that alone mean only "atone" (its description).
 */
function askedOfAtone(
  aside: Topic | undefined,
  u: Understanding,
): { reading: Reading; slots: Slots; follows: AnswerIntent } | undefined {
  if (!aside || !namesAtone(u) || !isShort(u)) return undefined;
  const alone =
    u.reading.intent === 'about' || u.reading.intent === 'fallback' || u.reading.confidence < SURE_ALONE;
  if (!alone) return undefined;
  return {
    reading: { intent: aside.intent, confidence: 0.8 },
    slots: { ...aside.slots, ...u.slots },
    follows: aside.intent,
  };
}

/**
 * 「もう払ってたら？」 after an answer on the deadline and, beside it, a return: a short question,
 * unsure alone, that reads more surely as the topic answered beside than as the main one.
 */
function takenUpBeside(
  topic: Topic | undefined,
  u: Understanding,
): { reading: Reading; slots: Slots; follows: AnswerIntent } | undefined {
  if (!topic?.beside || !isShort(u) || !isQuestion(u)) return undefined;
  if (u.reading.intent !== 'fallback' && u.reading.confidence >= SURE_ALONE) return undefined;
  const main = u.readAbout(topic.intent).confidence;
  for (const intent of topic.beside) {
    const about = u.readAbout(intent);
    if (about.intent === intent && about.confidence >= TAKEN_UP_CLEARLY && about.confidence > main)
      return { reading: about, slots: u.slots, follows: intent };
  }
  return undefined;
}

/** How clearly a message must read as an earlier topic, with it named, to be taken as about it. */
const TAKEN_UP_CLEARLY = 0.6;

/** The topics before `next`: the last one first, each once, a few. */
function earlierThan(state: ConversationState, next: AnswerIntent): AnswerIntent[] | undefined {
  const last = state.topic?.intent;
  if (last === undefined || last === next) return state.earlierTopics;
  const earlier = [last, ...(state.earlierTopics ?? [])].filter((intent) => intent !== next);
  return [...new Set(earlier)].slice(0, EARLIER_TOPICS_KEPT);
}

function withoutDates(slots: Slots): Slots {
  const { date: _, dates: __, tense: ___, ...rest } = slots;
  return rest;
}

/**
 * 「もうちょい早めに」: the hour moved from the one set; 「23時は遅すぎ、早めに」: from the one named,
 * which is set aside.
 */
function shiftedHour(
  u: Understanding | undefined,
  named: number | undefined,
): { shiftHour?: number; sendHour?: number } {
  const shift = u ? shiftsHour(u) : undefined;
  if (shift === undefined) return {};
  return named === undefined ? { shiftHour: shift } : { sendHour: clampHour(named + shift) };
}

/** 「夜10時以降は通知しないで」: the bound, and no hour of its own (the 22 it names is the bound). */
function boundedHour(u: Understanding | undefined): {
  hourBound?: { notAfter?: number; notBefore?: number };
  sendHour?: undefined;
} {
  const bound = u ? boundsTheHour(u) : undefined;
  return bound ? { hourBound: bound, sendHour: undefined } : {};
}

/** A month's bill (「今月の引き落とし」), no purchase. */
function isBill(date: DateSlot): boolean {
  return date.kind === 'month' && date.bill === true;
}

/** The purchases told, with one more (latest first, each date once, a few). */
function withPurchase(
  purchases: EarlierDate[] | undefined,
  told: EarlierDate | undefined,
): EarlierDate[] | undefined {
  if (told?.meaning !== 'purchase') return purchases;
  const date = JSON.stringify(told.slots.date);
  // (One told without its things is kept only as a date of its own: several at once are kept by
  // withPurchasesTold, and one kept with its things stays so.)
  if (!told.things && (told.slots.dates || purchases?.some((p) => JSON.stringify(p.slots.date) === date)))
    return purchases;
  const others = (purchases ?? []).filter((p) => JSON.stringify(p.slots.date) !== date);
  return [told, ...others].slice(0, PURCHASES_KEPT);
}

/** The intents whose answers are about Amazon. */
const AMAZON_TOPICS: readonly AnswerIntent[] = ['amazon', 'amazon_payment_methods'];

/** An answer, and the topic it leaves for the next turn (a fallback leaves the last topic be). */
function answered(
  state: ConversationState,
  reading: Reading,
  given: Slots,
  follows?: AnswerIntent,
  beside: readonly AnswerIntent[] = [],
  things: readonly string[] = [],
): Decision {
  const own: Slots =
    state.ownMethod && !given.method && !given.methods && FOR_OWN_METHOD.includes(reading.intent)
      ? { ...given, method: state.ownMethod }
      : given;
  // (An answer about Amazon is about Amazon, named or not: 「デビットカードの場合、いつ引き落とされますか」
  // after Amazon's ways to pay is Amazon's charge, whatever 引き落とし says alone.)
  const slots: Slots = AMAZON_TOPICS.includes(reading.intent) && !own.amazon ? { ...own, amazon: true } : own;
  // A deadline asked without a date is the next one: no date from before is kept under it.
  const earlier = reading.intent === 'deadline' || slots.date ? undefined : datesOf(state.topic);
  const topic: Topic | undefined =
    reading.intent === 'fallback' || reading.intent === 'help'
      ? state.topic
      : {
          intent: reading.intent,
          // (「ギフト券をatoneで買うのもあかん？」 after it, then 「ほんならメルペイは？」, still asks about Amazon.)
          slots: topicSlots(slots),
          ...(earlier ? { earlier } : {}),
          ...(beside.length > 0 ? { beside: [...beside] } : {}),
          ...(things.length > 0 && slots.date ? { things: [...things] } : {}),
          // ("can reminders come 2 days before?": asked about, for a "do that" next.)
          ...(reading.intent === 'reminder_subscribe' && slots.leadDays
            ? { leadDays: [...slots.leadDays] }
            : {}),
        };
  // A "shall I?" is answered by the next turn or not at all: a later "ok" acknowledges the answer
  // in between, it does not confirm a change asked about before it.
  const before = topic ? earlierThan(state, topic.intent) : state.earlierTopics;
  const earlierTopics =
    beside.length > 0 && topic
      ? [...new Set([...beside, ...(before ?? [])])].slice(0, EARLIER_TOPICS_KEPT)
      : before;
  const { aside: _, ...rest } = withoutConfirm(state);
  // (Every purchase a deadline was asked of is kept, for "both" later; elsewhere only one whose
  // things were named, so that they name it again.)
  const told = datesOf(topic);
  const kept = things.length > 0 || (reading.intent === 'deadline' && slots.date && !isBill(slots.date));
  const purchases = withPurchase(state.purchases, kept ? told : undefined);
  return {
    turn: { kind: 'answer', reading, slots, ...(follows ? { follows } : {}) },
    state: {
      ...rest,
      ...(topic ? { topic } : {}),
      ...(earlierTopics ? { earlierTopics } : {}),
      ...(purchases ? { purchases } : {}),
    },
  };
}

/** The FAQ topics whose answer says who cancels (the shop): "can't you cancel it?" is answered by them. */
const CANCELLED_BY_THE_SHOP: readonly AnswerIntent[] = ['subscription_still_billed', 'cancel_return_refund'];

/** A reminder request to carry out; reminders become the topic. A method settles "which method?". */
function reminding(state: ConversationState, request: ReminderRequest, confirmFirst?: true): Decision {
  const { open, ...rest } = state;
  // Showing the reminders leaves "which method?" open ("what time will it come?" mid-setup); a
  // "shall I?" is answered by the next turn or not at all, so a list in between drops it.
  const settled =
    request.op === 'unsubscribe' || (request.op === 'subscribe' && request.method !== undefined);
  const kept = open?.kind === 'method' && settled ? rest : withoutConfirm(state);
  const method = request.op === 'subscribe' ? request.method : undefined;
  const own = method && !confirmFirst ? { ownMethod: method } : {};
  return {
    turn: { kind: 'remind', request, ...(confirmFirst ? { confirmFirst } : {}) },
    state: {
      ...aboutReminders(
        kept,
        `reminder_${request.op}`,
        method,
        request.op === 'subscribe' ? request.sendHour : undefined,
      ),
      ...own,
    },
  };
}

/** Reminders become the topic (with their method when known: "what's the deadline for that?"). */
function aboutReminders(
  state: ConversationState,
  intent: IntentName,
  method?: MethodId,
  hour?: number,
): ConversationState {
  // A purchase date asked about just before stays at hand: "and by bank debit?" after pressing
  // the reminder button of a deadline answer is still about that purchase.
  const earlier = datesOf(state.topic);
  const slots = method ? { method } : {};
  const topic = { intent, slots, ...(earlier ? { earlier } : {}), ...(hour !== undefined ? { hour } : {}) };
  return { ...state, topic, remindersDiscussed: true };
}

/**
 * Once reminders came up, a later "show me" or "stop it" that means nothing else is about them,
 * whatever was asked in between ("when is the next one?").
 */
// "ok list", "list again", "show the list", 「一覧見せて」: the list, once reminders came up.
// (So too "what's on now?", "still subscribed though, right?", 「まだ登録されてる？」.)
const LIST_ALONE =
  /^(?:ok(?:ay)?|so|and|now|pls|please)?[,\s]*(?:show (?:me )?)?(?:the |my )?list(?: (?:again|please|pls|them|it|em|'em))?[\s.!?]*$|(?<![a-z])just (?:tell|show) me what(?:'s| is| i have| i've got)(?: set| on)?(?![a-z])|^(?:じゃあ|で)?[、,\s]*(?:一覧|りすと)(?:を)?(?:見せて|出して|表示して|ちょうだい)?[\s。!！?？]*$|(?<![a-z])(?:what(?:'?s| is| are| have i got| do i have) (?:on|set(?: up)?|(?:on|in) (?:my |the )?list)(?: (?:now|right now|then|in the end))?\??$|(?:i'?m |am i )?still (?:subscribed|signed up|on|set)|are (?:they|my reminders) still (?:on|set|active))(?![a-z])|まだ(?:設定|登録)(?:されて|して)(?:る|ある|いる|ます)|^(?:じゃあ|で|それで)?[、,\s]*(?:今|いま|結局)(?:って|は)?[、,\s]*(?:何|なに|どう)(?:が|で)?(?:設定|登録)(?:されて|して)?(?:る|ある|いる|ます)?(?:の|か)?[?？]?$|^(?:じゃあ|で|それで)?[、,\s]*(?:今|いま)の設定(?:は|って)?[?？]?$|^(?:じゃあ|で|それで|ほな)?[、,\s]*(?:今|いま)?の?(?:登録|設定)(?:状況|内容)(?:は|って|を)?(?:どう(?:なって(?:る|います))?)?(?:見せて|教えて)?[?？]?$|^(?:ok(?:ay)?|so|and)?[,\s]*what(?:'?s| is) (?:left|still (?:on|set))[\s.!?]*$|^(?:じゃあ|で|それで)?[、,\s]*(?:何が)?残って(?:る|いる|ます)(?:の|のは)?(?:りまいんだー|通知)?(?:は|って)?[?？]?$/;

function laterReminderFollowUp(u: Understanding, topic?: AnswerIntent): Reading | undefined {
  // 「やっぱまた始めて」 "can you turn them back on?" once reminders came up: as they were.
  if (resumes(u) && !asksHow(u))
    return { intent: 'reminder_subscribe', confidence: Math.max(u.reading.confidence, 0.85) };
  const aboutSettings = mentionsReminders(u) || u.slots.leadDays !== undefined || u.slots.hour !== undefined;
  if (keepsAsIs(u) && aboutSettings && !isQuestion(u))
    return { intent: 'reminder_list', confidence: Math.max(u.reading.confidence, 0.8) };
  // 「5日前のはいらない。前日だけで」: one lead time dropped, another kept: a change of them, not a stop.
  if (keepsOneLeadTimeOfTwo(u))
    return { intent: 'reminder_subscribe', confidence: Math.max(u.reading.confidence, 0.8) };
  // 「じゃあ通知は9月17日に来るってこと？」: when the reminders come, whatever else it reads as.
  // ("ok list", 「一覧見せて」 once reminders came up: theirs.)
  if ((mentionsReminders(u) && asksWhenItComes(u)) || LIST_ALONE.test(u.normalized))
    return { intent: 'reminder_list', confidence: Math.max(u.reading.confidence, 0.8) };
  // 「じゃあ口座振替でお願い」「ほな頼むわ」 once reminders came up: a request for them (the method
  // asked for when not named). Not right after changing the payment method came up: there it
  // asks for that change, which only the user can make.
  // ("ok set one for barcode" once reminders came up, whatever was asked in between: one of them.)
  if ((requestsPlainly(u) || (asksToSet(u) && !isQuestion(u))) && topic !== 'change_method')
    return { intent: 'reminder_subscribe', confidence: Math.max(u.reading.confidence, 0.8) };
  // 「来月から口座振替にするから通知いらないや、とめて」: reminders named and a stop asked for, in
  // so many words, whatever else the message is about.
  if (namesReminders(u) && asksToStop(u) && !asksHow(u) && !isQuestion(u))
    return { intent: 'reminder_unsubscribe', confidence: Math.max(u.reading.confidence, 0.8) };
  // 「じゃあ通知を口座振替に変更して」 even right after changing the payment method came up: the
  // reminders named, and a setting of theirs asked for.
  if (
    namesReminders(u) &&
    asksToChange(u) &&
    Object.keys(subscribeSettings(u.slots)).length > 0 &&
    !asksHow(u) &&
    !isQuestion(u)
  )
    return { intent: 'reminder_subscribe', confidence: Math.max(u.reading.confidence, 0.8) };
  const weak = u.reading.intent === 'fallback' || u.reading.confidence < SURE_ENOUGH;
  if (!weak && !REMINDER_INTENTS.includes(u.reading.intent)) return undefined;
  // (「まだ12月分の支払い残ってるけど、退会したら請求消える？」: a question of another topic, naming
  // no reminders, however unsure: its 消える is the bill's, not theirs.)
  if (isFaqTopic(u.reading.intent) && u.reading.confidence >= OF_ANOTHER_TOPIC && !mentionsReminders(u))
    return undefined;
  const confidence = Math.max(u.reading.confidence, 0.8);
  const stopOrStatus = stopOrStatusOf(u, confidence);
  if (stopOrStatus) return stopOrStatus;
  if (asksWhatIsSet(u)) return { intent: 'reminder_list', confidence };
  // "make it 6pm", 「朝8時にして」: a setting changed.
  const names = u.slots.leadDays !== undefined || u.slots.hour !== undefined;
  if (names && (asksToChange(u) || isBareAnswer(u))) return { intent: 'reminder_subscribe', confidence };
  return undefined;
}

/**
 * 「やっぱ戻して」「取り消して」: the last change taken back, in words that name no setting.
 * (Not 「3日前のリマインド取り消して」: one lead time named, taken out; nor 「やっぱいらないや、消して」:
 * the reminders themselves deleted.)
 */
// (Nor 「家族が勝手におらのatone使ったみてぇなんだども、取り消してもらえるんだが？」: another thing
// to cancel, told at length; a taking back is short or names the reminders.)
function undoesAlone(u: Understanding): boolean {
  return (
    undoes(u) &&
    !u.slots.method &&
    !u.slots.declinedLeadDays &&
    !u.slots.leadDays &&
    !DELETES.test(u.normalized) &&
    (u.normalized.length <= UNDO_CHARS || mentionsReminders(u))
  );
}
/** How long a taking back said alone may be (「あ、やっぱりさっきのなしで！登録しないで」 is 20). */
const UNDO_CHARS = 24;
const DELETES =
  /(?<!取り|とり)(?:消して|けして)|削除|解除|止めて|とめて|停止|(?<![a-z])(?:delete|remove|turn (?:it |them )?off)(?![a-z])/;

// A way's fee or deadline named ("what about the postcard fee?"): asked of the way, not of reminders.
const A_WAYS_SUBJECT =
  /手数料|期限|締め?切|引き?落とし日|(?<![a-z])(?:fees?|deadline|due date|cost)(?![a-z])/;

/** A message that reads as no reminder intent and names another subject ("what about the postcard fee?"). */
function namesAnotherSubject(u: Understanding): boolean {
  return !REMINDER_INTENTS.includes(u.reading.intent) && A_WAYS_SUBJECT.test(u.normalized);
}

/** A message that reads surely as something other than reminders, asked or not. */
function readsSurelyAsAnother(u: Understanding): boolean {
  return u.reading.confidence >= SURE_ALONE && !REMINDER_INTENTS.includes(u.reading.intent);
}

/** A question surely about something other than reminders, whatever else the message says. */
function asksAnotherSurely(u: Understanding): boolean {
  return isQuestion(u) && u.reading.confidence >= SURE_ALONE && !REMINDER_INTENTS.includes(u.reading.intent);
}

/** Lead times both dropped and named, said not asked (「5日前のはいらない。前日だけで」). */
function keepsOneLeadTimeOfTwo(u: Understanding): boolean {
  return u.slots.declinedLeadDays !== undefined && u.slots.leadDays !== undefined && !isQuestion(u);
}

/**
 * 「解除されているか確認させて」 asks whether they stopped (a list); "turn them off" asks to stop
 * them ("how do I turn them off?" too: requestFor tells a question from a request).
 */
function stopOrStatusOf(u: Understanding, confidence: number): Reading | undefined {
  if (asksIfStopped(u)) return { intent: 'reminder_list', confidence };
  if (asksToStop(u)) return { intent: 'reminder_unsubscribe', confidence };
  return undefined;
}

// The words a request asks with (「お願い」「登録」 "set one up").
const ASKS_FOR_IT = /お願い|おねがい|頼|登録|設定|(?<![a-z])(?:set|remind|sign me up)(?![a-z])/;

/**
 * A short turn right after reminders were set or shown: "turn them off", 「やっぱりはがきにして」,
 * "change it to 7am" ask for a change; "what time will it come?", 「設定できた？」 ask what is set.
 * Undefined when the message is about something else.
 */
function reminderFollowUp(u: Understanding, shown: AnswerIntent): Reading | undefined {
  // 「退会したら残ってる請求はどうなるん？」 right after them: a topic of its own, surely, and no word of
  // the reminders (its 「残ってる」 asks nothing of them).
  if (isFaqTopic(u.reading.intent) && u.reading.confidence >= SURE_ALONE && !mentionsReminders(u))
    return undefined;
  const confidence = Math.max(u.reading.confidence, 0.8);
  // 「5日前に…いや、やっぱりいいや。今のままにしといて」: a change begun and taken back: nothing
  // changes, and what is set is shown.
  if (keepsAsIs(u) && !isQuestion(u)) return { intent: 'reminder_list', confidence };
  // "still subscribed though, right?", "ok list": what is set.
  if (LIST_ALONE.test(u.normalized)) return { intent: 'reminder_list', confidence };
  // 「夜10時以降は通知しないで」 right after them: the hour bounded, not a stop.
  if (boundsTheHour(u)) return { intent: 'reminder_subscribe', confidence };
  // 「あ、夜の11時のこと」 "11pm then" right after them (an hour refused, or one set): that hour.
  if (u.slots.hour !== undefined && shown === 'reminder_subscribe' && isShort(u) && !isQuestion(u))
    return { intent: 'reminder_subscribe', confidence };
  // 「もうちょい早めにして」 "push it back a bit": the hour moved.
  if (shiftsHour(u) !== undefined && !isQuestion(u) && !u.slots.leadDays)
    return { intent: 'reminder_subscribe', confidence };
  // 「1日早めて」 "a day earlier": the lead times moved.
  if (asksToShiftReminders(u.normalized, u.slots)) return { intent: 'reminder_subscribe', confidence };
  // "replace the 2 days with 3 days", 「前日のは当日に変えて」: one lead time for another.
  if (movesOneLeadTime(u)) return { intent: 'reminder_subscribe', confidence };
  // "7pm too late, 6pm", 「9時じゃなくて8時」: one hour set aside for another, a change of the hour.
  if (u.slots.hour !== undefined && u.slots.hourSetAside !== undefined && !isQuestion(u))
    return { intent: 'reminder_subscribe', confidence };
  if ((u.slots.declinedLeadDays && !u.slots.leadDays) || keepsOneLeadTimeOfTwo(u))
    return { intent: 'reminder_subscribe', confidence };
  const stopOrStatus = stopOrStatusOf(u, confidence);
  if (stopOrStatus) return stopOrStatus;
  // 「あ、押し間違えた。はがきです」 "oops, wrong button, I pay by bank debit" right after them: the
  // method put right, asked for in so many words.
  if (u.slots.method && !u.slots.methods && ownsASlip(u) && !isQuestion(u))
    return { intent: 'reminder_subscribe', confidence: Math.max(confidence, SURE_ALONE) };
  if (asksIfItWorked(u)) return { intent: 'reminder_list', confidence };
  // 「ほな頼むわ」 after the list or the explanation said how to set one, 「じゃあはがきでお願い」
  // after any: a request.
  if (requestsPlainly(u) && (u.slots.method || shown === 'reminder_list' || shown === 'reminder_subscribe'))
    return { intent: 'reminder_subscribe', confidence };
  // 「へ〜便利じゃん 口座振替でよろ〜」 right after reminders were explained: a way and a request at
  // the end, whatever is said before them.
  if (shown === 'reminder_subscribe' && u.slots.method && !u.slots.methods && endsWithARequest(u))
    return { intent: 'reminder_subscribe', confidence };
  // 「じゃあ登録して。バーコードで」 right after reminders: one asked for outright, or politely ("can
  // you also remind me the day before?").
  if (
    // (Not 「パスワード忘れたから再設定したい」: another thing set, surely.)
    (asksToSet(u) && !isQuestion(u) && !hedges(u) && !readsSurelyAsAnother(u)) ||
    (asksPolitely(u) &&
      // (「口座振替で登録してくれん？」 there: one set up for that way, asked in dialect.)
      (requestsReminders(u) || (asksToSet(u) && u.slots.method !== undefined && !u.slots.methods)) &&
      !asksWhatIsSet(u) &&
      !asksWhenItComes(u) &&
      !asksWhen(u.normalized))
  )
    return { intent: 'reminder_subscribe', confidence };
  // 「じゃあお願いしようかな」 there: a request put as a wish, asked back before anything is set.
  if (
    hedges(u) &&
    ASKS_FOR_IT.test(u.normalized) &&
    (shown === 'reminder_list' || shown === 'reminder_subscribe')
  )
    return { intent: 'reminder_subscribe', confidence: 0.4 };
  // "When is the next one?", 「次の引き落とし日は？」: the deadline of the method just set
  // (decideMessage lends it), not a setting.
  // ("When's the next one?" alone there: the next reminder, whose list says the deadline too;
  // 「次の引き落とし日は？」 names the deadline.)
  if (asksNextDeadline(u) && !u.slots.date && !asksToChange(u))
    return { intent: NAMES_PAYING.test(u.normalized) ? 'deadline' : 'reminder_list', confidence };
  // "actually im switching to konbini next month" right after them: the payment method, told
  // (「リマインドもそっちに合わせて」 then moves them).
  if (switchesMethod(u)) return undefined;
  const names = Object.keys(subscribeSettings(u.slots)).length > 0;
  // 「やっぱいいや」 "never mind" right after setting them: perhaps a stop, so asked back (requestFor).
  // With a setting named (「やっぱ前日でいいや」) it is that setting.
  // (Not "ok not now. what's the company behind atone called again?": another question, asked.)
  if (dropsTheQuestion(u) && !negatesStopping(u) && !names && !asksAnotherSurely(u))
    return { intent: 'reminder_unsubscribe', confidence: 0.4 };
  // "How about 8pm?": a setting proposed for what was just set. 「夜8時で」, "8pm", "no wait, 1": a
  // time named alone (a method alone, 「はがき？」, asks about that method instead).
  // "sorry I meant 3 days": a number of days put right.
  const timeAlone =
    (u.slots.leadDays || u.slots.hour !== undefined) &&
    (isBareAnswer(u) ||
      countAlone(u.normalized) !== undefined ||
      (corrects(u) && daysAlone(u.normalized) !== undefined && !isQuestion(u)));
  // ("what about the postcard fee?" there asks the fee, and "how about postcard?" alone, a way
  // named and no time, may ask of that way: asked back before it is changed.)
  if (names && (timeAlone || (proposes(u) && (u.slots.leadDays || u.slots.hour !== undefined))))
    return { intent: 'reminder_subscribe', confidence };
  if (names && proposes(u) && !namesAnotherSubject(u))
    return { intent: 'reminder_subscribe', confidence: 0.4 };
  // "also on the day itself", 「当日もお願い」: a lead time added, said, not asked.
  if (u.slots.leadDays && asksToAdd(u) && !isQuestion(u) && !u.slots.date)
    return { intent: 'reminder_subscribe', confidence };
  if (asksHow(u)) return undefined;
  // 「はがきじゃなくて口座振替」, "make it 8pm", "yes please, barcode": settings named as a change or a
  // yes. A correction that asks something else ("not the barcode, konbini. I bought it on Oct 31")
  // is a question.
  // So too one told at length (「あ、すみません間違えました。コンビニじゃなくてアプリのバーコード払い
  // でした」), when it reads as nothing else surely.
  const correction =
    corrects(u) &&
    (isBare(u) ||
      (!isQuestion(u) &&
        !u.slots.date &&
        (u.reading.confidence < SURE_ALONE || REMINDER_INTENTS.includes(u.reading.intent))));
  // (Not 「OK、ならバーコードの期限だけ教えて」: an "ok" before a question of its own, sure of it.)
  const yes = saysYesWithMore(u) && !u.slots.date && !readsSurelyAsAnother(u);
  // (「口座振替にするつもり。変えたらいつの請求から？」 names a method and a change, and asks when:
  // a question about changing the way to pay, no change of the reminders.)
  // (「はがき払いにしてるんだけど、請求書って新しい住所に届く？」 tells the way the user pays, on the
  // way to another question: no change asked.)
  if (
    names &&
    ((asksToChangeOrSaysIt(u) &&
      !asksWhen(u.normalized) &&
      (!saysOwnMethod(u) || (MIND_CHANGED.test(u.normalized) && !isQuestion(u)))) ||
      correction ||
      yes)
  ) {
    return { intent: 'reminder_subscribe', confidence };
  }
  // 「はがき」 alone, said (not asked), right after reminders were set: perhaps a correction of
  // their method, so the change is asked back with a button (requestFor, unsure). So too
  // 「じゃあバーコードで」 after the list, whose buttons offer the ways.
  if (
    (shown === 'reminder_subscribe' || shown === 'reminder_list') &&
    u.slots.method &&
    isBareAnswer(u) &&
    !isQuestion(u)
  )
    return { intent: 'reminder_subscribe', confidence: 0.4 };
  const unclear = u.reading.intent === 'fallback' || REMINDER_INTENTS.includes(u.reading.intent);
  if (asksWhatIsSet(u) || asksWhenItComes(u) || (unclear && asksQuestion(u)))
    return { intent: 'reminder_list', confidence };
  return undefined;
}

/**
 * A reminder intent. Requests are carried out; a question about reminders ("how do I get
 * reminded?") is explained; a request the matcher is unsure of is asked back with a button.
 */
function requestFor(
  state: ConversationState,
  reading: Reading,
  slots: Slots,
  now: Date,
  /** The message, when the intent was read from it (undefined when a button or command chose it). */
  u?: Understanding,
): Decision {
  const { open } = state;
  // "ok do that for barcode" after "can reminders come 2 days before?": the days asked about.
  const offered = state.topic?.intent === 'reminder_subscribe' ? state.topic.leadDays : undefined;
  // 「はがきとバーコードどっちにするかまだ迷ってんねん」: two ways named, neither chosen: which is asked.
  const undecided = slots.methods !== undefined && u !== undefined && UNDECIDED.test(u.normalized);
  const named = undecided ? { ...slots, method: undefined, methods: undefined } : slots;
  const settings =
    offered && !slots.leadDays && u && (requestsPlainly(u) || requestsBeforeAWay(u))
      ? { ...subscribeSettings(named), leadDays: [...offered] }
      : subscribeSettings(named);
  // "can u just cancel it" after a question about a charge: no word of reminders, none talked
  // about, and another subject at hand: the charge, which the bot cannot cancel. After an order
  // or a subscription, its answer says who can (the shop); otherwise, where to ask.
  if (
    u &&
    reading.intent === 'reminder_unsubscribe' &&
    !mentionsReminders(u) &&
    !state.remindersDiscussed &&
    state.topic &&
    !REMINDER_INTENTS.includes(state.topic.intent)
  ) {
    const about = CANCELLED_BY_THE_SHOP.includes(state.topic.intent) ? state.topic.intent : 'handoff';
    return answered(state, { intent: about, confidence: reading.confidence }, slots);
  }
  // 「3日前のはいらない」 "remove the day before one": those lead times dropped, the rest kept.
  if (u && slots.declinedLeadDays && !slots.leadDays)
    return reminding(state, { op: 'subscribe', removeLeadDays: slots.declinedLeadDays });
  // "should I turn them off?": advice asked; what each choice does is explained, nothing changed.
  if (u && asksAdvice(u)) return answered(state, reading, slots);
  if (u) {
    // "Don't stop my reminders", 「止めないで」: they stay as they are; with a setting named ("don't
    // cancel it, just move it to 8am"), changed as it says.
    if (negatesStopping(u) && Object.keys(settings).length > 0 && !keepsAsIs(u))
      return reminding(state, { op: 'subscribe', ...settings });
    // 「解除は不要です。念のため、解除の方法だけ教えて」: kept, and how to stop them explained.
    if (negatesStopping(u) && asksHow(u))
      return answered(state, { intent: 'reminder_unsubscribe', confidence: reading.confidence }, slots);
    // "don't cancel anything, just show me what I have", "don't cancel it, but when is the first
    // one coming?": kept, and listed.
    if (negatesStopping(u) && (asksWhatIsSet(u) || asksWhenItComes(u)))
      return reminding(state, { op: 'list' });
    if (negatesStopping(u)) {
      const afterStop = state.topic?.intent === 'reminder_unsubscribe';
      return {
        turn: { kind: 'cancelled', ...(afterStop ? { afterStop } : {}) },
        state: withoutConfirm(state),
      };
    }
    // "If I set a reminder, when would it come?": what would happen is explained, nothing is set.
    if (isHypothetical(u)) {
      const about = asksToStop(u) ? 'reminder_unsubscribe' : 'reminder_subscribe';
      return answered(state, { intent: about, confidence: reading.confidence }, slots);
    }
    // "Don't remind me…" (quiet hours aside, which are a setting): a stop only when meant for
    // good ("…anymore"), a change only of the lead times it names, else asked back.
    if (negatesReminding(u) && !slots.quietHours && !boundsTheHour(u)) {
      // "don't remind me. cancel it": said for good, or with the stop asked for outright.
      if (saysForGood(u) || asksToStop(u)) {
        return stopRequest(state, { intent: 'reminder_unsubscribe', confidence: reading.confidence }, now, u);
      }
      // ("don't remind me on the day, just the day before": one turned down, another asked for instead.)
      // (With the way said, 「I pay with konbini. dont remind me on the day…」, that way's.)
      if (slots.leadDays && slots.declinedLeadDays)
        return reminding(state, { op: 'subscribe', ...subscribeSettings(slots) });
      if (slots.leadDays) return reminding(state, { op: 'subscribe', removeLeadDays: slots.leadDays });
      return confirming(state, { kind: 'unsubscribe' }, now);
    }
  }
  // 「通知がうるさい」: perhaps a stop, so asked back.
  // (Not 「通知うるさいからもういいや、止めて」: the stop asked for outright, with its reason.)
  if (u && complains(u) && !asksHow(u) && !asksToStop(u))
    return stopRequest(
      state,
      { intent: 'reminder_unsubscribe', confidence: Math.min(reading.confidence, 0.4) },
      now,
      u,
    );
  // A list asked for in words that ask to set one (「リマインダー登録したい」) is that request; so is
  // "do I have a reminder? if not, set one for the postcard", set only if none is on (else what
  // is set is shown: the reminders know).
  if (u && reading.intent === 'reminder_list' && ((asksToSet(u) && !asksWhatIsSet(u)) || setsIfNone(u)))
    return requestFor(state, { intent: 'reminder_subscribe', confidence: reading.confidence }, slots, now, u);
  // 「コンビニ払いのリマインダーつけといて。口座振替のほうはいらんで」: one way's reminders asked for,
  // another's turned down: a request for the one, no stop.
  if (u && reading.intent === 'reminder_unsubscribe' && setsOneDeclinesAnother(u, slots))
    return requestFor(state, { intent: 'reminder_subscribe', confidence: reading.confidence }, slots, now, u);
  // A stop that says no word of stopping is a request for reminders (「口座振替でリマインダーお願い」).
  // (Never one asked to stop, which the next rule reads as a stop again: the two would call each
  // other without end.)
  if (
    u &&
    reading.intent === 'reminder_unsubscribe' &&
    !saysStop(u) &&
    !asksToStop(u) &&
    !dropsTheQuestion(u)
  )
    return requestFor(state, { intent: 'reminder_subscribe', confidence: reading.confidence }, slots, now, u);
  // "Stop my reminders" read as a list (or the other way round) is still a stop: asked back when unsure.
  if (
    u &&
    asksToStop(u) &&
    !asksHow(u) &&
    !asksIfStopped(u) &&
    reading.intent !== 'reminder_unsubscribe' &&
    !setsOneDeclinesAnother(u, slots)
  ) {
    const stop = { intent: 'reminder_unsubscribe' as const, confidence: reading.confidence };
    return requestFor(
      state,
      reading.alternative === 'reminder_unsubscribe' ? { ...stop, alternative: reading.intent } : stop,
      slots,
      now,
      u,
    );
  }
  // 「通知って何時にくるの？」 while the bot waits for the method: nothing is set yet, so the
  // question is answered by the request itself (its hour), asked again with its buttons.
  if (u && open?.kind === 'method' && asksWhenItComes(u) && !asksWhatIsSet(u))
    return reminding(state, open.request);
  // "Did I set one? show me" is a list, however it was read.
  if (
    reading.intent === 'reminder_list' ||
    (u && reading.intent === 'reminder_subscribe' && asksWhatIsSet(u) && !setsIfNone(u))
  ) {
    return reminding(state, { op: 'list' });
  }
  // A question about reminders ("how do I get a reminder 2 days before?") gets the explanation,
  // with buttons that set them as asked; "how about 8pm?" proposes a setting, and is one.
  // Its buttons are for the method the conversation is about, when there is one.
  // (「リマインダーの方法、…バーコードやった。直しといて」 says 方法 and asks for the change outright.)
  if (
    u &&
    asksHow(u) &&
    !setsIfNone(u) &&
    !(
      Object.keys(settings).length > 0 &&
      (proposes(u) ||
        asksOutrightToChange(u) ||
        switchesReminders(u) ||
        asksToShiftReminders(u.normalized, u.slots))
    )
  ) {
    const method = slots.method ?? pointedMethod(state);
    return answered(state, reading, method ? { ...slots, method } : slots);
  }
  // A lead time or an hour said with the request ("前日と当日に通知ほしい"), or a method with a
  // word of reminders (「リマインダーよろしく、口座振替です」), makes it likelier one: a lower reading
  // will do, unless the matcher had another in mind.
  const namesSetting =
    settings.leadDays !== undefined ||
    settings.sendHour !== undefined ||
    (settings.method !== undefined && u !== undefined && mentionsReminders(u) && !isQuestion(u));
  // The matcher's second guess counts, unless it is a stop the message says no word of stopping
  // for, or the request names a setting and the guess is no reminder request.
  const guess = reading.alternative;
  const otherGuess =
    guess !== undefined &&
    !(guess === 'reminder_unsubscribe' && u !== undefined && !saysStop(u)) &&
    (!namesSetting || REMINDER_INTENTS.includes(guess));
  // A message with no word of reminders and no setting ("!me", "uP") asks for none, however it reads.
  // 「じゃあお願いします」 right after the bot explained reminders and offered them: a yes to that.
  // (「ふーん、じゃあ頼むわ。はがき払いで」: the request, then the way: taken too.)
  const takesTheOffer =
    u !== undefined &&
    state.topic?.intent === 'reminder_subscribe' &&
    (requestsPlainly(u) || requestsBeforeAWay(u));
  const groundless =
    u !== undefined &&
    Object.keys(settings).length === 0 &&
    shiftsHour(u) === undefined &&
    !mentionsReminders(u) &&
    !asksToSet(u) &&
    !takesTheOffer &&
    // ("start them again": the ones stopped are its ground.)
    !resumes(u);
  // 「じゃあはがき払いで登録して」 while reminders are talked about: asked for in so many words.
  const askedOutright =
    u !== undefined &&
    // ("do I have one? if not, set one": the question is the condition, the request outright.)
    (setsIfNone(u) ||
      // ("ok switch my reminder to auto debit, that one's free right?": outright, a question after.)
      (settings.method !== undefined && switchesReminders(u)) ||
      (!isQuestion(u) &&
        ((asksToSet(u) && (mentionsReminders(u) || state.remindersDiscussed === true)) ||
          takesTheOffer ||
          // (「また再開して」 "start them again": asked for outright, as they were.)
          (resumes(u) && !asksHow(u)))));
  // (Asked for outright, 「リマインダーも設定しといて。2日前で」, a second guess of "show them" is no doubt.)
  // A question that names no reminders and asks for none ("what happens if I don't get the
  // postcard before the deadline?"), read as a request only barely, is asked back, not carried
  // out (a retrain can move such a reading across the line either way). A polite request in other
  // words ("could you send me a message before my konbini deadline?") reads surely.
  // (A lead time or an hour proposed, "how about 8pm?", is a setting.)
  const questionOnly =
    u !== undefined &&
    reading.confidence < BARELY_A_REQUEST &&
    isQuestion(u) &&
    !mentionsReminders(u) &&
    !asksToSet(u) &&
    settings.leadDays === undefined &&
    settings.sendHour === undefined;
  // Any other question (「口座振替の人もリマインダー使えるんですか？」), whatever it names: asked
  // back with a button, never carried out on its own word.
  const askedAsQuestion =
    u !== undefined &&
    isQuestion(u) &&
    !asksPolitely(u) &&
    // (「それ、1日遅くできる？」: a shift asked for politely.)
    !asksToShiftReminders(u.normalized, u.slots) &&
    !askedOutright &&
    !proposes(u) &&
    open?.kind !== 'method';
  const unsure =
    u !== undefined &&
    (hedges(u) ||
      // "only if the debit gets moved off the 27th, remind me": a condition the bot does not weigh.
      ONLY_IF.test(u.normalized) ||
      onlyWorries(u) ||
      questionOnly ||
      askedAsQuestion ||
      (otherGuess && !(askedOutright && guess === 'reminder_list')) ||
      groundless ||
      (!askedOutright && reading.confidence < (namesSetting ? SURE_ENOUGH_WITH_SETTING : SURE_ENOUGH)));
  // 「もういらんかもなぁ…」: a stop put as a doubt is asked back (stopRequest).
  if (reading.intent === 'reminder_unsubscribe') return stopRequest(state, reading, now, u);
  // 「これリマインドして」 "remind me for the next one": the method pointed to (methodPointedTo).
  // Not while the bot waits for the method (「やっぱ2日前で」 after "which method?"): it asked
  // because none could be pointed to, so the request goes on waiting, with the new setting.
  // (Unless it points to one named since: 「じゃあそれで前日にお願い」 after 「バーコード払いなんだけど期限いつ？」.)
  const pointed =
    !settings.method && u && !undecided && (open?.kind !== 'method' || pointsToOneWay(u))
      ? methodPointedTo(state, u)
      : undefined;
  const request: ReminderRequest = {
    op: 'subscribe',
    ...openRequest(open),
    ...settings,
    ...(pointed ? { method: pointed } : {}),
    // 「前日も教えて」, "1 day before as well": added to the lead times set, not instead of them.
    ...(settings.leadDays && u && asksToAdd(u) ? { addLeadDays: true as const } : {}),
    // 「はがきのほうもお願い」 beside reminders for another way: whether to switch, asked.
    ...(settings.method && u && asksForAnotherWayToo(u) ? { alsoWay: true as const } : {}),
    // 「前日のは当日に変えて」: the one named first gives way to the other.
    ...replacedLeadDay(u),
    ...shiftedHour(u, settings.sendHour),
    ...boundedHour(u),
    ...(!settings.leadDays && u && remindsOnADay(u) ? { onADay: true as const, ...dayOfTheMonth(u) } : {}),
    ...(u && resumes(u) ? { resume: true as const } : {}),
    ...(u && setsIfNone(u) ? { ifNoneSet: true as const } : {}),
  };
  // An hour that does not exist is said so at once: nothing to confirm.
  if (request.invalidHour !== undefined) return reminding(state, request);
  // "0", "!?": no word at all, however it read: not asked back (a question opened now would take
  // the next method named as its answer).
  if (groundless && !request.method && u !== undefined && !SAYS_A_WORD.test(u.normalized))
    return answered(state, { intent: 'fallback', confidence: reading.confidence }, slots);
  if (unsure && !request.quietHours) {
    // Without a method, the question "which method?" and its buttons are the confirmation: asked
    // when none is on file; with one on file, the change is asked back instead of made.
    if (!request.method) return reminding(state, request, true);
    const {
      op: _,
      quietHours: __,
      alsoWay: ______,
      removeLeadDays: ____,
      replacesLeadDay: _____,
      ...action
    } = request;
    return confirming(state, { kind: 'subscribe', ...action }, now);
  }
  // Without a method the request may still wait for one: the reminder conversation asks, when
  // none is on file either, and opens the question.
  return reminding(state, request);
}

/** 「毎月8日に」 "on the 8th": that day, for the reminders to come that many days before the deadline. */
function dayOfTheMonth(u: Understanding): { onDay?: number } {
  const day = dayOfTheMonthAsked(u);
  return day === undefined ? {} : { onDay: day };
}

/** 「前日のは当日に変えて」: the lead time asked for, in place of the one named first. */
function replacedLeadDay(
  u: Understanding | undefined,
): Partial<Pick<SubscribeRequest, 'leadDays' | 'replacesLeadDay'>> {
  const moved = u ? (movesOneLeadTime(u) ?? oneDroppedForAnother(u)) : undefined;
  // (「3日前と前日、いや前日じゃなくて当日で」 names the whole list: it is set as said.)
  const others = (u?.slots.leadDays ?? []).filter((d) => d !== moved?.from && d !== moved?.to);
  return moved && others.length === 0 ? { leadDays: [moved.to], replacesLeadDay: moved.from } : {};
}

/**
 * 「1週間前のはやめて、3日前に」: one lead time dropped and one named in its place (the others
 * kept); not 「当日のはいらん、前日だけにして」, the whole list said.
 */
function oneDroppedForAnother(u: Understanding): { from: number; to: number } | undefined {
  const [from, ...moreDropped] = u.slots.declinedLeadDays ?? [];
  const [to, ...moreNamed] = u.slots.leadDays ?? [];
  if (from === undefined || to === undefined || moreDropped.length > 0 || moreNamed.length > 0)
    return undefined;
  return ONLY_THESE.test(u.normalized) || isQuestion(u) ? undefined : { from, to };
}
const ONLY_THESE = /だけ|のみ|(?<![a-z])(?:only|just)(?![a-z])/;

/**
 * The method a request that names none means: of the ways talked about, the one not turned down
 * (「はがきじゃない方でリマインダー設定して」); none when it picks one of two by its place ("the first
 * one. remind me for it": which one is not known, so asked); else the one pointed to.
 */
function methodPointedTo(state: ConversationState, u: Understanding): MethodId | undefined {
  // "remind me for mine, not hers" after asking of a sister's way: the user's own.
  if (state.ownMethod && MINE.test(u.normalized)) return state.ownMethod;
  if (u.slots.methodsTurnedDown) return state.topic && wayLeft(state.topic.slots, u.slots.methodsTurnedDown);
  if (ONE_OF_TWO.test(u.normalized) && (state.topic?.slots.methods?.length ?? 0) > 1) return undefined;
  return pointedMethod(state);
}

const MINE =
  /(?<![a-z])(?:mine|my own)(?![a-z])|自分の(?:ほう|方|分|やつ)|(?:私|わたし|僕|俺)の(?:ほう|方|分|やつ)/;

/**
 * The method a reminder request that names none points to: the one the conversation is about
 * (the answer just given, one the user named in a question), the one they said they pay with,
 * or the last one they named.
 */
function pointedMethod(state: ConversationState): MethodId | undefined {
  const topicIntent = state.topic?.intent ?? 'fallback';
  const topicMethod =
    USES[topicIntent]?.includes('method') || REMINDER_INTENTS.includes(topicIntent)
      ? state.topic?.slots.method
      : undefined;
  // Right after changing the method came up, only the method changed to (when named) will do: the
  // one they paid with so far is the one being left.
  const fallbackMethod = topicIntent === 'change_method' ? undefined : (state.ownMethod ?? state.lastMethod);
  // The method they said they pay with against another just asked about (「コンビニで払う」 →
  // 「口座振替にしたら手数料かからない？」 → 「前日に教えて」): either may be meant, so ask.
  if (topicMethod && state.ownMethod && topicMethod !== state.ownMethod) return undefined;
  return topicMethod ?? fallbackMethod;
}

/**
 * A stop: carried out, or asked back with a confirm button when read from words (`said`) the
 * matcher is unsure of, or that doubt it ("hmm, maybe I don't need reminders anymore?").
 */
function stopRequest(state: ConversationState, reading: Reading, now: Date, said?: Understanding): Decision {
  // 「解除してないよね？」 "you didn't cancel everything, right?": what is set, shown; nothing stopped.
  if (said && asksIfStopped(said)) return reminding(state, { op: 'list' });
  const unsure =
    said !== undefined &&
    (reading.confidence < SURE_ENOUGH ||
      reading.alternative !== undefined ||
      hedges(said) ||
      asksIfPossible(said) ||
      // ("stop them?", 「止める？」: a question, asked back; not "can you stop them?", a request.)
      (isQuestion(said) && !asksPolitely(said)));
  if (unsure) return confirming(state, { kind: 'unsubscribe' }, now);
  return reminding(state, {
    op: 'unsubscribe',
    ...(said && FOR_A_WHILE.test(said.normalized) ? { forAWhile: true } : {}),
    ...(said?.slots.method && !said.slots.methods && ONE_WAYS_REMINDERS.test(said.normalized)
      ? { method: said.slots.method }
      : {}),
  });
}

// "stop the postcard one", 「バーコードの方のリマインダーは止めて」: the reminders of one way named
// (not 「来月から口座振替にするから、とめて」, a way named as the reason).
const ONE_WAYS_REMINDERS =
  /(?:はがき|こんびに|ばーこーど|口座振替|口座|端末|(?<![a-z])(?:postcard|konbini|convenience store|barcode|debit|bank))(?:払い|払)?(?:の|のほうの|の方の)\s*(?:りまいんだー|りまいんど|通知|お知らせ)|(?:の(?:ほう|方)|のやつ)(?:だけ)?(?:は|を|も)?\s*(?:止め|とめ|解除|消し|削除|やめ)|(?<![a-z])(?:the|my|that) (?!first|second|last|other)\w+(?: \w+)? (?:one|reminders?|notifications?|alerts?)(?![a-z])/;

/** A stop for a time: 「1か月止めて」「しばらく通知オフ」「一時停止」, "pause them for a month", "for now". */
const FOR_A_WHILE =
  /(?:[0-9一二三四五六七八九十何数半]+\s*(?:か|ヶ|ケ|カ|箇)?\s*(?:月|週間|日間)|しばらく|暫く|一時(?:的に|停止)|いったん|一旦|当分)|(?<![a-z])(?:pause|for (?:a|one|two|three|\d+|a few|some) (?:day|week|month)s?|for a (?:while|bit)|for now|temporarily|until (?:next|the end of))(?![a-z])/;

/** The state without a pending "shall I?". */
function withoutConfirm(state: ConversationState): ConversationState {
  const { open, ...rest } = state;
  return open?.kind === 'confirm' ? rest : state;
}

function confirming(state: ConversationState, action: ConfirmableAction, now: Date): Decision {
  const until = new Date(now.getTime() + CONVERSATION_TTL_MS).toISOString();
  const open: OpenQuestion = { kind: 'confirm', action, until };
  const about = action.kind === 'forget' ? state : aboutReminders(state, 'reminder_subscribe');
  return { turn: { kind: 'confirm', action }, state: { ...about, open } };
}

function openRequest(
  open: OpenQuestion | undefined,
): Omit<Extract<ReminderRequest, { op: 'subscribe' }>, 'op'> {
  if (open?.kind !== 'method') return {};
  const { op: _, ...settings } = open.request;
  return settings;
}

/** What a message says about reminder settings: only what it names. */
export function subscribeSettings(slots: Slots): Omit<Extract<ReminderRequest, { op: 'subscribe' }>, 'op'> {
  return {
    ...(slots.method ? { method: slots.method } : {}),
    ...(slots.leadDays ? { leadDays: slots.leadDays } : {}),
    ...(slots.leadShift !== undefined ? { shiftLeadDays: slots.leadShift } : {}),
    ...(slots.hour !== undefined ? { sendHour: slots.hour } : {}),
    ...(slots.quietHours ? { quietHours: slots.quietHours } : {}),
    ...(slots.invalidHour !== undefined ? { invalidHour: slots.invalidHour } : {}),
    ...(slots.otherHours ? { otherHours: slots.otherHours } : {}),
  };
}
