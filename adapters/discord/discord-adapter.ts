// The Discord adapter: a discord.js client on the gateway (reconnects, resumes and 429s are
// discord.js's job), slash commands, autocomplete and buttons through interactions, mentions and
// DMs through MESSAGE_CREATE, reminders by DM. `DISCORD_API_URL` moves REST and, through
// `GET /gateway/bot`, the gateway too (tests point it at a local fake).
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, RESTEvents } from 'discord.js';
import { ConfigError } from '../../src/config.js';
import type { SendMeta } from '../../src/reminders/scheduler.js';
import type { Answer } from '../../src/types.js';
import { networkFailure } from '../failure.js';
import type { PlatformAdapter, PlatformDeps } from '../platform.js';
import { describeError } from './discord-errors.js';
import type { DiscordOptions } from './index.js';
import { createInteractionHandler } from './interaction-handlers.js';
import { createMessageHandler } from './message-handler.js';
import type { GatewayMessage } from './message-input.js';
import { createReminderSender } from './reminder-sender.js';

export interface DiscordAdapterOptions {
  /** Answer an interaction directly when ready within this time, else defer first (default 1 s). */
  deferAfterMs?: number;
  /** REST requests per second spent on reminder DMs by this process (default 40). */
  reminderRequestsPerSecond?: number;
}

export interface DiscordAdapter extends PlatformAdapter {
  /** `meta.idempotencyKey` (from the scheduler) makes Discord drop a resent duplicate. */
  send(conversation: string, answer: Answer, meta?: Pick<SendMeta, 'idempotencyKey'>): Promise<void>;
}

export function createDiscordAdapter(
  config: DiscordOptions,
  deps: PlatformDeps,
  options: DiscordAdapterOptions = {},
): DiscordAdapter {
  const { assistant, now, log, metrics } = deps;
  const client = new Client({
    // Slash commands and buttons need no intent; mentions and DMs arrive with these two, and their
    // text comes without the privileged Message Content intent. No Guilds intent: nothing is cached.
    intents: [GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });

  // Turns in flight, so that a shutdown finishes them before it disconnects.
  const inFlight = new Set<Promise<void>>();
  const track = (turn: Promise<void>) => {
    inFlight.add(turn);
    void turn.finally(() => inFlight.delete(turn));
  };

  const onInteraction = createInteractionHandler({
    assistant,
    now,
    log,
    metrics,
    deferAfterMs: options.deferAfterMs,
  });
  client.on(Events.InteractionCreate, (interaction) => track(onInteraction(interaction)));

  // Raw dispatches: discord.js drops a MESSAGE_CREATE whose guild channel it has not cached.
  const onMessage = createMessageHandler({
    assistant,
    rest: client.rest,
    botUserId: () => client.user?.id,
    now,
    log,
    metrics,
  });
  client.ws.on(GatewayDispatchEvents.MessageCreate, (data: GatewayMessage) => track(onMessage(data)));
  client.rest.on(RESTEvents.RateLimited, () =>
    metrics.count('platformErrors', { platform: 'discord', kind: 'rate_limited' }),
  );

  client.once(Events.ClientReady, (ready) =>
    log.info('discord ready', { user: ready.user.id, shards: ready.ws.shards.size }),
  );
  let stopping = false;
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) log.info('discord reconnecting', { shard });
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info('discord resumed', { shard, replayed }));
  client.on(Events.ShardError, (error, shard) =>
    log.error('discord gateway error', { shard, error: describeError(error) }),
  );
  client.on(Events.Error, (error) => log.error('discord client error', { error: describeError(error) }));

  const send = createReminderSender({
    rest: client.rest,
    requestsPerSecond: options.reminderRequestsPerSecond,
    metrics,
  });

  return {
    platform: 'discord',
    async start() {
      try {
        await client.login(config.token);
      } catch (error) {
        throw startError(error, config);
      }
    },
    async stop(deadline = Date.now() + 10_000) {
      stopping = true;
      // Turns in flight still need REST (which destroy() disconnects): finish them first.
      if (inFlight.size > 0) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const late = new Promise((resolve) => {
          timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        });
        await Promise.race([Promise.allSettled([...inFlight]), late]);
        clearTimeout(timer);
        if (inFlight.size > 0) log.warn('discord stopped with turns unanswered', { turns: inFlight.size });
      }
      await client.destroy();
    },
    status: () => (stopping ? 'stopping' : client.isReady() ? 'ok' : 'disconnected'),
    send,
  };
}

/** A refused token, refused intents, or no way to reach Discord at all (never blamed on the token). */
function startError(error: unknown, config: DiscordOptions): Error {
  const code = (error as { code?: unknown }).code;
  // A refused token is a configuration problem: say which variable, never its value.
  if (code === 'TokenInvalid')
    return new ConfigError(
      'Discord refused DISCORD_TOKEN (401): copy the bot token again from the Developer Portal.',
    );
  if (code === 'DisallowedIntents')
    return new ConfigError(
      'Discord refused the gateway intents (4014): the bot needs no privileged intent; check the application in the Developer Portal.',
    );
  const network = networkFailure(error);
  const where = config.apiUrl ? `DISCORD_API_URL (${config.apiUrl})` : 'discord.com';
  if (network)
    return new ConfigError(
      `Discord could not be reached at ${where} (${network}): check the network${config.apiUrl ? ' and DISCORD_API_URL' : ''}; DISCORD_TOKEN was not checked.`,
    );
  return new ConfigError(`Discord did not start (${describeError(error)}).`);
}
