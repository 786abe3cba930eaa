// The pure core: understanding a message (language, slots, the matcher's reading) and answering
// it as an intent. No I/O, the clock passed in. A single question goes through `handle`; the
// conversation layer (src/conversation/) calls `understand` and `answer` separately, so that it
// can read a message in the light of the turns before it.
import { deadlineForDate } from '../intents/deadline.js';
import {
  asksWeekdayOfADate,
  isAcknowledgement,
  isGoodbye,
  isGreeting,
  isNeverMind,
  isSmallTalk,
  thanksThenOwnPlan,
  withoutGreeting,
} from '../intents/fallback.js';
import { ASKS_PER_PURCHASE } from '../intents/fees.js';
import { asksForHelpOnly } from '../intents/help.js';
import { intents as allIntents } from '../intents/index.js';
import { supposesPayingLate } from '../intents/late-payment.js';
import { decodeAction, encodeAction } from './actions.js';
import type { PlainDate } from './domain/calendar.js';
import { compareDates, parseIsoDate, tokyoToday } from './domain/dates.js';
import { formatMonth } from './domain/format.js';
import { type KnowledgeBase, methodById } from './domain/knowledge-base.js';
import { METHOD_IDS, type MethodId } from './domain/methods.js';
import type { AnswerContext, AnswerDraft, IntentDefinition } from './intent.js';
import { defaultKnowledgeBase } from './knowledge.js';
import { type Classification, createClassifier } from './nlu/classifier.js';
import { createCueScanner, matcherCues } from './nlu/cues.js';
import { declinesReminders, withoutDeclinedHelp } from './nlu/declined.js';
import { standardJapanese } from './nlu/dialect.js';
import { detectLang, withoutLanguageRequest } from './nlu/language.js';
import { learnersKanji } from './nlu/learners-kana.js';
import { loadModel, type Model } from './nlu/model.js';
import trainedModel from './nlu/model.json' with { type: 'json' };
import { ATONE_TOKEN, normalize } from './nlu/normalize.js';
import { tellsOwnMethod } from './nlu/own-method.js';
import { askedFirst, lastAskOfAStory, messageParts, questionParts } from './nlu/question-parts.js';
import { givesASecret } from './nlu/secrets.js';
import { extractSlots, type Slots, withoutSlots } from './nlu/slots.js';
import { correctSpelling } from './nlu/spelling.js';
import {
  APP_CARD_NAMED,
  asksWhatTheFeeIs,
  correctReading,
  NAMES_REMINDING,
  OWN_REMINDERS,
} from './reading-rules.js';
import { contentWords } from './topics/focus.js';
import { contractIntent, sendsToAtone } from './topics/handoff-subject.js';
import { asksIfOfficial, isOfficialPage, provenance } from './topics/provenance.js';
import { topicIntents } from './topics/topic-intents.js';
import type { Answer, AnswerAction, AnswerIntent, AnswerSource, Lang, Message } from './types.js';
import { isFaqTopic } from './types.js';

/** What the matcher makes of a message: the intent, how sure it is, and a close runner-up. */
export interface Reading {
  /** A core intent or a knowledge-base topic. */
  intent: AnswerIntent;
  confidence: number;
  alternative?: AnswerIntent;
}

/** A message understood on its own: everything an answer or a conversation decision needs. */
export interface Understanding {
  message: Message;
  now: Date;
  today: PlainDate;
  lang: Lang;
  /** The text normalised and spell-corrected: what every matcher reads. */
  normalized: string;
  slots: Slots;
  /** The matcher's reading of the message alone. */
  reading: Reading;
  /**
   * The matcher's reading of the message with other slots (those the conversation so far
   * supplies), and the subject it left out said too ("how else can I pay there?" + "amazon").
   */
  readWith(slots: Slots, subject?: string): Reading;
  /** The message's sentences (asked or not), each understood on its own, when it has several; else none. */
  parts(): Understanding[];
  /** The matcher's reading of the message with `intent`'s subject said ("どれくらいかかる？" + 本人確認). */
  readAbout(intent: AnswerIntent): Reading;
  /** Whether the message names something an FAQ topic's answer speaks of (「住所」 after identity checks). */
  touchesAnswerOf(intent: AnswerIntent): boolean;
  /** How many of the message's words an FAQ topic's answer speaks of (0 for a core intent). */
  wordsSharedWith(intent: AnswerIntent): number;
  /** Whether the message names what an FAQ topic is about, a word of its label ("points" of NP points). */
  namesSubjectOf(intent: AnswerIntent): boolean;
  /**
   * Whether it names `intent`'s subject by a word `other`'s answer never says ("the limit" after a
   * return, whose answer has no word of limits): that topic, not a word of the other one again.
   */
  namesSubjectApartFrom(intent: AnswerIntent, other: AnswerIntent): boolean;
  /**
   * The message read as one of the FAQ topics `intent`'s answer names ("what do I need for that
   * check?" after code payment, whose answer names identity verification), when one reads clearly.
   */
  readNamedBy(intent: AnswerIntent): Reading | undefined;
  /**
   * The FAQ topic that takes over when `intent`'s answer did not help ("it keeps failing" after
   * how identity checks work: their failing), as the knowledge base says.
   */
  nextWhenStuck(intent: AnswerIntent): AnswerIntent | undefined;
  /** Of `among`, the intent the message's own words make likeliest (「さっきの請求の件」 among earlier topics). */
  likeliestOf(among: readonly AnswerIntent[]): AnswerIntent | undefined;
  /**
   * The days a deadline answer for `slots` gives as due (each purchase's, by each method asked
   * about, or the next ones), and those a debit moved from: a date said back (「3月1日？2月じゃない
   * の？」「27日じゃないの？」) is one of them.
   */
  dueDates(slots: Slots): PlainDate[];
}

