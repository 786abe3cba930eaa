// The interaction endpoints of the fake: the callback (answer within 3 s, exactly once) and the
// webhook that edits `@original` and sends follow-ups afterwards. Status codes and error codes are
// Discord's: 10062 Unknown interaction (too late), 40060 already acknowledged, 10008/10015.
import { type MessageBody, refuseMessage } from './message-rules.js';
import {
  type FakeState,
  INTERACTION_DEADLINE_MS,
  type RestCall,
  type StoredMessage,
  snowflake,
} from './state.js';

export interface Reply {
  status: number;
  body?: unknown;
}

export interface InteractionApiContext {
  state: FakeState;
  applicationId: string;
  botUser: Record<string, unknown>;
}

const EPHEMERAL = 64;
const LOADING = 128;
const WEBHOOK_LIFETIME_MS = 15 * 60_000;

export const discordError = (status: number, code: number, message: string, extra: object = {}): Reply => ({
  status,
  body: { code, message, ...extra },
});

function refused(state: FakeState, call: RestCall, body: MessageBody, edit: boolean): Reply | undefined {
  const refusal = refuseMessage(body, { edit });
  if (!refusal) return undefined;
  state.refusals.push({ call, reason: refusal });
  return discordError(400, refusal.code, refusal.message, { errors: refusal.problems });
}

export function newMessage(
  ctx: InteractionApiContext,
  channelId: string,
  body: MessageBody & { flags?: number },
  extra: object = {},
): StoredMessage {
  const message: StoredMessage = {
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    author: ctx.botUser,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body.flags ?? 0,
    ...extra,
  };
  ctx.state.messages.set(message.id, message);
  return message;
}

function channelOf(payload: Record<string, unknown>): string {
  return String(payload.channel_id ?? (payload.channel as { id?: string } | undefined)?.id ?? '0');
}

/** The message a component interaction came from, kept by the fake from then on. */
function componentMessage(ctx: InteractionApiContext, payload: Record<string, unknown>): StoredMessage {
  const sent = payload.message as StoredMessage;
  const known = ctx.state.messages.get(sent.id);
  if (known) return known;
  ctx.state.messages.set(sent.id, { ...sent });
  return ctx.state.messages.get(sent.id) as StoredMessage;
}

function edit(ctx: InteractionApiContext, message: StoredMessage, body: MessageBody): StoredMessage {
  const updated: StoredMessage = {
    ...message,
    ...(body.content !== undefined ? { content: body.content } : {}),
    ...(body.embeds !== undefined ? { embeds: body.embeds } : {}),
    ...(body.components !== undefined ? { components: body.components } : {}),
    flags: message.flags & ~LOADING,
    edited_timestamp: new Date().toISOString(),
  };
  ctx.state.messages.set(message.id, updated);
  return updated;
}

export function interactionCallback(
  ctx: InteractionApiContext,
  params: { id: string; token: string },
  body: {
    type?: number;
    data?: MessageBody & { flags?: number; choices?: Array<{ name: string; value: string }> };
  },
  query: Record<string, string>,
  call: RestCall,
): Reply {
  const record = ctx.state.interactions.get(params.id);
  if (!record || record.token !== params.token) return discordError(404, 10062, 'Unknown interaction');
  call.interactionId = record.id;
  call.sinceDispatchMs = call.at - record.startedAt;
  record.callbacks.push(call);
  if (call.sinceDispatchMs > INTERACTION_DEADLINE_MS) {
    call.late = true;
    return discordError(404, 10062, 'Unknown interaction');
  }
  if (record.acknowledged) return discordError(400, 40060, 'Interaction has already been acknowledged.');
  const data = body.data ?? {};
  const metadata = {
    interaction_metadata: {
      id: record.id,
      type: record.type,
      user: userOf(record.payload),
      authorizing_integration_owners: record.payload.authorizing_integration_owners,
    },
    webhook_id: ctx.applicationId,
    application_id: ctx.applicationId,
  };
  let message: StoredMessage | undefined;
  switch (body.type) {
    case 4: {
      const refusal = refused(ctx.state, call, data, false);
      if (refusal) return refusal;
      message = newMessage(ctx, channelOf(record.payload), data, { ...metadata, type: 20 });
      break;
    }
    case 5:
      message = newMessage(
        ctx,
        channelOf(record.payload),
        { flags: ((data.flags ?? 0) & EPHEMERAL) | LOADING },
        { ...metadata, type: 20 },
      );
      break;
    case 6:
      message = componentMessage(ctx, record.payload);
      break;
    case 7: {
      const refusal = refused(ctx.state, call, data, true);
      if (refusal) return refusal;
      message = edit(ctx, componentMessage(ctx, record.payload), data);
      break;
    }
    case 8: {
      const choices = data.choices ?? [];
      const bad =
        choices.length > 25 ||
        choices.some((c) => !c.name || c.name.length > 100 || String(c.value).length > 100);
      if (bad) return discordError(400, 50035, 'Invalid Form Body', { errors: ['choices'] });
      record.choices = choices;
      break;
    }
    default:
      return discordError(400, 50035, 'Invalid Form Body', { errors: [`type ${body.type}`] });
  }
  record.acknowledged = body.type;
  if (message) record.originalId = message.id;
  if (query.with_response !== 'true') return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: record.id,
        type: record.type,
        response_message_id: message?.id,
        response_message_loading: body.type === 5,
        response_message_ephemeral: Boolean((message?.flags ?? 0) & EPHEMERAL),
      },
      resource: { type: body.type, ...(message ? { message } : {}) },
    },
  };
}

function userOf(payload: Record<string, unknown>): unknown {
  return payload.user ?? (payload.member as { user?: unknown } | undefined)?.user;
}

function webhookInteraction(
  ctx: InteractionApiContext,
  params: { app: string; token: string },
  call: RestCall,
) {
  const record = ctx.state.interactionByToken(params.token);
  if (!record || params.app !== ctx.applicationId || Date.now() - record.startedAt > WEBHOOK_LIFETIME_MS)
    return undefined;
  call.interactionId = record.id;
  return record;
}

export function editOriginal(
  ctx: InteractionApiContext,
  params: { app: string; token: string },
  body: MessageBody,
  call: RestCall,
): Reply {
  const record = webhookInteraction(ctx, params, call);
  if (!record) return discordError(404, 10015, 'Unknown Webhook');
  const original = record.originalId ? ctx.state.messages.get(record.originalId) : undefined;
  if (!original) return discordError(404, 10008, 'Unknown Message');
  const refusal = refused(ctx.state, call, body, true);
  if (refusal) return refusal;
  const updated = edit(ctx, original, body);
  record.edited = true;
  if (!updated.content && (updated.embeds as unknown[]).length === 0) {
    ctx.state.messages.set(original.id, original);
    return discordError(400, 50006, 'Cannot send an empty message');
  }
  return { status: 200, body: updated };
}

export function followUp(
  ctx: InteractionApiContext,
  params: { app: string; token: string },
  body: MessageBody & { flags?: number },
  call: RestCall,
): Reply {
  const record = webhookInteraction(ctx, params, call);
  if (!record?.acknowledged) return discordError(404, 10015, 'Unknown Webhook');
  const refusal = refused(ctx.state, call, body, false);
  if (refusal) return refusal;
  const message = newMessage(ctx, channelOf(record.payload), body, {
    webhook_id: ctx.applicationId,
    application_id: ctx.applicationId,
  });
  return { status: 200, body: message };
}
