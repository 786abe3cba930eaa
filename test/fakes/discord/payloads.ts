// Gateway payloads built from the recorded fixtures in test/fixtures/discord/, with fresh ids and
// tokens: every field discord.js 14 reads is present (entitlements, authorizing_integration_owners…).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type Json, snowflake } from './state.js';

// Beside the sources under vitest; from the project root when a benchmark bundles this file.
const BESIDE = new URL('../../fixtures/discord/', import.meta.url);
const FIXTURES = existsSync(BESIDE)
  ? BESIDE
  : new URL('test/fixtures/discord/', pathToFileURL(`${process.cwd()}/`));

export function fixture(name: string): Json {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8'));
}

export interface FakeUser {
  id: string;
  username: string;
  /** The Discord client's language: 'ja', 'en-US'… */
  locale: string;
}

export interface Place {
  /** Absent for a DM with the bot. */
  guildId?: string;
  channelId: string;
}

export interface OptionInput {
  name: string;
  value: string | number | boolean;
  focused?: boolean;
}

const OPTION_TYPES = { string: 3, integer: 4, boolean: 5 } as const;

function optionType(value: OptionInput['value']): number {
  if (typeof value === 'boolean') return OPTION_TYPES.boolean;
  return typeof value === 'number' ? OPTION_TYPES.integer : OPTION_TYPES.string;
}

function userObject(user: FakeUser) {
  return {
    ...fixture('interaction-chat-input').member.user,
    id: user.id,
    username: user.username,
    global_name: user.username,
  };
}

/** Where and by whom: a guild member in a server channel, or a user in a DM channel. */
function placed(payload: Json, user: FakeUser, place: Place): Json {
  payload.id = snowflake();
  payload.token = `fake-${payload.id}-${Math.random().toString(36).slice(2)}`;
  payload.locale = user.locale;
  payload.channel_id = place.channelId;
  if (place.guildId) {
    const guildPayload = fixture('interaction-chat-input');
    payload.guild_id = place.guildId;
    payload.guild = { ...guildPayload.guild, id: place.guildId };
    payload.guild_locale = 'ja';
    payload.member = { ...guildPayload.member, user: userObject(user) };
    payload.channel = { ...guildPayload.channel, id: place.channelId, guild_id: place.guildId };
    payload.authorizing_integration_owners = { 0: place.guildId };
    payload.context = 0;
    delete payload.user;
  } else {
    const dmPayload = fixture('interaction-button-dm');
    delete payload.guild_id;
    delete payload.guild;
    delete payload.guild_locale;
    delete payload.member;
    payload.user = userObject(user);
    payload.channel = { ...dmPayload.channel, id: place.channelId, recipients: [userObject(user)] };
    payload.context = 1;
  }
  return payload;
}

/** A `/atone <subcommand>` slash command (or, with a focused option, its autocomplete). */
export function commandPayload(
  applicationId: string,
  user: FakeUser,
  place: Place,
  subcommand: string,
  options: OptionInput[],
): Json {
  const autocomplete = options.some((o) => o.focused);
  const payload = placed(
    fixture(autocomplete ? 'interaction-autocomplete' : 'interaction-chat-input'),
    user,
    place,
  );
  payload.application_id = applicationId;
  payload.data.options = [
    {
      name: subcommand,
      type: 1,
      ...(options.length
        ? {
            options: options.map((o) => ({
              name: o.name,
              type: optionType(o.value),
              value: o.value,
              ...(o.focused ? { focused: true } : {}),
            })),
          }
        : {}),
    },
  ];
  return payload;
}

/** A button pressed on `message` (a message the fake holds, as the bot sent it). */
export function buttonPayload(
  applicationId: string,
  user: FakeUser,
  place: Place,
  customId: string,
  message: Record<string, unknown>,
): Json {
  const payload = placed(fixture('interaction-button-dm'), user, place);
  payload.application_id = applicationId;
  payload.data = { component_type: 2, custom_id: customId };
  payload.message = message;
  return payload;
}

/** A MESSAGE_CREATE: in a server (mentioning the bot when `mention` is given) or in a DM. */
export function messagePayload(
  user: FakeUser,
  place: Place,
  content: string,
  mention?: Record<string, unknown>,
): Json {
  const payload = fixture(place.guildId ? 'message-create-mention' : 'message-create-dm');
  payload.id = snowflake();
  payload.channel_id = place.channelId;
  payload.author = { ...payload.author, id: user.id, username: user.username };
  payload.content = content;
  payload.mentions = mention ? [mention] : [];
  if (place.guildId) payload.guild_id = place.guildId;
  return payload;
}
