// Bundles the TypeScript entry points with esbuild into dist/<entry>/<entry>.mjs: plain Node runs
// them, faster to start than a TypeScript loader. `npm install` builds (the `prepare` script) and
// so does `npm run build`, after training the matcher when its inputs changed (see trainIfStale);
// `npm start` only runs what was built and never writes here, so the app folder can be read-only
// in production.
//   node scripts/build.mjs                 the app's entries (ENTRIES)
//   node scripts/build.mjs <entry.ts>...   those entries
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What `npm start`, `npm run ask`, `npm run report` and `npm run discord:*` run. */
export const ENTRIES = [
  'adapters/main.ts',
  'src/cli/ask.ts',
  'scripts/report.ts',
  'adapters/discord/deploy.ts',
  'adapters/discord/shard.ts',
];

/** What a bundle is made of: a newer file here makes it stale (see `isFresh`). */
const SOURCES = ['src', 'intents', 'adapters', 'package-lock.json'];
/** Benchmarks also bundle the test fakes. */
const BENCH_SOURCES = ['bench', 'test/fakes'];

// Dependencies are bundled too (Bolt's module tree alone was 43 % of Slack's start-up): one file
// parses faster than hundreds of modules resolve. Left out: native code, what loads optional
// native add-ons by name, and tools that are never part of the running bot.
const EXTERNAL = [
  'better-sqlite3',
  'pg-native',
  'bufferutil',
  'utf-8-validate',
  'zlib-sync',
  'esbuild',
  'node-nlp',
  'fast-check',
  'vitest',
];

// Bundled CommonJS packages call `require` for Node's own modules; ESM has none, so give it one.
const BANNER = [
  "import { createRequire as __atoneCreateRequire } from 'node:module';",
  'const require = __atoneCreateRequire(import.meta.url);',
].join('\n');

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

/** dist/<name>/<name>.mjs for an entry such as adapters/main.ts. */
export function bundlePath(entry) {
  const name = basename(entry, '.ts');
  return join(ROOT, 'dist', name, `${name}.mjs`);
}

/** True when the bundle exists and no source is newer (sources absent, as in a container: fresh). */
export function isFresh(entry) {
  const built = newest(bundlePath(entry));
  if (built === 0) return false;
  const sources = [...SOURCES, ...(/^(adapters|src|scripts)\//.test(entry) ? [] : BENCH_SOURCES), entry];
  return built > Math.max(...sources.map((source) => newest(join(ROOT, source))));
}

/**
 * esbuild writes strings as ASCII but leaves regular expressions as they are, and one Japanese
 * character in a regex makes V8 hold the whole chunk's source (kept for lazy compilation) at two
 * bytes a character: 4 MB instead of 2 for the Slack SDK's chunk. In a regex, `\uXXXX` means the
 * same as the character (with or without the u flag, surrogate pairs included), so every
 * non-ASCII code unit is written that way (the source map, for reading only, then points a few
 * columns off after such a regex). A non-ASCII character after a backslash would change meaning:
 * the build stops instead.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[\u0080-\uffff]/.test(text)) return;
  const escaped = text.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, char) => {
    if (slashes.length % 2 === 1)
      throw new Error(`${file}: an escaped non-ASCII character (\\${char}) in the bundle`);
    return `${slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  writeFileSync(file, escaped);
}

/** Bundles `entry` into its folder, atomically: a process starting meanwhile sees the old or the new bundle. */
export async function buildEntry(entry) {
  // One folder per entry: code splitting keeps what is imported on demand (database drivers,
  // platform SDKs) out of the start-up path.
  const outdir = dirname(bundlePath(entry));
  // Loaded only when needed: esbuild's JavaScript side costs tens of milliseconds to load.
  const { build } = await import('esbuild');
  // Build beside the bundle, then swap folders: two processes building at once never see a
  // half-written or half-deleted bundle. Chunk names carry content hashes, so a fresh folder
  // also keeps old chunks from piling up.
  const staging = `${outdir}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(ROOT, entry)],
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: BANNER },
    sourcemap: 'linked',
    logLevel: 'error',
    // Licence banners of the bundled packages stay in node_modules; the bundle is for running.
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
  });
  for (const name of readdirSync(staging)) if (name.endsWith('.mjs')) asciiOnly(join(staging, name));
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
}

/**
 * The matcher's weights (src/nlu/model.json) are trained here, at build time, and committed: a
 * fresh clone runs without training, `npm start` never writes into the app folder (it only runs
 * what was built), and a test (test/nlu/model.test.ts) fails when the committed model no longer
 * matches its inputs (examples, cues, features). Training only happens when they changed: the
 * model records the hash of its inputs. Deterministic, so every machine writes the same bytes.
 */
const TRAINER = 'src/nlu/training/train-model.ts';

export async function trainIfStale() {
  await buildEntry(TRAINER);
  const { trainIfStale: train, writeCuePlanIfStale } = await import(pathToFileURL(bundlePath(TRAINER)).href);
  const outcome = train(ROOT);
  if (outcome.trained) console.error(outcome.summary);
  // The cue scanner's plan (src/nlu/cues.ts): the bot starts faster from it.
  if (writeCuePlanIfStale(ROOT)) console.error('src/nlu/cue-plan.json written');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entries = process.argv.slice(2);
  if (entries.length === 0) await trainIfStale();
  for (const entry of entries.length > 0 ? entries : ENTRIES) await buildEntry(entry);
}
