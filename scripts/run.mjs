// The developer's runner: rebuilds an entry when a source is newer than its bundle (see
// build.mjs), then runs the bundle with its own arguments. `npm start` does not use it: it never
// builds (scripts/start.mjs). Where the app folder is read-only and the bundle stale, it says so
// and runs what was built.
//   usage: node scripts/run.mjs <entry.ts> [args...]
import { pathToFileURL } from 'node:url';
import { buildEntry, bundlePath, isFresh } from './build.mjs';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args...]');
  process.exit(2);
}
if (!isFresh(entry)) {
  try {
    await buildEntry(entry);
  } catch (error) {
    if (!['EACCES', 'EROFS', 'EPERM'].includes(error?.code ?? error?.errors?.[0]?.detail?.code)) throw error;
    console.error(`scripts/run.mjs: cannot rebuild ${entry} in a read-only folder; running the last build`);
  }
}
const outfile = bundlePath(entry);
// The entry sees its own arguments, as if it had been started directly.
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
