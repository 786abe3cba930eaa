// LINE webhook bodies → the turns this adapter acts on. Pure: nothing here does I/O, and any
// body, however malformed, gives a result rather than an exception. Wire facts:
// ../shared/platform-protocols.md, "LINE".
import { z } from 'zod';
import { cutUnits, MAX_QUESTION_UNITS } from './limits.js';

/** A chat the bot is in: a one-to-one chat with a user, a group or a (multi-person) room. */
export interface LineChat {
  kind: 'user' | 'group' | 'room';
  /** U… for a user, C… for a group, R… for a room: what push and the loading indicator take. */
  id: string;
}

/** Who the bot is: the webhook's `destination`, and the name from /v2/bot/info when known. */
export interface BotIdentity {
  userId?: string;
  displayName?: string;
}

interface TurnBase {
  /** `webhookEventId`: a redelivery carries the same one. */
  eventId?: string;
  redelivery: boolean;
}

/** One thing to do for one event. */
export type LineTurn = TurnBase &
  (
    | { kind: 'text'; replyToken: string; chat: LineChat; userId: string; text: string; quoteToken?: string }
    /** A sticker, photo or the like in a one-to-one chat: the bot cannot read it, but answers. */
    | { kind: 'other-message'; replyToken: string; chat: LineChat; userId: string }
    | { kind: 'postback'; replyToken: string; chat: LineChat; userId: string; data: string }
    | { kind: 'follow'; replyToken: string; userId: string }
    | { kind: 'join'; replyToken: string; chat: LineChat }
    | { kind: 'unfollow'; userId: string }
  );

const id = z.string().min(1).max(100);

const sourceSchema = z.object({
  type: z.enum(['user', 'group', 'room']),
  userId: id.optional(),
  groupId: id.optional(),
  roomId: id.optional(),
});

const mentioneeSchema = z.object({
  index: z.number().int().nonnegative(),
  length: z.number().int().positive(),
  type: z.string().optional(),
  userId: z.string().optional(),
  isSelf: z.boolean().optional(),
});

const eventSchema = z.object({
  type: z.string(),
  mode: z.string().optional(),
  source: sourceSchema.optional(),
  webhookEventId: z.string().min(1).max(100).optional(),
  deliveryContext: z.object({ isRedelivery: z.boolean().optional() }).optional(),
  replyToken: z.string().min(1).max(200).optional(),
  message: z
    .object({
      type: z.string(),
      text: z.string().optional(),
      quoteToken: z.string().max(200).optional(),
      // A malformed mention loses the mention, not the message.
      mention: z
        .object({ mentionees: z.array(mentioneeSchema) })
        .optional()
        .catch(undefined),
    })
    .optional(),
  postback: z.object({ data: z.string().max(1_000) }).optional(),
});

type LineEvent = z.infer<typeof eventSchema>;

export interface WebhookBody {
  /** The bot's own user id. */
  destination?: string;
  /** Raw events: each is read on its own, so one bad event does not hide the others. */
  events: unknown[];
}

/** The body's envelope, or undefined when it is not JSON of LINE's shape. */
export function parseWebhookBody(raw: Buffer | string): WebhookBody | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { destination, events } = parsed as { destination?: unknown; events?: unknown };
  if (!Array.isArray(events)) return undefined;
  return { ...(typeof destination === 'string' ? { destination } : {}), events };
}

