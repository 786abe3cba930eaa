// The conversation as adapters see it: a message or a button in, an Answer out. It loads what the
// conversation remembers, lets the pure decision (src/conversation/decide.ts) say what the turn
// is, answers it with the pure bot or carries out a reminder request, and saves what to remember.

import { stillTheOldWay } from '../intents/change-method.js';
import { decodeAction } from './actions.js';
import type { Bot, Reading, Understanding } from './bot.js';
import {
  type AskedBeside,
  type Decision,
  decide,
  type Input,
  subscribeSettings,
} from './conversation/decide.js';
import { forgetQuestion, forgottenAnswer, nothingKeptAnswer } from './conversation/forget.js';
import { createMemoryConversationStore } from './conversation/memory-store.js';
import { asksToAdd, isBareAnswer, isLanguageNeutral } from './conversation/reading.js';
import {
  cancelledAnswer,
  confirmAnswer,
  createReminderConversation,
  type ReminderOutcome,
  type ReminderOverview,
  type Who,
} from './conversation/reminders.js';
import { CONVERSATION_TTL_MS, type ConversationState, parseState } from './conversation/state.js';
import {
  addMonths,
  compareDates,
  nextMonthNamed,
  parseIsoDate,
  toIsoDate,
  toIsoMonth,
  tokyoToday,
} from './domain/dates.js';
import { deadlineForPurchase, nextDeadlineFrom } from './domain/deadlines.js';
import { type KnowledgeBase, methodById } from './domain/knowledge-base.js';
import { t } from './intent.js';
import { defaultKnowledgeBase } from './knowledge.js';
import { isLoneCommand, langFromLocale, mixesTermsOnly } from './nlu/language.js';
import { isLoanwordsOnly, isRomajiTermsOnly } from './nlu/romaji.js';
import type { Slots } from './nlu/slots.js';
import type { ReminderService } from './reminders/service.js';
import type { ConversationStore } from './store/port.js';
import type { Answer, IntentName, Lang, Message } from './types.js';
import type { UnansweredRecorder } from './unanswered.js';

export { reminderDestination } from './conversation/reminders.js';

export interface Assistant {
  /** Answers a user's message in the light of the conversation so far, carrying out any reminder request in it. */
  respond(message: Message): Promise<Answer>;
  /** Reacts to a button (an encoded Action): `message` says who pressed it, where, and (when known) the question. */
  act(actionId: string, message: Message): Promise<Answer>;
  /** A user's reminder settings and deliveries, for a settings view (Slack's App Home). */
  reminders(who: Who): Promise<ReminderOverview>;
}

export interface AssistantOptions {
  bot: Bot;
  /** Absent where reminders cannot be kept: reminder requests are then explained, not faked. */
  reminders?: ReminderService;
  /** Where conversations are remembered; by default in this process's memory. */
  conversations?: ConversationStore;
  /** Deletes everything kept about a user ("forget me", after the confirm button); absent where nothing is kept. */
  forget?: (who: Who) => Promise<unknown>;
  kb?: KnowledgeBase;
  now?: () => Date;
  /** Keeps the turns the bot could not answer well for the operator (src/unanswered.ts). */
  unanswered?: UnansweredRecorder;
}

