// What `npm start` runs, read from package.json, so that tests and benchmarks start the bot
// exactly as users do (without npm in between, whose own process would hide signals and pids).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `[node, "/…/scripts/start.mjs"]`, or whatever `scripts.start` says: node first, the files of
 * the project as absolute paths, so that the bot can run in any working directory.
 */
export function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = pkg.scripts.start.trim().split(/\s+/);
  return [
    command === 'node' ? process.execPath : (command as string),
    ...args.map((arg) => (existsSync(join(ROOT, arg)) ? join(ROOT, arg) : arg)),
  ];
}
