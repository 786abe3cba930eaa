// Reminders by push message: `line:user:U…` (or a group or room) → the rendered answer, with its
// Paid / Snooze buttons inside the message. The X-Line-Retry-Key comes from the delivery's
// idempotency key, so a push retried after a timeout, a 5xx or a crash is never shown twice:
// LINE answers the repeat with 409, which means "already sent".
import { randomUUID } from 'node:crypto';
import type { messagingApi } from '@line/bot-sdk';
import type { Metrics } from '../../src/metrics.js';
import { PermanentSendError, RateLimitError, UndeliverableError } from '../../src/reminders/errors.js';
import type { SendMeta } from '../../src/reminders/scheduler.js';
import type { Answer } from '../../src/types.js';
import type { Logger } from '../platform.js';
import { describeLineError, type LineApi, type LineFailure } from './api.js';
import { LineQuotaExhaustedError } from './errors.js';
import { chatOfConversation, type LineChat } from './events.js';
import { renderAnswer } from './render.js';
import { retryKeyOf } from './retry-key.js';

/** LINE sends no Retry-After with a rate limit (2,000 requests/s per channel): a short pause. */
const RATE_LIMIT_PAUSE_MS = 10_000;

export type PushSend = (
  conversation: string,
  answer: Answer,
  meta?: Pick<SendMeta, 'idempotencyKey'>,
) => Promise<void>;

export interface Pusher {
  /** Delivers a reminder (the scheduler's `send`). */
  send: PushSend;
  /**
   * Pushes ready messages to a chat; resolves when LINE took them (or had taken them: 409), else
   * throws an error the scheduler understands (quota, rate limit, undeliverable, transient).
   */
  push(chat: LineChat, messages: messagingApi.Message[], retryKey: string): Promise<void>;
}

/** What LINE made of a push; "sent" ones count against the channel's monthly message quota. */
export type PushOutcome = 'sent' | 'duplicate' | 'quota_exhausted' | 'rate_limited' | 'failed';

export function createPusher(api: LineApi, metrics: Metrics, log: Logger): Pusher {
  async function push(chat: LineChat, messages: messagingApi.Message[], retryKey: string): Promise<void> {
    const counted = (outcome: PushOutcome) => {
      metrics.count('linePushes', { outcome });
      if (outcome === 'rate_limited' || outcome === 'failed')
        metrics.count('platformErrors', { platform: 'line', kind: outcome === 'failed' ? 'error' : outcome });
      log.info('line push', { outcome, chat: chat.kind });
    };
    try {
      await api.push(chat.id, messages, retryKey);
      counted('sent');
    } catch (error) {
      const failure = describeLineError(error);
      const outcome = outcomeOf(failure.status, failure.reason);
      counted(outcome);
      if (outcome === 'duplicate') return;
      (outcome === 'rate_limited' ? log.warn : log.error)('line push failed', {
        chat: chat.kind,
        outcome,
        ...failure,
      });
      throw pushError(outcome, failure);
    }
  }

  return {
    push,
    async send(conversation, answer, meta) {
      const chat = chatOfConversation(conversation);
      if (!chat) throw new PermanentSendError(`not a LINE conversation: ${conversation.split(':')[0]}`);
      const retryKey = meta?.idempotencyKey ? retryKeyOf(meta.idempotencyKey) : randomUUID();
      await push(chat, renderAnswer(answer, { buttons: 'in-message' }), retryKey);
    },
  };
}

/** What the scheduler gets for a failed push (see errors.ts and src/reminders/scheduler.ts). */
function pushError(outcome: PushOutcome, failure: LineFailure): Error {
  const { status, reason } = failure;
  if (outcome === 'quota_exhausted')
    return new LineQuotaExhaustedError(`LINE monthly message quota exhausted: ${reason}`);
  if (outcome === 'rate_limited')
    return new RateLimitError(RATE_LIMIT_PAUSE_MS, `LINE push rate limited: ${reason}`);
  // The chat is not one of this channel's (no such user, group or room; the bot was removed).
  const noSuchChat = status === 403 || status === 404 || (status === 400 && isAboutTo(failure));
  if (noSuchChat) return new UndeliverableError(`LINE refused the destination (${status}): ${reason}`);
  // Any other 4xx but 401 and 429: the same push would be refused again.
  if (status !== undefined && status >= 400 && status < 500 && status !== 401)
    return new PermanentSendError(`LINE refused the push (${status}): ${reason}`);
  // A 5xx, a timeout, a refused token: worth trying again, with the same retry key.
  return new Error(`LINE push failed${status ? ` (${status})` : ''}: ${reason}`);
}

function isAboutTo({ reason, properties }: LineFailure): boolean {
  return (properties ?? []).includes('to') || /property, 'to'/.test(reason);
}

/** 409: the retry key was accepted before. 429: the monthly quota, or else a rate limit. */
function outcomeOf(status: number | undefined, message: string): PushOutcome {
  if (status === 409) return 'duplicate';
  if (status === 429) return /monthly limit/i.test(message) ? 'quota_exhausted' : 'rate_limited';
  return 'failed';
}
