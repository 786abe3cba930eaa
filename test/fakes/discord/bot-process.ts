// Starts the bot exactly as a user does (`npm start`'s command, configured by the environment
// only) against a fake, and reads its JSON log lines from stderr.
import { type ChildProcess, spawn } from 'node:child_process';
import { ROOT, startCommand } from '../start-command.js';

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
  const child = spawn(command as string, args, {
    cwd: ROOT,
    // Only what a user would set: no platform but Discord, whatever the developer's shell exports.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: process.env.TZ ?? '', ...env },
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
