// Real child processes for the crash and two-instance tests: the worker fixture is bundled with
// esbuild (a dependency already; no TypeScript loader needed) into a temporary directory whose
// node_modules links to the project's, then started with plain `node`.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface WorkerBundle {
  script: string;
  dir: string;
  cleanup(): void;
}

/** Bundles test/reminders/fixtures/<fixture>.ts (default: the reminder worker). */
export async function bundleWorker(fixture = 'reminder-worker'): Promise<WorkerBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'atone-worker-'));
  // Bare imports (better-sqlite3, pg, …) resolve through this link to the project's packages.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const script = join(dir, `${fixture}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL(`../fixtures/${fixture}.ts`, import.meta.url))],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return { script, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface WorkerRun {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) and the stderr text. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function startWorker(
  bundle: WorkerBundle,
  env: Record<string, string>,
  onLine?: (line: string) => void,
): WorkerRun {
  const child = spawn(process.execPath, [bundle.script], {
    env: { ...process.env, ...env },
    stdio: [onLine ? 'pipe' : 'ignore', onLine ? 'pipe' : 'ignore', 'pipe'],
  });
  if (onLine && child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => {
      child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
    },
  );
  return { child, exited };
}

/** A directory for one run's platform: attempts.log and inbox/. */
export function platformDir(base: string, name: string): string {
  const dir = join(base, name);
  mkdirSync(join(dir, 'inbox'), { recursive: true });
  return dir;
}

export function readAttempts(dir: string): Array<{ key: string; worker: string }> {
  const file = join(dir, 'attempts.log');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [key = '', worker = ''] = line.split(' ');
      return { key, worker };
    });
}

export function readInbox(dir: string): string[] {
  return readdirSync(join(dir, 'inbox')).map((name) => Buffer.from(name, 'base64url').toString());
}

/** Polls `condition` every 10 ms, up to `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`waitFor: timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
