import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('runs the terminal when no platform token is set', () => {
    expect(loadConfig({})).toEqual({});
  });

  it('reads Slack in HTTP mode with the default port', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(config.slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 's',
      port: 3000,
      apiUrl: 'http://127.0.0.1:9/api/',
    });
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
  });

  it('requires the signing secret in HTTP mode but not in Socket Mode', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET is required/);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe(
      'xapp-1',
    );
  });

  it('treats empty values as unset, as a copied .env.example leaves them', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: ' ', PORT: '' })).toEqual({});
  });

  it('describes the configuration without secrets', () => {
    const text = describeConfig(
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-secret',
        SLACK_SIGNING_SECRET: 'sss',
        DATABASE_URL: 'postgres://u:pw@h/db',
      }),
    );
    expect(text).toBe('slack (http :3000), store postgres');
    expect(text).not.toMatch(/secret|pw|sss/);
  });
});