/** How the conversation read a turn, for its answer. */
export interface AnswerTurn {
  /** The intent to answer (default: the message's reading). */
  reading?: Reading;
  /** The facts to answer from (default: the message's own). */
  slots?: Slots;
  /** The intent of the turn this one follows up ("and the fee?" after a deadline), if it does. */
  follows?: AnswerIntent;
  /** The method whose reminders the user has set: the answer does not offer to set them again. */
  remindedMethod?: MethodId;
}

export interface Bot {
  understand(message: Message, now?: Date): Understanding;
  /** The answer to `understanding`, as the conversation read the turn (by default, the message alone). */
  answer(understanding: Understanding, turn?: AnswerTurn): Answer;
  /** Understands the message and answers it, as of `now` (default: when it was received). */
  handle(message: Message, now?: Date): Answer;
}

export interface BotOptions {
  kb?: KnowledgeBase;
  intents?: readonly IntentDefinition[];
  /** The trained matcher (default: the one built from the project's examples, model.json). */
  model?: Model;
}

let cachedModel: Model | undefined;
/** The shipped model, decoded once per process. */
function defaultModel(): Model {
  cachedModel ??= loadModel(trainedModel);
  return cachedModel;
}

/** How many sources an answer cites at most: the text should stay short. */
const MAX_SOURCES = 2;

/** How clearly a message must read as a topic another topic's answer named (readNamedBy). */
const LAST_USE_INTENTS: ReadonlySet<AnswerIntent> = new Set(['campaign_eligibility', 'campaigns']);
const NAMED_CLEARLY = 0.6;

