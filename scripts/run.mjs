// Runs a TypeScript entry point: bundles it with esbuild into dist/ (dependencies stay in
// node_modules) when any source is newer than the bundle, then imports it. Faster to start than
// a TypeScript loader, and never stale.
//   usage: node scripts/run.mjs <entry.ts> [args...]
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOURCES = ['src', 'intents', 'adapters', 'bench', 'package.json', 'package-lock.json'];
const EXTERNAL = ['better-sqlite3', 'pg', '@slack/*', 'discord.js', '@discordjs/*', 'node-nlp', 'esbuild', 'fast-check', 'ws'];

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args...]');
  process.exit(2);
}
// One folder per entry: code splitting keeps what is imported on demand (database drivers,
// platform SDKs) out of the start-up path.
const outdir = resolve('dist', basename(entry, '.ts'));
const outfile = join(outdir, `${basename(entry, '.ts')}.mjs`);

/** The newest modification time under `path` (0 when it does not exist). */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

if (newest(outfile) <= Math.max(...SOURCES.map(newest))) {
  // Loaded only when needed: esbuild's JavaScript side costs tens of milliseconds to load.
  const { build } = await import('esbuild');
  // Chunk names carry content hashes: start clean so that old chunks do not pile up.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [entry],
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Small pure-JavaScript dependencies (zod, date-fns, the holiday table) are bundled: one file
    // parses faster than hundreds of modules resolve. Native, large or on-demand ones stay out.
    external: EXTERNAL,
    sourcemap: 'linked',
    logLevel: 'error',
  });
}
// The entry sees its own arguments, as if it had been started directly.
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
