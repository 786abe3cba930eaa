// The Slack adapter: Bolt in HTTP mode (our receiver, receiver.ts, on the shared HTTP server at
// /slack/events: every request checked and kept in the inbox before it is acknowledged) or in
// Socket Mode when an app token is given. It only wires listeners (listeners/) to the core;
// parsing and rendering are pure functions beside it.
import { App, SocketModeReceiver, webApi } from '@slack/bolt';
import { ConfigError } from '../../src/config.js';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { networkFailure } from '../failure.js';
import type { PlatformAdapter, PlatformDeps } from '../platform.js';
import { ChannelPacer } from './channel-pacer.js';
import type { SlackOptions } from './index.js';
import { registerAnswerActions } from './listeners/actions.js';
import { eventsAfterPendingAcks } from './listeners/after-acks.js';
import { registerCommand } from './listeners/command.js';
import { registerHome } from './listeners/home.js';
import { registerMessageListeners } from './listeners/messages.js';
import { registerTurnErrors } from './listeners/turn-errors.js';
import { keepSocketModeEvents, SlackHttpReceiver } from './receiver.js';
import { createReminderDelivery } from './reminder-delivery.js';
import { boltLogger, describeError } from './slack-errors.js';

/**
 * Replies: a 5xx or network error is retried three times within about two seconds (the user is
 * waiting; the default policy keeps trying for 30 minutes). A 429 pauses the client for the
 * server's Retry-After and then counts as one of these retries.
 */
const REPLY_RETRIES = { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 1_000, randomize: true };

/** No Slack call may hang a turn or a reminder lane. */
const REQUEST_TIMEOUT_MS = 10_000;

export function createSlackAdapter(options: SlackOptions, deps: PlatformDeps): PlatformAdapter {
  const logger = boltLogger(deps.log);
  const apiUrl = options.apiUrl ? { slackApiUrl: options.apiUrl } : {};
  const socketMode = Boolean(options.appToken);
  const httpReceiver = socketMode
    ? undefined
    : new SlackHttpReceiver({ signingSecret: options.signingSecret ?? '', inbox: deps.inbox });
  const socketModeReceiver = socketMode ? socketReceiver(options, logger) : undefined;
  const app = new App({
    token: options.botToken,
    logger,
    // auth.test runs in start(), where a bad token can stop the start with a clear message.
    deferInitialization: true,
    extendedErrorHandler: true,
    convoStore: false,
    clientOptions: { ...apiUrl, retryConfig: REPLY_RETRIES, timeout: REQUEST_TIMEOUT_MS },
    ...(socketModeReceiver
      ? { socketMode: true, appToken: options.appToken, receiver: socketModeReceiver }
      : { receiver: httpReceiver }),
  });
  if (socketModeReceiver) keepSocketModeEvents(socketModeReceiver, app, deps.inbox);
  countRateLimits(app.client, deps);
  // Listeners get pooled clients Bolt makes per workspace, not app.client: count theirs too.
  const counted = new WeakSet<webApi.WebClient>([app.client]);
  app.use(async ({ client, next }) => {
    if (!counted.has(client)) {
      counted.add(client);
      countRateLimits(client, deps);
    }
    await next();
  });

  app.use(eventsAfterPendingAcks);
  registerMessageListeners(app, deps);
  registerCommand(app, deps);
  registerAnswerActions(app, deps);
  registerHome(app, deps, defaultKnowledgeBase());
  registerTurnErrors(app, deps);

  // Reminders get their own client: it rejects a 429 instead of pausing (the scheduler waits
  // out Retry-After per destination and moves on), and it does not retry (the scheduler does,
  // with backoff), so a rate-limited reminder never holds up replies to users.
  const reminderClient = new webApi.WebClient(options.botToken, {
    ...apiUrl,
    logger,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: REQUEST_TIMEOUT_MS,
  });
  const delivery = createReminderDelivery(reminderClient, new ChannelPacer(1_000), deps.log, deps.metrics);
  let state: 'starting' | 'ok' | 'stopped' = 'starting';

  return {
    platform: 'slack',
    routes: httpReceiver ? [httpReceiver.route] : [],
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw startError(error, options);
      }
      if (socketMode) {
        try {
          await app.start();
        } catch (error) {
          const { error: apiError, message } = describeError(error);
          throw new ConfigError(
            `Slack Socket Mode did not start (${String(apiError ?? message)}): check SLACK_APP_TOKEN (an app-level token with connections:write).`,
          );
        }
      }
      state = 'ok';
      deps.log.info('slack ready', socketMode ? { mode: 'socket' } : { mode: 'http', path: '/slack/events' });
    },
    async stop() {
      if (state === 'stopped') return;
      state = 'stopped';
      // HTTP mode: the shared server and the inbox stop and drain; Socket Mode closes its socket.
      await app.stop().catch((error: unknown) => deps.log.warn('slack stop failed', describeError(error)));
    },
    status: () => state,
    send: (conversation, answer) => delivery.send(conversation, answer),
  };
}

/** auth.test failed: a refused token, or no way to reach Slack at all (never blamed on the token). */
function startError(error: unknown, options: SlackOptions): Error {
  const { code, error: apiError, message } = describeError(error);
  const where = options.apiUrl ? `SLACK_API_URL (${options.apiUrl})` : 'slack.com';
  if (code === 'slack_webapi_platform_error')
    return new ConfigError(
      `Slack did not accept SLACK_BOT_TOKEN at auth.test (${String(apiError)}): copy the Bot User OAuth Token (xoxb-…) again.`,
    );
  const why = networkFailure(error) ?? String(message).slice(0, 160);
  return new ConfigError(
    `Slack could not be reached at ${where} (${why}): check the network${options.apiUrl ? ' and SLACK_API_URL' : ''}; SLACK_BOT_TOKEN was not checked.`,
  );
}

/** Both clients pause or reject on a 429; each one is counted. */
function countRateLimits(client: webApi.WebClient, deps: PlatformDeps): void {
  client.on(webApi.WebClientEvent.RATE_LIMITED, () =>
    deps.metrics.count('platformErrors', { platform: 'slack', kind: 'rate_limited' }),
  );
}

function socketReceiver(options: SlackOptions, logger: ReturnType<typeof boltLogger>): SocketModeReceiver {
  // Built here rather than by Bolt so that SLACK_API_URL reaches apps.connections.open too.
  return new SocketModeReceiver({
    appToken: options.appToken as string,
    logger,
    installerOptions: { clientOptions: options.apiUrl ? { slackApiUrl: options.apiUrl } : {} },
  });
}
