// The harness itself: it must judge the bot as Discord would, or the end-to-end tests prove nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FakeDiscord } from '../../fakes/discord/fake-discord.js';
import type { Json } from '../../fakes/discord/state.js';

const user = { id: '1300000000000000301', username: 'hanako', locale: 'ja' };
const guild = { guildId: '1300000000000000100', channelId: '1300000000000000200' };
let fake: FakeDiscord;
let socket: WebSocket;

/** A bare gateway client: Identify, and collect the dispatches. */
async function connect(): Promise<Array<{ t: string; s: number; d: Json }>> {
  const info = (await (
    await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: 'Bot test-token' } })
  ).json()) as { url: string };
  const dispatches: Array<{ t: string; s: number; d: Json }> = [];
  socket = new WebSocket(`${info.url}?v=10&encoding=json`);
  socket.on('message', (raw) => {
    const frame = JSON.parse(String(raw));
    if (frame.op === 10)
      socket.send(
        JSON.stringify({ op: 2, d: { token: 'test-token', intents: 0, properties: {}, shard: [0, 1] } }),
      );
    if (frame.op === 0) dispatches.push(frame);
  });
  await fake.waitFor(() => dispatches.some((d) => d.t === 'READY'), 5_000, 'READY');
  return dispatches;
}

function callback(id: string, token: string, body: unknown, query = '') {
  return fetch(`${fake.apiUrl}/v10/interactions/${id}/${token}/callback${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

beforeEach(async () => {
  fake = await FakeDiscord.start();
});
afterEach(async () => {
  socket?.close();
  await fake.close();
});

describe('fake Discord', () => {
  it('serves READY with no guilds and the resume URL, and dispatches full interaction payloads', async () => {
    const dispatches = await connect();
    const ready = dispatches[0];
    expect(ready?.d).toMatchObject({
      v: 10,
      guilds: [],
      session_id: fake.gateway.sessionId,
      resume_gateway_url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/gateway$/),
    });
    const record = fake.command(user, guild, 'deadline', [{ name: 'method', value: 'store' }]);
    await fake.waitFor(() => dispatches.find((d) => d.t === 'INTERACTION_CREATE'));
    const payload = dispatches.find((d) => d.t === 'INTERACTION_CREATE')?.d;
    expect(payload).toMatchObject({
      id: record.id,
      entitlements: [],
      authorizing_integration_owners: { 0: guild.guildId },
      member: { user: { id: user.id } },
    });
  });

  it('answers a callback with 204 and no content type, a second one with 40060', async () => {
    await connect();
    const record = fake.command(user, guild, 'help');
    const first = await callback(
      record.id,
      record.token,
      { type: 4, data: { content: 'hi', flags: 64 } },
      '?with_response=false',
    );
    expect(first.status).toBe(204);
    expect(first.headers.get('content-type')).toBeNull();
    const second = await callback(record.id, record.token, { type: 4, data: { content: 'again' } });
    expect(second.status).toBe(400);
    expect(await second.json()).toMatchObject({ code: 40060 });
    expect((await fake.reply(record)).flags).toBe(64);
  });

  it('answers with_response=true with { interaction, resource }', async () => {
    await connect();
    const record = fake.command(user, guild, 'help');
    const response = await callback(
      record.id,
      record.token,
      { type: 5, data: { flags: 64 } },
      '?with_response=true',
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      interaction: { id: record.id, response_message_loading: true, response_message_ephemeral: true },
      resource: { type: 5 },
    });
  });

  it('lets a deferred reply be edited through the webhook and followed up, as discord.js does', async () => {
    await connect();
    const record = fake.command(user, guild, 'help');
    await callback(record.id, record.token, { type: 5, data: { flags: 64 } });
    const webhook = `${fake.apiUrl}/v10/webhooks/${fake.applicationId}/${record.token}`;
    const json = { 'content-type': 'application/json' };
    const edited = await fetch(`${webhook}/messages/@original`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ content: 'done' }),
    });
    expect(edited.status).toBe(200);
    expect(await fake.reply(record)).toMatchObject({ content: 'done', flags: 64 });
    const followUp = await fetch(`${webhook}?wait=true`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ content: 'more', flags: 64 }),
    });
    expect(await followUp.json()).toMatchObject({ content: 'more', flags: 64, channel_id: guild.channelId });
  });

  it('counts a callback after 3 s as a failure: 10062 for the bot, flagged for the test', async () => {
    await connect();
    // Simulate an interaction that spent 3.2 s before the bot answered.
    const record = fake.command(user, guild, 'help', [], { ageMs: 3_200 });
    const late = await callback(record.id, record.token, { type: 4, data: { content: 'too late' } });
    expect(late.status).toBe(404);
    expect(await late.json()).toMatchObject({ code: 10062, message: 'Unknown interaction' });
    expect(fake.state.lateCallbacks()).toHaveLength(1);
    expect(fake.callbackDelays()[0]).toBeGreaterThan(3_000);
  });

  it('refuses messages over Discord limits and empty ones', async () => {
    await connect();
    const long = fake.command(user, guild, 'help');
    const tooLong = await callback(long.id, long.token, { type: 4, data: { content: 'x'.repeat(2001) } });
    expect(await tooLong.json()).toMatchObject({ code: 50035 });
    const empty = fake.command(user, guild, 'help');
    expect(await (await callback(empty.id, empty.token, { type: 4, data: {} })).json()).toMatchObject({
      code: 50006,
    });
    expect(fake.state.refusals).toHaveLength(2);
  });

  it('requires the bot token on bot routes and keeps localizations out of GET unless asked', async () => {
    const unauthorized = await fetch(`${fake.apiUrl}/v10/users/@me`);
    expect(unauthorized.status).toBe(401);
    const headers = { authorization: 'Bot test-token', 'content-type': 'application/json' };
    const route = `${fake.apiUrl}/v10/applications/${fake.applicationId}/commands`;
    await fetch(route, {
      method: 'PUT',
      headers,
      body: JSON.stringify([{ name: 'atone', description: 'd', description_localizations: { ja: 'ja' } }]),
    });
    const bare = (await (await fetch(route, { headers })).json()) as Json[];
    expect(bare[0]).toMatchObject({ name: 'atone', id: expect.any(String), version: expect.any(String) });
    expect(bare[0]?.description_localizations).toBeUndefined();
    const full = (await (await fetch(`${route}?with_localizations=true`, { headers })).json()) as Json[];
    expect(full[0]?.description_localizations).toEqual({ ja: 'ja' });
  });
});