export function createBot(options: BotOptions = {}): Bot {
  const kb = options.kb ?? defaultKnowledgeBase();
  // The knowledge base's FAQ topics are matched and answered like intents, after the core ones.
  const intents = [...(options.intents ?? allIntents), ...topicIntents(kb)];
  // Topics design.md's table names nowhere ("my order never came"): "everything else" to it.
  const reportedAsFallback = new Set(kb.topics.filter((t) => t.reportedAs === 'fallback').map((t) => t.id));
  const byName = new Map(intents.map((intent) => [intent.name, intent]));
  const has = (name: AnswerIntent) => byName.has(name);
  // What each class is about, in the matcher's normalised text: a bare subject is read by it, and
  // a follow-up that means little alone is read with it said (readAbout).
  const subjects = new Map(
    intents.map((intent) => [
      intent.name,
      { ja: normalize(intent.label.ja), en: normalize(intent.label.en) },
    ]),
  );
  // The topic that takes over when each topic's answer did not help (nextWhenStuck).
  const whenStuck = new Map(
    kb.topics.flatMap(({ id, whenStuck }) => (whenStuck ? [[id, whenStuck as AnswerIntent] as const] : [])),
  );
  // The words each FAQ topic's label says it with, in both languages (namesSubjectOf).
  const labelWords = new Map(kb.topics.map((topic) => [topic.id, wordsOf(topic.label)]));
  // The labels as said (「NPポイント」 has no word of two kanji or four letters to share).
  const labelsSaid = new Map(
    kb.topics.map((topic) => [topic.id, [normalize(topic.label.ja), normalize(topic.label.en)]]),
  );
  // The words each FAQ topic's answer says something with, in both languages (touchesAnswerOf).
  const answerWords = new Map(kb.topics.map((topic) => [topic.id, wordsOf(topic.answer)]));
  // The other FAQ topics each topic's answer names: by the English label, or the Japanese label's
  // first term (「本人確認のやり方」 → 本人確認).
  // (A term of three kanji or more: 「請求」 is in most answers.)
  const labels = kb.topics.map(({ id }) => {
    const label = subjects.get(id);
    const term = label ? [...contentWords(label.ja)][0] : undefined;
    return { id, en: label?.en, ja: term !== undefined && term.length >= 3 ? term : undefined };
  });
  // (Not a name quoted: 「会員登録・変更・ログイン」, the contact form's kind of question, names no
  // topic of membership.)
  const unquoted = (text: string) => text.replace(/「[^」]*」/g, ' ');
  const namedBy = new Map(
    kb.topics.map((topic) => {
      const answer = { ja: normalize(unquoted(topic.answer.ja)), en: normalize(unquoted(topic.answer.en)) };
      const named = labels.filter(
        (other) =>
          other.id !== topic.id &&
          ((other.en !== undefined && answer.en.includes(other.en)) ||
            (other.ja !== undefined && answer.ja.includes(other.ja))),
      );
      return [topic.id, named.map((other) => other.id)];
    }),
  );
  const classifier = createClassifier(
    options.model ?? defaultModel(),
    new Set(intents.map((intent) => intent.name)),
    createCueScanner(matcherCues(intents)),
    new Map([...subjects].map(([name, { ja, en }]) => [name, [ja, en]])),
  );

  /** 「20日のほう」 "the 20th one": the methods due that day (the postcard; the 10th is two). */
  function withNamedDueDay(slots: Slots): Slots {
    if (slots.dueDayNamed === undefined || slots.method) return slots;
    const due = kb.methods.filter((m) => m.dueDay === slots.dueDayNamed).map((m) => m.id);
    const [first] = due;
    if (!first) return slots;
    return due.length > 1 ? { ...slots, method: first, methods: due } : { ...slots, method: first };
  }

  function intentOf(name: AnswerIntent): IntentDefinition {
    const intent = byName.get(name) ?? byName.get('fallback');
    if (!intent) throw new Error('the intents must include fallback');
    return intent;
  }

  function read(message: Message, normalized: string, slots: Slots, now: Date, today: PlainDate): Reading {
    if (message.intent) return { intent: message.intent, confidence: 1 };
    // Nothing to understand: show what the bot can do rather than guess.
    if (normalized.trim() === '') return { intent: 'help', confidence: 1 };
    // "ok", "I see", 「なるほど」, "yo": acknowledged or greeted, nothing asked (the fallback answers
    // it kindly).
    if (
      isAcknowledgement(normalized) ||
      isNeverMind(normalized) ||
      isGreeting(normalized) ||
      isGoodbye(normalized) ||
      isSmallTalk(normalized) ||
      asksWeekdayOfADate(normalized, slots)
    )
      return { intent: 'fallback', confidence: 0.99 };
    // "i need help with atone": help asked for, no question yet.
    if (asksForHelpOnly(normalized)) return { intent: 'help', confidence: 0.95 };
    // Another service's questions are never answered with atone facts. Amazon is the exception:
    // there, naming Paidy as Amazon's pay-later option is the helpful answer. So is paying the
    // atone bill with that service ("can I pay my atone bill with PayPay?"): that is a question
    // about the ways to pay, whose answer is that it is not one of them.
    // (Not 「アプリ専用カードをApple Payに登録できる？」: atone's own card asked about.)
    if (isOtherServiceQuestion(slots) && !APP_CARD_NAMED.test(normalized)) {
      if (paysAtoneBillWith(normalized)) return { intent: 'payment_methods', confidence: 0.9 };
      // "Is atone like Paidy?", 「atoneとペイディの違いは？」: what atone is, the one side the bot knows.
      if (comparesAtoneWith(normalized)) return { intent: 'about', confidence: 0.8 };
      return { intent: 'fallback', confidence: 0.95 };
    }
    // (A greeting before the question, "hi. how do i buy something with it", is no part of it.)
    const { intent, confidence, alternative } = classifier.classify(
      withoutGreeting(normalized),
      slots,
      mentionsAtone(normalized, slots),
    );
    // The matcher's reading, corrected where it reads a case wrong (reading-rules.ts).
    let bare: Classification | undefined;
    let lastAsk: Classification | null | undefined;
    return correctReading({
      intent,
      confidence,
      alternative,
      normalized,
      slots,
      now,
      today,
      has,
      dueDates,
      readWithoutFacts: () =>
        (bare ??= classifier.classify(withoutSlots(normalized), {}, mentionsAtone(normalized, slots))),
      readLastAsk: () => {
        if (lastAsk === undefined) {
          const part = lastAskOfAStory(normalized);
          lastAsk = part
            ? classifier.classify(part, extractSlots(part, today, part), mentionsAtone(normalized, slots))
            : null;
        }
        return lastAsk ?? undefined;
      },
    });
  }

  /**
   * A year said alone (「2022年以来使ってない」, "2022" after an eligibility answer) is a last use:
   * no other answer reads it as a purchase month (the January of that year).
   */
  function yearOfLastUseOnlyFor(intent: AnswerIntent, slots: Slots): Slots {
    if (slots.date?.kind !== 'month' || !slots.date.wholeYear || LAST_USE_INTENTS.has(intent)) return slots;
    const { date: _, dates: __, ...rest } = slots;
    return rest;
  }

  function understand(message: Message, now: Date = message.receivedAt): Understanding {
    const normalized = correctSpelling(normalize(message.text));
    const as = understandAs(message, normalized, message.text, now);
    // A learner's kana (「わたし は はらう の を わすれました」) or a dialect (「はがき届いてへんねんけど」):
    // read again with atone's words in kanji, or in standard Japanese, and the surer reading kept.
    const again = message.slots
      ? undefined
      : (learnersKanji(normalized, message.text) ?? standardJapanese(normalized));
    if (again === undefined) return as;
    return surerOf(understandAs(message, again, again, now), as);
  }

  function understandAs(message: Message, normalized: string, text: string, now: Date): Understanding {
    const today = tokyoToday(now);
    // Slots given as fields (a command's options) are taken as they are, not read again from text.
    const slots = withNamedDueDay(
      message.slots ?? withoutServiceAside(extractSlots(text, today, normalized), normalized),
    );
    const lang = detectLang(message.text, message.locale);
    // Its sentences, each understood alone, when the conversation asks for them (rarely: a
    // request made beside a question); in the message's language.
    let parts: Understanding[] | undefined;
    const partsAlone = () =>
      (parts ??= messageParts(normalized).map((part) =>
        understood(
          message,
          part,
          withNamedDueDay(withoutServiceAside(extractSlots(part, today, part), part)),
          now,
          today,
          lang,
          () => [],
        ),
      ));
    return understood(message, normalized, slots, now, today, lang, partsAlone);
  }

  function understood(
    message: Message,
    normalized: string,
    slots: Slots,
    now: Date,
    today: PlainDate,
    lang: Lang,
    parts: () => Understanding[],
  ): Understanding {
    // What the message asks, without reminders it turns down on the way (「リマインドはいらない。期限は？」)
    // and from "but first" on when it says so (「リマインダー設定したいけど、その前に…変えられる？」).
    // (Not after thanks with what the user will do, 「ありがと、あとで変えとく」: all of it is courtesy.)
    const asked = thanksThenOwnPlan(normalized)
      ? normalized
      : askedFirst(withoutLanguageRequest(withoutDeclinedHelp(normalized)));
    // The message's content words, found once: the follow-up rules weigh them against several
    // topics' answers.
    let words: ReadonlySet<string> | undefined;
    const ownWords = () => (words ??= contentWords(normalized, true));
    return {
      message,
      now,
      today,
      lang,
      normalized,
      slots,
      reading: read(message, asked, slots, now, today),
      readWith: (other, subject) => read(message, subject ? `${asked} ${subject}` : asked, other, now, today),
      readAbout: (intent) =>
        read(message, `${asked} ${subjects.get(intent)?.[lang] ?? ''}`, slots, now, today),
      parts,
      dueDates: (given) => dueDates(given, now),
      nextWhenStuck: (intent) => whenStuck.get(intent),
      likeliestOf: (among) => classifier.likeliest(asked, slots, among),
      readNamedBy: (intent) => {
        let best: Reading | undefined;
        for (const other of namedBy.get(intent) ?? []) {
          const about = read(message, `${asked} ${subjects.get(other)?.[lang] ?? ''}`, slots, now, today);
          if (
            about.intent === other &&
            about.confidence >= NAMED_CLEARLY &&
            about.confidence > (best?.confidence ?? 0)
          )
            best = about;
        }
        return best;
      },
      touchesAnswerOf: (intent) => wordsShared(ownWords(), answerWords.get(intent)) > 0,
      wordsSharedWith: (intent) => wordsShared(ownWords(), answerWords.get(intent)),
      namesSubjectApartFrom: (intent, other) => {
        const label = labelWords.get(intent);
        const answer = answerWords.get(other);
        for (const word of ownWords()) if (label?.has(word) && !answer?.has(word)) return true;
        return false;
      },
      namesSubjectOf: (intent) =>
        wordsShared(ownWords(), labelWords.get(intent)) > 0 ||
        (labelsSaid.get(intent)?.some((label) => normalized.includes(label)) ?? false),
    };
  }

  function dueDates(slots: Slots, now: Date): PlainDate[] {
    const methods = (slots.methods ?? (slots.method ? [slots.method] : METHOD_IDS)).map((id) =>
      methodById(kb, id),
    );
    const dates = slots.dates ?? [slots.date];
    // A debit moved off a weekend is said with the day it moved from (「27日じゃないの？」 doubts it).
    return dates.flatMap((date) =>
      methods.flatMap((method) => {
        const deadline = deadlineForDate(method, date, now);
        return deadline.moved ? [deadline.due, deadline.nominal] : [deadline.due];
      }),
    );
  }

  function answer(understanding: Understanding, turn: AnswerTurn = {}): Answer {
    const { lang, now, today, normalized } = understanding;
    const { follows, remindedMethod } = turn;
    let slots = turn.slots ?? understanding.slots;
    let reading = turn.reading ?? understanding.reading;
    // A second question in the message (「期限はいつ？また、セブンで払える？」) is answered after the
    // first; a deadline asked beside its fee is the deadline, whose answer gives the fee.
    // (A message not understood as a whole is answered by the question it asks clearly.)
    // ("…on amazon? also what's the fee for konbini?": questions each read clearly on their own
    // are answered each, rather than the whole offered as a close call.)
    const asked = alsoAsked(understanding, reading.intent, slots);
    let [also, third] = asked.others;
    if (asked.methods.length > 0 && slots.method && !slots.methods && ASKED_PER_METHOD.has(reading.intent))
      slots = { ...slots, methods: [slots.method, ...asked.methods] };
    // Where in the message the main question is: the answers come in the order they were asked.
    let readingAt = asked.mainAt;
    // (The close call between two readings that are the message's two questions is no close call.)
    if (also && reading.alternative) {
      if (third || also.intent === reading.alternative)
        reading = { intent: reading.intent, confidence: reading.confidence };
      else also = undefined;
    }
    // "What was the deadline and what happens now?" with the deadline gone by: the answer on paying
    // late gives that deadline too, so it is said once, not the consequences twice.
    const lateCoversDeadline =
      reading.intent === 'deadline' &&
      also?.intent === 'late_payment' &&
      understanding.dueDates(slots).every((due) => compareDates(due, today) < 0);
    if (
      also &&
      (coversFee(also.intent, reading.intent, slots, normalized) ||
        NOT_UNDERSTOOD.has(reading.intent) ||
        lateCoversDeadline)
    ) {
      readingAt = also.at;
      [reading, also] = [also, third];
    }
    if (also && coversFee(reading.intent, also.intent, slots, normalized)) also = third;
    if (
      third &&
      (third === also ||
        coversFee(reading.intent, third.intent, slots, normalized) ||
        (also !== undefined && coversFee(also.intent, third.intent, slots, normalized)))
    )
      third = undefined;
    const intent = intentOf(reading.intent);
    const ctx: AnswerContext = {
      lang,
      slots: yearOfLastUseOnlyFor(reading.intent, slots),
      kb,
      now,
      today,
      normalized,
    };
    if (follows) ctx.follows = follows;
    if (remindedMethod) ctx.remindedMethod = remindedMethod;
    const alternative = reading.alternative ? intentOf(reading.alternative) : undefined;
    // "is that official?" right after a core answer: where it comes from, then the answer again.
    // (An FAQ topic's answer says it itself: src/topics/topic-intents.ts.)
    const asksWhence =
      follows === reading.intent && !isFaqTopic(reading.intent) && asksIfOfficial(normalized);
    const draft = asksWhence ? withProvenance(intent.answer(ctx), lang) : intent.answer(ctx);
    const alsoDraft = also ? intentOf(also.intent).answer({ ...ctx, slots: also.slots }) : undefined;
    const thirdDraft = third ? intentOf(third.intent).answer({ ...ctx, slots: third.slots }) : undefined;

    // One answer's paragraphs are added by concatenation, not joined from an array: the text is
    // then copied once, when it is written out, rather than once here and again there.
    let text = draft.text;
    let sources: AnswerSource[];
    // The question the answer starts with is the one it reports when the main one is put as an
    // addition (「Amazonで使える？あとキャンペーンは？」 is an Amazon question first); not when the
    // first only leads up to it (「ログインできんでも支払いはせないかんよね？…いつ引き落とし？」).
    let reported = intent;
    if (also && alsoDraft) {
      // Several questions: each answer in the order asked, where to go said once at the end, and
      // each answer's first source (the second answer's two when there are two).
      const ordered = [
        { draft, at: readingAt, intent: reading.intent },
        { draft: alsoDraft, at: also.at, intent: also.intent },
        ...(third && thirdDraft ? [{ draft: thirdDraft, at: third.at, intent: third.intent }] : []),
      ].sort((a, b) => a.at - b.at);
      const mainPart = questionParts(normalized)[readingAt];
      if (mainPart !== undefined && PUT_AS_AN_ADDITION.test(mainPart))
        reported = intentOf(ordered[0]?.intent ?? reading.intent);
      const drafts = ordered.map((d) => d.draft);
      text = drafts
        .map((d) => d.text)
        .reduce((first, next) => `${withoutSharedEnding(first, next)}\n\n${next}`);
      const [first, second] = drafts;
      sources =
        drafts.length > 2
          ? citedSources(
              drafts.flatMap((d) => d.sources?.slice(0, 1) ?? []),
              drafts.length,
            )
          : citedSources([...citedSources(first?.sources).slice(0, 1), ...(second?.sources ?? [])]);
    } else sources = citedSources(draft.sources);
    // A code or password typed into the chat: never wanted, and said first, whatever was asked.
    if (givesASecret(normalized)) text = `${SECRET_GIVEN[lang]}\n\n${text}`;
    if (alternative) text += `\n\n${didYouMean(intent, alternative, lang)}`;
    if (sources.length > 0) text += `\n\n${sourceLines(sources, lang)}`;

    const actions = alternative
      ? [intent, alternative].map((i) => ({
          id: encodeAction({ kind: 'ask', intent: i.name }),
          label: i.label[lang],
        }))
      : [];
    if (draft.actions) actions.push(...draft.actions);
    // Reminders turned down in the message (「リマインダーはいらない」) are not offered either.
    // (No buttons, nothing to take out: the text need not be read for it.)
    if (actions.length > 0 && declinesReminders(understanding.normalized)) removeOffersOf(undefined, actions);
    else if (remindedMethod) removeOffersOf(remindedMethod, actions);
    // Built field by field rather than with conditional spreads (a tenth of answering), in the
    // same order, so that the object and its JSON are as before.
    // Sent to atone, for the user's own account or to reach a person: design.md names neither, so
    // the answer reports what was asked about, or "everything else".
    const handoff = sendsToAtone(reported.name);
    const named = contractIntent(reported.name, normalized, reportedAsFallback);
    const answer: Answer = draft.title
      ? { intent: named, confidence: reading.confidence, lang, title: draft.title, text }
      : { intent: named, confidence: reading.confidence, lang, text };
    if (handoff) answer.handoff = true;
    // What answered, where the contract's name says it otherwise.
    if (handoff || named !== reported.name) answer.topic = reported.name;
    if (draft.facts?.length) answer.facts = draft.facts;
    if (actions.length) answer.actions = actions;
    if (sources.length)
      answer.sources = sources.map(({ title, url, verifiedAt }) => ({ title, url, verifiedAt }));
    answer.slots = slots;
    return answer;
  }

  /**
   * Another question the message asks in a sentence of its own, read clearly as another intent,
   * with the facts it is answered from: its own when it names some ("when is the debit for
   * august" beside "can I change to barcode?" is the debit's), else the message's.
   */
  function alsoAsked(
    u: Understanding,
    main: AnswerIntent,
    slots: Slots,
  ): { others: (Reading & { slots: Slots; at: number })[]; mainAt: number; methods: MethodId[] } {
    const others: (Reading & { slots: Slots; at: number })[] = [];
    // "is direct debit free? and how much is the fee for konbini": the main question asked again
    // of another method, which its answer then gives as well.
    const methods: MethodId[] = [];
    // (A main question no part reads as was asked by the message as a whole: first.)
    let mainAt = -1;
    const parts = questionParts(u.normalized);
    for (const [at, part] of parts.entries()) {
      // Read with its own facts, then with the message's ("which month??" after the purchase
      // date was told in the sentence before).
      const own = extractSlots(part, u.today, part);
      const namesFacts = Object.keys(own).length > 0;
      // (With the same facts both ways, as when the part says all of the message's or neither
      // has any, the part reads the same: it is read once. A reading is a fifth of a question's
      // time, and these messages read each part up to four times.)
      const readings = sameFacts(own, slots) ? [own] : [own, slots];
      for (const facts of readings) {
        const other = read(u.message, part, facts, u.now, u.today);
        if (other.intent === main && mainAt < 0) mainAt = at;
        // (「コンビニはいくら？」 short and not understood alone is that question too.)
        const sameAsked = other.intent === main || (other.intent === 'fallback' && part.length <= SHORT_PART);
        if (sameAsked && own.method && own.method !== slots.method && !methods.includes(own.method))
          methods.push(own.method);
        // (「期限の前にお知らせいただくことは可能でしょうか」 beside a deadline: whether reminders can
        // be had, asked, which their explanation answers; a request for them is the conversation's.)
        // (「あとリマインダーって設定できる？」 may read as the list: whether they can be set, still.)
        const remindersAsked =
          (other.intent === 'reminder_subscribe' ||
            (other.intent === 'reminder_list' && !OWN_REMINDERS.test(part))) &&
          !main.startsWith('reminder_') &&
          other.confidence >= REMINDERS_ASKED &&
          NAMES_REMINDING.test(part) &&
          ASKS_IF_POSSIBLE.test(part);
        // (「コンビニで払ってるの。11月3日に買ったのはいつまで？」: the way told, no question of its
        // own: the deadline asked after it says it.)
        const toldOwnWay = other.intent === 'payment_methods' && tellsOwnMethod(part) && !/[?？]/.test(part);
        if (
          others.length < MAX_ALSO_ASKED &&
          !toldOwnWay &&
          (other.confidence >= (ALSO_MARKER.test(part) || asksApart(part) ? ALSO_ASKED_MARKED : ALSO_ASKED) ||
            remindersAsked) &&
          other.intent !== main &&
          (other.intent !== 'help' || ASKS_WHAT_THE_BOT_DOES.test(part)) &&
          (answersApart(main, other.intent) || remindersAsked) &&
          others.every(
            (o) => o.intent !== other.intent && (answersApart(o.intent, other.intent) || remindersAsked),
          )
        ) {
          others.push({
            ...other,
            ...(remindersAsked ? { intent: 'reminder_subscribe' as const } : {}),
            slots: namesFacts ? facts : withoutLastUse(main, other.intent, slots),
            at,
          });
          break;
        }
      }
      if (others.length === MAX_ALSO_ASKED && mainAt >= 0) break;
    }
    return { others, mainAt, methods };
  }

  return {
    understand,
    answer,
    handle: (message, now) => answer(understand(message, now)),
  };
}

