// The knowledge base's FAQ topics as intents: one generic answer path for all of them, so that
// adding a topic is adding data (src/domain/topics.json), never code.
//
// What the matcher needs from a topic: its id as the class name, its example questions in both
// languages (training data, src/nlu/training/), and its cues (patterns over the normalised
// question, compiled here from the data: features of the matcher, src/nlu/cues.ts).
import type { KnowledgeBase, Topic } from '../domain/knowledge-base.js';
import type { Cue, IntentDefinition } from '../intent.js';
import { t } from '../intent.js';
import { asksWhether } from '../nlu/asks-whether.js';
import { questionParts } from '../nlu/question-parts.js';
import { saysStillStuck } from '../nlu/still-stuck.js';
import type { Lang } from '../types.js';
import { focusedAnswer } from './focus.js';
import { asksIfOfficial, provenance } from './provenance.js';
import { routeText } from './routes.js';

/** Every topic of `kb` as an intent whose name is the topic id. */
export function topicIntents(kb: KnowledgeBase): IntentDefinition[] {
  return kb.topics.map((topic) => {
    // A topic's answer is its data's, the same every time: built once per language, when first
    // asked (joining its text and route lines was most of answering one).
    const answers: Partial<Record<Lang, ReturnType<typeof topicAnswer>>> = {};
    const verdicts = topic.verdicts.map(({ asks, says, saidBy }) => ({
      asks: new RegExp(asks, 'u'),
      says,
      saidBy: new RegExp(saidBy ?? asks, 'u'),
    }));
    return {
      name: topic.id,
      label: topic.label,
      examples: topic.examples,
      cues: topicCues(topic),
      answer: ({ lang, follows, normalized }) => {
        // 「見つからない」 right after this answer: it did not help, so where to ask, not it again.
        if (follows === topic.id && saysStillStuck(normalized)) return stuckAnswer(kb, topic, lang);
        // 「それって公式情報？」 "is that official?" right after it: where it comes from.
        if (follows === topic.id && asksIfOfficial(normalized))
          return partAnswer(kb, topic, provenance(topic.sources, topic.answer.ja, lang, true), lang);
        // 「上限を超える分をポイントで払うのはいける？」: yes or no first, then the part that says so.
        const settled = verdictOf(verdicts, normalized);
        const verdict =
          settled && settled.says !== 'unknown'
            ? lang === 'ja'
              ? settled.says === 'yes'
                ? 'はい、'
                : 'いいえ、'
              : settled.says === 'yes'
                ? 'Yes. '
                : 'No. '
            : '';
        // 「どのくらいかかる？」 right after this answer: the part of it asked about (after a verdict,
        // first the sentences its pattern finds: 「タブレットは対象外」 for 「タブレットで使える？」).
        // So too a verdict's question put so that neither yes nor no is safe ("I typed 3-5-12, is
        // that the problem?"): the sentences that say it, without the yes or no.
        // (Not when the message asks more than one thing of the topic, 「キャンセルしてもらえますか？
        // あと、家族の名義で登録してもいい？」: the whole answer says both.)
        const about = settled ?? invertedVerdictOf(verdicts, normalized);
        const part =
          (follows === topic.id || about) && questionParts(normalized).length < 2
            ? focusedAnswer(topic.answer[lang], normalized, lang, about?.saidBy)
            : undefined;
        if (part) return partAnswer(kb, topic, `${verdict}${part}`, lang);
        answers[lang] ??= topicAnswer(kb, topic, lang);
        const built = answers[lang];
        // A fresh draft each time: its sources (the same objects) are the caller's to extend.
        return { title: built.title, text: `${verdict}${built.text}`, sources: [...built.sources] };
      },
    };
  });
}

interface Verdict {
  asks: RegExp;
  says: 'yes' | 'no' | 'unknown';
  /** Finds the answer's sentence that says so (by default, the question's own pattern). */
  saidBy: RegExp;
}

