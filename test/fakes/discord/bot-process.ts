// Starts the bot exactly as a user does (`npm start`'s command, configured by the environment
// only) against a fake, and reads its JSON log lines from stderr.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCommand } from '../start-command.js';

export interface BotProcess {
  child: ChildProcess;
  /** Parsed JSON log lines so far (non-JSON stderr lines are kept as `{ raw }`). */
  logs: Array<Record<string, unknown>>;
  /** Resolves with the first log line that matches. */
  waitForLog(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  stop(): Promise<number | null>;
  /** Resolves with the exit code once the bot exits by itself. */
  exited: Promise<number | null>;
}

export function startBot(env: Record<string, string>): BotProcess {
  const [command, ...args] = startCommand();
  // A working directory of its own: no developer's .env, no ./data.
  const cwd = mkdtempSync(join(tmpdir(), 'atone-bot-cwd-'));
  const child = spawn(command as string, args, {
    cwd,
    // Only what a user would set: no platform but Discord, whatever the developer's shell exports.
    // PORT 0: the HTTP server (health, metrics) takes a free port and logs it in its "ready" line.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TZ: process.env.TZ ?? '',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  child.stderr?.on('data', (chunk) => {
    buffer += String(chunk);
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      try {
        logs.push(JSON.parse(line));
      } catch {
        logs.push({ raw: line });
      }
    }
    for (const wake of [...waiters]) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void exited.then(() => rmSync(cwd, { recursive: true, force: true }));

  return {
    child,
    logs,
    exited,
    waitForLog(match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logs.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `bot: no matching log line within ${timeoutMs} ms; logs: ${JSON.stringify(logs.slice(-10))}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
