// `npm start`: runs the bot as built by `npm install` / `npm run build` (dist/main/main.mjs).
// It never builds or writes anything in the app folder, so that folder can be read-only.
//   usage: node scripts/start.mjs [entry-name] [args...]   (default: main)
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundlePath, isFresh } from './build.mjs';

const KNOWN = { main: 'adapters/main.ts', ask: 'src/cli/ask.ts' };
const [name = 'main', ...rest] = process.argv.slice(2);
const entry = KNOWN[name];
if (!entry) {
  console.error(`scripts/start.mjs: unknown entry "${name}" (one of: ${Object.keys(KNOWN).join(', ')})`);
  process.exit(2);
}
const outfile = bundlePath(entry);
if (!existsSync(outfile)) {
  console.error(
    `atone-bot is not built (${outfile} is missing): run \`npm run build\` (npm install does it).`,
  );
  process.exit(1);
}
// A source edited since the build would otherwise be ignored without a word.
if (!isFresh(entry)) {
  console.error(
    JSON.stringify({
      level: 'warn',
      time: new Date().toISOString(),
      message: 'sources changed since the last build: run `npm run build`',
    }),
  );
}
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
