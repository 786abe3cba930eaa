// The Dockerfile's steps, performed without a container engine: each stage gets a folder as its
// filesystem, COPY copies from the build context (the project minus .dockerignore) or an earlier
// stage, RUN runs in the stage's WORKDIR with its ENV, and the last stage's USER, HEALTHCHECK and
// CMD are kept for the caller to run. The recipe itself is read, so that a file it forgets to
// copy or a step that breaks fails here, not on a server.
//
// What cannot be done here is said, not faked: apt-get lines are skipped (system packages belong
// to the base image), and in the default fast mode `npm ci` reuses the project's installed
// packages (hard links, then `npm prune` to the same set a fresh install of that lockfile gives)
// and `npm rebuild` is skipped (the linked native build is already there). ATONE_DOCKERFILE_FULL=1
// runs both for real (network, and minutes when better-sqlite3 compiles).
import { execFileSync, execSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';

export interface Instruction {
  op: string;
  args: string;
}

export interface Stage {
  name?: string;
  image: string;
  /** The folder standing for this stage's `/`. */
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  healthcheck?: string[];
  cmd?: string[];
  /** What was skipped or emulated, for the test's report. */
  notes: string[];
}

/** Instructions in order; continuation lines joined, comments dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const logical = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return logical.map((line) => {
    const [op = ''] = line.split(/\s+/);
    return { op: op.toUpperCase(), args: line.slice(op.length).trim() };
  });
}

export interface BuildOptions {
  /** The project: the build context, and where fast mode takes node_modules from. */
  context: string;
  /** Users of the image mapped to uid:gid on this machine (`node` has no account here). */
  users: Record<string, string>;
  full?: boolean;
}

/** Performs every stage; returns them in order (the last one is the image). */
export function buildImage(dockerfile: string, options: BuildOptions): Stage[] {
  const ignored = dockerignore(options.context);
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  const at = (path: string) =>
    join((stage as Stage).root, posix.isAbsolute(path) ? path : posix.join((stage as Stage).workdir, path));

  for (const { op, args } of parseDockerfile(readFileSync(dockerfile, 'utf8'))) {
    if (op === 'FROM') {
      const [image = '', , name] = args.split(/\s+/);
      const root = mkdtempSync(join(tmpdir(), `atone-image-${name ?? 'final'}-`));
      chmodSync(root, 0o755);
      stage = { ...(name ? { name } : {}), image, root, workdir: '/', env: {}, notes: [] };
      stages.push(stage);
      continue;
    }
    if (!stage) throw new Error(`${op} before FROM`);
    switch (op) {
      case 'WORKDIR':
        stage.workdir = posix.resolve(stage.workdir, args);
        mkdirSync(at('.'), { recursive: true });
        break;
      case 'ENV':
        for (const [, key, value] of args.matchAll(/(\w+)=("[^"]*"|\S+)/g))
          stage.env[key as string] = (value as string).replace(/^"|"$/g, '');
        break;
      case 'COPY':
        copy(args, stages, options.context, ignored, at);
        break;
      case 'RUN':
        for (const command of args.split(/\s+&&\s+/)) run(command.trim(), stage, options, at);
        break;
      case 'VOLUME':
        mkdirSync(at(args), { recursive: true });
        break;
      case 'USER':
        stage.user = args;
        break;
      case 'HEALTHCHECK':
        stage.healthcheck = JSON.parse(args.slice(args.indexOf('CMD') + 3).trim());
        break;
      case 'CMD':
        stage.cmd = JSON.parse(args);
        break;
      case 'EXPOSE':
      case 'LABEL':
        break;
      default:
        throw new Error(`the Dockerfile uses ${op}, which this test does not perform yet`);
    }
  }
  return stages;
}

function copy(
  args: string,
  stages: readonly Stage[],
  context: string,
  ignored: (path: string) => boolean,
  at: (path: string) => string,
): void {
  const words = args.split(/\s+/);
  const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
  const paths = words.filter((w) => !w.startsWith('--'));
  const dest = paths.pop() as string;
  const source = from ? stages.find((s) => s.name === from) : undefined;
  if (from && !source) throw new Error(`COPY --from=${from}: no such stage`);
  for (const path of paths) {
    if (!source && ignored(path)) throw new Error(`COPY ${path}: excluded by .dockerignore`);
    const origin = source ? join(source.root, posix.resolve(source.workdir, path)) : join(context, path);
    if (!existsSync(origin))
      throw new Error(`COPY ${path}: not found in ${from ? `stage ${from}` : 'the context'}`);
    const into =
      dest.endsWith('/') && !statSync(origin).isDirectory() ? posix.join(dest, posix.basename(path)) : dest;
    mkdirSync(dirname(at(into)), { recursive: true });
    // From the project a real copy (a step may rewrite a file, e.g. package-lock.json); between
    // stages hard links, so that hundreds of MB of packages are not copied again.
    execFileSync('cp', [source ? '-al' : '-a', '--no-target-directory', origin, at(into)]);
  }
}

function run(command: string, stage: Stage, options: BuildOptions, at: (path: string) => string): void {
  const cwd = at('.');
  if (/^(apt-get|rm -rf \/var\/lib\/apt)/.test(command)) {
    stage.notes.push(`skipped (base image packages): ${command}`);
    return;
  }
  if (!options.full && /^npm ci\b/.test(command)) {
    const modules = join(cwd, 'node_modules');
    execFileSync('cp', ['-al', join(options.context, 'node_modules'), modules]);
    // npm rewrites its record of the tree: a copy, never the project's own file through a link.
    execFileSync('cp', [
      '--remove-destination',
      join(options.context, 'node_modules/.package-lock.json'),
      modules,
    ]);
    const production = /--omit=dev/.test(command);
    if (production)
      execSync('npm prune --omit=dev --ignore-scripts --no-audit --no-fund --offline', {
        cwd,
        stdio: 'pipe',
      });
    stage.notes.push(
      `emulated: ${command} (the project's packages${production ? ', pruned to production' : ''})`,
    );
    return;
  }
  if (!options.full && /^npm rebuild\b/.test(command)) {
    stage.notes.push(`skipped: ${command} (the native build came with the packages)`);
    return;
  }
  // Absolute paths of the image (/data) are the stage's; users are this machine's uids.
  const mapped = command
    .replace(
      /(^|\s)(\/(?!usr\/|bin\/|dev\/|proc\/)[\w./-]*)/g,
      (_, space: string, path: string) => `${space}${at(path)}`,
    )
    .replace(/\bchown (\w+):(\w+)/g, (_, user: string) => `chown ${options.users[user] ?? user}`);
  execSync(mapped, { cwd, env: { ...process.env, ...stage.env }, stdio: 'pipe' });
}

/** A test for the context's .dockerignore (top-level names and `*` globs, `!` to keep). */
export function dockerignore(context: string): (path: string) => boolean {
  const file = join(context, '.dockerignore');
  const rules = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
  const glob = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return (path) => {
    const top = posix.normalize(path).replace(/^\.\//, '').split('/')[0] as string;
    let excluded = false;
    for (const rule of rules) {
      const keep = rule.startsWith('!');
      if (glob(keep ? rule.slice(1) : rule).test(top)) excluded = !keep;
    }
    return excluded;
  };
}

/** Every file under `folder` with its size and modification time, to show nothing was written. */
export function snapshot(folder: string): string[] {
  const entries: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      entries.push(`${path} ${stat.size} ${stat.mtimeMs}`);
    }
  };
  walk(folder);
  return entries.sort();
}