// A question word: the question asks what, not whether, and gets no yes or no (何度も, "again
// and again", is no question word: 「何度もやり直していい？」 asks whether).
// (「なんがいかんと？」 "what's wrong?", in 博多弁: what.)
const ASKS_WHAT =
  /いつ|どう|何(?![度回]も)|なに|なんで(?!す)|なんが|どこ|どれ|どの|どん(?:く|ぐ)らい|なぜ|いくら|(?<![a-z])(?:what|when|how|where|which|why|who)(?![a-z])/;

// A question whose yes would mean the verdict's no: a Japanese negative question (「リセットされない？」
// is answered 「はい、されません」), or one asking whether something is wrong, bad or impossible
// (「タブレットだとダメ？」, "is it bad to…?"), or whether it is the cause ("is that the
// problem?", 「それが原因？」). Neither yes nor no is safe: the answer says it.
const ASKS_INVERTED =
  /(?:ない|なく|ません|ひん|へん|じゃね)(?:の|ん|か|かな|っけ|よね|よ|ね|でしょう?|だろう?|です|って)*[?？。.!！\s]*$|だめ|駄目|無理|むり|まずい|やばい|危な|危険|あかん|いけな|問題(?:が|は)?(?:ある|あり)|原因|せい|(?<![a-z])(?:bad|wrong|impossible|not (?:ok|okay|allowed|possible)|forbidden|prohibited|a problem|the (?:problem|issue|reason|cause)|why|risky|dangerous)(?![a-z])/;

/** The topic's verdict on the question, when it is one of the topic's yes/no questions (then 「いいえ、」 "No. " first). */
function verdictOf(verdicts: readonly Verdict[], normalized: string): Verdict | undefined {
  if (verdicts.length === 0 || ASKS_WHAT.test(normalized) || !asksWhether(normalized)) return undefined;
  if (ASKS_INVERTED.test(normalized)) return undefined;
  return verdicts.find(({ asks }) => asks.test(normalized));
}

/** The verdict whose question this is, asked so that its yes would mean the verdict's no. */
function invertedVerdictOf(verdicts: readonly Verdict[], normalized: string): Verdict | undefined {
  if (verdicts.length === 0 || !ASKS_INVERTED.test(normalized)) return undefined;
  return verdicts.find(({ asks }) => asks.test(normalized));
}

/** The data's cues as the matcher's: regular expressions, written like an intent's cues. */
export function topicCues(topic: Topic): Cue[] {
  return topic.cues.map((pattern) => new RegExp(pattern, 'u'));
}

/** The topic's answer in `lang`, then where to go next, with its sources (official ones first in the data). */
export function topicAnswer(kb: KnowledgeBase, topic: Topic, lang: Lang) {
  return draft(topic, lang, topic.answer[lang], routeText(kb, topic.routes, lang));
}

/** After the topic's answer did not help: atone's contact form (and the topic's own routes). */
export function stuckAnswer(kb: KnowledgeBase, topic: Topic, lang: Lang) {
  const lead = t(
    lang,
    'それでも解決しないときは、atone に直接問い合わせてください。',
    'If that does not solve it, ask atone directly.',
  );
  return draft(topic, lang, lead, routeText(kb, ['contact_form', ...topic.routes], lang));
}

/** The part of the topic's answer a follow-up asked about, then where to go next. */
function partAnswer(kb: KnowledgeBase, topic: Topic, part: string, lang: Lang) {
  return draft(topic, lang, part, routeText(kb, topic.routes, lang));
}

/** A topic's answer made of `lines` (empty ones left out), titled and sourced by the topic. */
function draft(topic: Topic, lang: Lang, ...lines: string[]) {
  return {
    title: topic.label[lang],
    text: lines.filter(Boolean).join('\n'),
    sources: topic.sources.map(({ title, url, verifiedAt }) => ({ title, url, verifiedAt })),
  };
}
