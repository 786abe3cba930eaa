import { describe, expect, it } from 'vitest';
import { ConfigError, describeStore, loadConfig } from '../src/config.js';

describe('loadConfig (the common variables)', () => {
  const defaults = { port: 3000, logLevel: 'info', unansweredRetentionDays: 30 };

  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual(defaults);
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

  it('names every bad variable at once, on one line', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT must be a port number/);
    expect(message).toMatch(/DATABASE_URL must be sqlite:/);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('treats empty values as unset, as a copied .env.example leaves them', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: ' ' })).toEqual(defaults);
  });

  it('names the store without its credentials', () => {
    expect(describeStore(loadConfig({ DATABASE_URL: 'postgres://u:pw@h/db' }))).toBe('store postgres');
    expect(describeStore(loadConfig({}))).toBe('store sqlite');
  });
});
