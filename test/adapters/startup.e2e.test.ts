// Starting `npm start` wrong: every failure is one line on stderr that names the variable or path
// at fault and what to do, with a network failure, a refused credential and a permission told
// apart, and exit code 1. Also: `.env` in the working directory is read, the environment wins.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startFakeSlackApi } from '../fakes/slack/index.js';
import { startCommand } from '../fakes/start-command.js';

const work = mkdtempSync(join(tmpdir(), 'atone-startup-'));
chmodSync(work, 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  code: number | null;
  stderr: string;
}

/** `npm start`'s command with only these variables, stdin closed (as under a service manager). */
function start(env: Record<string, string>, options: { cwd?: string; uid?: number } = {}): Promise<Outcome> {
  const [command, ...args] = startCommand() as [string, ...string[]];
  const argv =
    options.uid === undefined
      ? [command, ...args]
      : [
          'setpriv',
          `--reuid=${options.uid}`,
          `--regid=${options.uid}`,
          '--clear-groups',
          '--',
          command,
          ...args,
        ];
  const child = spawn(argv[0] as string, argv.slice(1), {
    cwd: options.cwd ?? work,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

/** The failure line: the last line, which is not a JSON log line. */
function failure({ code, stderr }: Outcome): string {
  expect(code).toBe(1);
  const lines = stderr.trim().split('\n');
  const last = lines.at(-1) as string;
  expect(last.startsWith('{')).toBe(false);
  return last;
}

const slack = {
  SLACK_BOT_TOKEN: 'xoxb-startup-test',
  SLACK_SIGNING_SECRET: 'secret',
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
};

describe('starting with nothing to do, or with .env', () => {
  it('exits 1 naming the variables when no platform is configured and no input arrives', async () => {
    const outcome = await start({});
    expect(failure(outcome)).toMatch(/^Nothing to do: .*Set SLACK_BOT_TOKEN or DISCORD_TOKEN .*\.env/);
    expect(outcome.stderr.trim().split('\n'), outcome.stderr).toHaveLength(1);
  });

  it('reads .env from the working directory, and a variable set in the environment wins', async () => {
    const folder = join(work, 'with-env');
    mkdirSync(folder);
    writeFileSync(join(folder, '.env'), 'SLACK_BOT_TOKEN=from-the-dotenv-file\nLOG_LEVEL=warn\n');
    expect(failure(await start({}, { cwd: folder }))).toMatch(/SLACK_BOT_TOKEN must start with "xoxb-"/);
    // Set (even empty) in the environment: the file's value is not used.
    expect(failure(await start({ SLACK_BOT_TOKEN: '' }, { cwd: folder }))).toMatch(/^Nothing to do/);
  });

  it('names .env when it cannot be read', async () => {
    const folder = join(work, 'env-is-a-folder');
    mkdirSync(join(folder, '.env'), { recursive: true });
    expect(failure(await start({}, { cwd: folder }))).toMatch(
      /^\.env could not be read \(it is not a file\)/,
    );
  });
});

describe('the database at fault, named as DATABASE_URL', () => {
  it('a path through a file: not a folder', async () => {
    writeFileSync(join(work, 'a-file'), 'x');
    const line = failure(await start({ ...slack, DATABASE_URL: `sqlite:${join(work, 'a-file/bot.db')}` }));
    expect(line).toMatch(/^DATABASE_URL \(.*a-file\/bot\.db\): a part of the path is a file, not a folder/);
  });

  it('a file that is not SQLite: SQLITE_NOTADB', async () => {
    const path = join(work, 'not-a-database.db');
    writeFileSync(path, 'this is text, not a database, and long enough to have a header of sorts'.repeat(4));
    const line = failure(await start({ ...slack, DATABASE_URL: `sqlite:${path}` }));
    expect(line).toMatch(/is not a usable SQLite database \(SQLITE_NOTADB\): move that file away/);
  });

  it.skipIf(process.getuid?.() !== 0)(
    'a folder the user may not write: a permission naming the folder, the user and what to do',
    async () => {
      const folder = join(work, 'root-only');
      mkdirSync(folder, { mode: 0o755 });
      writeFileSync(join(folder, 'existing.db'), '');
      chmodSync(join(folder, 'existing.db'), 0o666);
      for (const name of ['new.db', 'existing.db', 'deeper/new.db']) {
        const line = failure(
          await start({ ...slack, DATABASE_URL: `sqlite:${join(folder, name)}` }, { uid: 65534 }),
        );
        expect(line).toBe(
          `DATABASE_URL (${join(folder, name)}): the data folder ${folder} cannot be written by user nobody (uid 65534) (${/SQLITE_(CANTOPEN|READONLY_DIRECTORY)|EACCES/.exec(line)?.[0]}): make it writable by that user (chown or chmod), or set DATABASE_URL=sqlite:/a/writable/path.db.`,
        );
      }
      // A read-only database file in a writable folder: the file is named.
      const open = join(work, 'open-folder');
      mkdirSync(open, { mode: 0o777 });
      chmodSync(open, 0o777);
      writeFileSync(join(open, 'read-only.db'), '');
      chmodSync(join(open, 'read-only.db'), 0o444);
      expect(
        failure(
          await start({ ...slack, DATABASE_URL: `sqlite:${join(open, 'read-only.db')}` }, { uid: 65534 }),
        ),
      ).toMatch(/: the database file .*read-only\.db cannot be written by user nobody/);
      // The default ./data in a working directory the user may not write.
      expect(failure(await start(slack, { cwd: folder, uid: 65534 }))).toBe(
        `DATABASE_URL (./data/atone-bot.db, the default): the data folder ${folder} cannot be written by user nobody (uid 65534) (EACCES): make it writable by that user (chown or chmod), or set DATABASE_URL=sqlite:/a/writable/path.db.`,
      );
    },
  );

  it('PostgreSQL closing the connection at once (a firewall, pg_hba.conf, TLS required): what to check', async () => {
    const closer = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => closer.listen(0, '127.0.0.1', resolve));
    const { port } = closer.address() as { port: number };
    try {
      const line = failure(
        await start({ ...slack, DATABASE_URL: `postgres://bot:hunter2@127.0.0.1:${port}/atone` }),
      );
      expect(line).toBe(
        `DATABASE_URL: PostgreSQL at 127.0.0.1:${port} could not be used (the connection was closed at once): check the host, the network and any firewall, that PostgreSQL accepts this client (listen_addresses, pg_hba.conf), and sslmode in DATABASE_URL if the server requires TLS.`,
      );
    } finally {
      closer.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "PostgreSQL without TLS while DATABASE_URL asks for it: one line, and pg's warning as a log line",
    async () => {
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.searchParams.set('sslmode', 'require');
      const outcome = await start({ ...slack, DATABASE_URL: url.toString() });
      expect(failure(outcome)).toBe(
        `DATABASE_URL: PostgreSQL at ${url.hostname}:${url.port || '5432'} does not accept TLS connections: remove sslmode from DATABASE_URL, or turn on ssl in the server's configuration.`,
      );
      // Every other line is JSON (the sslmode warning included).
      for (const line of outcome.stderr.trim().split('\n').slice(0, -1))
        expect(line.startsWith('{'), line).toBe(true);
    },
  );

  it('PostgreSQL refusing connections: ECONNREFUSED, with the host and port but never the password', async () => {
    const port = await freePort();
    const line = failure(
      await start({ ...slack, DATABASE_URL: `postgres://bot:hunter2@127.0.0.1:${port}/atone` }),
    );
    expect(line).toBe(
      `DATABASE_URL: PostgreSQL refused the connection at 127.0.0.1:${port} (ECONNREFUSED): start PostgreSQL or correct the host and port.`,
    );
  });
});

describe('the platforms at fault: the network is not the token', () => {
  it('Discord unreachable: the host is named and the token is not blamed', async () => {
    const line = failure(
      await start({
        DISCORD_TOKEN: 'x'.repeat(30),
        DISCORD_APPLICATION_ID: '123456789012345678',
        DISCORD_API_URL: 'http://atone-startup-test.invalid/api',
        DATABASE_URL: 'sqlite::memory:',
      }),
    );
    expect(line).toMatch(
      /^Discord could not be reached at DISCORD_API_URL .*\(getaddrinfo ENOTFOUND atone-startup-test\.invalid\)/,
    );
    expect(line).toMatch(/DISCORD_TOKEN was not checked/);
    expect(line).not.toContain('x'.repeat(30));
  });

  it('Slack unreachable: the same', async () => {
    const url = `http://127.0.0.1:${await freePort()}/api/`;
    const line = failure(await start({ ...slack, SLACK_API_URL: url, DATABASE_URL: 'sqlite::memory:' }));
    expect(line).toMatch(
      /^Slack could not be reached at SLACK_API_URL .*ECONNREFUSED.*SLACK_BOT_TOKEN was not checked/,
    );
  });

  it('PORT taken by another process', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const api = await startFakeSlackApi();
      try {
        const line = failure(
          await start({
            ...slack,
            SLACK_API_URL: api.apiUrl,
            PORT: String(port),
            DATABASE_URL: 'sqlite::memory:',
          }),
        );
        expect(line).toBe(
          `PORT ${port}: another process already listens there (EADDRINUSE): stop it or set PORT to a free port.`,
        );
      } finally {
        await api.close();
      }
    } finally {
      taken.close();
    }
  });
});
