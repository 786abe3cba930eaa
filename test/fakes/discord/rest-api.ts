// The fake's REST API under /api/v10: what discord.js and the deploy script call. Every request
// is recorded with its arrival time; bot-authenticated routes check `Authorization: Bot <token>`
// (interaction callbacks and webhooks are authenticated by their token, as on Discord).
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  discordError,
  editOriginal,
  followUp,
  type InteractionApiContext,
  interactionCallback,
  newMessage,
  type Reply,
} from './interaction-api.js';
import { refuseMessage } from './message-rules.js';
import { type Json, type RestCall, type StoredCommand, snowflake } from './state.js';

export interface RestApiContext extends InteractionApiContext {
  token: string;
  gatewayUrl: () => string;
}

type Handler = (ctx: RestApiContext, params: Record<string, string>, body: Json, call: RestCall) => Reply;

const ROUTES: Array<[method: string, pattern: RegExp, handler: Handler, auth: boolean]> = [
  ['GET', /^\/gateway\/bot$/, (ctx) => ({ status: 200, body: gatewayBot(ctx) }), true],
  ['GET', /^\/users\/@me$/, (ctx) => ({ status: 200, body: ctx.botUser }), true],
  [
    'POST',
    /^\/users\/@me\/channels$/,
    (ctx, _p, body) => ({ status: 200, body: dmChannel(ctx, String(body?.recipient_id)) }),
    true,
  ],
  ['POST', /^\/channels\/(?<channel>\d+)\/messages$/, channelMessage, true],
  [
    'POST',
    /^\/interactions\/(?<id>\d+)\/(?<token>[^/]+)\/callback$/,
    (ctx, p, body, call) =>
      interactionCallback(
        ctx,
        { id: p.id as string, token: p.token as string },
        body ?? {},
        call.query,
        call,
      ),
    false,
  ],
  [
    'PATCH',
    /^\/webhooks\/(?<app>\d+)\/(?<token>[^/]+)\/messages\/@original$/,
    (ctx, p, body, call) =>
      editOriginal(ctx, { app: p.app as string, token: p.token as string }, body ?? {}, call),
    false,
  ],
  [
    'POST',
    /^\/webhooks\/(?<app>\d+)\/(?<token>[^/]+)$/,
    (ctx, p, body, call) =>
      followUp(ctx, { app: p.app as string, token: p.token as string }, body ?? {}, call),
    false,
  ],
  [
    'GET',
    /^\/applications\/(?<app>\d+)(?:\/guilds\/(?<guild>\d+))?\/commands$/,
    (ctx, p, _b, call) => listCommands(ctx, p, call.query),
    true,
  ],
  [
    'PUT',
    /^\/applications\/(?<app>\d+)(?:\/guilds\/(?<guild>\d+))?\/commands$/,
    (ctx, p, body) => putCommands(ctx, p, body),
    true,
  ],
];

export async function handleRest(
  ctx: RestApiContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake');
  const raw = await readBody(req);
  const call: RestCall = {
    method: req.method ?? 'GET',
    path: url.pathname.replace(/^\/api\/v10/, ''),
    query: Object.fromEntries(url.searchParams),
    body: raw ? safeJson(raw) : undefined,
    at: Date.now(),
    status: 0,
  };
  ctx.state.calls.push(call);
  const reply = route(ctx, req, call);
  call.status = reply.status;
  if (reply.status === 204) {
    // No Content-Type: with application/json and an empty body @discordjs/rest fails to parse it.
    res.writeHead(204);
    res.end();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(reply.body ?? {}));
}

function route(ctx: RestApiContext, req: IncomingMessage, call: RestCall): Reply {
  if (!req.url?.startsWith('/api/v10/')) return discordError(404, 0, '404: Not Found');
  for (const [method, pattern, handler, auth] of ROUTES) {
    const match = pattern.exec(call.path);
    if (!match || method !== call.method) continue;
    if (auth && req.headers.authorization !== `Bot ${ctx.token}`)
      return discordError(401, 0, '401: Unauthorized');
    return handler(ctx, (match.groups ?? {}) as Record<string, string>, (call.body ?? {}) as Json, call);
  }
  return discordError(404, 0, '404: Not Found');
}

function gatewayBot(ctx: RestApiContext) {
  return {
    url: ctx.gatewayUrl(),
    shards: 1,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
  };
}

function dmChannel(ctx: RestApiContext, userId: string) {
  let id = ctx.state.dmChannels.get(userId);
  if (!id) {
    id = snowflake();
    ctx.state.dmChannels.set(userId, id);
  }
  return {
    id,
    type: 1,
    flags: 0,
    last_message_id: null,
    recipients: [
      {
        id: userId,
        username: `user${userId.slice(-4)}`,
        discriminator: '0',
        global_name: null,
        avatar: null,
      },
    ],
  };
}

function channelMessage(
  ctx: RestApiContext,
  params: Record<string, string>,
  body: Json,
  call: RestCall,
): Reply {
  const refusal = refuseMessage(body ?? {});
  if (refusal) {
    ctx.state.refusals.push({ call, reason: refusal });
    return discordError(400, refusal.code, refusal.message, { errors: refusal.problems });
  }
  const { content, embeds, components, message_reference: reference } = body;
  const message = newMessage(
    ctx,
    params.channel as string,
    { content, embeds, components },
    reference ? { type: 19, message_reference: reference } : {},
  );
  return { status: 200, body: message };
}

function scope(params: Record<string, string>): string {
  return params.guild ?? 'global';
}

function listCommands(
  ctx: RestApiContext,
  params: Record<string, string>,
  query: Record<string, string>,
): Reply {
  if (params.app !== ctx.applicationId) return discordError(403, 50001, 'Missing Access');
  const commands = ctx.state.commands.get(scope(params)) ?? [];
  // Discord leaves the localization dictionaries out unless asked for them.
  const full = query.with_localizations === 'true';
  return { status: 200, body: commands.map((c) => (full ? c : withoutLocalizations(c))) };
}

function putCommands(ctx: RestApiContext, params: Record<string, string>, body: unknown): Reply {
  if (params.app !== ctx.applicationId) return discordError(403, 50001, 'Missing Access');
  if (!Array.isArray(body)) return discordError(400, 50035, 'Invalid Form Body');
  const stored: StoredCommand[] = body.map((command) => ({
    // What Discord adds to every registered command.
    id: snowflake(),
    application_id: ctx.applicationId,
    version: snowflake(),
    type: 1,
    default_member_permissions: null,
    nsfw: false,
    ...(params.guild ? { guild_id: params.guild } : {}),
    ...command,
  }));
  ctx.state.commands.set(scope(params), stored);
  return { status: 200, body: stored };
}

function withoutLocalizations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLocalizations);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === 'name_localizations' || key === 'description_localizations') continue;
    out[key] = withoutLocalizations(field);
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
