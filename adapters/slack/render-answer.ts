// An Answer as a Slack message: Block Kit for the client, `text` for notifications and screen
// readers. Pure. Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks) are
// enforced here, so that no answer is ever refused with `invalid_blocks`.
import type { types } from '@slack/bolt';
import { formatIsoDay } from '../../src/phrases.js';
import type { Answer, AnswerSource, Lang } from '../../src/types.js';
import { encodeButtonValue } from './button-value.js';
import { escapeMrkdwn, link, truncate } from './mrkdwn.js';

export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3_000,
  fields: 10,
  fieldText: 2_000,
  contextElements: 10,
  buttons: 25,
  buttonText: 75,
  /** Notification previews show a line or two; the blocks carry the rest. */
  fallbackText: 300,
} as const;

/** Every answer button's action_id starts with this; the index keeps them unique in a message. */
export const ANSWER_ACTION_PREFIX = 'atone.answer.';

export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

export interface RenderOptions {
  /** The question answered: buttons that re-ask (did you mean) carry it. */
  question?: string;
  /** A last context line, e.g. how to use the bot in Slack under a help answer. */
  hint?: string;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const body = bodyText(answer);
  const blocks: types.KnownBlock[] = [];
  if (answer.title) {
    blocks.push({
      type: 'header',
      text: { type: 'plain_text', text: truncate(answer.title, LIMITS.headerText), emoji: true },
    });
  }
  blocks.push(section(escapeMrkdwn(body || answer.title || '…')));
  if (answer.facts?.length) {
    blocks.push({
      type: 'section',
      fields: answer.facts.slice(0, LIMITS.fields).map((fact) => ({
        type: 'mrkdwn',
        text: truncate(`*${escapeMrkdwn(fact.label)}*\n${escapeMrkdwn(fact.value)}`, LIMITS.fieldText),
      })),
    });
  }
  const context = [
    ...sourceLines(answer.sources ?? [], answer.lang),
    ...(options.hint ? [options.hint] : []),
  ];
  if (context.length) {
    blocks.push({
      type: 'context',
      elements: context
        .slice(0, LIMITS.contextElements)
        .map((text) => ({ type: 'mrkdwn', text: truncate(text, LIMITS.fieldText) })),
    });
  }
  const buttons = answerButtons(answer, options.question);
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });
  return { text: fallbackText(answer, body), blocks: blocks.slice(0, LIMITS.blocks) };
}

/** A section of mrkdwn text, cut to Slack's limit. */
export function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.sectionText) } };
}

/** The answer's buttons; a button whose value cannot fit is left out rather than refused by Slack. */
function answerButtons(answer: Answer, question: string | undefined): types.Button[] {
  const buttons: types.Button[] = [];
  for (const [index, action] of (answer.actions ?? []).slice(0, LIMITS.buttons).entries()) {
    const value = encodeButtonValue({ id: action.id, ...(question ? { question } : {}) });
    if (!value) continue;
    buttons.push({
      type: 'button',
      action_id: `${ANSWER_ACTION_PREFIX}${index}`,
      text: { type: 'plain_text', text: truncate(action.label, LIMITS.buttonText), emoji: true },
      value,
    });
  }
  return buttons;
}

/**
 * The answer text without its "出典: …" / "Source: …" lines: in Slack they move to the
 * context block, as links.
 */
export function bodyText(answer: Answer): string {
  const urls = (answer.sources ?? []).map((s) => s.url);
  if (urls.length === 0) return answer.text.trim();
  return answer.text
    .split('\n')
    .filter((line) => !urls.some((url) => line.includes(url) && /^(出典|Source)[:：]/.test(line)))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function sourceLines(sources: readonly AnswerSource[], lang: Lang): string[] {
  return sources.map((s) => {
    const verified = formatIsoDay(s.verifiedAt, lang);
    return lang === 'ja'
      ? `出典: ${link(s.url, s.title)}（${escapeMrkdwn(verified)}確認）`
      : `Source: ${link(s.url, s.title)} (verified ${escapeMrkdwn(verified)})`;
  });
}

/**
 * What a notification shows: the title and the first paragraph ("atone お支払い期限のお知らせ —
 * atone の口座振替日まであと3日です。"), short, never the whole answer.
 */
export function fallbackText(answer: Answer, body = bodyText(answer)): string {
  const first = body.split('\n\n')[0]?.split('\n').slice(0, 2).join(' ') ?? '';
  const line = answer.title && first ? `${answer.title} — ${first}` : answer.title || first || '…';
  return truncate(escapeMrkdwn(line.replace(/\s+/g, ' ').trim()), LIMITS.fallbackText);
}
