// The one HTTP server of a platform process, on PORT: GET /healthz (the process is up), GET
// /readyz (the store answers and every platform is connected), GET /metrics (Prometheus text)
// and the adapters' webhook routes (Slack's /slack/events, LINE's /line/webhook). Routes get the
// raw body bytes (signatures are computed over them). No request can end the process: a route
// that throws gets a 500 and a log line. `close()` stops taking requests and waits for those in
// flight.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../src/log.js';
import type { HttpResponse, HttpRoute } from '../platform.js';

/** What /readyz reports: each check 'ok' or why not. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

export interface HttpServerOptions {
  port: number;
  /** Default: every interface (a container's port must be reachable from outside it). */
  host?: string;
  routes: readonly HttpRoute[];
  readiness: () => Promise<Readiness>;
  metrics: () => Promise<{ contentType: string; body: string }>;
  log: Logger;
  /** Larger bodies get 413 unread (default 1 MiB; Slack's largest payloads are a few hundred KB). */
  maxBodyBytes?: number;
}

export interface HttpServer {
  /** Listens; resolves with the port (useful with port 0). */
  start(): Promise<number>;
  /**
   * Stops taking work while still listening: requests get 503 (/readyz too, with its checks, and
   * /healthz stays 200), so that a load balancer sees the instance leave instead of refused
   * connections. Requests already being read are finished.
   */
  drain(): void;
  /** Stops listening, waits for the requests in flight, then closes. */
  close(): Promise<void>;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

class BodyTooLarge extends Error {}
/** The client went away mid-request: nobody is left to answer. */
class ClientGone extends Error {}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { log } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const routes = new Map(options.routes.map((route) => [`${route.method} ${route.path}`, route]));
  const paths = new Set(options.routes.map((route) => route.path));
  let closing = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;

  async function respond(request: IncomingMessage): Promise<HttpResponse> {
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (method === 'GET' && path === '/healthz') return json(200, { status: 'ok' });
    if (closing && !(method === 'GET' && path === '/readyz'))
      return json(503, { error: 'shutting down' }, { 'retry-after': '5', connection: 'close' });
    if (method === 'GET' && path === '/readyz') {
      const readiness = await options.readiness();
      return json(readiness.ready ? 200 : 503, readiness);
    }
    if (method === 'GET' && path === '/metrics') {
      const { contentType, body } = await options.metrics();
      return { status: 200, headers: { 'content-type': contentType }, body };
    }
    const route = routes.get(`${method} ${path}`);
    if (!route) {
      if (paths.has(path) || ['/healthz', '/readyz', '/metrics'].includes(path))
        return json(405, { error: `${method} not allowed on ${path}` });
      return json(404, { error: 'not found' });
    }
    const body = await readBody(request, maxBodyBytes);
    return route.handle({ method, url: request.url ?? path, headers: request.headers, body });
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    inFlight++;
    try {
      let reply: HttpResponse;
      try {
        reply = await respond(request);
      } catch (error) {
        if (error instanceof ClientGone) return;
        if (error instanceof BodyTooLarge)
          reply = json(413, { error: `body over ${maxBodyBytes} bytes` }, { connection: 'close' });
        else {
          log.error('http request failed', { path: request.url?.split('?')[0], error });
          reply = json(500, { error: 'internal error' });
        }
      }
      if (!response.destroyed) {
        response.writeHead(reply.status, reply.headers);
        response.end(reply.body);
      }
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  }

  const server = createServer((request, response) => {
    // A client that goes away mid-request is its own business: never an unhandled 'error'.
    request.on('error', () => {});
    response.on('error', () => {});
    void serve(request, response);
  });
  // Slowloris and half-sent bodies: no request holds a socket forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  // Longer than the usual load balancer's idle timeout (60 s), so that the balancer closes first.
  server.keepAliveTimeout = 65_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  return {
    start() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          server.on('error', (error) => log.error('http server error', { error }));
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    drain() {
      closing = true;
      // Kept-alive connections with nothing in flight are closed, so that clients reconnect elsewhere.
      server.closeIdleConnections();
    },
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** How much of a refused body is read and dropped, as a multiple of the limit, before the connection is cut. */
const DRAIN_LIMIT_FACTOR = 16;

/**
 * Reads a request's body. One over `limit` is read on into nothing (up to a bound) before it is
 * refused: the 413 then goes out once the sender has finished writing, rather than a socket cut
 * under it (which fails its write with EPIPE, and it never learns why). Past the bound, the
 * connection is cut.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = Number(request.headers['content-length']) > limit;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit * DRAIN_LIMIT_FACTOR) request.destroy();
      else if (size > limit) refused = true;
      if (!refused) chunks.push(chunk);
    });
    request.on('end', () => (refused ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    request.on('error', () => reject(new ClientGone()));
    request.on('close', () => {
      if (!request.complete) reject(new ClientGone());
    });
  });
}
