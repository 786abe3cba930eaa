// Runs a TypeScript entry point: bundles it with esbuild into dist/<entry>/ when any source is
// newer than the bundle, then imports it. Faster to start than a TypeScript loader, and never
// stale. `npm install` builds the usual entries ahead (`--build`), so the first start is quick.
//   usage: node scripts/run.mjs <entry.ts> [args...]
//          node scripts/run.mjs --build <entry.ts>...
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOURCES = ['src', 'intents', 'adapters', 'package-lock.json'];
// Small pure-JavaScript dependencies (zod, date-fns, the holiday table) are bundled: one file
// parses faster than hundreds of modules resolve. Native, large or on-demand ones stay out.
const EXTERNAL = [
  'better-sqlite3',
  'pg',
  '@slack/*',
  'discord.js',
  '@discordjs/*',
  'node-nlp',
  'esbuild',
  'fast-check',
  'ws',
  // CommonJS with require('util'): it cannot be bundled as ESM.
  'prom-client',
];

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

/** Bundles `entry` unless its bundle is newer than every source; returns the bundle's path. */
async function ensureBuilt(entry) {
  // One folder per entry: code splitting keeps what is imported on demand (database drivers,
  // platform SDKs) out of the start-up path.
  const name = basename(entry, '.ts');
  const outdir = resolve('dist', name);
  const outfile = join(outdir, `${name}.mjs`);
  const sources = [...SOURCES, entry].map(newest);
  if (newest(outfile) > Math.max(...sources)) return outfile;
  // Loaded only when needed: esbuild's JavaScript side costs tens of milliseconds to load.
  const { build } = await import('esbuild');
  // Build beside the bundle, then swap folders: two processes starting at once (tests do) never
  // see a half-written or half-deleted bundle. Chunk names carry content hashes, so a fresh
  // folder also keeps old chunks from piling up.
  const staging = `${outdir}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    sourcemap: 'linked',
    logLevel: 'error',
  });
  const retired = `${outdir}.${process.pid}.old`;
  try {
    renameSync(outdir, retired);
  } catch {
    // No previous bundle, or another process has just swapped it.
  }
  try {
    renameSync(staging, outdir);
  } catch {
    // Another process put its own, equally fresh, bundle in place first: use that one.
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(retired, { recursive: true, force: true });
  return outfile;
}

const [first, ...rest] = process.argv.slice(2);
if (!first) {
  console.error(
    'usage: node scripts/run.mjs <entry.ts> [args...]  |  node scripts/run.mjs --build <entry.ts>...',
  );
  process.exit(2);
}
if (first === '--build') {
  for (const entry of rest) await ensureBuilt(entry);
} else {
  const outfile = await ensureBuilt(first);
  // The entry sees its own arguments, as if it had been started directly.
  process.argv = [process.argv[0], outfile, ...rest];
  await import(pathToFileURL(outfile).href);
}
