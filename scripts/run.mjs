// Runs a TypeScript entry point: bundles it with esbuild (tens of milliseconds, dependencies left
// in node_modules) into dist/, then imports it. Faster to start than a TypeScript loader, and
// never stale: every run builds from the sources.
//   usage: node scripts/run.mjs <entry.ts> [args...]
import { build } from 'esbuild';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args...]');
  process.exit(2);
}
const outfile = resolve('dist', `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
});
// The entry sees its own arguments, as if it had been started directly.
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
