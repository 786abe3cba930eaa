// The environment, read once at start and validated: a bad value stops the start with one line
// naming every variable at fault and what a valid value looks like. Only the entry point calls
// this; everything else receives typed options. Secrets are never printed (see `describeConfig`).
import { z } from 'zod';
import { LOG_LEVELS, type LogLevel } from './log.js';
import { PLATFORMS, type Platform } from './types.js';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const prefixed = (prefix: string, example: string) =>
  optionalText.refine((s) => s === undefined || s.startsWith(prefix), {
    message: `must start with "${prefix}" (e.g. ${example})`,
  });

const httpUrl = optionalText.refine((s) => s === undefined || /^https?:\/\/[^\s]+$/.test(s), {
  message: 'must be an http(s) URL such as http://127.0.0.1:3001/api/',
});

// The LINE SDK resolves its paths against the base URL, so a path in it would be dropped silently.
const originUrl = optionalText.refine((s) => s === undefined || /^https?:\/\/[^\s/]+\/?$/.test(s), {
  message: 'must be a scheme, host and optional port with no path, such as http://127.0.0.1:3002',
});

const snowflake = optionalText.refine((s) => s === undefined || /^\d{15,22}$/.test(s), {
  message: 'must be a Discord id: 15 to 22 digits',
});

const schema = z
  .object({
    SLACK_BOT_TOKEN: prefixed('xoxb-', 'xoxb-123-456-abc'),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: prefixed('xapp-', 'xapp-1-A123-456-abc'),
    SLACK_API_URL: httpUrl,
    PORT: optionalText
      .refine((s) => s === undefined || (/^\d+$/.test(s) && Number(s) >= 0 && Number(s) <= 65535), {
        message: 'must be a port number between 0 and 65535',
      })
      .transform((s) => (s === undefined ? 3000 : Number(s))),
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_GUILD_ID: snowflake,
    DISCORD_API_URL: httpUrl,
    LINE_CHANNEL_SECRET: optionalText,
    LINE_CHANNEL_ACCESS_TOKEN: optionalText,
    LINE_API_URL: originUrl,
    DATABASE_URL: optionalText.refine((s) => s === undefined || /^(sqlite:|postgres(ql)?:\/\/)/.test(s), {
      message:
        'must be sqlite:/absolute/path.db, sqlite::memory: or postgres://user@host:port/db (unset: ./data/atone-bot.db)',
    }),
    LOG_LEVEL: optionalText
      .transform((s) => s?.toLowerCase())
      .refine((s) => s === undefined || (LOG_LEVELS as readonly string[]).includes(s), {
        message: `must be one of ${LOG_LEVELS.join(', ')} (default info)`,
      })
      .transform((s) => (s ?? 'info') as LogLevel),
    USER_HASH_KEY: optionalText.refine((s) => s === undefined || s.length >= 16, {
      message:
        'must be a random secret of at least 16 characters (e.g. the output of `openssl rand -hex 32`)',
    }),
    UNANSWERED_RETENTION_DAYS: optionalText
      .refine((s) => s === undefined || (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 3650), {
        message: 'must be a whole number of days from 1 to 3650 (default 30)',
      })
      .transform((s) => (s === undefined ? 30 : Number(s))),
  })
  .superRefine((env, ctx) => {
    const need = (when: boolean, variable: string, because: string) => {
      if (when) ctx.addIssue({ code: 'custom', path: [variable], message: `is required ${because}` });
    };
    need(
      Boolean(env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET),
      'SLACK_SIGNING_SECRET',
      'when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN (HTTP mode checks every request with it)',
    );
    need(
      Boolean(env.SLACK_APP_TOKEN && !env.SLACK_BOT_TOKEN),
      'SLACK_BOT_TOKEN',
      'when SLACK_APP_TOKEN is set',
    );
    need(
      Boolean(env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID),
      'DISCORD_APPLICATION_ID',
      'when DISCORD_TOKEN is set',
    );
    need(
      Boolean(env.LINE_CHANNEL_ACCESS_TOKEN && !env.LINE_CHANNEL_SECRET),
      'LINE_CHANNEL_SECRET',
      'when LINE_CHANNEL_ACCESS_TOKEN is set (every webhook request is checked with it)',
    );
    need(
      Boolean(env.LINE_CHANNEL_SECRET && !env.LINE_CHANNEL_ACCESS_TOKEN),
      'LINE_CHANNEL_ACCESS_TOKEN',
      'when LINE_CHANNEL_SECRET is set',
    );
  });

export interface Config {
  slack?: { botToken: string; signingSecret?: string; appToken?: string; apiUrl?: string };
  discord?: { token: string; applicationId: string; guildId?: string; apiUrl?: string };
  line?: { channelSecret: string; channelAccessToken: string; apiUrl?: string };
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

/** Parses the environment; throws a ConfigError listing every problem at once, on one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example): ${problems.join('; ')}.`);
  }
  const e = result.data;
  return {
    ...(e.SLACK_BOT_TOKEN
      ? {
          slack: {
            botToken: e.SLACK_BOT_TOKEN,
            ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
            ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
            ...(e.SLACK_API_URL ? { apiUrl: withTrailingSlash(e.SLACK_API_URL) } : {}),
          },
        }
      : {}),
    ...(e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
      ? {
          discord: {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
            ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
          },
        }
      : {}),
    ...(e.LINE_CHANNEL_SECRET && e.LINE_CHANNEL_ACCESS_TOKEN
      ? {
          line: {
            channelSecret: e.LINE_CHANNEL_SECRET,
            channelAccessToken: e.LINE_CHANNEL_ACCESS_TOKEN,
            ...(e.LINE_API_URL ? { apiUrl: e.LINE_API_URL.replace(/\/+$/, '') } : {}),
          },
        }
      : {}),
    port: e.PORT,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    logLevel: e.LOG_LEVEL,
    unansweredRetentionDays: e.UNANSWERED_RETENTION_DAYS,
    ...(e.USER_HASH_KEY ? { userHashKey: e.USER_HASH_KEY } : {}),
  };
}

/** The chat platforms configured, in PLATFORMS order: a platform is configured when its section is. */
export function configuredPlatforms(config: Config): Platform[] {
  const sections: Partial<Record<Platform, unknown>> = config;
  return PLATFORMS.filter((platform) => sections[platform] !== undefined);
}

/** True when some platform is configured (else `npm start` is the terminal chat). */
export function hasPlatform(config: Config): boolean {
  return configuredPlatforms(config).length > 0;
}

/** The variables that turn a platform on, for the message of a start with none and no input. */
export const PLATFORM_VARIABLES = ['SLACK_BOT_TOKEN', 'DISCORD_TOKEN', 'LINE_CHANNEL_ACCESS_TOKEN'] as const;

/** Bolt builds `${slackApiUrl}${method}`, so the base must end with a slash. */
function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** A one-line summary safe to log: which platforms run, never a token. */
export function describeConfig(config: Config): string {
  const parts = [
    config.slack ? `slack (${config.slack.appToken ? 'socket mode' : 'http /slack/events'})` : undefined,
    config.discord ? 'discord' : undefined,
    config.line ? 'line /line/webhook' : undefined,
    hasPlatform(config) ? `http :${config.port}` : undefined,
    `store ${config.databaseUrl ? config.databaseUrl.replace(/\/\/[^@/]*@/, '//***@').split(':')[0] : 'sqlite'}`,
  ].filter(Boolean);
  return parts.join(', ');
}