/**
 * "I last used atone on 2023-12-01, and bought something on 2026-11-25. Am I eligible…? And when
 * do I pay?": the eligibility read the first date as the last use; the deadline asked beside it is
 * of the other dates, the purchases.
 */
function withoutLastUse(main: AnswerIntent, other: AnswerIntent, slots: Slots): Slots {
  if (main !== 'campaign_eligibility' || other !== 'deadline' || !slots.dates || !slots.date) return slots;
  const lastUse = JSON.stringify(slots.date);
  const [date, ...more] = slots.dates.filter((d) => JSON.stringify(d) !== lastUse);
  if (!date) return slots;
  const { dates: _, ...rest } = slots;
  return { ...rest, date, ...(more.length > 0 ? { dates: [date, ...more] } : {}) };
}

const SECRET_GIVEN = {
  ja: '認証コードやパスワードは、このチャットも含めて誰にも送らないでください。ボットが代わりに入力することはできません。atone の画面にご自身で入力してください。',
  en: 'Please never share an SMS code or a password with anyone, this chat included: I cannot enter it for you. Type it into atone’s own screen yourself.',
} as const;

/** A core answer with where it comes from said first (official by its pages' sites). */
function withProvenance(draft: AnswerDraft, lang: Lang): AnswerDraft {
  const pages = (draft.sources ?? []).map((source) => ({
    title: source.title,
    official: isOfficialPage(source.url),
  }));
  if (pages.length === 0) return draft;
  return { ...draft, text: `${provenance(pages, draft.text, lang, false)}\n${draft.text}` };
}

