// The core must not know the platforms: src/ imports no platform SDK and nothing from adapters/;
// the domain and the matcher do no I/O at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? '');
}

const PLATFORM_SDKS = /^(@slack\/|discord\.js|@discordjs\/|@line\/)/;

describe('module boundaries', () => {
  it.each(sourceFiles('src'))('%s imports no platform SDK and nothing from adapters/', (file) => {
    for (const spec of imports(file)) {
      expect(spec).not.toMatch(PLATFORM_SDKS);
      expect(spec).not.toMatch(/(^|\/)adapters\//);
    }
  });

  // src/nlu/training/ is the build's trainer (it reads its data files and writes model.json);
  // the bot never imports it.
  it.each([...sourceFiles('src/domain'), ...sourceFiles('src/nlu').filter((f) => !f.includes('/training/'))])(
    '%s is pure: no I/O modules, no database driver',
    (file) => {
      for (const spec of imports(file)) {
        expect(spec).not.toMatch(
          /^(node:)?(fs|net|http|https|child_process|readline)$|^(pg|better-sqlite3)$/,
        );
      }
    },
  );

  it.each([...sourceFiles('src/domain'), ...sourceFiles('src/nlu'), ...sourceFiles('intents')])(
    '%s never reads the clock: time is passed in',
    (file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code).not.toMatch(/Date\.now\(\)|new Date\(\)/);
    },
  );

  // A new platform is its folder and an entry in adapters/platforms.ts: the shared adapter code
  // (the composition root, the HTTP server, the inbox, serve) imports no platform's folder.
  it.each(
    readdirSync('adapters', { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && entry.name !== 'platforms.ts')
      .map((entry) => join('adapters', entry.name))
      .concat(sourceFiles('adapters/http')),
  )('%s imports no platform folder (only adapters/platforms.ts lists them)', (file) => {
    // The terminal's console front end and the HTTP server are shared, not platforms.
    for (const spec of imports(file)) expect(spec).not.toMatch(/^\.\/(?!http\/|console\/)[^/]+\//);
  });
});
