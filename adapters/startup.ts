// Before anything runs: `.env` read into the environment (the real environment wins), and every
// way a start can fail turned into one line that names the variable or path at fault and what to
// do, with a network failure, a refused credential and a permission told apart.
import { accessSync, constants, existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { ConfigError } from '../src/config.js';
import { KnowledgeBaseError } from '../src/domain/knowledge-base.js';
import { ReminderError } from '../src/reminders/errors.js';

/** Reads `path` (default `.env` in the working directory) when it exists; set variables win. */
export function loadDotEnv(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return;
    const why =
      code === 'EACCES'
        ? 'no permission to read it'
        : code === 'ERR_INVALID_ARG_TYPE' || code === 'EISDIR'
          ? 'it is not a file'
          : String(code ?? (error as Error).message);
    throw new ConfigError(`${path} could not be read (${why}): fix it or remove it (see .env.example).`);
  }
}

/** Resolves true when `stream` has input (left unread for whoever reads next), false at once-empty EOF. */
export function hasInput(stream: Readable): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = (result: boolean) => {
      stream.off('readable', check);
      stream.off('end', ended);
      stream.off('error', ended);
      resolve(result);
    };
    const check = () => {
      const chunk: unknown = stream.read();
      if (chunk === null) return;
      stream.unshift(chunk as Buffer);
      settle(true);
    };
    const ended = () => settle(false);
    stream.on('readable', check);
    stream.once('end', ended);
    stream.once('error', ended);
  });
}

/** The line printed when there is nothing to do: no platform configured and no input on stdin. */
export function nothingToDo(variables: readonly string[]): string {
  return `Nothing to do: no platform is configured and no input arrived. Set ${variables.join(' or ')} (in the environment or in .env; see .env.example) to run the bot, or run \`npm start\` in a terminal to chat, or pipe questions in: echo 'Amazonで使える？' | npm start`;
}

interface CodedError {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  syscall?: unknown;
  address?: unknown;
  port?: unknown;
  hostname?: unknown;
}

/** The innermost error with a code (drivers hide it under `cause`), and its code. */
function rootCode(error: unknown): { code?: string; error: CodedError } {
  let found: CodedError = error as CodedError;
  let code: string | undefined;
  for (let e = error as CodedError | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && !/^(STORE_|REMINDER_|CONFIG_)/.test(e.code)) {
      code = e.code;
      found = e;
    }
    e = e.cause as CodedError | undefined;
  }
  return { ...(code ? { code } : {}), error: found };
}

