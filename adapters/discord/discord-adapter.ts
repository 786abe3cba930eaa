// Placeholder until the Discord adapter lands (issue 5): fails at start with a clear message.
import type { Config } from '../../src/config.js';
import { ConfigError } from '../../src/config.js';
import type { PlatformAdapter, PlatformDeps } from '../platform.js';

export function createDiscordAdapter(_options: NonNullable<Config['discord']>, _deps: PlatformDeps): PlatformAdapter {
  throw new ConfigError('Discord is not supported by this version yet: unset DISCORD_TOKEN to use the terminal.');
}
