// The one turn-error path (Bolt's app.error): every failed turn is logged with what it was and
// why (store, input, platform, internal), counted, and the user gets a short reply instead of
// silence: what is wrong with their input, or the apology. Only where Slack itself refuses posts
// to that conversation is no reply attempted. When Slack fails for now (5xx, unreachable) and
// even the apology cannot be posted, the user got nothing: the turn throws RetryLater and the
// inbox answers it again a little later. Nothing else is thrown: a turn never ends the process.
import type { App } from '@slack/bolt';
import { detectLang } from '../../../src/nlu/language.js';
import { failureCause, failureReply } from '../../failure.js';
import { RetryLater } from '../../inbox.js';
import type { PlatformDeps } from '../../platform.js';
import { cannotPostThere, describeError, isSlackApiError, isTransient } from '../slack-errors.js';
import { replyThreadTs } from '../to-message.js';

interface TurnBody {
  type?: string;
  event_id?: string;
  command?: string;
  text?: string;
  response_url?: string;
  event?: {
    type?: string;
    channel?: string;
    ts?: string;
    thread_ts?: string;
    channel_type?: string;
    text?: string;
  };
}

export function registerTurnErrors(app: App, deps: PlatformDeps): void {
  // Bolt passes { error, body, context, logger } because the App sets extendedErrorHandler.
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    const turn = (body ?? {}) as TurnBody;
    // Bolt wraps an error without a `code` as slack_bolt_unknown_error, keeping it as `original`.
    const original = (error as { original?: unknown }).original ?? error;
    const cause = failureCause(original, isSlackApiError);
    deps.metrics.count('turnErrors', { platform: 'slack', cause });
    if (cause === 'platform')
      deps.metrics.count('platformErrors', {
        platform: 'slack',
        kind:
          (original as { code?: string }).code === 'slack_webapi_rate_limited_error'
            ? 'rate_limited'
            : 'error',
      });
    deps.log.error('slack turn failed', {
      turn: turn.command ?? turn.event?.type ?? turn.type ?? 'unknown',
      cause,
      ...(turn.event_id ? { eventId: turn.event_id } : {}),
      ...describeError(original),
    });
    if (!turn.response_url && cannotPostThere(original)) return;
    const typed = turn.event?.text ?? turn.text;
    const reply = failureReply(original, cause, typed ? detectLang(typed) : undefined);
    try {
      await tellUser(app, turn, reply);
    } catch (replyError) {
      deps.log.error('slack apology failed', describeError(replyError));
      // Events and commands come through the inbox; a retry there is the user's answer.
      if (isTransient(original) && isTransient(replyError))
        throw new RetryLater('Slack could not be reached for the answer nor the apology');
    }
  });
}

async function tellUser(app: App, turn: TurnBody, text: string): Promise<void> {
  if (turn.response_url) {
    const response = await fetch(turn.response_url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`response_url answered ${response.status}`);
    return;
  }
  const event = turn.event;
  if (event?.channel && event.ts && (event.type === 'app_mention' || event.type === 'message')) {
    const threadTs = replyThreadTs({
      channel: event.channel,
      ts: event.ts,
      thread_ts: event.thread_ts,
      channel_type: event.channel_type,
    });
    await app.client.chat.postMessage({
      channel: event.channel,
      text,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  }
}
