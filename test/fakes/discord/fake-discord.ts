// A local fake of Discord on 127.0.0.1 for end-to-end tests: REST under /api/v10 and the gateway
// on the same port (GET /gateway/bot points at it, so `rest.api` alone moves a discord.js client
// here). It drives the real client of a running bot and records everything, with timings, so
// that tests can check what a user would see and that every interaction was answered in 3 s.
//
//   const fake = await FakeDiscord.start();            // DISCORD_API_URL = fake.apiUrl
//   ...start the bot with DISCORD_TOKEN = fake.token, DISCORD_APPLICATION_ID = fake.applicationId
//   await fake.waitUntilReady();
//   const reply = await fake.reply(fake.command(user, { guildId, channelId }, 'deadline', [{ name: 'method', value: 'store' }]));
//   await fake.pressButton(user, place, reply, 'ask:fees');  fake.say(user, place, 'text');
//   await fake.gateway.forceReconnect();  fake.state.lateCallbacks();  fake.state.refusals;
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './gateway.js';
import {
  buttonPayload,
  commandPayload,
  type FakeUser,
  fixture,
  messagePayload,
  type OptionInput,
  type Place,
} from './payloads.js';
import { handleRest, type RestApiContext } from './rest-api.js';
import { FakeState, type InteractionRecord, type Json, type StoredMessage, snowflake } from './state.js';

export type { FakeUser, Place } from './payloads.js';

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  heartbeatIntervalMs?: number;
}

export class FakeDiscord {
  readonly state = new FakeState();
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: Record<string, unknown> & { id: string };
  readonly gateway: FakeGateway;
  private readonly server: Server;
  private port = 0;
  private readyAt = 0;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'test-token';
    this.applicationId = options.applicationId ?? snowflake();
    const readyTemplate = fixture('ready');
    this.botUser = { ...readyTemplate.user, id: snowflake(), username: 'atone-bot' };
    this.gateway = new FakeGateway({
      token: this.token,
      applicationId: this.applicationId,
      botUser: this.botUser,
      readyTemplate,
      url: () => `ws://127.0.0.1:${this.port}/gateway`,
      heartbeatIntervalMs: options.heartbeatIntervalMs,
    });
    const context: RestApiContext = {
      state: this.state,
      applicationId: this.applicationId,
      botUser: this.botUser,
      token: this.token,
      gatewayUrl: () => `ws://127.0.0.1:${this.port}/gateway`,
    };
    this.server = createServer((req, res) => void handleRest(context, req, res));
    this.server.on('upgrade', (req, socket, head) => {
      if (req.url?.startsWith('/gateway')) this.gateway.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    void fake.gateway.next('ready', 600_000).then(
      () => {
        fake.readyAt = Date.now();
      },
      () => undefined,
    );
    return fake;
  }

  /** What DISCORD_API_URL is set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves once the bot has identified and had a moment to turn ready (dispatches sent before are queued by discord.js). */
  async waitUntilReady(timeoutMs = 15_000): Promise<void> {
    await this.waitFor(() => this.readyAt > 0, timeoutMs, 'the bot to identify');
    const settle = this.readyAt + 250 - Date.now();
    if (settle > 0) await new Promise((resolve) => setTimeout(resolve, settle));
  }

  /**
   * Sends an interaction to the bot. `ageMs` simulates gateway delay: Discord's 3 s started that
   * long before the bot received it.
   */
  dispatchInteraction(payload: Json, { ageMs = 0 } = {}): InteractionRecord {
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      payload,
      startedAt: Date.now() - ageMs,
      callbacks: [],
    };
    this.state.interactions.set(record.id, record);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  command(
    user: FakeUser,
    place: Place,
    subcommand: string,
    options: OptionInput[] = [],
    timing: { ageMs?: number } = {},
  ): InteractionRecord {
    return this.dispatchInteraction(
      commandPayload(this.applicationId, user, place, subcommand, options),
      timing,
    );
  }

  /** A slash command this bot does not define (an older registration, a newer deploy, a typo'd sync). */
  unknownCommand(user: FakeUser, place: Place, name: string): InteractionRecord {
    const payload = commandPayload(this.applicationId, user, place, 'help', []);
    payload.data = { ...payload.data, name, options: [] };
    return this.dispatchInteraction(payload, {});
  }

  pressButton(user: FakeUser, place: Place, message: StoredMessage, customId: string): InteractionRecord {
    return this.dispatchInteraction(buttonPayload(this.applicationId, user, place, customId, message));
  }

  /** A chat message; `mention` makes it mention the bot (needed in a server). */
  say(user: FakeUser, place: Place, content: string, { mention = Boolean(place.guildId) } = {}): Json {
    const text = mention ? `<@${this.botUser.id}> ${content}` : content;
    const payload = messagePayload(user, place, text, mention ? this.botUser : undefined);
    this.gateway.dispatch('MESSAGE_CREATE', payload);
    return payload;
  }

  /** The interaction's visible reply, once it is final (a deferred one after its edit). */
  reply(record: InteractionRecord, timeoutMs = 5_000): Promise<StoredMessage> {
    return this.waitFor(
      () => {
        const message = record.originalId ? this.state.messages.get(record.originalId) : undefined;
        // A deferral (5: "thinking…", 6: deferred update) is only an answer once @original is edited.
        const deferred = record.acknowledged === 5 || record.acknowledged === 6;
        return message && (!deferred || record.edited) ? message : undefined;
      },
      timeoutMs,
      `a reply to interaction ${record.id}`,
    );
  }

  /** The autocomplete choices the bot answered with. */
  choices(
    record: InteractionRecord,
    timeoutMs = 5_000,
  ): Promise<Array<{ name: string; value: string | number }>> {
    return this.waitFor(() => record.choices, timeoutMs, `choices for ${record.id}`);
  }

  /** The bot's reply to a chat message. */
  replyTo(message: Json, timeoutMs = 5_000): Promise<StoredMessage> {
    return this.waitFor(
      () =>
        [...this.state.messages.values()].find(
          (m) => (m.message_reference as { message_id?: string } | undefined)?.message_id === message.id,
        ),
      timeoutMs,
      `a reply to message ${message.id}`,
    );
  }

  /** Messages in a channel, oldest first. */
  messagesIn(channelId: string): StoredMessage[] {
    return [...this.state.messages.values()].filter((m) => m.channel_id === channelId);
  }

  /** How long after Discord's clock started each interaction got its first answer (ms). */
  callbackDelays(): number[] {
    return [...this.state.interactions.values()]
      .map((r) => r.callbacks[0]?.sinceDispatchMs)
      .filter((ms): ms is number => ms !== undefined);
  }

  async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 5_000, what = 'a condition'): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > until) throw new Error(`fake discord: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
