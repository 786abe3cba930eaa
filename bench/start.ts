// Cold start: from spawning `npm start`'s command to the first answer on stdout, and the same
// for the prebuilt bundle (dist/main/main.mjs) (what a deployment runs).
import { spawn } from 'node:child_process';

export function timeToFirstAnswer(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' } });
    child.stdout.once('data', () => {
      resolve(performance.now() - t0);
      child.kill();
    });
    child.on('error', reject);
    child.stdin.end('支払い期限はいつ？\n');
  });
}
