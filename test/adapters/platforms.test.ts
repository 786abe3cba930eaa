// The platform boundary: each chat platform is a descriptor in its own folder, and the
// composition root's list (adapters/platforms.ts) is all that names them. The configuration is
// read from the common variables and every descriptor, every problem reported at once.
import { describe, expect, it } from 'vitest';
import { definePlatform, type PlatformAdapter } from '../../adapters/platform.js';
import { environmentVariables, PLATFORMS, platformSwitches, readSettings } from '../../adapters/platforms.js';
import { ConfigError, optionalText } from '../../src/config.js';

const names = (env: NodeJS.ProcessEnv) => readSettings(env).platforms.map((p) => p.name);

describe('readSettings', () => {
  it('runs the terminal when no platform is turned on', () => {
    expect(readSettings({})).toEqual({
      config: { port: 3000, logLevel: 'info', unansweredRetentionDays: 30 },
      platforms: [],
    });
  });

  it('turns on the platforms whose variables are set, in the order of the list', () => {
    expect(
      names({
        LINE_CHANNEL_SECRET: 's',
        LINE_CHANNEL_ACCESS_TOKEN: 't',
        DISCORD_TOKEN: 'd',
        DISCORD_APPLICATION_ID: '123456789012345678',
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-1',
      }),
    ).toEqual(['slack', 'discord', 'line']);
  });

  it('summarises each platform without a secret', () => {
    const { platforms } = readSettings({
      SLACK_BOT_TOKEN: 'xoxb-secret',
      SLACK_SIGNING_SECRET: 'sss',
      LINE_CHANNEL_SECRET: 'line-secret',
      LINE_CHANNEL_ACCESS_TOKEN: 'line-token',
    });
    const summaries = platforms.map((p) => p.summary).join(', ');
    expect(summaries).toBe('slack (http /slack/events), line /line/webhook');
    expect(summaries).not.toMatch(/secret|sss|token/);
  });

  it('names every bad variable at once, common and platform alike, without echoing secrets', () => {
    let error: unknown;
    try {
      readSettings({
        SLACK_BOT_TOKEN: 'secret-value',
        PORT: 'eighty',
        DISCORD_TOKEN: 't',
        DATABASE_URL: 'mysql://x',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/SLACK_BOT_TOKEN must start with "xoxb-"/);
    expect(message).toMatch(/PORT must be a port number/);
    expect(message).toMatch(/DISCORD_APPLICATION_ID is required/);
    expect(message).toMatch(/DATABASE_URL must be sqlite:/);
    expect(message).not.toMatch(/secret-value/);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('checks a platform that is off for malformed values too', () => {
    expect(() => readSettings({ SLACK_API_URL: 'not a url' })).toThrow(/SLACK_API_URL must be an http/);
    expect(() => readSettings({ DISCORD_GUILD_ID: 'abc' })).toThrow(/DISCORD_GUILD_ID must be a Discord id/);
  });

  it('Slack: the signing secret in HTTP mode but not in Socket Mode; the API URL ends with a slash', () => {
    expect(() => readSettings({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET is required/);
    expect(() => readSettings({ SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/SLACK_BOT_TOKEN is required/);
    expect(() => readSettings({ SLACK_SIGNING_SECRET: 's' })).toThrow(
      /SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET is set/,
    );
    expect(names({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual(['slack']);
    const { slack } = Object.fromEntries(PLATFORMS.map((p) => [p.name, p]));
    expect(
      PLATFORMS[0].read({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: 'http://127.0.0.1:9/api',
      }),
    ).toEqual({ botToken: 'xoxb-1', signingSecret: 's', apiUrl: 'http://127.0.0.1:9/api/' });
    expect(slack?.enabledBy[0]).toBe('SLACK_BOT_TOKEN');
  });

  it('LINE: both secrets together, the API URL as scheme, host and port only', () => {
    expect(
      PLATFORMS[2].read({
        LINE_CHANNEL_SECRET: 'line-secret',
        LINE_CHANNEL_ACCESS_TOKEN: 'line-token',
        LINE_API_URL: 'http://127.0.0.1:9/',
      }),
    ).toEqual({
      channelSecret: 'line-secret',
      channelAccessToken: 'line-token',
      apiUrl: 'http://127.0.0.1:9',
    });
    expect(() => readSettings({ LINE_CHANNEL_ACCESS_TOKEN: 't' })).toThrow(/LINE_CHANNEL_SECRET is required/);
    expect(() => readSettings({ LINE_CHANNEL_SECRET: 's' })).toThrow(/LINE_CHANNEL_ACCESS_TOKEN is required/);
    expect(() =>
      readSettings({
        LINE_CHANNEL_SECRET: 's',
        LINE_CHANNEL_ACCESS_TOKEN: 't',
        LINE_API_URL: 'http://h:9/api',
      }),
    ).toThrow(/LINE_API_URL must be a scheme, host and optional port with no path/);
  });

  it('has one descriptor per name, each with variables of its own', () => {
    const all = environmentVariables();
    expect(new Set(PLATFORMS.map((p) => p.name)).size).toBe(PLATFORMS.length);
    expect(new Set(all).size).toBe(all.length);
    expect(platformSwitches()).toEqual(['SLACK_BOT_TOKEN', 'DISCORD_TOKEN', 'LINE_CHANNEL_ACCESS_TOKEN']);
  });
});

describe('a fourth platform', () => {
  // What adding one takes: a descriptor (its folder's index.ts) and an entry in the list. Here
  // the list is given to readSettings as the composition root would hold it; nothing in src/
  // (types, config, the subscription schema) changes.
  const sent: string[] = [];
  const matrix = definePlatform({
    name: 'matrix',
    env: { MATRIX_TOKEN: optionalText, MATRIX_HOMESERVER: optionalText },
    enabledBy: ['MATRIX_TOKEN'],
    requires: (env) =>
      env.MATRIX_HOMESERVER ? [] : [['MATRIX_HOMESERVER', 'is required when MATRIX_TOKEN is set']],
    options: (env) => ({ token: env.MATRIX_TOKEN as string, homeserver: env.MATRIX_HOMESERVER as string }),
    summary: (options) => `matrix ${options.homeserver}`,
    async create(): Promise<PlatformAdapter> {
      return {
        platform: 'matrix',
        start: async () => {},
        stop: async () => {},
        send: async (conversation) => void sent.push(conversation),
      };
    },
  });
  const list = [...PLATFORMS, matrix];

  it('is configured, listed and started from its descriptor alone', async () => {
    expect(() => readSettings({ MATRIX_TOKEN: 't' }, list)).toThrow(/MATRIX_HOMESERVER is required/);
    const { platforms } = readSettings({ MATRIX_TOKEN: 't', MATRIX_HOMESERVER: 'https://m.example' }, list);
    expect(platforms.map((p) => p.summary)).toEqual(['matrix https://m.example']);
    expect(environmentVariables(list)).toContain('MATRIX_HOMESERVER');
    expect(platformSwitches(list)).toContain('MATRIX_TOKEN');
    const adapter = await platforms[0]?.create({} as never);
    await adapter?.send('matrix:user:@a:m.example', {
      intent: 'help',
      confidence: 1,
      lang: 'en',
      text: 'hi',
    });
    expect(sent).toEqual(['matrix:user:@a:m.example']);
  });

  it('can subscribe to reminders: the subscription schema takes any platform name', async () => {
    const { normalizeSubscriptionInput } = await import('../../src/reminders/subscription.js');
    const settings = normalizeSubscriptionInput({
      platform: 'matrix',
      userId: '@a:m.example',
      destination: 'matrix:user:@a:m.example',
      method: 'store',
      lang: 'en',
    });
    expect(settings.platform).toBe('matrix');
    expect(() =>
      normalizeSubscriptionInput({
        platform: 'Not A Name',
        userId: 'u',
        destination: 'd',
        method: 'store',
        lang: 'en',
      }),
    ).toThrow(/platform: must be a platform name/);
  });
});

describe('.env.example', () => {
  it('lists exactly the variables the code reads', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const example = readFileSync('.env.example', 'utf8');
    // (A variable may be listed commented out: DATABASE_URL, which an empty value would override.)
    const listed = [...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    const read = environmentVariables();
    expect([...listed].sort()).toEqual([...read].sort());
    // And nothing reads process.env.X outside the configuration (the scripts' own variables aside).
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const direct = [...files('src'), ...files('adapters'), ...files('scripts')].flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /process\.env\.([A-Z][A-Z0-9_]*)|process\.env\[['"]([A-Z0-9_]+)['"]\]/g,
        ),
      ].map((m) => m[1] ?? m[2]),
    );
    for (const variable of direct) expect(read, `${variable} is read directly`).toContain(variable);
  });
});
