// Where to send a user for what the bot cannot answer (domain-faq.md, "Where to send users"):
// one wording for every topic, the handoff and the fallback, so that the links live in one place
// (the knowledge base's `routes`).
import type { KnowledgeBase, RouteId } from '../domain/knowledge-base.js';
import { t } from '../intent.js';
import { bullets } from '../phrases.js';
import type { Lang } from '../types.js';

/**
 * "問い合わせ先:" and one bullet per route, the help centre always last; empty for no routes.
 * The help centre alone reads as "詳しくは" (more), not as somewhere to ask.
 */
export function routeText(kb: KnowledgeBase, routes: readonly RouteId[], lang: Lang): string {
  if (routes.length === 0) return '';
  let texts = routeTexts.get(kb);
  if (texts === undefined) {
    texts = new Map();
    routeTexts.set(kb, texts);
  }
  const key = `${lang}\u0000${routes.join('\u0000')}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = buildRouteText(kb, routes, lang);
    if (texts.size < MAX_KEPT) texts.set(key, text);
  }
  return text;
}

// The same routes in the same language read the same for a knowledge base (its routes do not
// change once loaded): each text is built once. Building it (a Set, templates, the bullets) was
// most of an FAQ topic's answer, and of the fallback's. A few dozen combinations occur.
const routeTexts = new WeakMap<KnowledgeBase, Map<string, string>>();
const MAX_KEPT = 1_000;

function buildRouteText(kb: KnowledgeBase, routes: readonly RouteId[], lang: Lang): string {
  const ids = [...new Set<RouteId>([...routes.filter((id) => id !== 'help_centre'), 'help_centre'])];
  const lines = ids.map((id) => {
    const { name, url, note } = kb.routes[id];
    // The note goes on its own line: it may carry its own parenthesis (a third-party mark).
    return lang === 'ja'
      ? `${name.ja}${url ? ` ${url}` : ''}${note ? `\n  ${note.ja}` : ''}`
      : `${name.en}${url ? `: ${url}` : ''}${note ? `\n  ${note.en}` : ''}`;
  });
  const heading =
    ids.length === 1 ? t(lang, '詳しくは:', 'More:') : t(lang, '問い合わせ先:', 'Where to ask:');
  return `${heading}\n${bullets(lines)}`;
}
