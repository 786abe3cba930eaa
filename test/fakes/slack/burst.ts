// Many signed requests to the bot at the same instant, for load tests. fetch() spends most of a
// 200-request burst on its own bookkeeping (hundreds of ms on a 2-core machine), which would be
// measured as the bot's latency. Here, as Slack does, requests travel on kept-alive connections:
// each connection is opened and used once (a url_verification) beforehand, so that the server has
// accepted it (a busy Node server accepts about one new connection per event-loop turn, which
// would be measured instead); then every request, signed and serialised in advance, is written
// in one loop. Timed: from the request's last byte written to the first byte of its response
// (Bolt writes the whole acknowledgement at once, so that is the ack as Slack receives it).
import { connect, type Socket } from 'node:net';
import { type SlackEndpoint, signature } from './signed-requests.js';

export interface BurstRequest {
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
}

export interface BurstReply {
  status: number;
  ms: number;
}

export const eventRequest = (envelope: object): BurstRequest => ({
  body: JSON.stringify(envelope),
  contentType: 'application/json',
});
export const commandRequest = (fields: Record<string, string>): BurstRequest => ({
  body: new URLSearchParams(fields).toString(),
  contentType: 'application/x-www-form-urlencoded',
});

export interface BurstOptions {
  /** Spread the writes evenly over this many ms instead of writing all at once (default 0). */
  spreadMs?: number;
}

export async function sendBurst(
  endpoint: SlackEndpoint,
  requests: readonly BurstRequest[],
  options: BurstOptions = {},
): Promise<BurstReply[]> {
  const url = new URL(endpoint.url);
  const timestamp = Math.floor(Date.now() / 1000);
  const serialise = ({ body, contentType }: BurstRequest) =>
    Buffer.from(
      [
        `POST ${url.pathname} HTTP/1.1`,
        `Host: ${url.host}`,
        `Content-Type: ${contentType}`,
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Slack-Request-Timestamp: ${timestamp}`,
        `X-Slack-Signature: ${signature(endpoint.signingSecret, timestamp, body)}`,
        '',
        body,
      ].join('\r\n'),
    );
  const wire = requests.map(serialise);
  const warmUp = serialise(
    eventRequest({ type: 'url_verification', token: 'warm-up', challenge: 'warm-up' }),
  );
  const sockets = await Promise.all(wire.map(() => openAndUseOnce(url.hostname, Number(url.port), warmUp)));
  const replies = sockets.map((socket) => reply(socket));
  const started: number[] = [];
  const write = (i: number) => {
    (sockets[i] as Socket).write(wire[i] as Buffer);
    started[i] = performance.now();
  };
  const spreadMs = options.spreadMs ?? 0;
  if (spreadMs > 0) {
    const begin = performance.now();
    await Promise.all(
      wire.map(
        (_, i) =>
          new Promise<void>((resolve) =>
            setTimeout(() => resolve(write(i)), begin + (i * spreadMs) / wire.length - performance.now()),
          ),
      ),
    );
  } else {
    for (let i = 0; i < wire.length; i++) write(i);
  }
  const done = await Promise.all(replies);
  return done.map(({ status, at }, i) => ({ status, ms: at - (started[i] as number) }));
}

/** A connection the server has accepted and answered once (its response read to the end). */
function openAndUseOnce(host: string, port: number, request: Buffer): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, noDelay: true });
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (complete(received)) {
        socket.off('data', onData);
        resolve(socket);
      }
    };
    socket.on('data', onData);
    socket.once('connect', () => socket.write(request));
    socket.once('error', reject);
  });
}

/**
 * The status code and the moment the response began to arrive; the connection is then dropped.
 * Status 0: the connection ended without an answer (the bot was killed): not acknowledged.
 */
function reply(socket: Socket): Promise<{ status: number; at: number }> {
  return new Promise((resolve) => {
    socket.once('data', (chunk: Buffer) => {
      const at = performance.now();
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1', 0, 16))?.[1] ?? 0), at });
      socket.destroy();
    });
    const unanswered = () => resolve({ status: 0, at: performance.now() });
    socket.once('error', unanswered);
    socket.once('close', unanswered);
  });
}

/** A whole HTTP/1.1 response: Content-Length bytes after the headers, or the last chunk of a chunked body. */
function complete(response: string): boolean {
  const headerEnd = response.indexOf('\r\n\r\n');
  if (headerEnd < 0) return false;
  const length = /content-length: *(\d+)/i.exec(response.slice(0, headerEnd))?.[1];
  if (length !== undefined) return response.length >= headerEnd + 4 + Number(length);
  return response.endsWith('0\r\n\r\n');
}
