// The LINE adapter: the Messaging API webhook (an HttpRoute at /line/webhook) turned into turns
// for the assistant, answers sent back with the event's reply token, reminders pushed. Parsing
// (events.ts) and rendering (render.ts) are pure functions beside it.
import { type Config, ConfigError } from '../../src/config.js';
import { type Metrics, noMetrics } from '../../src/metrics.js';
import type { PlatformAdapter, PlatformDeps } from '../platform.js';
import { createLineApi, describeLineError, type LineApi } from './api.js';
import { type BotIdentity, toTurn, type WebhookBody } from './events.js';
import { createPusher } from './push.js';
import { type RouteServer, serveRoutes } from './temporary-server.js';
import { createTurnHandler } from './turns.js';
import { createWebhookRoute } from './webhook.js';

export type LineConfig = NonNullable<Config['line']>;

export interface LineAdapterOptions {
  /** TEMPORARY: serve the webhook on this port until the shared HTTP server lands (main.ts passes PORT). */
  listenPort?: number;
  /** A one-to-one answer not ready after this long shows the loading animation (default 1 s). */
  loadingAfterMs?: number;
  /** Pushes, duplicates, failed turns and LINE errors are counted here (default: nowhere). */
  metrics?: Metrics;
  /** Tests pass their own client; default: @line/bot-sdk against LINE_API_URL. */
  api?: LineApi;
}

/** LINE redelivers a failed webhook for a while; an event id is remembered well beyond that. */
const SEEN_EVENT_TTL_MS = 24 * 60 * 60_000;

export function createLineAdapter(
  config: LineConfig,
  deps: PlatformDeps,
  options: LineAdapterOptions = {},
): PlatformAdapter {
  const { log } = deps;
  const api =
    options.api ??
    createLineApi({
      channelAccessToken: config.channelAccessToken,
      ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
    });
  const metrics = options.metrics ?? noMetrics;
  const pusher = createPusher(api, metrics, log);
  let identity: BotIdentity = {};

  const handleTurn = createTurnHandler({
    assistant: deps.assistant,
    api,
    pusher,
    now: deps.now,
    log,
    metrics,
    bot: () => identity,
    ...(options.loadingAfterMs !== undefined ? { loadingAfterMs: options.loadingAfterMs } : {}),
    async firstSighting(eventId) {
      try {
        return await deps.store.rememberEvent(`line:${eventId}`, SEEN_EVENT_TTL_MS, deps.now());
      } catch (error) {
        // A rare double answer beats a question left unanswered.
        log.error('line dedupe store failed; answering anyway', { eventId, error: String(error) });
        return true;
      }
    },
  });

  // Turns in progress, so that stop() lets them finish.
  const inFlight = new Set<Promise<void>>();
  async function handleEvents(body: WebhookBody): Promise<void> {
    // The webhook's destination is the bot's own user id, known even before start() asked LINE.
    if (body.destination && !identity.userId) identity = { ...identity, userId: body.destination };
    // In order: one request's events are often one chat's consecutive messages.
    for (const event of body.events) {
      const turn = toTurn(event, identity);
      if (turn) await handleTurn(turn);
    }
  }

  const webhook = createWebhookRoute({
    channelSecret: config.channelSecret,
    log,
    onEvents(body) {
      const work = handleEvents(body).catch((error: unknown) =>
        log.error('line events failed', { error: String(error) }),
      );
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
  });

  let server: RouteServer | undefined;

  return {
    platform: 'line',
    routes: [webhook],
    async start() {
      try {
        const info = await api.botInfo();
        identity = { userId: info.userId, displayName: info.displayName };
      } catch (error) {
        const failure = describeLineError(error);
        if (failure.status === 401 || failure.status === 403) {
          throw new ConfigError(
            `LINE did not accept LINE_CHANNEL_ACCESS_TOKEN (${failure.status}: ${failure.reason}); issue a long-lived token in the LINE Developers console${config.apiUrl ? ' and check LINE_API_URL' : ''}.`,
          );
        }
        // LINE unreachable: the webhook still works (its destination names the bot); say so.
        log.error('line bot info failed; starting anyway', failure);
      }
      if (options.listenPort !== undefined) {
        try {
          server = await serveRoutes([webhook], options.listenPort, log);
        } catch (error) {
          throw new ConfigError(`LINE could not listen on PORT ${options.listenPort} (${String(error)}).`);
        }
      }
      log.info('line ready', {
        ...(identity.displayName ? { bot: identity.displayName } : {}),
        ...(server ? { port: server.port } : {}),
        path: webhook.path,
      });
    },
    async stop() {
      await server?.close();
      server = undefined;
      await Promise.race([
        Promise.all(inFlight),
        new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
      ]);
    },
    send: pusher.send,
  };
}
