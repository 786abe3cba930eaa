// A database outage under the Discord adapter, through `npm start` on PostgreSQL behind a proxy
// that the test cuts: /readyz says so, a command that needs the store gets the apology (never
// silence), and everything works again once the database is back.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, startBot } from '../../fakes/discord/bot-process.js';
import { FakeDiscord } from '../../fakes/discord/fake-discord.js';
import { startTcpProxy, type TcpProxy } from '../../fakes/tcp-proxy.js';
import { TEST_DATABASE_URL } from '../../reminders/support/pg.js';
import { alice, embedOf, guild } from './e2e-support.js';

describe.skipIf(!TEST_DATABASE_URL)(
  'Discord on PostgreSQL, when the database goes away (TEST_DATABASE_URL)',
  () => {
    let fake: FakeDiscord;
    let proxy: TcpProxy;
    let bot: BotProcess;
    let admin: pg.Client;
    const schema = `atone_dfaults_${process.pid}_${randomBytes(3).toString('hex')}`;

    beforeAll(async () => {
      admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const target = new URL(TEST_DATABASE_URL as string);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      target.host = `127.0.0.1:${proxy.port}`;
      target.searchParams.set('options', `-c search_path=${schema}`);
      fake = await FakeDiscord.start();
      bot = startBot({
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        DATABASE_URL: target.toString(),
      });
      await bot.waitForLog((line) => line.message === 'ready', 30_000);
      await fake.waitUntilReady();
    }, 40_000);

    afterAll(async () => {
      await bot?.stop();
      await proxy?.close();
      await fake?.close();
      await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin?.end();
    });

    const readyz = async () => {
      const ready = await bot.waitForLog((line) => line.message === 'ready');
      return fetch(`http://127.0.0.1:${ready.port}/readyz`);
    };

    it('says 503, apologises to the user, and recovers by itself', async () => {
      await proxy.outage();
      try {
        const down = await readyz();
        expect(down.status).toBe(503);
        expect(((await down.json()) as { checks: Record<string, string> }).checks).toMatchObject({
          discord: 'ok',
        });
        const reply = await fake.reply(fake.command(alice, guild, 'reminders'), 15_000);
        expect(reply.content).toBe('Sorry, something went wrong on my side. Please try again in a moment.');
        expect(reply.flags).toBe(64);
        expect(
          bot.logs.some((line) => line.message === 'discord turn failed' && line.cause === 'store'),
        ).toBe(true);
      } finally {
        await proxy.restore();
      }
      for (let i = 0; i < 100 && (await readyz()).status !== 200; i++)
        await new Promise((r) => setTimeout(r, 100));
      expect((await readyz()).status).toBe(200);
      const answer = await fake.reply(fake.command(alice, guild, 'reminders'));
      expect(embedOf(answer).description).toMatch(/You have no reminders/);
    });
  },
);