// English words no Japanese sentence borrows: the Latin around a quoted term is English.
const ENGLISH_WORD_ALONE = /^(?:yes|no|yeah|yep|nope|thx|ty|thanks)[?!.\s]*$/;
// 「はがき」「電子バーコード」: a term alone, as copied from the bot's list (not 「バーコードで」 or
// 「コンビニ払いで前日にお願い」, a term with the Japanese that makes it a sentence).
const TERM_ALONE = /^[^\s、。,.!?！？で]{1,8}[\s。.!！?？]*$/u;
function isTermAlone(text: string): boolean {
  return TERM_ALONE.test(text.trim());
}
const ENGLISH_GRAMMAR =
  /(?<![a-z])(?:and|for|what|what'?s|how|the|is|are|thanks|thx|about|when|can|my|of|to|do|does|with|if)(?![a-z])/;
const LATIN = /[A-Za-z]/;

export function createAssistant({
  bot,
  reminders,
  conversations = createMemoryConversationStore(),
  forget,
  kb = defaultKnowledgeBase(),
  now = () => new Date(),
  unanswered,
}: AssistantOptions): Assistant {
  const reminderChat = reminders ? createReminderConversation(reminders, kb) : undefined;

  /** One turn: remember, decide, answer, remember again. */
  async function turn(message: Message, input: (u: Understanding) => Input): Promise<Answer> {
    const at = now();
    const key = { platform: message.platform, userId: message.userId, channelId: message.channelId };
    const state = await load(key, at);
    const understood = bot.understand(message, at);
    // A button carries no words, and "ok" or a lone command ("/help") no language: they are
    // answered in the conversation's.
    const hasWords =
      message.text.trim() !== '' &&
      !isLanguageNeutral(understood.normalized) &&
      !(isLoneCommand(message.text) && state.lang !== undefined);
    // Japanese terms among a Latin word or two ("atone 手数料?"), alone in romaji ("kouza furikae?"),
    // or a loanword alone ("konbini"), are the chat's language once it has one; with a word of
    // English grammar ("and for はがき?", "thanks. and 手数料?"), English.
    const mixed = mixesTermsOnly(message.text);
    const englishAround = mixed && ENGLISH_GRAMMAR.test(understood.normalized);
    // So is a way to pay named alone in Japanese, the answer to "which one?" (「はがき」 in a chat
    // held in English: often the term copied from the bot's own list, which gives the Japanese
    // names). Said with Japanese grammar, 「バーコードで」, it is Japanese, as "by direct debit
    // please" in a Japanese chat is English.
    const termsOnly =
      (mixed && !englishAround) ||
      isRomajiTermsOnly(message.text) ||
      isLoanwordsOnly(message.text) ||
      (understood.slots.method !== undefined &&
        !LATIN.test(message.text) &&
        isBareAnswer(understood) &&
        isTermAlone(message.text));
    // (A chat's first word, "yes" or "thx", is English all the same; "ok" and 👍 are anyone's.)
    const lang: Lang = !hasWords
      ? (state.lang ??
        (ENGLISH_WORD_ALONE.test(understood.normalized) ? 'en' : langFromLocale(message.locale)))
      : englishAround
        ? 'en'
        : state.lang && termsOnly
          ? state.lang
          : understood.lang;
    const u: Understanding = { ...understood, lang };
    const given = input(u);
    const decision = decide(state, given, at);
    const { answer: plain, next } = await carryOut(decision, u, message, at, !hasWords);
    const answer = hasWords ? await withNotice(plain, message, u.lang) : plain;
    // After "forget me" nothing is written back: the conversation was deleted with the rest.
    if (next) await save(key, { ...next, ...(hasWords || !state.lang ? { lang } : {}) }, at);
    // A question the bot could not answer well is kept for the operator (buttons and reminder
    // requests are not questions). Not awaited: it never delays or fails the answer.
    if (given.kind === 'message' && decision.turn.kind === 'answer') void unanswered?.record(answer, message);
    return answer;
  }

  async function carryOut(
    { turn, state }: Decision,
    u: Understanding,
    who: Who,
    at: Date,
    wordless: boolean,
  ): Promise<{ answer: Answer; next: ConversationState | undefined }> {
    switch (turn.kind) {
      case 'answer': {
        const { reading, follows } = turn;
        const slots = await afterThePaidOne(turn.reading, turn.slots, u, who);
        let answer = bot.answer(u, { reading, slots, follows });
        // Someone whose reminders are set is not offered to set them again. The store is asked only
        // when the answer offers them (most answers do not), and a store that cannot say is no
        // reason to fail the answer.
        if (reminderChat && offersReminders(answer)) {
          const remindedMethod = await reminderChat.method(who).catch(() => undefined);
          if (remindedMethod) answer = bot.answer(u, { reading, slots, follows, remindedMethod });
        }
        if (turn.reading.intent !== 'reminder_subscribe' || !reminderChat) return { answer, next: state };
        // A question about reminders from someone who has them is answered from their settings,
        // with what the message itself names as the change it may want (not a method the
        // conversation was about); if those cannot be read, the general explanation is the answer.
        // (「3日前も追加できる？」: the lead times added to those set, as a request to add them is.)
        const settings = subscribeSettings(u.slots);
        const request = {
          op: 'subscribe' as const,
          ...settings,
          ...(settings.leadDays && asksToAdd(u) ? { addLeadDays: true as const } : {}),
        };
        const own = await reminderChat
          .explain(request, who, u.lang, turn.reading.confidence)
          .catch(() => undefined);
        return { answer: own ?? answer, next: state };
      }
      case 'confirm': {
        const { action } = turn;
        if (action.kind === 'forget') return { answer: forgetQuestion(u.lang), next: state };
        if (!reminderChat)
          return {
            answer: withQuestion(confirmAnswer(action, u.lang, kb, u.reading.confidence), turn.question),
            next: state,
          };
        const outcome = await reminderChat.confirm(action, who, u.lang, u.reading.confidence);
        // Nothing asked (no reminders to turn off): nothing waits for a yes.
        const { open: _, ...rest } = state;
        return {
          answer: withQuestion(outcome.answer, turn.question),
          next: outcome.awaitingConfirm ? state : rest,
        };
      }
      case 'forget':
        if (!forget) return { answer: nothingKeptAnswer(u.lang), next: state };
        await forget(who);
        return { answer: forgottenAnswer(u.lang), next: undefined };
      case 'cancelled': {
        // 「やっぱり止めないで」 right after a stop: they are off already, so say so and offer them back.
        const stopped =
          turn.afterStop && reminderChat
            ? await reminderChat.stoppedJustNow(who, u.lang).catch(() => undefined)
            : undefined;
        return { answer: stopped ?? cancelledAnswer(u.lang, turn.declined), next: state };
      }
      case 'stale':
        return { answer: staleButton(u), next: state };
      case 'paid_next': {
        const { otherwise } = turn;
        if (!reminderChat)
          return otherwise
            ? carryOut({ turn: otherwise, state }, u, who, at, wordless)
            : { answer: cannotKeep(u), next: state };
        const outcome = await reminderChat.paidNext(
          who,
          u.lang,
          turn.ifDueThisMonth
            ? toIsoMonth(tokyoToday(at))
            : turn.ifDueInMonth
              ? toIsoMonth(nextMonthNamed(turn.ifDueInMonth, tokyoToday(at)))
              : undefined,
          otherwise !== undefined,
          turn.skipped,
        );
        if (outcome) return { answer: withQuestion(withEffect(outcome), turn.question), next: state };
        // No reminders on: the message as it reads.
        return carryOut(
          { turn: otherwise ?? { kind: 'answer', reading: u.reading, slots: u.slots }, state },
          u,
          who,
          at,
          wordless,
        );
      }
      case 'snooze_next':
        if (!reminderChat) return { answer: cannotKeep(u), next: state };
        return { answer: withEffect(await reminderChat.snoozeNext(who, u.lang)), next: state };
      case 'act':
        if (!reminderChat) return { answer: cannotKeep(u), next: state };
        return { answer: withEffect(await reminderChat.press(turn.action, who, u.lang)), next: state };
      case 'remind': {
        if (!reminderChat) {
          const intent: IntentName = `reminder_${turn.request.op}`;
          return {
            answer: withQuestion(
              bot.answer(u, { reading: { intent, confidence: u.reading.confidence } }),
              turn.question,
            ),
            next: state,
          };
        }
        const outcome = await reminderChat.carryOut(
          turn.request,
          who,
          u.lang,
          u.reading.confidence,
          wordless,
          turn.confirmFirst,
        );
        const until = new Date(at.getTime() + CONVERSATION_TTL_MS).toISOString();
        // A change made: its Undo button is what 「やっぱ戻して」 takes back in words.
        const undo = outcome.effect ? undoOf(outcome.answer) : undefined;
        const kept: ConversationState = undo ? { ...state, undo } : state;
        const next: ConversationState = outcome.awaitingMethod
          ? { ...kept, open: { kind: 'method', request: outcome.awaitingMethod, until } }
          : outcome.awaitingConfirm
            ? { ...kept, open: { kind: 'confirm', action: outcome.awaitingConfirm, until } }
            : kept;
        // Set for the way just chosen instead of the one the user pays with now: this month's
        // bill, still the old way's, is said too (its deadline must not be missed meanwhile).
        const set = outcome.effect?.op === 'subscribe' || outcome.effect?.op === 'change';
        const note =
          set && turn.switchedFrom && turn.request.op === 'subscribe' && turn.request.method
            ? stillTheOldWay(kb, turn.switchedFrom, turn.request.method, tokyoToday(at), u.lang)
            : undefined;
        const answer = withQuestion(withEffect(outcome), turn.question);
        return { answer: note ? { ...answer, text: `${answer.text}\n${note}` } : answer, next };
      }
    }
  }

  /**
   * "when is the next one due then?" after the next deadline was marked paid: the one after it,
   * as the user's reminders know it (their way's next deadline not yet paid). The slots as they
   * are otherwise, and when the store cannot say.
   */
  async function afterThePaidOne(reading: Reading, slots: Slots, u: Understanding, who: Who): Promise<Slots> {
    if (!reminderChat || reading.intent !== 'deadline' || slots.date || !ASKS_THE_NEXT.test(u.normalized))
      return slots;
    const next = await reminderChat.nextDue(who).catch(() => undefined);
    const due = next ? parseIsoDate(next.dueDate) : undefined;
    if (!next || !due || (slots.method && slots.method !== next.method)) return slots;
    const { method } = next;
    // The purchases month whose deadline that is, counted on from the next one by the calendar
    // (a debit moved past the month's end is still that month's).
    const rule = methodById(kb, method);
    const first = nextDeadlineFrom(rule, tokyoToday(u.now));
    if (compareDates(due, first.due) <= 0) return slots;
    for (let ahead = 1; ahead <= 3; ahead++) {
      const usage = addMonths(first.usageMonth, ahead);
      if (compareDates(deadlineForPurchase(rule, usage).due, due) === 0)
        return { ...slots, method, date: { kind: 'month', month: usage, source: toIsoDate(due) } };
    }
    return slots;
  }

  /**
   * The answer to a question asked beside a reminder request, with the request's, in the order
   * they were asked. The request's buttons (its Undo first) are the answer's: the question's own
   * offers of reminders would offer what was just asked for.
   */
  function withQuestion(answer: Answer, question: AskedBeside | undefined): Answer {
    if (!question) return answer;
    const { understanding, reading, slots } = question;
    const asked = bot.answer(understanding, { reading, slots });
    if (!question.first) return { ...answer, text: `${answer.text}\n\n${asked.text}` };
    // Asked first, the question's answer heads the reply: its title, if any, is the reply's.
    const { title: _, ...untitled } = answer;
    const text = `${asked.text}\n\n${answer.text}`;
    return asked.title ? { ...untitled, title: asked.title, text } : { ...untitled, text };
  }

  /** A notice about the user's reminders (a blocked DM), told once, before the answer. */
  async function withNotice(answer: Answer, who: Who, lang: Lang): Promise<Answer> {
    if (!reminderChat) return answer;
    try {
      const notice = await reminderChat.takeNotice(who, lang);
      return notice ? { ...answer, text: `${notice}\n\n${answer.text}` } : answer;
    } catch {
      // Told next time: the answer itself matters more.
      return answer;
    }
  }

  // What a conversation remembers is a help, never a condition: if the store cannot give it or
  // keep it, the turn is answered as a conversation's first.
  async function load(key: Parameters<ConversationStore['loadConversation']>[0], at: Date) {
    try {
      return parseState(await conversations.loadConversation(key, at));
    } catch {
      return {};
    }
  }

  async function save(
    key: Parameters<ConversationStore['saveConversation']>[0],
    state: ConversationState,
    at: Date,
  ) {
    try {
      await conversations.saveConversation(key, state, new Date(at.getTime() + CONVERSATION_TTL_MS), at);
    } catch {
      // Forgotten: the next turn starts afresh.
    }
  }

  return {
    respond: (message) => turn(message, (understanding) => ({ kind: 'message', understanding })),

    act(actionId, message) {
      const action = decodeAction(actionId);
      return turn(message, (understanding) => ({ kind: 'button', action, understanding }));
    },

    async reminders(who) {
      return reminderChat ? reminderChat.overview(who) : { upcoming: [], recent: [] };
    },
  };
}

/** The change an answer's Undo button makes (its first action, when that sets or stops reminders). */
function undoOf(answer: Answer): ConversationState['undo'] {
  const first = answer.actions?.[0];
  const action = first ? decodeAction(first.id) : undefined;
  return action?.kind === 'subscribe' || action?.kind === 'unsubscribe' ? action : undefined;
}

function withEffect({ answer, effect }: ReminderOutcome): Answer {
  return effect ? { ...answer, effect } : answer;
}

function staleButton(u: Understanding): Answer {
  return {
    intent: 'fallback',
    confidence: 1,
    lang: u.lang,
    text: t(
      u.lang,
      'このボタンはもう使えません。もう一度質問してください。',
      'That button no longer works. Please ask again.',
    ),
  };
}

function cannotKeep(u: Understanding): Answer {
  return {
    intent: 'reminder_list',
    confidence: 1,
    lang: u.lang,
    text: t(
      u.lang,
      'ここではリマインダーを扱えません。リマインダーを設定したチャットでボタンを押してください。',
      'Reminders are not kept here. Press the button in the chat where you set them.',
    ),
  };
}

/** Whether an answer offers to set reminders (a button that subscribes). */
function offersReminders(answer: Answer): boolean {
  return answer.actions?.some((action) => decodeAction(action.id)?.kind === 'subscribe') ?? false;
}

// "the next one", 「次の」「次回」: the deadline after the one at hand.
const ASKS_THE_NEXT = /(?<![a-z])next(?![a-z])|次の|次回|その次/;
