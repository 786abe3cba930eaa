// Reminders to Slack: `slack:user:U123` is the user's DM (opened with conversations.open once,
// then remembered), `slack:channel:C123` or `slack:T1:C123` a channel. Messages are paced per
// channel, and a 429 becomes a RateLimitError so the scheduler waits out Retry-After.
import type { webApi } from '@slack/bolt';
import type { Metrics } from '../../src/metrics.js';
import { retryAfterOf } from '../../src/reminders/errors.js';
import type { Answer } from '../../src/types.js';
import type { Logger } from '../platform.js';
import type { ChannelPacer } from './channel-pacer.js';
import { renderAnswer } from './render-answer.js';
import { toSendError } from './slack-errors.js';

export type SlackTarget = { kind: 'user'; id: string } | { kind: 'channel'; id: string };

/** The Slack target a conversation id names, or undefined when it is not a Slack one. */
export function parseConversation(conversation: string): SlackTarget | undefined {
  const parts = conversation.split(':');
  if (parts[0] !== 'slack' || parts.length < 2) return undefined;
  const id = parts[parts.length - 1] ?? '';
  if (!/^[A-Z0-9]{2,}$/.test(id)) return undefined;
  return parts[1] === 'user' ? { kind: 'user', id } : { kind: 'channel', id };
}

export interface ReminderDelivery {
  send(conversation: string, answer: Answer): Promise<void>;
}

export function createReminderDelivery(
  client: webApi.WebClient,
  pacer: ChannelPacer,
  log?: Logger,
  metrics?: Metrics,
): ReminderDelivery {
  const dmChannels = new Map<string, string>();

  /** The error the scheduler gets, logged first (the scheduler itself logs only final failures). */
  const failed = (error: unknown, method: string): Error => {
    const sendError = toSendError(error, method);
    const retryAfterMs = retryAfterOf(sendError);
    metrics?.count('platformErrors', {
      platform: 'slack',
      kind: retryAfterMs !== undefined ? 'rate_limited' : 'error',
    });
    log?.warn('slack reminder send failed', {
      method,
      reason: sendError.message,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    return sendError;
  };

  async function channelOf(target: SlackTarget): Promise<string> {
    if (target.kind === 'channel') return target.id;
    const known = dmChannels.get(target.id);
    if (known) return known;
    const opened = await client.conversations.open({ users: target.id }).catch((error: unknown) => {
      throw failed(error, 'conversations.open');
    });
    const channel = opened.channel?.id;
    if (!channel) throw new Error('Slack conversations.open returned no channel');
    dmChannels.set(target.id, channel);
    return channel;
  }

  return {
    async send(conversation, answer) {
      const target = parseConversation(conversation);
      if (!target) throw new Error(`not a Slack conversation: ${conversation}`);
      const channel = await channelOf(target);
      await pacer.run(channel, async () => {
        try {
          await client.chat.postMessage({ channel, ...renderAnswer(answer) });
        } catch (error) {
          throw failed(error, 'chat.postMessage');
        }
      });
    },
  };
}
