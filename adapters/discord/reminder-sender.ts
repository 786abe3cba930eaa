// Reminders by DM: `discord:user:<id>` → open (or reuse) the DM channel → post the rendered
// answer with its Paid / Snooze buttons. Paced below Discord's global 50 requests per second
// so that a 9:00 burst of reminders leaves room for interactive replies; 429s that still happen
// are waited out and retried by discord.js's REST client itself.
import { createHash } from 'node:crypto';
import { Routes } from 'discord.js';
import type { Metrics } from '../../src/metrics.js';
import type { SendMeta } from '../../src/reminders/scheduler.js';
import type { Answer } from '../../src/types.js';
import { toSendError } from './discord-errors.js';
import { renderAnswer } from './render.js';
import type { RestPort } from './rest-port.js';

export interface ReminderSenderOptions {
  rest: RestPort;
  /** REST requests per second this process spends on reminders (default 40 of Discord's 50). */
  requestsPerSecond?: number;
  /** DM channels remembered, so that a user's next reminder costs one request, not two (default 10,000). */
  dmCacheSize?: number;
  metrics?: Metrics;
}

export type ReminderSend = (
  conversation: string,
  answer: Answer,
  meta?: Pick<SendMeta, 'idempotencyKey'>,
) => Promise<void>;

export function createReminderSender(options: ReminderSenderOptions): ReminderSend {
  const { rest } = options;
  const pace = createRequestPacer(options.requestsPerSecond ?? 40);
  const cacheSize = options.dmCacheSize ?? 10_000;
  const dmChannels = new Map<string, string>();

  async function dmChannelOf(userId: string): Promise<string> {
    const known = dmChannels.get(userId);
    if (known) return known;
    await pace();
    const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
      id: string;
    };
    if (dmChannels.size >= cacheSize) dmChannels.delete(dmChannels.keys().next().value as string);
    dmChannels.set(userId, channel.id);
    return channel.id;
  }

  const send: ReminderSend = async (conversation, answer, meta) => {
    const userId = /^discord:user:(\d+)$/.exec(conversation)?.[1];
    if (!userId) throw new Error(`not a Discord user conversation: ${conversation}`);
    const channelId = await dmChannelOf(userId);
    await pace();
    await rest.post(Routes.channelMessages(channelId), {
      body: {
        ...renderAnswer(answer),
        allowed_mentions: { parse: [] },
        // Discord drops a second message with the same nonce sent shortly after the first: a
        // reminder resent after a crash between "sent" and "marked sent" arrives once.
        ...(meta?.idempotencyKey ? { nonce: nonceOf(meta.idempotencyKey), enforce_nonce: true } : {}),
      },
    });
  };
  return async (conversation, answer, meta) => {
    try {
      await send(conversation, answer, meta);
    } catch (error) {
      options.metrics?.count('platformErrors', { platform: 'discord', kind: 'error' });
      throw toSendError(error);
    }
  };
}

/** Discord nonces are at most 25 characters. */
export function nonceOf(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}

/** Spaces calls at least 1/rate seconds apart, in the order they asked. */
export function createRequestPacer(perSecond: number): () => Promise<void> {
  const intervalMs = 1000 / Math.max(1, perSecond);
  let nextFree = 0;
  return async () => {
    const now = Date.now();
    const at = Math.max(now, nextFree);
    nextFree = at + intervalMs;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  };
}
