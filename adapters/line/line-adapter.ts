// The LINE adapter: the Messaging API webhook (an HttpRoute at /line/webhook on the shared HTTP
// server) turned into turns kept in the durable inbox, answered through the assistant with the
// event's reply token; reminders pushed. Parsing (events.ts) and rendering (render.ts) are pure
// functions beside it.
import { ConfigError } from '../../src/config.js';
import type { PlatformAdapter, PlatformDeps } from '../platform.js';
import { createLineApi, describeLineError, type LineApi } from './api.js';
import { type BotIdentity, isLineTurn } from './events.js';
import type { LineOptions as LineConfig } from './index.js';
import { createPusher } from './push.js';
import { createTurnHandler } from './turns.js';
import { createWebhookRoute } from './webhook.js';

/** How long LINE's bot info answering stands for /readyz (a load balancer may ask every few seconds). */
const READY_CHECK_MS = 10_000;

export interface LineAdapterOptions {
  /** A one-to-one answer not ready after this long shows the loading animation (default 1 s). */
  loadingAfterMs?: number;
  /** Tests pass their own client; default: @line/bot-sdk against LINE_API_URL. */
  api?: LineApi;
}

export function createLineAdapter(
  config: LineConfig,
  deps: PlatformDeps,
  options: LineAdapterOptions = {},
): PlatformAdapter {
  const { log, metrics, inbox } = deps;
  const api =
    options.api ??
    createLineApi({
      channelAccessToken: config.channelAccessToken,
      ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
    });
  const pusher = createPusher(api, metrics, log);
  let identity: BotIdentity = {};
  let state: 'starting' | 'ok' | 'stopped' = 'starting';
  // /readyz asks LINE itself (bot info, a token check), at most every READY_CHECK_MS.
  let lastCheck = { at: 0, result: 'starting' };
  let checking: Promise<string> | undefined;
  const checkLine = (): Promise<string> =>
    (checking ??= api
      .botInfo()
      .then(
        () => 'ok',
        (error: unknown) => {
          const failure = describeLineError(error);
          if (failure.status === 401 || failure.status === 403)
            return `LINE refused LINE_CHANNEL_ACCESS_TOKEN (${failure.status})`;
          return `LINE API not answering: ${failure.status ? `${failure.status} ` : ''}${failure.reason}`.slice(
            0,
            200,
          );
        },
      )
      .then((result) => {
        lastCheck = { at: Date.now(), result };
        checking = undefined;
        return result;
      }));

  const handleTurn = createTurnHandler({
    assistant: deps.assistant,
    api,
    pusher,
    now: deps.now,
    log,
    metrics,
    bot: () => identity,
    ...(options.loadingAfterMs !== undefined ? { loadingAfterMs: options.loadingAfterMs } : {}),
  });
  inbox.handle(
    'line',
    async (payload) => {
      // A turn this adapter wrote; one from another version after an upgrade may not fit.
      if (isLineTurn(payload)) await handleTurn(payload);
      else log.warn('line inbox event not understood; dropped');
    },
    // One user's turns in one chat are answered in order (the chat alone for a join).
    (payload) => {
      if (!isLineTurn(payload)) return undefined;
      const chat = 'chat' in payload ? JSON.stringify(payload.chat) : 'user';
      const user = 'userId' in payload ? payload.userId : '';
      return `${chat}:${user}`;
    },
  );

  const webhook = createWebhookRoute({
    channelSecret: config.channelSecret,
    inbox,
    log,
    bot: () => identity,
  });

  return {
    platform: 'line',
    routes: [webhook],
    async start() {
      try {
        const info = await api.botInfo();
        identity = { userId: info.userId, displayName: info.displayName };
        lastCheck = { at: Date.now(), result: 'ok' };
      } catch (error) {
        const failure = describeLineError(error);
        if (failure.status === 401 || failure.status === 403) {
          throw new ConfigError(
            `LINE did not accept LINE_CHANNEL_ACCESS_TOKEN (${failure.status}: ${failure.reason}); issue a long-lived token in the LINE Developers console${config.apiUrl ? ' and check LINE_API_URL' : ''}.`,
          );
        }
        // LINE unreachable: the webhook still works (each request names the bot); /readyz says so.
        log.warn('line bot info failed; starting anyway', failure);
        lastCheck = { at: 0, result: 'starting' };
      }
      state = 'ok';
      log.info('line ready', {
        ...(identity.displayName ? { bot: identity.displayName } : {}),
        path: webhook.path,
      });
    },
    // Turns in flight belong to the inbox, which the server drains before stopping adapters.
    async stop() {
      state = 'stopped';
    },
    async status() {
      if (state !== 'ok') return state;
      // A success stands for a while; a failure is checked again at the next ask.
      if (lastCheck.result === 'ok' && Date.now() - lastCheck.at < READY_CHECK_MS) return 'ok';
      return checkLine();
    },
    send: pusher.send,
  };
}
