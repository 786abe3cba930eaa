// Discord traffic as the core's Message. Chat messages come raw from the gateway (MESSAGE_CREATE):
// in a server only those that mention the bot are for us, in a DM all of them; both carry their
// content without the privileged Message Content intent. Pure.
import type { Message } from '../../src/types.js';

/** The part of a MESSAGE_CREATE payload this adapter reads. */
export interface GatewayMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  type?: number;
  content: string;
  author: { id: string; bot?: boolean };
  webhook_id?: string;
  mentions?: ReadonlyArray<{ id: string }>;
}

/** Conversation ids carry the platform, then the server ('dm' for a direct message), then the channel. */
export function conversationId(guildId: string | null | undefined, channelId: string): string {
  return `discord:${guildId ?? 'dm'}:${channelId}`;
}

// Message types a person writes: DEFAULT (0) and REPLY (19); joins, pins and the like are not questions.
const USER_MESSAGE_TYPES = new Set([0, 19]);

// <@id>, <@!id> (users), <@&id> (roles), <#id> (channels), <:name:id> (custom emoji): their digits
// would otherwise read as dates or counts.
const DISCORD_TOKENS = /<@!?\d+>|<@&\d+>|<#\d+>|<a?:\w+:\d+>/g;

/** The question in a message for the bot, or undefined when the message is not addressed to it. */
export function messageFromGateway(
  data: GatewayMessage,
  botUserId: string,
  receivedAt: Date,
): Message | undefined {
  if (data.author.bot || data.webhook_id || data.author.id === botUserId) return undefined;
  if (data.type !== undefined && !USER_MESSAGE_TYPES.has(data.type)) return undefined;
  const inDm = !data.guild_id;
  const mentioned =
    (data.mentions ?? []).some((user) => user.id === botUserId) ||
    data.content.includes(`<@${botUserId}>`) ||
    data.content.includes(`<@!${botUserId}>`);
  if (!inDm && !mentioned) return undefined;
  return {
    platform: 'discord',
    userId: data.author.id,
    channelId: conversationId(data.guild_id, data.channel_id),
    text: data.content.replace(DISCORD_TOKENS, ' ').replace(/\s+/g, ' ').trim(),
    receivedAt,
  };
}
