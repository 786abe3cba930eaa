// An Answer as LINE messages. Pure. A plain answer is one text message; an answer with facts (a
// deadline, a reminder) is a Flex bubble that shows them as a table, with `altText` for
// notifications and the chat list. Buttons are quick replies under a reply the user reads now,
// or Flex buttons inside a pushed message that may be read hours later, after quick replies
// (which vanish with the next message) would be gone. Every limit is enforced here.
import type { messagingApi } from '@line/bot-sdk';
import { formatIsoDay } from '../../src/phrases.js';
import type { Answer, AnswerAction, AnswerSource, Lang } from '../../src/types.js';
import { LIMITS, truncate } from './limits.js';
import { encodePostbackData } from './postback-data.js';

type LineMessage = messagingApi.Message;

export interface RenderOptions {
  /** The question answered: buttons that answer it again (did you mean) carry it. */
  question?: string;
  /** 'quick-reply' (default) for replies, 'in-message' for pushes. */
  buttons?: 'quick-reply' | 'in-message';
  /** Quote the user's message (text answers only; in groups, it shows whom the bot answers). */
  quoteToken?: string;
  /** A last line under the answer, e.g. how to ask in a group. */
  hint?: string;
}

/** Flex body text is kept shorter than a text message: a bubble is read at a glance. */
const FLEX_BODY_UNITS = 2_000;
/** Notifications show a line or two. */
const ALT_TEXT_UNITS = 400;
/** Titles, fact labels and values: a line or two each. */
const SHORT_UNITS = 200;
const MAX_FACTS = 12;
/** Buttons inside a bubble; more would make it a wall of buttons. */
const MAX_BUBBLE_BUTTONS = 4;

const COLORS = { muted: '#8C8C8C', text: '#111111', link: '#2D6AC4', primary: '#E8336B' } as const;

export function renderAnswer(answer: Answer, options: RenderOptions = {}): LineMessage[] {
  const inMessage = options.buttons === 'in-message';
  const postbacks = postbackActions(answer.actions ?? [], answer.lang, options.question);
  const quickReply =
    !inMessage && postbacks.length > 0
      ? { items: postbacks.slice(0, LIMITS.quickReplyItems).map((action) => ({ type: 'action', action })) }
      : undefined;
  // A pushed answer with buttons needs a bubble to hold them, facts or not.
  const flex = Boolean(answer.facts?.length || (inMessage && postbacks.length > 0));
  const message: LineMessage = flex
    ? flexMessage(answer, options.hint, inMessage ? postbacks : [])
    : textMessage(answer, options);
  // A Flex message cannot quote (LINE takes quoteToken on text only): in a group, a short text
  // quoting the question comes first, so that everyone sees which question is answered.
  const quoting: LineMessage[] =
    flex && options.quoteToken
      ? [
          {
            type: 'text',
            text: truncate(answer.title?.trim() || firstLine(answer.text), SHORT_UNITS),
            quoteToken: options.quoteToken,
          },
        ]
      : [];
  return [...quoting, quickReply ? { ...message, quickReply } : message];
}

function textMessage(answer: Answer, options: RenderOptions): messagingApi.TextMessage {
  const text = [answer.text.trim() || answer.title || '…', options.hint].filter(Boolean).join('\n\n');
  return {
    type: 'text',
    text: truncate(text, LIMITS.text),
    ...(options.quoteToken ? { quoteToken: options.quoteToken } : {}),
  };
}

