// Discord as the composition root sees it: its variables, what turns it on, and its adapter
// (loaded only when Discord is configured, so that discord.js stays out of the other modes).
import { httpUrl, optionalText } from '../../src/config.js';
import { definePlatform } from '../platform.js';

export interface DiscordOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

const snowflake = optionalText.refine((s) => s === undefined || /^\d{15,22}$/.test(s), {
  message: 'must be a Discord id: 15 to 22 digits',
});

export const discord = definePlatform({
  name: 'discord',
  env: {
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_GUILD_ID: snowflake,
    DISCORD_API_URL: httpUrl,
  },
  enabledBy: ['DISCORD_TOKEN'],
  requires: (env) =>
    env.DISCORD_APPLICATION_ID ? [] : [['DISCORD_APPLICATION_ID', 'is required when DISCORD_TOKEN is set']],
  options: (env): DiscordOptions => ({
    token: env.DISCORD_TOKEN as string,
    applicationId: env.DISCORD_APPLICATION_ID as string,
    ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
    ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
  }),
  summary: () => 'discord',
  async create(options, deps) {
    const { createDiscordAdapter } = await import('./discord-adapter.js');
    return createDiscordAdapter(options, deps);
  },
});
