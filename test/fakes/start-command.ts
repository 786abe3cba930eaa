// What `npm start` runs, read from package.json, so that tests and benchmarks start the bot
// exactly as users do (without npm in between, whose own process would hide signals and pids).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `["node", "scripts/run.mjs", "adapters/main.ts"]` or whatever `scripts.start` says, node first. */
export function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = pkg.scripts.start.trim().split(/\s+/);
  return [command === 'node' ? process.execPath : (command as string), ...args];
}
