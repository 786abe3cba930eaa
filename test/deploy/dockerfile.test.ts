// The container recipe, performed without a container engine (dockerfile.ts): the image's files
// as its stages make them, run as a user without write access to the app folder, with the
// production dependencies only. The bot must start, answer Slack, answer its HEALTHCHECK, write
// nothing in its folder, refuse to run with nothing to do, and stop cleanly on SIGTERM.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  directMessageEvent,
  type FakeSlackApi,
  freePort,
  sendEvent,
  startFakeSlackApi,
} from '../fakes/slack/index.js';
import { ROOT } from '../fakes/start-command.js';
import { buildImage, dockerignore, type Stage, snapshot } from './dockerfile.js';

const NOBODY = '65534:65534';
const asRoot = process.getuid?.() === 0;

let stages: Stage[];
let image: Stage;
let slack: FakeSlackApi;

beforeAll(async () => {
  stages = buildImage(join(ROOT, 'Dockerfile'), {
    context: ROOT,
    users: { node: NOBODY },
    full: process.env.ATONE_DOCKERFILE_FULL === '1',
  });
  image = stages.at(-1) as Stage;
  // The app folder as a read-only mount would make it: no directory can take a new file.
  execFileSync('find', [join(image.root, 'app'), '-type', 'd', '-exec', 'chmod', 'a-w', '{}', '+']);
  slack = await startFakeSlackApi();
}, 180_000);

// Hundreds of MB of linked packages to remove: give it time on a loaded machine.
afterAll(async () => {
  await slack?.close();
  for (const stage of stages ?? []) {
    // Only directories were made read-only; files are links to the project's packages.
    execFileSync('find', [stage.root, '-type', 'd', '-exec', 'chmod', 'u+w', '{}', '+']);
    rmSync(stage.root, { recursive: true, force: true });
  }
}, 120_000);

/** Runs a command of the image as its USER (mapped to nobody here), in WORKDIR, with its ENV. */
function inImage(
  argv: string[],
  env: Record<string, string>,
  stdin: 'ignore' | 'pipe' = 'ignore',
): ChildProcess {
  const [program, ...args] = argv;
  const command = program === 'node' ? process.execPath : (program as string);
  const mappedEnv = Object.fromEntries(
    Object.entries({ ...image.env, ...env }).map(([k, v]) => [
      k,
      v.replace(/(^|:)\/data\b/, `$1${image.root}/data`),
    ]),
  );
  const [uid, gid] = NOBODY.split(':');
  const wrapped = asRoot
    ? ['setpriv', [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--', command, ...args]]
    : [command, args];
  return spawn(wrapped[0] as string, wrapped[1] as string[], {
    cwd: join(image.root, image.workdir),
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ...mappedEnv },
    stdio: [stdin, 'pipe', 'pipe'],
  });
}

function outcome(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('the container recipe (Dockerfile), performed', () => {
  it('builds an image of the bundle, the production packages and the start script only', () => {
    expect(stages.map((s) => s.image)).toEqual(['node:20-slim', 'node:20-slim', 'node:20-slim']);
    const app = join(image.root, 'app');
    expect(existsSync(join(app, 'dist/main/main.mjs'))).toBe(true);
    expect(existsSync(join(app, 'scripts/start.mjs'))).toBe(true);
    expect(existsSync(join(app, 'src'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/better-sqlite3'))).toBe(true);
    // Development tools are not production dependencies.
    expect(existsSync(join(app, 'node_modules/vitest'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/typescript'))).toBe(false);
    expect(image.user).toBe('node');
    expect(image.cmd).toEqual(['node', 'scripts/start.mjs']);
    expect(image.healthcheck?.join(' ')).toMatch(/\/healthz/);
    if (asRoot) expect(statSync(join(image.root, 'data')).uid).toBe(65534);
    console.info(`Dockerfile performed: ${stages.flatMap((s) => s.notes).join('; ')}`);
  });

  it('runs as a user who cannot write its folder: answers Slack and its health check, and writes nothing there', async () => {
    const app = join(image.root, 'app');
    const before = snapshot(app);
    const port = String(await freePort());
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-image-test',
      SLACK_SIGNING_SECRET: 'image-test-secret',
      SLACK_API_URL: slack.apiUrl,
      PORT: port,
    };
    const bot = inImage(image.cmd as string[], env);
    const exited = outcome(bot);
    let log = '';
    bot.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
    });
    try {
      await slack.waitFor(
        () => /"message":"ready"/.test(log) || (bot.exitCode !== null && 'exited'),
        30_000,
        'ready',
      );
      expect(bot.exitCode, log).toBeNull();

      const health = await outcome(inImage(image.healthcheck as string[], { PORT: port }));
      expect(health.code).toBe(0);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

      const endpoint = {
        url: `http://127.0.0.1:${port}/slack/events`,
        signingSecret: env.SLACK_SIGNING_SECRET,
      };
      await sendEvent(endpoint, directMessageEvent({ text: 'はがきの期限は？', user: 'U0IMAGE' }));
      await slack.waitFor(() =>
        slack.callsTo('chat.postMessage').find((c) => c.params.channel === 'DU0IMAGE'),
      );

      // SQLite went to the volume, as DATABASE_URL in the image says.
      expect(existsSync(join(image.root, 'data/atone-bot.db'))).toBe(true);
      expect(snapshot(app)).toEqual(before);
      expect(log).not.toMatch(/sources changed/);
    } finally {
      bot.kill('SIGTERM');
    }
    expect((await exited).code).toBe(0);
  }, 60_000);

  it('exits 1 with a message naming the variables when it has no token and no input', async () => {
    const { code, stderr } = await outcome(
      inImage(image.cmd as string[], { PORT: String(await freePort()) }),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/Nothing to do: no platform is configured.*SLACK_BOT_TOKEN or DISCORD_TOKEN/);
  });

  it('keeps .env out of the image: secrets come from the environment (env_file in compose, optional)', () => {
    // The build context leaves out every .env but the example, whatever is in the checkout.
    const ignored = dockerignore(ROOT);
    for (const name of ['.env', '.env.local', '.env.production']) expect(ignored(name), name).toBe(true);
    expect(ignored('.env.example')).toBe(false);
    // Nothing named .env* in the image's app folder, outside the packages.
    const app = join(image.root, 'app');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules') continue;
        if (entry.name.startsWith('.env')) found.push(join(dir, entry.name));
        if (entry.isDirectory()) walk(join(dir, entry.name));
      }
    };
    walk(app);
    expect(found).toEqual([]);
    // compose reads .env when there is one and starts without it.
    const compose = readFileSync(join(ROOT, 'compose.yaml'), 'utf8');
    expect(compose).toMatch(/env_file:\s*\n\s*- path: \.env\s*\n\s*required: false/);
  });
});
