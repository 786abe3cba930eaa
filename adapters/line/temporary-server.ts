// TEMPORARY: a minimal node:http server for the LINE webhook, until the shared HTTP server (the
// "prod" builder's adapters/http/, which serves every adapter's `routes` on PORT beside /healthz,
// /readyz and /metrics) lands. Then the composition root serves the routes and this file goes.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute, Logger } from '../platform.js';

/** Far above any webhook LINE sends (a batch of 10,000-character messages included). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface RouteServer {
  port: number;
  close(): Promise<void>;
}

export async function serveRoutes(
  routes: readonly HttpRoute[],
  port: number,
  log: Logger,
  host?: string,
): Promise<RouteServer> {
  const server = createServer((req, res) => {
    const route = routes.find(
      (r) => r.method === req.method && r.path === new URL(req.url ?? '/', 'http://x').pathname,
    );
    const write = (status: number, headers: Record<string, string> = {}, body: string | Buffer = '') => {
      if (res.headersSent) return;
      res.writeHead(status, headers);
      res.end(body);
    };
    if (!route) return write(404);
    readBody(req)
      .then((body) =>
        route.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body }),
      )
      .then((response) => write(response.status, response.headers, response.body))
      .catch((error: unknown) => {
        if (error instanceof BodyTooLarge) return write(413);
        log.error('http route failed', { path: route.path, error: String(error) });
        write(500);
      });
  });
  // A client that drops the connection mid-request must not end the process.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
