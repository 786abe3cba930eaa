// The running bot of the end-to-end tests: a fake Discord, a reminder due at once in a fresh
// SQLite file, and `npm start`'s entry point configured by the environment alone.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BotProcess, startBot } from '../../fakes/discord/bot-process.js';
import { FakeDiscord, type FakeUser } from '../../fakes/discord/fake-discord.js';
import type { Json, StoredMessage } from '../../fakes/discord/state.js';
import { type SeededReminder, seedDueReminder } from './seed-reminder.js';

export const hanako: FakeUser = { id: '1300000000000000301', username: 'hanako', locale: 'ja' };
export const alice: FakeUser = { id: '1300000000000000302', username: 'alice', locale: 'en-US' };
/** Has a reminder due when the bot starts. */
export const taro: FakeUser = { id: '1300000000000000303', username: 'taro', locale: 'ja' };
export const guild = { guildId: '1300000000000000100', channelId: '1300000000000000200' };

export interface RunningBot {
  fake: FakeDiscord;
  bot: BotProcess;
  seeded: SeededReminder;
  stop(): Promise<void>;
}

export async function startBotOnFakeDiscord(): Promise<RunningBot> {
  const dbPath = join(tmpdir(), `atone-discord-e2e-${process.pid}-${Date.now()}.db`);
  // Heartbeats every 2 s, so that some are sent and acknowledged during the run.
  const fake = await FakeDiscord.start({ heartbeatIntervalMs: 2_000 });
  const seeded = await seedDueReminder(`sqlite:${dbPath}`, taro.id);
  const bot = startBot({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DATABASE_URL: `sqlite:${dbPath}`,
  });
  const stop = async () => {
    await bot.stop();
    await fake.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  };
  try {
    await bot.waitForLog((line) => line.message === 'discord ready', 30_000);
    await fake.waitUntilReady();
  } catch (error) {
    await stop();
    throw error;
  }
  return { fake, bot, seeded, stop };
}

export const embedOf = (message: StoredMessage) => (message.embeds as Json[])[0] as Json;
export const buttonsOf = (message: StoredMessage) =>
  (message.components as Json[]).flatMap((row) => row.components as Json[]);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