/** What the database failure at start means, naming DATABASE_URL and the path or host. */
function databaseProblem(error: unknown, databaseUrl: string | undefined): string | undefined {
  const { code, error: root } = rootCode(error);
  // A reset while connecting is PostgreSQL closing the connection too, only seen a moment later.
  if (!code || (code === 'ECONNRESET' && databaseUrl?.startsWith('postgres')))
    return postgresSilence(error, databaseUrl);
  const sqlitePath = databaseUrl === undefined ? './data/atone-bot.db' : databaseUrl.replace(/^sqlite:/, '');
  const isPostgres = databaseUrl?.startsWith('postgres') ?? false;
  const target = isPostgres
    ? 'DATABASE_URL'
    : `DATABASE_URL (${sqlitePath}${databaseUrl ? '' : ', the default'})`;
  const host = isPostgres ? safeHost(databaseUrl as string) : undefined;
  if (code === 'EEXIST' && root.syscall === 'mkdir')
    return `${target}: a part of the path is a file, not a folder (ENOTDIR): point DATABASE_URL at a path inside a folder.`;
  switch (code) {
    case 'ENOTDIR':
      return `${target}: a part of the path is a file, not a folder (ENOTDIR): point DATABASE_URL at a path inside a folder.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_CANTOPEN': {
      if (isPostgres) return undefined;
      const place = placeToWrite(sqlitePath);
      const fix =
        code === 'EROFS'
          ? 'it is on a read-only file system: mount a writable volume there'
          : 'make it writable by that user (chown or chmod)';
      return `${target}: ${place} cannot be written by ${runningUser()} (${code}): ${fix}, or set DATABASE_URL=sqlite:/a/writable/path.db.`;
    }
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return `${target} is not a usable SQLite database (${code}): move that file away or point DATABASE_URL at another file.`;
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return `${target}: the disk is full (${code}): free space or point DATABASE_URL elsewhere.`;
    case 'ECONNREFUSED':
      return `DATABASE_URL: PostgreSQL refused the connection at ${host} (ECONNREFUSED): start PostgreSQL or correct the host and port.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `DATABASE_URL: the host ${host ?? String(root.hostname)} was not found (${code}): check the host name and the network.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `DATABASE_URL: PostgreSQL at ${host} did not answer (${code}): check the network and firewall.`;
    case '28P01':
    case '28000':
      return `DATABASE_URL: PostgreSQL refused the user or password (${code}): correct the credentials in DATABASE_URL.`;
    case '3D000':
      return `DATABASE_URL: that database does not exist on ${host} (3D000): create it (createdb) or correct the name.`;
    case '42501':
      return `DATABASE_URL: the PostgreSQL user lacks a privilege the bot needs (42501): grant it CREATE on the database (or the schema).`;
    default:
      return undefined;
  }
}

/**
 * What the bot could not write: the database file when it exists read-only, else the folder it
 * goes in, or that folder's nearest existing ancestor (where a folder must be made).
 */
function placeToWrite(sqlitePath: string): string {
  const file = resolve(sqlitePath);
  if (existsSync(file) && !writable(file)) return `the database file ${file}`;
  let folder = dirname(file);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  return `the data folder ${folder}`;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Who the bot runs as, for "make it writable by …". */
function runningUser(): string {
  const uid = process.getuid?.();
  try {
    return `user ${userInfo().username}${uid === undefined ? '' : ` (uid ${uid})`}`;
  } catch {
    return uid === undefined ? 'the user running the bot' : `uid ${uid}`;
  }
}

/**
 * PostgreSQL that never answered or closed the connection at once (no error code: a firewall
 * dropping packets, a server refusing this client in pg_hba.conf, TLS required). A connection
 * closed while the client was still writing its start-up packet reads as ECONNRESET instead:
 * the same fault, seen a moment later.
 */
function postgresSilence(error: unknown, databaseUrl: string | undefined): string | undefined {
  if (!databaseUrl?.startsWith('postgres')) return undefined;
  const messages: string[] = [];
  for (let e = error as CodedError | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.message === 'string') messages.push(e.message);
    e = e.cause as CodedError | undefined;
  }
  const said = messages.join(' ');
  if (/does not support SSL/i.test(said))
    return `DATABASE_URL: PostgreSQL at ${safeHost(databaseUrl)} does not accept TLS connections: remove sslmode from DATABASE_URL, or turn on ssl in the server's configuration.`;
  if (!/timeout|terminated|ended unexpectedly|closed|ECONNRESET/i.test(said)) return undefined;
  const why = /timeout/i.test(said) ? 'no answer within 10 s' : 'the connection was closed at once';
  return `DATABASE_URL: PostgreSQL at ${safeHost(databaseUrl)} could not be used (${why}): check the host, the network and any firewall, that PostgreSQL accepts this client (listen_addresses, pg_hba.conf), and sslmode in DATABASE_URL if the server requires TLS.`;
}

/** host:port of a PostgreSQL URL, never its credentials. */
function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}`;
  } catch {
    return 'the configured host';
  }
}

/** Listening on PORT failed. */
function portProblem(error: unknown, port: number | undefined): string | undefined {
  const { code } = rootCode(error);
  if ((error as CodedError).syscall !== 'listen' && rootCode(error).error.syscall !== 'listen')
    return undefined;
  if (code === 'EADDRINUSE')
    return `PORT ${port}: another process already listens there (EADDRINUSE): stop it or set PORT to a free port.`;
  if (code === 'EACCES')
    return `PORT ${port}: this user may not listen there (EACCES): use a port above 1023, or map it (e.g. the container's 3000).`;
  return undefined;
}

export interface StartupContext {
  databaseUrl?: string;
  port?: number;
}

/** One line for a failed start: what is wrong, where, and what to do. `expected` is false for a bug. */
export function describeStartupError(
  error: unknown,
  context: StartupContext = {},
): { line: string; expected: boolean } {
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  const known = databaseProblem(error, context.databaseUrl) ?? portProblem(error, context.port);
  if (known) return { line: known, expected: true };
  if (error instanceof ConfigError || error instanceof KnowledgeBaseError || error instanceof ReminderError)
    return { line: oneLine(error.message), expected: true };
  const message = error instanceof Error ? error.message : String(error);
  return { line: `atone-bot could not start: ${oneLine(message)}`, expected: false };
}
