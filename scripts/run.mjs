// The developer's runner: rebuilds an entry when a source is newer than its bundle (see
// build.mjs), then runs the bundle with its own arguments. `npm start` does not use it: it never
// builds (scripts/start.mjs). Where the app folder is read-only and the bundle stale, it says so
// and runs what was built.
//   usage: node scripts/run.mjs <entry.ts> [args...]
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildEntry, bundlePath, isFresh, ROOT } from './build.mjs';

function writable(path) {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args...]');
  process.exit(2);
}
if (!isFresh(entry)) {
  if (existsSync(bundlePath(entry)) && !writable(join(ROOT, 'dist'))) {
    console.error(`scripts/run.mjs: cannot rebuild ${entry} in a read-only folder; running the last build`);
  } else {
    try {
      await buildEntry(entry);
    } catch (error) {
      // esbuild reports a folder it cannot write in its message only ("permission denied").
      const denied =
        ['EACCES', 'EROFS', 'EPERM'].includes(error?.code ?? error?.errors?.[0]?.detail?.code) ||
        /permission denied|read-only file system|operation not permitted/i.test(String(error?.message));
      if (!denied) throw error;
      if (!existsSync(bundlePath(entry))) {
        console.error(
          `scripts/run.mjs: ${entry} was never built and this folder is read-only: run \`npm run build\` where it can be written.`,
        );
        process.exit(1);
      }
      console.error(`scripts/run.mjs: cannot rebuild ${entry} in a read-only folder; running the last build`);
    }
  }
}
const outfile = bundlePath(entry);
// The entry sees its own arguments, as if it had been started directly.
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
