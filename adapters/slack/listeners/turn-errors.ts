// The one turn-error handler (Bolt's app.error): every failed turn is logged with what it was,
// and when the fault is ours (not Slack refusing a call, where a second call would fail too) the
// user gets a short apology instead of silence. Never throws: a turn never ends the process.
import type { App } from '@slack/bolt';
import type { PlatformDeps } from '../../platform.js';
import { describeError } from '../slack-errors.js';
import { replyThreadTs } from '../to-message.js';

const APOLOGY =
  'すみません、エラーが発生しました。もう一度お試しください。 / Sorry, something went wrong. Please try again.';

interface TurnBody {
  type?: string;
  event_id?: string;
  command?: string;
  response_url?: string;
  event?: { type?: string; channel?: string; ts?: string; thread_ts?: string; channel_type?: string };
}

export function registerTurnErrors(app: App, deps: PlatformDeps): void {
  // Bolt passes { error, body, context, logger } because the App sets extendedErrorHandler.
  app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    const turn = (body ?? {}) as TurnBody;
    const detail = describeError((error as { original?: unknown }).original ?? error);
    deps.log.error('slack turn failed', {
      turn: turn.command ?? turn.event?.type ?? turn.type ?? 'unknown',
      ...(turn.event_id ? { eventId: turn.event_id } : {}),
      ...detail,
    });
    // Bolt wraps errors thrown by our own code as `slack_bolt_unknown_error`.
    if ((error as { code?: string }).code !== 'slack_bolt_unknown_error') return;
    try {
      await apologise(app, turn);
    } catch (apologyError) {
      deps.log.error('slack apology failed', describeError(apologyError));
    }
  });
}

async function apologise(app: App, turn: TurnBody): Promise<void> {
  if (turn.response_url) {
    await fetch(turn.response_url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: APOLOGY }),
      signal: AbortSignal.timeout(5_000),
    });
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
      text: APOLOGY,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  }
}
