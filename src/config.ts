// The common environment, read once at start and validated: a bad value stops the start with one
// line naming every variable at fault and what a valid value looks like. Each chat platform's
// variables belong to its adapter (adapters/<name>/index.ts, a PlatformDescriptor), which reads
// them with the helpers here; the composition root reads both and reports all problems at once.
// Only the entry points call this; everything else receives typed options. Secrets are never printed.
import { z } from 'zod';
import { LOG_LEVELS, type LogLevel } from './log.js';

/** A variable that may be unset; an empty or blank value (a copied .env.example) counts as unset. */
export const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

/** A token with a known prefix (Slack's xoxb-, xapp-). */
export const prefixed = (prefix: string, example: string) =>
  optionalText.refine((s) => s === undefined || s.startsWith(prefix), {
    message: `must start with "${prefix}" (e.g. ${example})`,
  });

/** An API base URL (tests and proxies point a platform at another host). */
export const httpUrl = optionalText.refine((s) => s === undefined || /^https?:\/\/[^\s]+$/.test(s), {
  message: 'must be an http(s) URL such as http://127.0.0.1:3001/api/',
});

/** The variables every mode reads, whatever platforms run. */
export const COMMON_ENV = {
  PORT: optionalText
    .refine((s) => s === undefined || (/^\d+$/.test(s) && Number(s) >= 0 && Number(s) <= 65535), {
      message: 'must be a port number between 0 and 65535',
    })
    .transform((s) => (s === undefined ? 3000 : Number(s))),
  DATABASE_URL: optionalText.refine((s) => s === undefined || /^(sqlite:|postgres(ql)?:\/\/)/.test(s), {
    message:
      'must be sqlite:/absolute/path.db (sqlite:file.db is relative to the working directory), sqlite::memory: or postgres://user@host:port/db (unset: ./data/atone-bot.db)',
  }),
  LOG_LEVEL: optionalText
    .transform((s) => s?.toLowerCase())
    .refine((s) => s === undefined || (LOG_LEVELS as readonly string[]).includes(s), {
      message: `must be one of ${LOG_LEVELS.join(', ')} (default info)`,
    })
    .transform((s) => (s ?? 'info') as LogLevel),
  USER_HASH_KEY: optionalText.refine((s) => s === undefined || s.length >= 16, {
    message: 'must be a random secret of at least 16 characters (e.g. the output of `openssl rand -hex 32`)',
  }),
  UNANSWERED_RETENTION_DAYS: optionalText
    .refine((s) => s === undefined || (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 3650), {
      message: 'must be a whole number of days from 1 to 3650 (default 30)',
    })
    .transform((s) => (s === undefined ? 30 : Number(s))),
} as const;

export interface Config {
  /** The shared HTTP server of the platform modes: health, readiness, metrics, webhooks. */
  port: number;
  databaseUrl?: string;
  logLevel: LogLevel;
  /** How long the questions the bot could not answer are kept for the operator's report. */
  unansweredRetentionDays: number;
  /**
   * The HMAC key that replaces user ids in those records (so that "forget me" finds them and
   * nobody else can tell who asked). Unset: the installation's own, kept in the store.
   */
  userHashKey?: string;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** The value of `schema` read from `env`, or each problem as "VARIABLE message". */
export function readEnv<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv,
): { ok: true; value: z.output<S> } | { ok: false; problems: string[] } {
  const result = schema.safeParse(env);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
  };
}

/** One ConfigError for every problem found, on one line. */
export function configProblems(problems: readonly string[]): ConfigError {
  return new ConfigError(`Invalid configuration (see .env.example): ${problems.join('; ')}.`);
}

/** The common variables, or each problem with them. */
export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
): { ok: true; value: Config } | { ok: false; problems: string[] } {
  const read = readEnv(z.object(COMMON_ENV), env);
  if (!read.ok) return read;
  const e = read.value;
  return {
    ok: true,
    value: {
      port: e.PORT,
      ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
      logLevel: e.LOG_LEVEL,
      unansweredRetentionDays: e.UNANSWERED_RETENTION_DAYS,
      ...(e.USER_HASH_KEY ? { userHashKey: e.USER_HASH_KEY } : {}),
    },
  };
}

/** Parses the common variables; throws a ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const read = readConfig(env);
  if (!read.ok) throw configProblems(read.problems);
  return read.value;
}

/** The store part of the start-up summary: which database, never its credentials. */
export function describeStore(config: Config): string {
  return `store ${config.databaseUrl ? config.databaseUrl.split(':')[0] : 'sqlite'}`;
}