/** How much surer the reading as typed must be to be kept over the one rewritten. */
const CLEARLY_SURER = 0.1;

/**
 * Of a message read as typed and read rewritten (a learner's kana in kanji, a dialect in standard
 * Japanese), the reading that understood more: an answer over none, the rewritten one unless the
 * one as typed is clearly surer, or as sure with more facts (a date).
 */
function surerOf(rewritten: Understanding, asTyped: Understanding): Understanding {
  const a = rewritten.reading;
  const b = asTyped.reading;
  if (a.intent === 'fallback') return asTyped;
  // (The matcher learned atone's words in kanji and standard Japanese: as typed, the weaker evidence.)
  if (b.intent === 'fallback' || a.confidence + CLEARLY_SURER >= b.confidence) return rewritten;
  const moreFacts = Object.keys(rewritten.slots).length > Object.keys(asTyped.slots).length;
  return a.intent === b.intent && moreFacts ? rewritten : asTyped;
}

/**
 * "Set a reminder" buttons for the reminders the user already has (their method, or any method)
 * are taken out: pressing one would only set again what is set. Without a method, every one.
 */
function removeOffersOf(method: MethodId | undefined, actions: AnswerAction[]): void {
  for (let i = actions.length - 1; i >= 0; i--) {
    const action = decodeAction(actions[i]?.id ?? '');
    if (
      action?.kind === 'subscribe' &&
      (method === undefined || action.method === undefined || action.method === method)
    )
      actions.splice(i, 1);
  }
}

