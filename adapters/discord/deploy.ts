// `npm run discord:deploy`: registers /atone with Discord, to the guild in DISCORD_GUILD_ID
// (instant: for development) or globally (up to an hour to show). It reads what is registered
// first and writes only when the definitions changed: Discord allows 200 creations a day.
import { REST, Routes } from 'discord.js';
import { ConfigError } from '../../src/config.js';
import { loadDotEnv } from '../startup.js';
import { type CommandDiff, diffCommands, isUnchanged } from './command-sync.js';
import { commandDefinitions } from './commands.js';
import { describeError } from './discord-errors.js';
import { discord } from './index.js';

export interface DeployTarget {
  rest: Pick<REST, 'get' | 'put'>;
  applicationId: string;
  guildId?: string;
}

export interface DeployResult {
  written: boolean;
  diff: CommandDiff;
  where: string;
}

export async function deployCommands({ rest, applicationId, guildId }: DeployTarget): Promise<DeployResult> {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const where = guildId ? `guild ${guildId}` : 'every server (global)';
  const wanted = commandDefinitions();
  // Without with_localizations Discord leaves the Japanese names out, and every run would look changed.
  const registered = (await rest.get(route, {
    query: new URLSearchParams({ with_localizations: 'true' }),
  })) as unknown[];
  const diff = diffCommands(registered, wanted);
  if (isUnchanged(diff)) return { written: false, diff, where };
  // PUT replaces the whole set: commands no longer defined here are removed with it.
  await rest.put(route, { body: wanted });
  return { written: true, diff, where };
}

function describeDiff({ added, removed, changed }: CommandDiff): string {
  const parts = [
    added.length ? `added /${added.join(', /')}` : '',
    changed.length ? `updated /${changed.join(', /')}` : '',
    removed.length ? `removed /${removed.join(', /')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

async function main(): Promise<void> {
  // The same variables as `npm start`, from the environment or .env in the working directory.
  loadDotEnv();
  const options = discord.read(process.env);
  if (!options) {
    throw new ConfigError(
      'discord:deploy needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).',
    );
  }
  const { token, applicationId, guildId, apiUrl } = options;
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const result = await deployCommands({ rest, applicationId, ...(guildId ? { guildId } : {}) });
  if (!result.written) {
    console.log(`Commands already up to date for ${result.where}: nothing written.`);
    return;
  }
  console.log(`Registered commands for ${result.where}: ${describeDiff(result.diff)}.`);
  if (!guildId) console.log('Global commands can take up to an hour to appear in every server.');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError ? error.message : `discord:deploy failed: ${describeError(error)}`,
    );
    process.exit(1);
  },
);
