// Starts the bot exactly as a user does (`npm start`'s command), configured by the environment
// alone, with LINE pointed at a fake, on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { ROOT, startCommand } from '../start-command.js';
import type { FakeLine } from './fake-line.js';

export interface LineBotProcess {
  port: number;
  webhookUrl: string;
  /** The SQLite file, when the test gave one (else the bot keeps nothing: sqlite::memory:). */
  databasePath?: string;
  child: ChildProcess;
  /** Parsed JSON log lines so far (other stderr lines as `{ raw }`). */
  logs: Array<Record<string, unknown>>;
  alive(): boolean;
  /** SIGTERM (SIGKILL after 5 s); a given SQLite file is deleted unless `keepDatabase`. */
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the bot on `line` (whose webhookUrl it sets), on `databasePath` or in memory. */
export async function startLineBot(
  line: FakeLine,
  options: { databasePath?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<LineBotProcess> {
  const bot = await spawnBot(line, options);
  line.webhookUrl = bot.webhookUrl;
  return bot;
}

async function spawnBot(
  line: FakeLine,
  options: { databasePath?: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<LineBotProcess> {
  const port = await freePort();
  const { databasePath } = options;
  const [command, ...args] = startCommand();
  const child = spawn(command as string, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Only what a user would set: no platform but LINE, whatever the developer's shell exports.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TZ: process.env.TZ ?? '',
      LINE_CHANNEL_SECRET: line.channelSecret,
      LINE_CHANNEL_ACCESS_TOKEN: line.channelAccessToken,
      LINE_API_URL: line.apiUrl,
      PORT: String(port),
      DATABASE_URL: databasePath ? `sqlite:${databasePath}` : 'sqlite::memory:',
      ...options.env,
    },
  });
  const logs: Array<Record<string, unknown>> = [];
  let buffer = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      try {
        logs.push(JSON.parse(line));
      } catch {
        logs.push({ raw: line });
      }
    }
  });
  child.stdout?.resume();
  const alive = () => child.exitCode === null && child.signalCode === null;
  const until = Date.now() + (options.timeoutMs ?? 20_000);
  // 'ready': the adapters started and the shared HTTP server listens (adapters/serve.ts).
  while (!logs.some((l) => l.message === 'ready')) {
    if (!alive())
      throw new Error(`the bot exited (${child.exitCode ?? child.signalCode}): ${JSON.stringify(logs)}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the bot did not log "ready": ${JSON.stringify(logs.slice(-10))}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    webhookUrl: `http://127.0.0.1:${port}/line/webhook`,
    ...(databasePath ? { databasePath } : {}),
    child,
    logs,
    alive,
    async stop({ keepDatabase = false } = {}) {
      if (alive()) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      if (databasePath && !keepDatabase)
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
    },
  };
}
