// `node scripts/run.mjs adapters/discord/shard.ts [--shards N]`: the bot as discord.js shards, one
// process per shard, each a full `npm start` (Discord adapter, reminder scheduler) that serves its
// share of the guilds. They share one PostgreSQL store: reminder deliveries are leased there, so
// each is sent once whichever process claims it. Without --shards, Discord's recommendation.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { REST, Routes, ShardingManager } from 'discord.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { loadDotEnv } from '../startup.js';
import { describeError } from './discord-errors.js';
import { discord } from './index.js';

function requestedShards(args: readonly string[]): number | undefined {
  const at = args.indexOf('--shards');
  if (at < 0) return undefined;
  const count = Number(args[at + 1]);
  if (!Number.isInteger(count) || count < 1)
    throw new ConfigError('--shards needs a whole number of at least 1');
  return count;
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const options = discord.read(process.env);
  if (!options)
    throw new ConfigError('Sharding needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).');
  const { token, apiUrl } = options;
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const totalShards =
    requestedShards(process.argv.slice(2)) ??
    ((await rest.get(Routes.gatewayBot())) as { shards: number }).shards;
  if (totalShards > 1 && !config.databaseUrl?.startsWith('postgres')) {
    throw new ConfigError(
      'Several shards must share one store: set DATABASE_URL=postgres://user@host:5432/db.',
    );
  }
  // Every shard process is `npm start` (scripts/run.mjs adapters/main.ts); building it once here
  // first keeps the shards from all rebuilding the same bundle at the same moment.
  execFileSync(process.execPath, ['scripts/run.mjs', '--build', 'adapters/main.ts'], { stdio: 'inherit' });
  const manager = new ShardingManager(resolve('scripts/run.mjs'), {
    shardArgs: ['adapters/main.ts'],
    token,
    totalShards,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    console.error(
      JSON.stringify({ level: 'info', message: 'shard started', shard: shard.id, of: totalShards }),
    );
    shard.on('death', () =>
      console.error(JSON.stringify({ level: 'error', message: 'shard exited', shard: shard.id })),
    );
  });
  // Stopping the launcher stops its shards (each then closes its store and gateway session).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const shard of manager.shards.values()) shard.kill();
      process.exit(0);
    });
  }
  await manager.spawn({ timeout: 60_000 });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `sharding failed: ${describeError(error)}`);
  process.exit(1);
});
