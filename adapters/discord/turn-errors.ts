// The one turn-error path of the Discord adapter: a failed turn (an interaction or a message) is
// logged with why (store, input, platform, internal), counted, and answered with what the user
// is told: what is wrong with their input, or the apology, in their language.
import type { Logger } from '../../src/log.js';
import type { Metrics } from '../../src/metrics.js';
import type { Lang } from '../../src/types.js';
import { failureCause, failureReply } from '../failure.js';
import { describeError, discordErrorCode, isDiscordApiError } from './discord-errors.js';

/** Logs and counts a failed turn; returns the text to send the user. */
export type TurnFailure = (error: unknown, lang: Lang, context: Record<string, unknown>) => string;

export function createTurnFailure(log: Logger, metrics: Metrics): TurnFailure {
  return (error, lang, context) => {
    const cause = failureCause(error, isDiscordApiError);
    metrics.count('turnErrors', { platform: 'discord', cause });
    if (cause === 'platform')
      metrics.count('platformErrors', {
        platform: 'discord',
        kind:
          discordErrorCode(error) === undefined && /RateLimit/.test(String((error as Error).name))
            ? 'rate_limited'
            : 'error',
      });
    log.error('discord turn failed', { ...context, cause, error: describeError(error) });
    return failureReply(error, cause, lang);
  };
}
