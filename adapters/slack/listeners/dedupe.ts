// Slack retries an event it thinks was not acknowledged in time (X-Slack-Retry-Num 1..3, after
// about 0 s, 1 min and 5 min), and Bolt does not deduplicate. Event ids are kept in the store,
// which several instances share, so a retry reaching another instance is dropped as well.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { PlatformDeps } from '../../platform.js';
import { describeError } from '../slack-errors.js';

/** Well over Slack's last retry (about 5 minutes after the first attempt). */
export const DEDUPE_TTL_MS = 60 * 60_000;

/**
 * True the first time `key` is seen. When the store cannot be reached the answer still goes
 * out: a rare double answer beats a question left unanswered.
 */
export async function firstSighting(deps: PlatformDeps, key: string): Promise<boolean> {
  try {
    return await deps.store.rememberEvent(key, DEDUPE_TTL_MS, deps.now());
  } catch (error) {
    deps.log.error('slack dedupe store failed; answering anyway', { key, ...describeError(error) });
    return true;
  }
}

/** Global middleware: an Events API delivery whose event_id was seen before goes no further. */
export function dropRetries(deps: PlatformDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await firstSighting(deps, `slack:${eventId}`))) {
      deps.log.info('slack duplicate event dropped', {
        eventId,
        ...(context.retryNum !== undefined
          ? { retryNum: context.retryNum, retryReason: context.retryReason }
          : {}),
      });
      return;
    }
    await next();
  };
}
