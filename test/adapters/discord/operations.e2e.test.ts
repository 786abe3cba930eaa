// Operating the Discord process, through `npm start`: every interaction gets an answer (a command
// this version does not know, options no Discord client would send), health and metrics on PORT,
// and a clean stop on SIGTERM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, embedOf, guild, hanako, type RunningBot, startBotOnFakeDiscord } from './e2e-support.js';

let running: RunningBot;

beforeAll(async () => {
  running = await startBotOnFakeDiscord();
}, 40_000);

afterAll(async () => {
  await running?.stop();
});

/** The bot's HTTP server: PORT 0 in tests, so the port comes from its "ready" line. */
async function request(path: string): Promise<Response> {
  const ready = await running.bot.waitForLog((line) => line.message === 'ready');
  return fetch(`http://127.0.0.1:${ready.port}${path}`);
}

describe('every interaction gets an answer', () => {
  it('a command this bot does not define is answered, privately, with what to do', async () => {
    const record = running.fake.unknownCommand(alice, guild, 'atone-old');
    const reply = await running.fake.reply(record);
    expect(reply.content).toMatch(/\/atone-old is not something this bot handles.*\/atone help/);
    expect(reply.flags).toBe(64);
  });

  it('options out of range get what is wrong, not "try again"', async () => {
    const reply = await running.fake.reply(
      running.fake.command(hanako, guild, 'remind', [
        { name: 'method', value: 'auto_debit' },
        { name: 'days_before', value: -5 },
      ]),
    );
    expect(embedOf(reply).title).toBe('入力を確認してください');
    expect(embedOf(reply).description).toMatch(
      /days_before: -5 は使えません（0〜14の整数で指定してください）/,
    );
    const unknownMethod = await running.fake.reply(
      running.fake.command(alice, guild, 'deadline', [{ name: 'method', value: 'bitcoin' }]),
    );
    expect(embedOf(unknownMethod).description).toMatch(/method: "bitcoin" is not one of the choices/);
  });
});

describe('health, readiness and metrics on PORT', () => {
  it('is ready once connected, and counts what it answered', async () => {
    const ready = await request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { store: 'ok', discord: 'ok' } });
    await running.fake.reply(running.fake.command(alice, guild, 'help'));
    const metrics = await (await request('/metrics')).text();
    expect(metrics).toMatch(/^atone_questions_total\{platform="discord",intent="help",lang="en"\} [1-9]/m);
  });
});

describe('SIGTERM', () => {
  it('disconnects and exits 0', async () => {
    running.bot.child.kill('SIGTERM');
    expect(await running.bot.exited).toBe(0);
    expect(running.bot.logs.some((line) => line.message === 'stopped')).toBe(true);
  });
});
