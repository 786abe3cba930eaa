// Socket Mode through `npm start` with SLACK_APP_TOKEN set: apps.connections.open on the fake Web
// API, a WebSocket to the fake, envelopes acknowledged by envelope_id, answers through the Web API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BotProcess,
  directMessageEvent,
  type FakeSlackApi,
  type FakeSocketMode,
  slashCommandFields,
  startBot,
  startFakeSlackApi,
  startFakeSocketMode,
  visibleText,
} from '../../fakes/slack/index.js';

let socket: FakeSocketMode;
let slack: FakeSlackApi;
let bot: BotProcess;

beforeAll(async () => {
  socket = await startFakeSocketMode();
  slack = await startFakeSlackApi({ socketModeUrl: socket.url });
  bot = await startBot({ apiUrl: slack.apiUrl, socketMode: true });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await socket?.close();
  await slack?.close();
});

describe('Slack in Socket Mode through npm start', () => {
  it('opens the connection with the app token, acks events and answers DMs', async () => {
    expect(slack.callsTo('apps.connections.open')[0]?.authorization).toBe('Bearer xapp-1-A0ATONEBOT-1-test');
    const event = directMessageEvent({ text: 'はがきの期限は？', user: 'U0SOCKET' });
    const ack = await socket.send('events_api', event);
    expect(ack.envelope_id).toBeDefined();
    const answer = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((c) => c.params.channel === 'DU0SOCKET'),
    );
    expect(visibleText(answer)).toMatch(/はがき/);
    // The same event again (Slack's retry) is acknowledged but not answered twice.
    await socket.send('events_api', { ...event, retry_attempt: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.callsTo('chat.postMessage').filter((c) => c.params.channel === 'DU0SOCKET')).toHaveLength(1);
  });

  it('acks /atone and answers ephemerally through the response_url', async () => {
    const ack = await socket.send(
      'slash_commands',
      slashCommandFields({ text: '手数料は？', responseUrl: slack.responseUrl('socket-cmd') }),
    );
    expect(ack.envelope_id).toBeDefined();
    const reply = await slack.waitFor(() =>
      slack.callsTo('response_url').find((c) => c.responseId === 'socket-cmd'),
    );
    expect(reply.params.response_type).toBe('ephemeral');
  });
});
