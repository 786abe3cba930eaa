// Discord through test/fakes/discord: the real discord.js client on the fake gateway, messages
// as MESSAGE_CREATE (DMs, and server messages that mention the bot), buttons as interactions.
import { createDiscordAdapter } from '../../../../adapters/discord/discord-adapter.js';
import type { PlatformAdapter } from '../../../../adapters/platform.js';
import { FakeDiscord, type FakeUser } from '../../../fakes/discord/fake-discord.js';
import { messagePayload } from '../../../fakes/discord/payloads.js';
import { type Json, type StoredMessage, snowflake } from '../../../fakes/discord/state.js';
import type { BotMessage, ContractDriver } from '../driver.js';

type DiscordUser = FakeUser & { userId: string };

const GUILD = { guildId: snowflake(), channelId: snowflake() };

export function discordDriver(): ContractDriver<DiscordUser> {
  let fake: FakeDiscord;
  let adapter: PlatformAdapter | undefined;
  let users = 0;

  /** The user's DM channel: the one the fake opens for the bot's DMs too. */
  function dmOf(user: DiscordUser): string {
    let channel = fake.state.dmChannels.get(user.id);
    if (!channel) {
      channel = snowflake();
      fake.state.dmChannels.set(user.id, channel);
    }
    return channel;
  }

  const seen = (message: StoredMessage): BotMessage => {
    const embeds = (message.embeds as Json[] | undefined) ?? [];
    const buttons = ((message.components as Json[] | undefined) ?? []).flatMap(
      (row) => row.components as Json[],
    );
    return {
      chat: message.channel_id,
      text: [
        message.content,
        ...embeds.flatMap((e) => [
          e.title,
          e.description,
          ...(e.fields ?? []).flatMap((f: Json) => [f.name, f.value]),
          e.footer?.text,
        ]),
      ]
        .filter(Boolean)
        .join('\n'),
      buttons: buttons.filter((b) => b.custom_id).map((b) => String(b.label)),
      raw: message,
    };
  };

  return {
    platform: 'discord',
    cannot: {},
    async start({ deps }) {
      fake = await FakeDiscord.start();
      adapter = createDiscordAdapter(
        { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl },
        deps,
      );
      await adapter.start();
      await fake.waitUntilReady();
      return adapter;
    },
    async stop() {
      await adapter?.stop();
      await fake?.close();
    },
    newUser() {
      const id = snowflake();
      return { id, userId: id, username: `user${++users}`, locale: 'ja' };
    },
    async say(user, text, where) {
      const place = where === 'dm' ? { channelId: dmOf(user) } : GUILD;
      const payload = fake.say(user, place, text, { mention: where === 'channel' });
      return { chat: place.channelId, handle: payload };
    },
    async botSays(author, user, text) {
      const place = { channelId: dmOf(user) };
      const writer =
        author === 'self'
          ? { id: String(fake.botUser.id), username: 'atone-bot', locale: 'ja' }
          : { id: snowflake(), username: 'other-bot', locale: 'ja' };
      const payload = messagePayload(writer, place, text);
      if (author === 'other') payload.author = { ...payload.author, bot: true };
      fake.gateway.dispatch('MESSAGE_CREATE', payload);
      return { chat: place.channelId, handle: payload };
    },
    repliesTo: (said) =>
      [...fake.state.messages.values()]
        .filter(
          (m) =>
            (m.message_reference as { message_id?: string } | undefined)?.message_id ===
            (said.handle as Json).id,
        )
        .map(seen),
    dmMessages: (user) =>
      fake
        .messagesIn(dmOf(user))
        .filter((m) => !m.message_reference)
        .map(seen),
    async press(user, message, label) {
      const raw = message.raw as StoredMessage;
      const buttons = ((raw.components as Json[] | undefined) ?? []).flatMap(
        (row) => row.components as Json[],
      );
      const button = buttons.find((b) => b.custom_id && label.test(String(b.label)));
      if (!button) throw new Error(`no button ${label} in ${message.buttons.join(', ')}`);
      const record = fake.pressButton(user, { channelId: raw.channel_id }, raw, String(button.custom_id));
      return seen(await fake.reply(record, 15_000));
    },
  };
}