function flexMessage(
  answer: Answer,
  hint: string | undefined,
  buttons: messagingApi.PostbackAction[],
): messagingApi.FlexMessage {
  const body = withoutSourceLines(answer);
  const contents: messagingApi.FlexComponent[] = [];
  if (answer.title) contents.push(text(truncate(answer.title, SHORT_UNITS), { weight: 'bold', size: 'lg' }));
  const facts = (answer.facts ?? []).slice(0, MAX_FACTS);
  if (facts.length > 0)
    contents.push({
      type: 'box',
      layout: 'vertical',
      spacing: 'sm',
      margin: answer.title ? 'md' : 'none',
      contents: facts.map((fact) => ({
        type: 'box',
        layout: 'horizontal',
        spacing: 'md',
        contents: [
          text(truncate(fact.label, SHORT_UNITS) || '-', { size: 'sm', color: COLORS.muted, flex: 2 }),
          text(truncate(fact.value, SHORT_UNITS) || '-', {
            size: 'sm',
            color: COLORS.text,
            weight: 'bold',
            flex: 5,
          }),
        ],
      })),
    });
  if (body) {
    if (contents.length > 0) contents.push({ type: 'separator', margin: 'lg' });
    contents.push(text(truncate(body, FLEX_BODY_UNITS), { size: 'sm', margin: 'lg' }));
  }
  if (hint) contents.push(text(hint, { size: 'xs', color: COLORS.muted, margin: 'md' }));
  for (const source of answer.sources ?? []) contents.push(sourceLink(source, answer.lang));
  if (contents.length === 0) contents.push(text('…', {}));

  const footer: messagingApi.FlexBox | undefined =
    buttons.length > 0
      ? {
          type: 'box',
          layout: 'vertical',
          spacing: 'sm',
          contents: buttons.slice(0, MAX_BUBBLE_BUTTONS).map((action, index) => ({
            type: 'button',
            style: index === 0 ? 'primary' : 'secondary',
            height: 'sm',
            ...(index === 0 ? { color: COLORS.primary } : {}),
            action,
          })),
        }
      : undefined;
  return {
    type: 'flex',
    altText: altText(answer, body),
    contents: {
      type: 'bubble',
      body: { type: 'box', layout: 'vertical', contents },
      ...(footer ? { footer } : {}),
    },
  };
}

function text(
  value: string,
  style: Omit<messagingApi.FlexText, 'type' | 'text' | 'wrap'>,
): messagingApi.FlexText {
  return { type: 'text', text: value, wrap: true, ...style };
}

function sourceLink(source: AnswerSource, lang: Lang): messagingApi.FlexText {
  const verified = formatIsoDay(source.verifiedAt, lang);
  const title = truncate(source.title, SHORT_UNITS);
  const label =
    lang === 'ja' ? `出典: ${title}（${verified}確認）` : `Source: ${title} (verified ${verified})`;
  const linkable = /^https?:\/\//.test(source.url) && source.url.length <= LIMITS.uri;
  return text(label, {
    size: 'xxs',
    color: linkable ? COLORS.link : COLORS.muted,
    margin: 'md',
    ...(linkable
      ? { action: { type: 'uri', label: truncate(source.title, LIMITS.actionLabel), uri: source.url } }
      : {}),
  });
}

/** The answer's actions as postback buttons; one whose data cannot fit is left out rather than refused. */
function postbackActions(
  actions: readonly AnswerAction[],
  lang: Lang,
  question: string | undefined,
): messagingApi.PostbackAction[] {
  return actions.flatMap((action) => {
    const data = encodePostbackData({ id: action.id, lang, ...(question ? { question } : {}) });
    if (!data) return [];
    const label = action.label.trim() || '…';
    return [
      {
        type: 'postback',
        label: shortLabel(label),
        // Shown in the chat as the user's own message: the whole label, not the cut one.
        displayText: truncate(label, LIMITS.displayText),
        data,
      },
    ];
  });
}

/**
 * A button label within LINE's 20 characters: a long one loses its parenthesised part first
 * (「コンビニ端末・銀行ATM（Pay-easy）」 → 「コンビニ端末・銀行ATM」) before it is cut.
 */
export function shortLabel(label: string): string {
  if (label.length <= LIMITS.actionLabel) return label;
  const plain = label
    .replace(/\s*[（(][^（）()]*[）)]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(plain || label, LIMITS.actionLabel);
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() || '…';
}

/** The answer text without its "出典: …" / "Source: …" lines: in a bubble they become links. */
export function withoutSourceLines(answer: Answer): string {
  const urls = (answer.sources ?? []).map((s) => s.url);
  if (urls.length === 0) return answer.text.trim();
  return answer.text
    .split('\n')
    .filter((line) => !urls.some((url) => line.includes(url) && /^(出典|Source)[:：]/.test(line)))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "atone お支払い期限のお知らせ — atone の口座振替日まであと3日です。": the title and the first lines. */
export function altText(answer: Answer, body = withoutSourceLines(answer)): string {
  const first = body.split('\n\n')[0]?.split('\n').slice(0, 2).join(' ') ?? '';
  const line = answer.title && first ? `${answer.title} — ${first}` : answer.title || first || '…';
  return truncate(line.replace(/\s+/g, ' ').trim(), Math.min(ALT_TEXT_UNITS, LIMITS.altText));
}
