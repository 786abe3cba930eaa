// A fake of Slack's Socket Mode endpoint: the WebSocket that `apps.connections.open` points the
// bot to (pass `url` to startFakeSlackApi as socketModeUrl). It greets with `hello`, sends
// envelopes (`events_api`, `slash_commands`, `interactive`) and resolves with the bot's ack
// (`{envelope_id, payload?}`), as in ../shared/platform-protocols.md.
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface SocketModeAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface FakeSocketMode {
  url: string;
  /** Resolves when the bot has connected and been greeted. */
  connected(timeoutMs?: number): Promise<void>;
  /** Sends one envelope and resolves with the bot's acknowledgement of it. */
  send(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: object,
    timeoutMs?: number,
  ): Promise<SocketModeAck>;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  let socket: WebSocket | undefined;
  const pending = new Map<string, (ack: SocketModeAck) => void>();
  let envelopes = 0;

  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as SocketModeAck;
      pending.get(ack.envelope_id)?.(ack);
      pending.delete(ack.envelope_id);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'fake-socket-mode' },
        connection_info: { app_id: 'A0ATONEBOT' },
      }),
    );
  });

  const waitUntil = async (ready: () => boolean, timeoutMs: number, what: string) => {
    const until = Date.now() + timeoutMs;
    while (!ready()) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake`,
    connected: (timeoutMs = 10_000) =>
      waitUntil(() => socket !== undefined, timeoutMs, 'the bot to open the Socket Mode connection'),
    async send(type, payload, timeoutMs = 5_000) {
      await waitUntil(() => socket !== undefined, timeoutMs, 'a Socket Mode connection');
      const envelopeId = `envelope-${++envelopes}`;
      const acked = new Promise<SocketModeAck>((resolve, reject) => {
        pending.set(envelopeId, resolve);
        setTimeout(
          () => reject(new Error(`no ack for ${envelopeId} within ${timeoutMs} ms`)),
          timeoutMs,
        ).unref();
      });
      socket?.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
      return acked;
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
