// The one entry point adapters call: a Message and the time in, an Answer out. Pure and
// synchronous: no I/O, the clock passed in (reminder requests are carried out by src/assistant.ts).
import { intents as allIntents } from '../intents/index.js';
import { tokyoToday } from './domain/dates.js';
import type { KnowledgeBase } from './domain/knowledge-base.js';
import type { AnswerContext, IntentDefinition } from './intent.js';
import { t } from './intent.js';
import { defaultKnowledgeBase } from './knowledge.js';
import { type Classification, createClassifier } from './nlu/classifier.js';
import { detectLang } from './nlu/language.js';
import { normalize } from './nlu/normalize.js';
import { extractSlots, type Slots } from './nlu/slots.js';
import { correctSpelling } from './nlu/spelling.js';
import { formatIsoDay } from './phrases.js';
import { topicIntents } from './topics/topic-intents.js';
import type { Answer, AnswerIntent, AnswerSource, Lang, Message } from './types.js';

export interface Bot {
  /** Understands the message and answers it, as of `now` (default: when it was received). */
  handle(message: Message, now?: Date): Answer;
}

export interface BotOptions {
  kb?: KnowledgeBase;
  intents?: readonly IntentDefinition[];
}

/** How many sources an answer cites at most: the text should stay short. */
const MAX_SOURCES = 2;

export function createBot(options: BotOptions = {}): Bot {
  const kb = options.kb ?? defaultKnowledgeBase();
  // The knowledge base's FAQ topics are matched and answered like intents, after the core ones.
  const intents = [...(options.intents ?? allIntents), ...topicIntents(kb)];
  const byName = new Map(intents.map((intent) => [intent.name, intent]));
  const classifier = createClassifier(intents.filter((intent) => intent.name !== 'fallback'));

  function intentOf(name: AnswerIntent): IntentDefinition {
    const intent = byName.get(name) ?? byName.get('fallback');
    if (!intent) throw new Error('the intents must include fallback');
    return intent;
  }

  return {
    handle(message, now = message.receivedAt) {
      const normalized = correctSpelling(normalize(message.text));
      const lang = detectLang(message.text, message.locale);
      const today = tokyoToday(now);
      const slots = extractSlots(message.text, today, normalized);
      const decision = decide(message, normalized, slots);
      const intent = intentOf(decision.intent);
      const ctx: AnswerContext = { lang, slots, kb, now, today, normalized };
      const draft = intent.answer(ctx);
      const alternative = decision.alternative ? intentOf(decision.alternative) : undefined;

      const paragraphs = [draft.text];
      if (alternative) paragraphs.push(didYouMean(intent, alternative, lang));
      const sources = citedSources(draft.sources ?? []);
      if (sources.length > 0) paragraphs.push(sourceLines(sources, lang));

      const actions = [
        ...(alternative
          ? [intent, alternative].map((i) => ({ id: `ask:${i.name}`, label: i.label[lang] }))
          : []),
        ...(draft.actions ?? []),
      ];
      return {
        intent: intent.name,
        confidence: decision.confidence,
        lang,
        ...(draft.title ? { title: draft.title } : {}),
        text: paragraphs.join('\n\n'),
        ...(draft.facts?.length ? { facts: draft.facts } : {}),
        ...(actions.length ? { actions } : {}),
        ...(sources.length
          ? { sources: sources.map(({ title, url, verifiedAt }) => ({ title, url, verifiedAt })) }
          : {}),
        ...(draft.reminder ? { reminder: draft.reminder } : {}),
        slots,
      };
    },
  };

  function decide(message: Message, normalized: string, slots: Slots): Omit<Classification, 'scores'> {
    if (message.intent) return { intent: message.intent, confidence: 1 };
    // Nothing to understand: show what the bot can do rather than guess.
    if (normalized.trim() === '') return { intent: 'help', confidence: 1 };
    // Another service's questions are never answered with atone facts. Amazon is the exception:
    // there, naming Paidy as Amazon's pay-later option is the helpful answer. So is paying the
    // atone bill with that service ("can I pay my atone bill with PayPay?"): that is a question
    // about the ways to pay, whose answer is that it is not one of them.
    if (slots.otherService && !slots.amazon) {
      if (paysAtoneBillWith(normalized)) return { intent: 'payment_methods', confidence: 0.9 };
      return { intent: 'fallback', confidence: 0.95 };
    }
    return classifier.classify(normalized, slots, mentionsAtone(normalized, slots));
  }
}

// "atoneの請求をPayPayで払える？", "pay my atone bill with PayPay": the other service is the means
// (PAYS_WITH) and atone's bill is what is paid (ATONE_BILL), not the service's own bill
// ("PayPayの請求", "my PayPay balance").
const PAYS_WITH =
  /(で|を使って|経由で)(は|も)?(払|支払|はら|決済|精算|でき)|\b(pay|paying|paid|settle|settling)\b.{0,40}\b(with|using|via|by|through)\b/;
const ATONE_BILL = /請求|\bbill\b|invoice|atone.{0,12}(支払|代金|利用分|balance|payment)/;
const OTHER_SERVICE_BILL =
  /(ぺいぺい|paypay|ぺいでぃ|paidy|めるぺい|merpay|楽天|rakuten|d払い|au ?pay)\S{0,3}(の)?(請求|支払|残高|bill|balance|invoice)|my (paypay|paidy|merpay|rakuten\w*|d払い|au ?pay) (bill|balance|invoice)/;

function paysAtoneBillWith(normalized: string): boolean {
  return PAYS_WITH.test(normalized) && ATONE_BILL.test(normalized) && !OTHER_SERVICE_BILL.test(normalized);
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
  return t(
    lang,
    `もしかして「${alternative.label.ja}」についての質問でしたか？ 上は「${best.label.ja}」としてお答えしました。`,
    `Did you mean ${alternative.label.en}? I answered the question as one about ${best.label.en}.`,
  );
}

/** Distinct sources, in the order the answer used them. */
function citedSources(sources: readonly AnswerSource[]): AnswerSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url) && seen.add(s.url)).slice(0, MAX_SOURCES);
}

/** Every answer ends with where its facts come from and how fresh they are. */
function sourceLines(sources: readonly AnswerSource[], lang: Lang): string {
  return sources
    .map((s) =>
      t(
        lang,
        `出典: ${s.title}（${formatIsoDay(s.verifiedAt, lang)}確認） ${s.url}`,
        `Source: ${s.title} (verified ${formatIsoDay(s.verifiedAt, lang)}) ${s.url}`,
      ),
    )
    .join('\n');
}
