// Placeholder until the Slack adapter lands (issue 4): fails at start with a clear message.
import type { Config } from '../../src/config.js';
import { ConfigError } from '../../src/config.js';
import type { PlatformAdapter, PlatformDeps } from '../platform.js';

export function createSlackAdapter(_options: NonNullable<Config['slack']>, _deps: PlatformDeps): PlatformAdapter {
  throw new ConfigError('Slack is not supported by this version yet: unset SLACK_BOT_TOKEN to use the terminal.');
}
