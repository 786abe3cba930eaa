// Starts the bot exactly as a user does (`npm start`'s command) with Slack pointed at a fake Web
// API, a free port and a fresh SQLite file, in a working directory of its own (so that no `.env`
// of the developer's and no ./data is ever used).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCommand } from '../start-command.js';
import type { SlackEndpoint } from './signed-requests.js';

export interface BotProcess extends SlackEndpoint {
  port: number;
  databasePath: string;
  /** What DATABASE_URL was. */
  databaseUrl: string;
  child: ChildProcess;
  /** Everything written to stderr so far (the JSON log). */
  log(): string;
  alive(): boolean;
  /** GET (or another method) on the bot's HTTP server, e.g. `/readyz`. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  exited: Promise<number | null>;
  /** SIGTERM (then SIGKILL after 3 s); the SQLite file is deleted unless `keepDatabase`. */
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

export interface StartBotOptions {
  apiUrl: string;
  signingSecret?: string;
  /** Extra environment, e.g. to unset something. */
  env?: Record<string, string>;
  /** How long to wait for the "ready" log line (auth.test included). */
  timeoutMs?: number;
  /** Reuse a database (a restart); default: a fresh file in the temp directory. */
  databasePath?: string;
  /** Another database altogether (PostgreSQL); `databasePath` is then unused. */
  databaseUrl?: string;
  /** Socket Mode (SLACK_APP_TOKEN set) instead of the HTTP receiver. */
  socketMode?: boolean;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startBot(options: StartBotOptions): Promise<BotProcess> {
  const port = await freePort();
  const signingSecret = options.signingSecret ?? 'test-signing-secret-0123456789abcdef';
  const databasePath =
    options.databasePath ??
    join(tmpdir(), `atone-slack-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
  const databaseUrl = options.databaseUrl ?? `sqlite:${databasePath}`;
  const cwd = mkdtempSync(join(tmpdir(), 'atone-bot-cwd-'));
  const [command, ...args] = startCommand();
  const child = spawn(command as string, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: options.apiUrl,
      SLACK_APP_TOKEN: options.socketMode ? 'xapp-1-A0ATONEBOT-1-test' : '',
      DISCORD_TOKEN: '',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      ...options.env,
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout?.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => rmSync(cwd, { recursive: true, force: true }));
  const alive = () => child.exitCode === null && child.signalCode === null;

  const check = () => {
    if (!alive())
      throw new Error(
        `the bot exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${stderr}`,
      );
  };
  const removeDatabase = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
  };
  // Every adapter started, the inbox answered, and the HTTP server listening.
  try {
    await waitForLog(() => stderr, /"message":"ready"/, options.timeoutMs ?? 15_000, check);
  } catch (error) {
    // A start that failed (on purpose, in some tests) leaves no file behind that it made.
    if (alive()) child.kill('SIGKILL');
    await exited;
    if (!options.databasePath) removeDatabase();
    throw error;
  }

  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    signingSecret,
    port,
    databasePath,
    databaseUrl,
    child,
    log: () => stderr,
    alive,
    request: (path, init) => fetch(`http://127.0.0.1:${port}${path}`, init),
    exited,
    async stop({ keepDatabase = false } = {}) {
      if (alive()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 12_000);
        await exited;
        clearTimeout(timer);
      }
      if (!keepDatabase) removeDatabase();
    },
  };
}

async function waitForLog(
  log: () => string,
  line: RegExp,
  timeoutMs: number,
  check: () => void,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!line.test(log())) {
    check();
    if (Date.now() > until) throw new Error(`the bot did not log ${line} within ${timeoutMs} ms:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
