import { describe, expect, it } from 'vitest';
import { ConfigError, configuredPlatforms, describeConfig, hasPlatform, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  const defaults = { port: 3000, logLevel: 'info', unansweredRetentionDays: 30 };

  it('runs the terminal when no platform token is set', () => {
    const config = loadConfig({});
    expect(config).toEqual(defaults);
    expect(hasPlatform(config)).toBe(false);
  });

  it('reads Slack in HTTP mode, on the default port', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(config.slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 's',
      apiUrl: 'http://127.0.0.1:9/api/',
    });
    expect(config.port).toBe(3000);
    expect(hasPlatform(config)).toBe(true);
  });

  it('reads the log level and the retention of unanswered questions', () => {
    expect(loadConfig({ LOG_LEVEL: 'DEBUG', UNANSWERED_RETENTION_DAYS: '7' })).toMatchObject({
      logLevel: 'debug',
      unansweredRetentionDays: 7,
    });
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL must be one of debug, info, warn, error, silent/,
    );
    expect(loadConfig({ USER_HASH_KEY: 'k'.repeat(32) }).userHashKey).toBe('k'.repeat(32));
    expect(() => loadConfig({ USER_HASH_KEY: 'short' })).toThrow(
      /USER_HASH_KEY must be a random secret of at least 16/,
    );
    expect(() => loadConfig({ UNANSWERED_RETENTION_DAYS: '0' })).toThrow(
      /UNANSWERED_RETENTION_DAYS must be a whole number/,
    );
  });

  it('names every bad variable at once, without echoing secrets', () => {
    let error: unknown;
    try {
      loadConfig({
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

  it('requires the signing secret in HTTP mode but not in Socket Mode', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET is required/);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe(
      'xapp-1',
    );
  });

  it('treats empty values as unset, as a copied .env.example leaves them', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: ' ', PORT: '' })).toEqual(defaults);
  });

  it('describes the configuration without secrets', () => {
    const text = describeConfig(
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-secret',
        SLACK_SIGNING_SECRET: 'sss',
        DATABASE_URL: 'postgres://u:pw@h/db',
      }),
    );
    expect(text).toBe('slack (http /slack/events), http :3000, store postgres');
    expect(text).not.toMatch(/secret|pw|sss/);
  });

  it('reads LINE: both secrets together, the API URL as scheme, host and port only', () => {
    const config = loadConfig({
      LINE_CHANNEL_SECRET: 'line-secret',
      LINE_CHANNEL_ACCESS_TOKEN: 'line-token',
      LINE_API_URL: 'http://127.0.0.1:9/',
      PORT: '8080',
    });
    expect(config.line).toEqual({
      channelSecret: 'line-secret',
      channelAccessToken: 'line-token',
      apiUrl: 'http://127.0.0.1:9',
    });
    expect(hasPlatform(config)).toBe(true);
    expect(describeConfig(config)).toBe('line /line/webhook, http :8080, store sqlite');
    expect(describeConfig(config)).not.toMatch(/line-secret|line-token/);
    expect(() => loadConfig({ LINE_CHANNEL_ACCESS_TOKEN: 't' })).toThrow(/LINE_CHANNEL_SECRET is required/);
    expect(() => loadConfig({ LINE_CHANNEL_SECRET: 's' })).toThrow(/LINE_CHANNEL_ACCESS_TOKEN is required/);
    expect(() =>
      loadConfig({
        LINE_CHANNEL_SECRET: 's',
        LINE_CHANNEL_ACCESS_TOKEN: 't',
        LINE_API_URL: 'http://h:9/api',
      }),
    ).toThrow(/LINE_API_URL must be a scheme, host and optional port with no path/);
  });

  it('lists the configured platforms in the order of PLATFORMS', () => {
    expect(configuredPlatforms(loadConfig({}))).toEqual([]);
    const all = loadConfig({
      LINE_CHANNEL_SECRET: 's',
      LINE_CHANNEL_ACCESS_TOKEN: 't',
      DISCORD_TOKEN: 'd',
      DISCORD_APPLICATION_ID: '123456789012345678',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
    });
    expect(configuredPlatforms(all)).toEqual(['slack', 'discord', 'line']);
  });
});
