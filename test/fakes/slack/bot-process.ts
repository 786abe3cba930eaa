// Starts the bot exactly as a user does (`npm start`'s command) with Slack pointed at a fake Web
// API, a free port and a fresh SQLite file.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startCommand } from '../start-command.js';
import type { SlackEndpoint } from './signed-requests.js';

export interface BotProcess extends SlackEndpoint {
  port: number;
  databasePath: string;
  child: ChildProcess;
  /** Everything written to stderr so far (the JSON log). */
  log(): string;
  alive(): boolean;
  /** SIGTERM (then SIGKILL after 3 s); the SQLite file is deleted unless `keepDatabase`. */
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

export interface StartBotOptions {
  apiUrl: string;
  signingSecret?: string;
  /** Extra environment, e.g. to unset something. */
  env?: Record<string, string>;
  /** How long to wait for the port (the esbuild step and auth.test included). */
  timeoutMs?: number;
  /** Reuse a database (a restart); default: a fresh file in the temp directory. */
  databasePath?: string;
  /** Socket Mode (SLACK_APP_TOKEN set): nothing listens, so readiness is the "slack ready" log line. */
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
  const [command, ...args] = startCommand();
  const child = spawn(command as string, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: options.apiUrl,
      SLACK_APP_TOKEN: options.socketMode ? 'xapp-1-A0ATONEBOT-1-test' : '',
      DISCORD_TOKEN: '',
      PORT: String(port),
      DATABASE_URL: `sqlite:${databasePath}`,
      ...options.env,
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout?.resume();
  const alive = () => child.exitCode === null && child.signalCode === null;

  const check = () => {
    if (!alive())
      throw new Error(
        `the bot exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${stderr}`,
      );
  };
  if (options.socketMode)
    await waitForLog(() => stderr, /"message":"slack ready"/, options.timeoutMs ?? 15_000, check);
  else await waitForPort(port, options.timeoutMs ?? 15_000, check);

  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    signingSecret,
    port,
    databasePath,
    child,
    log: () => stderr,
    alive,
    async stop({ keepDatabase = false } = {}) {
      if (alive()) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
        await exited;
        clearTimeout(timer);
      }
      if (!keepDatabase)
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
    },
  };
}

async function waitForPort(port: number, timeoutMs: number, check: () => void): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    check();
    if (await canConnect(port)) return;
    if (Date.now() > until) throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
