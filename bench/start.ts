// Start-up and memory of the real terminal bot, measured from outside as a user would see them.
import { spawn, spawnSync } from 'node:child_process';

/** Milliseconds from spawning `command` to its first output after one question on stdin. */
export function timeToFirstAnswer(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'], env: botEnv() });
    child.stdout.once('data', () => {
      resolve(performance.now() - t0);
      child.kill();
    });
    child.on('error', reject);
    child.stdin.end('支払い期限はいつ？\n');
  });
}

/** Peak RSS (MB) of the bundled terminal bot answering every question, piped, then exiting. */
export function peakRssAnswering(questions: string[]): number {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', 'node', 'dist/main/main.mjs'], {
    input: `${questions.map((q) => q.replace(/\n/g, ' ')).join('\n')}\n`,
    encoding: 'utf8',
    env: botEnv(),
    maxBuffer: 64 * 2 ** 20,
  });
  const kilobytes = Number(result.stderr.trim().split('\n').at(-1));
  return kilobytes / 1024;
}

function botEnv(): NodeJS.ProcessEnv {
  // No platform tokens (the terminal), and a throw-away database.
  return {
    ...process.env,
    SLACK_BOT_TOKEN: '',
    DISCORD_TOKEN: '',
    SLACK_APP_TOKEN: '',
    DATABASE_URL: 'sqlite::memory:',
  };
}
