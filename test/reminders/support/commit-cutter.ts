// A TCP proxy in front of PostgreSQL that, once armed, loses the answer to the next COMMIT: the
// server receives the COMMIT and commits, its reply is dropped, and the client's connection is
// cut. The client sees a failed transaction that did commit (a connection lost at the worst
// moment), deterministically: the cut waits for the server's reply, so the commit has happened.
import { connect, createServer, type Socket } from 'node:net';

export interface CommitCutter {
  port: number;
  /** The next COMMIT sent through the proxy commits, but its client never hears so. */
  armNextCommit(): void;
  /** How many commit answers were lost so far. */
  readonly cuts: number;
  close(): Promise<void>;
}

const COMMIT = Buffer.from('COMMIT\0');

export async function startCommitCutter(target: { host: string; port: number }): Promise<CommitCutter> {
  const sockets = new Set<Socket>();
  let armed = false;
  let cuts = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    const upstream = connect(target);
    track(client);
    track(upstream);
    let cutOnReply = false;
    client.on('data', (chunk: Buffer) => {
      if (armed && chunk.includes(COMMIT)) {
        armed = false;
        cutOnReply = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!cutOnReply) {
        client.write(chunk);
        return;
      }
      cuts++;
      client.destroy();
      upstream.destroy();
    });
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    armNextCommit: () => {
      armed = true;
    },
    get cuts() {
      return cuts;
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
