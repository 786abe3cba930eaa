// What an intent is: one file in intents/ exports one of these. The bot core only knows this shape.
import type { PlainDate } from './domain/calendar.js';
import type { KnowledgeBase } from './domain/knowledge-base.js';
import type { MethodId } from './domain/methods.js';
import type { CuePattern } from './nlu/cues.js';
import type { Slots } from './nlu/slots.js';
import type { AnswerAction, AnswerFact, AnswerIntent, AnswerSource, Lang } from './types.js';

/**
 * A cue is evidence for an intent: a pattern over the normalised text, written in plain kana or
 * English. It is a feature of the trained matcher (src/nlu/cues.ts), which learns what it weighs.
 */
export type Cue = CuePattern;

/** Everything an answer builder may use. It is pure data: no clock to read, no I/O. */
export interface AnswerContext {
  lang: Lang;
  slots: Slots;
  kb: KnowledgeBase;
  now: Date;
  today: PlainDate;
  /** The question, normalised (NFKC, lower case, hiragana, "atone"), for builders that need a nuance. */
  normalized: string;
  /** The intent of the turn this one follows up ("and the fee?" after a deadline), if it does. */
  follows?: AnswerIntent;
  /** The method whose reminders the user has set, when the conversation knows it. */
  remindedMethod?: MethodId;
}

/** What a builder returns; the bot adds the intent, confidence, language and the source line. */
export interface AnswerDraft {
  title?: string;
  text: string;
  facts?: AnswerFact[];
  actions?: AnswerAction[];
  /** Where the facts come from (a knowledge-base source, or a topic's); the bot cites the first few. */
  sources?: AnswerSource[];
}

export interface IntentDefinition {
  /** A core intent's name, or a knowledge-base topic's id (src/topics/ turns topics into these). */
  name: AnswerIntent;
  /** Example questions: they train the matcher (src/nlu/training/) and the nlp.js baseline in the benchmark. */
  examples: { ja: readonly string[]; en: readonly string[] };
  /** Hand-written evidence, matched against the normalised text; written in plain kana or English. */
  cues: readonly Cue[];
  /** A short label for "did you mean" buttons. */
  label: { ja: string; en: string };
  answer(ctx: AnswerContext): AnswerDraft;
}

export function defineIntent(definition: IntentDefinition): IntentDefinition {
  return definition;
}

/**
 * Picks the string for the answer's language, for fixed strings. Both arguments are built before
 * it chooses: where building one costs (a template with substitutions, a call), answers write
 * `lang === 'ja' ? … : …`, so that only the text asked for is built (every answer built both).
 */
export function t(lang: Lang, ja: string, en: string): string {
  return lang === 'ja' ? ja : en;
}
