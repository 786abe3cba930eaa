// `npm run ask` and `npm run report` in an app folder the user cannot write, with a source newer
// than the bundle (an upgrade copied over, a touched file): the runner says it cannot rebuild and
// runs the last build, instead of failing on esbuild's "permission denied".
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fakes/start-command.js';

const asRoot = process.getuid?.() === 0;
const app = mkdtempSync(join(tmpdir(), 'atone-ro-app-'));

afterAll(() => {
  execFileSync('chmod', ['-R', 'u+w', app]);
  rmSync(app, { recursive: true, force: true });
});

describe.skipIf(!asRoot)('the runner in a read-only app folder', () => {
  it('runs the last build of ask and report, saying why it did not rebuild', () => {
    // The app as installed: the runner, the bundles, the packages; and a source newer than them.
    mkdirSync(join(app, 'scripts'));
    for (const file of ['run.mjs', 'build.mjs'])
      cpSync(join(ROOT, 'scripts', file), join(app, 'scripts', file));
    for (const entry of ['ask', 'report'])
      cpSync(join(ROOT, 'dist', entry), join(app, 'dist', entry), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(app, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'));
    mkdirSync(join(app, 'src'));
    writeFileSync(join(app, 'src', 'edited.ts'), '// newer than the bundle\n');
    execFileSync('chmod', ['-R', 'a-w', join(app, 'dist'), join(app, 'scripts'), join(app, 'src')]);
    chmodSync(app, 0o555);
    const work = mkdtempSync(join(tmpdir(), 'atone-ro-work-'));
    chmodSync(work, 0o777);
    const run = (...args: string[]) =>
      spawnSync(
        'setpriv',
        [
          '--reuid=65534',
          '--regid=65534',
          '--clear-groups',
          '--',
          process.execPath,
          join(app, 'scripts/run.mjs'),
          ...args,
        ],
        {
          cwd: work,
          env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${join(work, 'bot.db')}` },
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
    try {
      const ask = run('src/cli/ask.ts', 'Amazonで使える？');
      expect(ask.stderr).toMatch(
        /cannot rebuild src\/cli\/ask\.ts in a read-only folder; running the last build/,
      );
      expect(ask.status).toBe(0);
      expect(ask.stdout).toMatch(/Amazon/);
      // (No bot has run here: the report says there is no database rather than making one.)
      const report = run('scripts/report.ts', '--days', '1');
      expect(report.stderr).toMatch(/cannot rebuild scripts\/report\.ts in a read-only folder/);
      expect(report.stderr).toMatch(/No database at .*bot\.db/);
      expect(report.status).toBe(1);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
