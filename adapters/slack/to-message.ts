// Slack events → the core's Message. Pure: the bot's identity and the clock are arguments.
import type { Message } from '../../src/types.js';
import { decodeEntities } from './mrkdwn.js';

/** The fields of an `app_mention` or `message` event this adapter reads. */
export interface SlackTextEvent {
  type: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
}

/** Who the bot is, from auth.test (Bolt's context) or the event's `authorizations`. */
export interface BotIdentity {
  botUserId?: string;
  botId?: string;
}

/**
 * Slack allows 40,000 characters in a message; no question about a bill is that long, and
 * classifying a novel costs time every other user waits for. The rest is ignored.
 */
export const MAX_QUESTION_CHARS = 4_000;

/** True for anything a bot wrote, this one included: the bot never answers bots (no loops). */
export function isFromBot(
  event: Pick<SlackTextEvent, 'subtype' | 'user' | 'bot_id'>,
  identity: BotIdentity,
): boolean {
  if (event.bot_id || event.subtype === 'bot_message') return true;
  return Boolean(identity.botUserId && event.user === identity.botUserId);
}

/** True for a direct message with the bot (channel ids of DMs start with D). */
export function isDirectMessage(event: Pick<SlackTextEvent, 'channel' | 'channel_type'>): boolean {
  return event.channel_type === 'im' || event.channel.startsWith('D');
}

/**
 * Slack's markup to plain text: the bot's own mention removed, other mentions, channels and
 * links reduced to their labels, `&amp; &lt; &gt;` decoded, whitespace collapsed.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  const plain = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar < 0 ? inner : inner.slice(0, bar);
    const label = bar < 0 ? undefined : inner.slice(bar + 1);
    if (target.startsWith('@')) return target.slice(1) === botUserId ? ' ' : `@${label ?? target.slice(1)}`;
    if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
    // <!here>, <!channel>, <!subteam^S1|@team>, <!date^…|fallback>
    if (target.startsWith('!')) return label ?? ' ';
    return label ?? target.replace(/^mailto:/, '');
  });
  return decodeEntities(plain).replace(/\s+/g, ' ').trim();
}

/** The conversation id the core sees: it carries the platform and the workspace. */
export function conversationId(teamId: string | undefined, channel: string): string {
  return teamId ? `slack:${teamId}:${channel}` : `slack:${channel}`;
}

export interface ToMessageContext extends BotIdentity {
  teamId?: string;
  receivedAt: Date;
}

/** A mention or DM as the core's Message (the caller has already dropped bots, see isFromBot). */
export function toMessage(event: SlackTextEvent, context: ToMessageContext): Message {
  return {
    platform: 'slack',
    userId: event.user ?? '',
    channelId: conversationId(context.teamId, event.channel),
    text: slackTextToPlain(event.text ?? '', context.botUserId).slice(0, MAX_QUESTION_CHARS),
    receivedAt: context.receivedAt,
  };
}

/** Replies go in the thread of a channel mention; in a DM, only when the user wrote in a thread. */
export function replyThreadTs(
  event: Pick<SlackTextEvent, 'ts' | 'thread_ts' | 'channel' | 'channel_type'>,
): string | undefined {
  if (event.thread_ts) return event.thread_ts;
  return isDirectMessage(event) ? undefined : event.ts;
}

/** Subtypes that still carry a user's question (a file with a comment, a reply also sent to the channel). */
export function isQuestionSubtype(subtype: string | undefined): boolean {
  return subtype === undefined || subtype === 'file_share' || subtype === 'thread_broadcast';
}
