// The fake gateway: JSON text frames over a WebSocket (no compression: zlib-sync is not
// installed). Hello → Identify → READY (no guilds, so no GUILD_CREATE owed), heartbeats
// acknowledged, dispatches numbered per session and replayed on Resume, and op 7 to force the
// client to reconnect and resume.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { type Json, snowflake } from './state.js';

export interface GatewayOptions {
  token: string;
  applicationId: string;
  botUser: Record<string, unknown>;
  readyTemplate: Record<string, unknown>;
  /** The URL clients resume on (this same gateway). */
  url: () => string;
  heartbeatIntervalMs?: number;
}

interface Session {
  id: string;
  seq: number;
  sent: Array<{ s: number; t: string; d: unknown }>;
  socket?: WebSocket;
}

type Listener = (
  event: 'identify' | 'ready' | 'resume' | 'resumed' | 'heartbeat' | 'closed',
  detail?: unknown,
) => void;

export class FakeGateway {
  private readonly server = new WebSocketServer({ noServer: true });
  private session: Session | undefined;
  private readonly listeners = new Set<Listener>();
  /** Opcodes received, in order (2 identify, 6 resume, 1 heartbeat...), for assertions. */
  readonly received: Array<{ op: number; at: number }> = [];

  constructor(private readonly options: GatewayOptions) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  /** Resolves on the next gateway event of this kind. */
  next(event: Parameters<Listener>[0], timeoutMs = 10_000): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`fake gateway: no ${event} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener: Listener = (kind, detail) => {
        if (kind !== event) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(detail);
      };
      this.listeners.add(listener);
    });
  }

  /** Sends an event to the bot; while it is reconnecting the event waits and is replayed on Resume. */
  dispatch(t: string, d: unknown): void {
    const session = this.session;
    if (!session) throw new Error('fake gateway: no session yet (the bot has not identified)');
    const frame = { s: ++session.seq, t, d };
    session.sent.push(frame);
    session.socket?.send(JSON.stringify({ op: 0, ...frame }));
  }

  /**
   * Op 7 Reconnect: the client closes, reconnects to resume_gateway_url and resumes. `whileDisconnected`
   * runs between the close and the Resume (what it dispatches must be replayed). Resolves once
   * RESUMED is sent, with the number of events replayed.
   */
  async forceReconnect(whileDisconnected?: () => void): Promise<{ replayed: number }> {
    const closed = this.next('closed');
    const resumed = this.next('resumed');
    this.session?.socket?.send(JSON.stringify({ op: 7, d: null }));
    await closed;
    whileDisconnected?.();
    return (await resumed) as { replayed: number };
  }

  get sessionId(): string | undefined {
    return this.session?.id;
  }

  close(): void {
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }

  private emit(event: Parameters<Listener>[0], detail?: unknown): void {
    for (const listener of [...this.listeners]) listener(event, detail);
  }

  private accept(ws: WebSocket): void {
    ws.send(
      JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41_250 } }),
    );
    ws.on('message', (raw) => this.onFrame(ws, String(raw)));
    ws.on('close', (code) => {
      if (this.session?.socket === ws) this.session.socket = undefined;
      this.emit('closed', code);
    });
  }

  private onFrame(ws: WebSocket, raw: string): void {
    const frame = JSON.parse(raw) as { op: number; d: Json };
    this.received.push({ op: frame.op, at: Date.now() });
    if (frame.op === 1) {
      ws.send(JSON.stringify({ op: 11 }));
      this.emit('heartbeat');
    } else if (frame.op === 2) {
      this.identify(ws, frame.d);
    } else if (frame.op === 6) {
      this.resume(ws, frame.d);
    }
  }

  private identify(ws: WebSocket, d: { token?: string; shard?: [number, number] }): void {
    this.emit('identify', d);
    if (d.token !== this.options.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    this.session = { id: snowflake(), seq: 0, sent: [], socket: ws };
    const ready = {
      ...this.options.readyTemplate,
      v: 10,
      user: this.options.botUser,
      guilds: [],
      session_id: this.session.id,
      resume_gateway_url: this.options.url(),
      shard: d.shard ?? [0, 1],
      application: { id: this.options.applicationId, flags: 565248 },
    };
    this.dispatch('READY', ready);
    this.emit('ready', ready);
  }

  private resume(ws: WebSocket, d: { token?: string; session_id?: string; seq?: number }): void {
    this.emit('resume', d);
    const session = this.session;
    if (!session || d.token !== this.options.token || d.session_id !== session.id) {
      // Op 9 Invalid Session, not resumable: the client identifies afresh.
      ws.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    session.socket = ws;
    const missed = session.sent.filter((f) => f.s > (d.seq ?? 0));
    for (const frame of missed) ws.send(JSON.stringify({ op: 0, ...frame }));
    this.dispatch('RESUMED', {});
    this.emit('resumed', { replayed: missed.length });
  }
}
