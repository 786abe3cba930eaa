// The knowledge base's FAQ topics as intents: one generic answer path for all of them, so that
// adding a topic is adding data (src/domain/topics.json), never code.
//
// What the matcher needs from a topic (src/nlu/classifier.ts, `MatchClass`): its id as the class
// name, its example questions in both languages, and its cues (patterns over the normalised
// question, with weights, compiled here from the data). Topics have no slot boost.
import type { KnowledgeBase, Topic } from '../domain/knowledge-base.js';
import type { Cue, IntentDefinition } from '../intent.js';
import type { Lang } from '../types.js';
import { routeText } from './routes.js';

/** Every topic of `kb` as an intent whose name is the topic id. */
export function topicIntents(kb: KnowledgeBase): IntentDefinition[] {
  return kb.topics.map((topic) => ({
    name: topic.id,
    label: topic.label,
    examples: topic.examples,
    cues: topicCues(topic),
    answer: ({ lang }) => topicAnswer(kb, topic, lang),
  }));
}

/** The data's cues as the matcher's: a regular expression (written like an intent's cue) and a weight. */
export function topicCues(topic: Topic): Cue[] {
  return topic.cues.map(({ pattern, weight }) => [new RegExp(pattern, 'u'), weight] as const);
}

/** The topic's answer in `lang`, then where to go next, with its sources (official ones first in the data). */
export function topicAnswer(kb: KnowledgeBase, topic: Topic, lang: Lang) {
  return {
    title: topic.label[lang],
    text: [topic.answer[lang], routeText(kb, topic.routes, lang)].filter(Boolean).join('\n'),
    sources: topic.sources.map(({ title, url, verifiedAt }) => ({ title, url, verifiedAt })),
  };
}
