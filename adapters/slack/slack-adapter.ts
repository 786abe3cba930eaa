// The Slack adapter: Bolt in HTTP mode (its HTTPReceiver on PORT at /slack/events, every
// request's signature checked) or in Socket Mode when an app token is given. It only wires
// listeners (listeners/) to the core; parsing and rendering are pure functions beside it.
import { App, type AppOptions, SocketModeReceiver, webApi } from '@slack/bolt';
import { type Config, ConfigError } from '../../src/config.js';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import type { PlatformAdapter, PlatformDeps } from '../platform.js';
import { ChannelPacer } from './channel-pacer.js';
import { registerAnswerActions } from './listeners/actions.js';
import { eventsAfterPendingAcks } from './listeners/after-acks.js';
import { registerCommand } from './listeners/command.js';
import { dropRetries } from './listeners/dedupe.js';
import { registerHome } from './listeners/home.js';
import { registerMessageListeners } from './listeners/messages.js';
import { registerTurnErrors } from './listeners/turn-errors.js';
import { createReminderDelivery } from './reminder-delivery.js';
import { boltLogger, describeError } from './slack-errors.js';

export type SlackOptions = NonNullable<Config['slack']>;

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
  const app = new App({
    token: options.botToken,
    logger,
    // auth.test runs in start(), where a bad token can stop the start with a clear message.
    deferInitialization: true,
    extendedErrorHandler: true,
    convoStore: false,
    clientOptions: { ...apiUrl, retryConfig: REPLY_RETRIES, timeout: REQUEST_TIMEOUT_MS },
    ...receiverOptions(options, logger),
  });

  app.use(eventsAfterPendingAcks);
  app.use(dropRetries(deps));
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
  const delivery = createReminderDelivery(reminderClient, new ChannelPacer(1_000), deps.log);
  let started = false;

  return {
    platform: 'slack',
    async start() {
      try {
        await app.init();
      } catch (error) {
        const { error: code, message } = describeError(error);
        throw new ConfigError(
          `Slack did not accept SLACK_BOT_TOKEN at auth.test (${String(code ?? message)}); check the token${options.apiUrl ? ' and SLACK_API_URL' : ''}.`,
        );
      }
      try {
        await (socketMode ? app.start() : app.start(options.port));
      } catch (error) {
        const { code, error: apiError, message } = describeError(error);
        throw new ConfigError(
          socketMode
            ? `Slack Socket Mode did not start (${String(apiError ?? message)}); check SLACK_APP_TOKEN (an app-level token with connections:write).`
            : `Slack could not listen on PORT ${options.port} (${String(code ?? message)}).`,
        );
      }
      started = true;
      deps.log.info(
        'slack ready',
        socketMode ? { mode: 'socket' } : { mode: 'http', port: options.port, path: '/slack/events' },
      );
    },
    async stop() {
      if (!started) return;
      started = false;
      await app.stop().catch((error: unknown) => deps.log.error('slack stop failed', describeError(error)));
    },
    send: (conversation, answer) => delivery.send(conversation, answer),
  };
}

function receiverOptions(options: SlackOptions, logger: ReturnType<typeof boltLogger>): Partial<AppOptions> {
  if (options.appToken) {
    // Built here rather than by Bolt so that SLACK_API_URL reaches apps.connections.open too.
    const receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger,
      installerOptions: { clientOptions: options.apiUrl ? { slackApiUrl: options.apiUrl } : {} },
    });
    return { socketMode: true, appToken: options.appToken, receiver };
  }
  return { signingSecret: options.signingSecret, port: options.port, endpoints: '/slack/events' };
}