/** Whether two sets of facts hold the same values, field by field (what a reading depends on). */
function sameFacts(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameFacts((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** A part of a message this short that names a method and means nothing alone asks the main question of it. */
const SHORT_PART = 16;

/** The questions whose answer gives each of several methods (「口座振替は無料？コンビニはいくら？」). */
const ASKED_PER_METHOD: ReadonlySet<AnswerIntent> = new Set(['fees', 'deadline']);

/** How clearly a second question must read as its own intent to be answered too. */
const ALSO_ASKED = 0.8;
// "also do i earn points?", 「それとポイントは…」: a second question said to be one, read less surely.
const ALSO_MARKER = /^(?:\s*(?:also|and also|btw|by the way|plus|あと|それと|それから|また|ちなみに)[、,\s])/;
// (Told apart from the answer's first question only: 「あと春のキャンペーンは？」 needs no comma.)
const PUT_AS_AN_ADDITION =
  /^\s*(?:(?:also|and also|btw|by the way|plus|and)(?![a-z])|あと(?:は)?|それと|それから|また|ちなみに)/;
const ALSO_ASKED_MARKED = 0.65;
// 「上限いくら？払ったらすぐ戻る？」: each question asked with its own mark, as clearly apart as an
// "also" would make it.
const asksApart = (part: string) => /[?？]\s*$/.test(part);
/** How clearly a part must read as reminders, when it asks whether they are possible. */
const REMINDERS_ASKED = 0.6;
// 「…は可能でしょうか」「できますか」 "is it possible", "can I get": whether something can be had.
const ASKS_IF_POSSIBLE =
  /可能|できます(?:か|でしょうか)|できる[?？]|でき(?:ない|ません)(?:か|でしょうか)|(?<![a-z])(?:possible|(?:can|could) i (?:get|have|receive)|is there)(?![a-z])/;
/** The other questions of one message answered besides the first: two (three answers are a long read already). */
const MAX_ALSO_ASKED = 2;

/**
 * Intents never added as a second answer: no answer, a request (reminders), or the same subject.
 * (What the bot can do is, asked in a sentence of its own: 「このボットでは何ができますか？あと…」.)
 */
const NEVER_ALSO: ReadonlySet<AnswerIntent> = new Set(['fallback', 'handoff']);
// 「このボットでは何ができますか」 "what can you do?": the bot's own abilities, asked outright.
const ASKS_WHAT_THE_BOT_DOES =
  /何が(?:でき|聞け|わか)|何を(?:聞け|教えて(?:くれ|もらえ))|(?<![a-z])(?:what (?:can|do) (?:you|this bot|the bot|it) (?:do|answer|help with)|what (?:else )?can i ask(?: you)?)(?![a-z])/;
const SAME_SUBJECT: readonly (readonly AnswerIntent[])[] = [['campaigns', 'campaign_eligibility']];
const NOT_UNDERSTOOD: ReadonlySet<AnswerIntent> = new Set(['fallback', 'help']);

/**
 * After the answer on つど後払い and use without membership, never 翌月払い's dates or fees beside it
 * (「つど後払いで買った。期限は？翌月10日でいいよね？」): that answer says they do not apply.
 */
const NOT_BESIDE_PER_PURCHASE: ReadonlySet<AnswerIntent> = new Set([
  'deadline',
  'fees',
  'billing_notice',
  'late_payment',
]);

function answersApart(main: AnswerIntent, other: AnswerIntent): boolean {
  return (
    !NEVER_ALSO.has(other) &&
    !other.startsWith('reminder_') &&
    !SAME_SUBJECT.some((pair) => pair.includes(main) && pair.includes(other)) &&
    !(main === 'use_without_membership' && NOT_BESIDE_PER_PURCHASE.has(other))
  );
}

/** `first` without the closing lines it shares with `second` (where to go, said once at the end). */
function withoutSharedEnding(first: string, second: string): string {
  const a = first.split('\n');
  const b = second.split('\n');
  let shared = 0;
  while (shared < a.length - 1 && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared])
    shared++;
  return shared === 0
    ? first
    : a
        .slice(0, a.length - shared)
        .join('\n')
        .trimEnd();
}

/** Whether answering `intent` already gives the fee asked as `other` (a method's deadline does). */
function coversFee(intent: AnswerIntent, other: AnswerIntent, slots: Slots, normalized: string): boolean {
  // (Not a fee asked per purchase, 「手数料って買い物ごとにかかるん？」: the fees' answer says how it counts;
  // nor 「209円って何の料金？」, the fee itself, which its answer explains.)
  // (「引き落とせへんかったらどうなる？手数料とかかかる？」: the fee of paying late, which its answer gives.)
  return (
    other === 'fees' &&
    ((intent === 'deadline' &&
      slots.method !== undefined &&
      !slots.methods &&
      !ASKS_PER_PURCHASE.test(normalized) &&
      !asksWhatTheFeeIs(normalized)) ||
      (intent === 'late_payment' && supposesPayingLate(normalized)))
  );
}

/**
 * Another payment service named (Amazon aside): answered by rule, never by the matcher, which is
 * therefore not trained on such questions either (src/nlu/training/inputs.ts).
 */
// 「Paidyやと3回払いできるけど、atoneって分割できるん？」「Paidyは遅れたことあるけど、atoneで延滞したら
// どうなるの？」 "Paidy lets me split it, but can atone?":
// another service named on the way to a question about atone itself.
// (「Paidyみたいに分割払いってできる？」 "like Paidy, can I split it?": atone asked, by comparison.)
const ASKS_OF_ATONE =
  /(?:みたいに|みたいな|のように|と同じ(?:ように|く))[^。.!?]*(?:できる|できます|使える|使えます|ある|あります)[^。.!?]*[?？]?\s*$|(?<![a-z])like [a-z ]{2,20},? (?:can|could|does|do|is) (?:i|atone|it|you)(?![a-z])|(?:^|[、,。.!?]|けど|けれど|(?<![a-z])but)\s*atone(?:って|は|で(?:は|も)?|でも|も|の(?:方|ほう)は)[^、,。.!?]*[?？]?\s*$|(?<![a-z])(?:but|so|and)?,?\s*(?:does|can|is|will|do) (?:i )?(?:use |pay with )?atone(?![a-z])[^.!?]*\??\s*$/;

/** The slots without another service named only on the way to a question about atone. */
function withoutServiceAside(slots: Slots, normalized: string): Slots {
  if (slots.otherService === undefined || !ASKS_OF_ATONE.test(normalized)) return slots;
  const { otherService: _, ...rest } = slots;
  return rest;
}

export function isOtherServiceQuestion(slots: Slots): boolean {
  return slots.otherService !== undefined && !slots.amazon;
}

// "atoneの請求をPayPayで払える？", "pay my atone bill with PayPay": the other service is the means
// (PAYS_WITH) and atone's bill is what is paid (ATONE_BILL), not the service's own bill
// ("PayPayの請求", "my PayPay balance").
const PAYS_WITH =
  /(で|を使って|経由で)(は|も)?(atoneの(請求|支払い?|代金)(を|は|って)?|atone(を|は)?)?(払|支払|はら|決済|精算|でき)|\b(pay|paying|paid|settle|settling)\b.{0,40}(\b(with|using|via|by|through)\b|(?<![a-z])w\/)|\bbill (with|using|via|by|through) \w+ (possible|ok|okay)\b|\b(auto[- ]?debit|direct debit)\b.{0,20}\bfrom\b/;
// 「アトネをPayPayで払える？」 "can I pay atone with paypay": atone itself paid is its bill.
const ATONE_BILL =
  /請求|\bbill\b|invoice|atone.{0,12}(支払|代金|利用分|balance|payment)|\b(?:pay|paying|settle|settling)\s+(?:for\s+|off\s+)?(?:my\s+)?atone\b|atone\s*(?:を|は)|atone\s*(?:払|支払)|\b(?:auto[- ]?debit|direct debit)\b/;
// (Not 「メルペイの残高でatoneの請求払えたりする？」: the service's balance as the means.)
const OTHER_SERVICE_BILL =
  /(ぺいぺい|paypay|ぺいでぃ|paidy|めるぺい|merpay|楽天|rakuten|d払い|au ?pay)\S{0,3}(の)?(請求|支払|残高(?!で|を使って|から)|bill|balance|invoice)|my (paypay|paidy|merpay|rakuten\w*|d払い|au ?pay) (bill|balance|invoice)/;

// 「ペイペイで払いたいんだけど」 "can I pay with paypay?", nothing else said: asked of this bot, the bill
// is atone's.
const PAYS_WITH_ALONE =
  /^[^。.?？!]{1,16}?(?:で|を使って)(?:は|も)?(?:払|支払)(?:いたい|える|えます|えない|えん|えへん|えたり(?:する|します)?|っていい|ってもいい|おう)(?:んだ|んです|ん|の|か|かな|です|よね|けど|[\s?？!！])*$|^(?:can i |could i |i want to |i'?d like to )?pay (?:with|using|by) [a-z ]{2,16}\??$/;

function paysAtoneBillWith(normalized: string): boolean {
  return (
    PAYS_WITH.test(normalized) &&
    (ATONE_BILL.test(normalized) || PAYS_WITH_ALONE.test(normalized)) &&
    !OTHER_SERVICE_BILL.test(normalized)
  );
}

/** The content words of a text in both languages, normalised. */
function wordsOf(text: { ja: string; en: string }): Set<string> {
  return new Set([...contentWords(normalize(text.ja), true), ...contentWords(normalize(text.en), true)]);
}

/** How many of a message's content words are among `words` (a topic's answer or label). */
function wordsShared(own: ReadonlySet<string>, words: ReadonlySet<string> | undefined): number {
  if (words === undefined) return 0;
  let shared = 0;
  for (const word of own) if (words.has(word)) shared++;
  return shared;
}

// atone set beside another service: "is atone like Paidy?", 「ペイディとの違いは？」. (Not "is paidy
// better than atone?", 「どっちがいい？」: which to choose, a judgement this bot does not make.)
const COMPARES =
  /(?<![a-z])(?:like|similar to|same as|different from|difference|differ|vs\.?|versus|compared? (?:to|with))(?![a-z])|違い|違う|ちがい|ちがう|比べ|同じ|似て|みたいな/;

// "Is Paidy's due date also the 27th like atone's?": the other service's own terms are asked, which
// the bot cannot know (the comparison only frames the question).
const OTHER_SERVICE_TERMS =
  /(ぺいぺい|paypay|ぺいでぃ|paidy|めるぺい|merpay|楽天|rakuten|d払い|au ?pay)(?:'s|の)?\s*(期限|締め?切|支払日|引き落とし日|手数料|上限|限度|due date|deadline|debit date|fees?|limit)/;

function comparesAtoneWith(normalized: string): boolean {
  return (
    normalized.includes(ATONE_TOKEN) && COMPARES.test(normalized) && !OTHER_SERVICE_TERMS.test(normalized)
  );
}

/** The question names atone or something only an atone question would: a method, Amazon, shops, a reminder lead. */
function mentionsAtone(normalized: string, slots: Slots): boolean {
  return (
    normalized.includes('atone') ||
    slots.method !== undefined ||
    slots.amazon === true ||
    slots.shops !== undefined ||
    slots.daysBefore !== undefined
  );
}

function didYouMean(best: IntentDefinition, alternative: IntentDefinition, lang: Lang): string {
  return lang === 'ja'
    ? `もしかして「${alternative.label.ja}」についての質問でしたか？ 上は「${best.label.ja}」としてお答えしました。`
    : `Did you mean ${alternative.label.en}? I answered the question as one about ${best.label.en}.`;
}

/** Distinct sources (by URL), in the order the answer used them, `max` at most. */
function citedSources(sources: readonly AnswerSource[] | undefined, max = MAX_SOURCES): AnswerSource[] {
  const cited: AnswerSource[] = [];
  if (!sources) return cited;
  // A loop over a handful: a Set, a filter and a slice per answer cost more than the comparisons.
  for (const source of sources) {
    if (cited.length === max) break;
    if (!cited.some((s) => s.url === source.url)) cited.push(source);
  }
  return cited;
}

/** Every answer ends with where its facts come from and how fresh they are. */
function sourceLines(sources: readonly AnswerSource[], lang: Lang): string {
  let lines = sourceLine(sources[0] as AnswerSource, lang);
  for (let i = 1; i < sources.length; i++) lines += `\n${sourceLine(sources[i] as AnswerSource, lang)}`;
  return lines;
}

// A source's line is the same every time (formatting its date was a tenth of `handle`): built
// once per source and language. The sources are the knowledge base's, a few dozen: found by the
// object first (building the text key was itself a cost), then by their text.
const sourceLineByObject: Record<Lang, WeakMap<AnswerSource, string>> = {
  ja: new WeakMap(),
  en: new WeakMap(),
};
const sourceLineCache = new Map<string, string>();
function sourceLine(s: AnswerSource, lang: Lang): string {
  const known = sourceLineByObject[lang].get(s);
  if (known !== undefined) return known;
  const line = sourceLineByText(s, lang);
  sourceLineByObject[lang].set(s, line);
  return line;
}
/** 「2026年11月」 / "November 2026" of an ISO day (the text as it is when it is none). */
function verifiedMonth(isoDay: string, lang: Lang): string {
  const day = parseIsoDate(isoDay);
  return day ? formatMonth(day, lang) : isoDay;
}

function sourceLineByText(s: AnswerSource, lang: Lang): string {
  const key = `${lang}\u0000${s.title}\u0000${s.url}\u0000${s.verifiedAt}`;
  let line = sourceLineCache.get(key);
  if (line === undefined) {
    // Verified in a month, not on a day: a day here reads like one of the answer's own dates
    // ("…11月27日確認" beside a debit on 27 November). `sources` keeps the exact day.
    line =
      lang === 'ja'
        ? `出典: ${s.title}（${verifiedMonth(s.verifiedAt, lang)}確認） ${s.url}`
        : `Source: ${s.title} (checked ${verifiedMonth(s.verifiedAt, lang)}) ${s.url}`;
    if (sourceLineCache.size < 1_000) sourceLineCache.set(key, line);
  }
  return line;
}