/** What the bot does about one event, or undefined when it stays quiet. */
export function toTurn(raw: unknown, bot: BotIdentity): LineTurn | undefined {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const event = parsed.data;
  // Standby: another channel (a chat tool) is answering this chat; there is no reply token.
  if (event.mode === 'standby') return undefined;
  const base: TurnBase = {
    ...(event.webhookEventId ? { eventId: event.webhookEventId } : {}),
    redelivery: event.deliveryContext?.isRedelivery === true,
  };
  const chat = chatOf(event);
  const userId = event.source?.userId;
  // The bot never answers itself.
  if (userId !== undefined && userId === bot.userId) return undefined;
  const replyToken = event.replyToken;

  switch (event.type) {
    case 'message': {
      if (!chat || !replyToken || !event.message) return undefined;
      const asker = userId ?? chat.id;
      if (chat.kind !== 'user') {
        // In groups and rooms only a message that mentions the bot is for it.
        const text = event.message.type === 'text' ? addressedText(event, bot) : undefined;
        if (text === undefined) return undefined;
        return { ...base, kind: 'text', replyToken, chat, userId: asker, text, ...quote(event) };
      }
      if (event.message.type !== 'text')
        return { ...base, kind: 'other-message', replyToken, chat, userId: asker };
      return {
        ...base,
        kind: 'text',
        replyToken,
        chat,
        userId: asker,
        text: cleanText(event.message.text ?? ''),
      };
    }
    case 'postback':
      if (!chat || !replyToken || !event.postback) return undefined;
      return {
        ...base,
        kind: 'postback',
        replyToken,
        chat,
        userId: userId ?? chat.id,
        data: event.postback.data,
      };
    case 'follow':
      return replyToken && userId ? { ...base, kind: 'follow', replyToken, userId } : undefined;
    case 'join':
      return replyToken && chat && chat.kind !== 'user'
        ? { ...base, kind: 'join', replyToken, chat }
        : undefined;
    case 'unfollow':
      return userId ? { ...base, kind: 'unfollow', userId } : undefined;
    default:
      return undefined;
  }
}

function chatOf(event: LineEvent): LineChat | undefined {
  const source = event.source;
  if (!source) return undefined;
  const chatId =
    source.type === 'user' ? source.userId : source.type === 'group' ? source.groupId : source.roomId;
  return chatId ? { kind: source.type, id: chatId } : undefined;
}

function quote(event: LineEvent): { quoteToken?: string } {
  const token = event.message?.quoteToken;
  return token ? { quoteToken: token } : {};
}

/**
 * The question in a group message that mentions the bot (a mentionee with `isSelf`, or with the
 * bot's user id; or "@<bot name>" typed without picking it from the list), without the mention;
 * undefined when the bot is not mentioned.
 */
export function addressedText(event: Pick<LineEvent, 'message'>, bot: BotIdentity): string | undefined {
  const message = event.message;
  if (message?.type !== 'text') return undefined;
  const text = message.text ?? '';
  const self = (message.mention?.mentionees ?? []).filter(
    (m) => m.isSelf === true || (bot.userId !== undefined && m.userId === bot.userId),
  );
  const typedName = bot.displayName ? `@${bot.displayName}` : undefined;
  if (self.length > 0) return cleanText(removeSpans(text, self));
  if (typedName && text.includes(typedName)) return cleanText(text.split(typedName).join(' '));
  return undefined;
}

/** `text` without the given [index, index + length) spans (UTF-16 offsets, as LINE counts them). */
function removeSpans(text: string, spans: ReadonlyArray<{ index: number; length: number }>): string {
  let out = text;
  for (const span of [...spans].sort((a, b) => b.index - a.index)) {
    if (span.index >= out.length) continue;
    out = `${out.slice(0, span.index)} ${out.slice(span.index + span.length)}`;
  }
  return out;
}

/** Whitespace collapsed and the length bounded: LINE allows 10,000 characters, the matcher needs far fewer. */
function cleanText(text: string): string {
  return cutUnits(text, MAX_QUESTION_UNITS * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_UNITS)
    .replace(/[\ud800-\udbff]$/, '');
}

/** The conversation id of a chat: 'line:user:U…', 'line:group:C…', 'line:room:R…'. Also where `send` delivers. */
export function conversationOf(chat: LineChat): string {
  return `line:${chat.kind}:${chat.id}`;
}

/** The chat a conversation id names, or undefined when it is not a LINE one. */
export function chatOfConversation(conversation: string): LineChat | undefined {
  const match = /^line:(user|group|room):([A-Za-z0-9]{1,64})$/.exec(conversation);
  return match ? { kind: match[1] as LineChat['kind'], id: match[2] as string } : undefined;
}

const TURN_KINDS = new Set(['text', 'other-message', 'postback', 'follow', 'join', 'unfollow']);

/** True for a turn as toTurn makes it (the inbox gives back what was written, as JSON). */
export function isLineTurn(value: unknown): value is LineTurn {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, userId, chat, replyToken } = value as Record<string, unknown>;
  if (typeof kind !== 'string' || !TURN_KINDS.has(kind)) return false;
  if (kind !== 'join' && typeof userId !== 'string') return false;
  if (kind !== 'unfollow' && typeof replyToken !== 'string') return false;
  return kind === 'follow' || kind === 'unfollow' || (typeof chat === 'object' && chat !== null);
}
