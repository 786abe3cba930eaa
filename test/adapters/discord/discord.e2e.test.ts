// End to end: `npm start`'s entry point with only DISCORD_* and DATABASE_URL set, its real
// discord.js client on a fake Discord (test/fakes/discord/). One bot for the whole file; the
// tests run in order and the last one checks what every interaction before it looked like.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, startBot } from '../../fakes/discord/bot-process.js';
import type { FakeDiscord } from '../../fakes/discord/fake-discord.js';
import {
  alice,
  buttonsOf,
  embedOf,
  guild,
  hanako,
  type RunningBot,
  sleep,
  startBotOnFakeDiscord,
  taro,
} from './e2e-support.js';
import type { SeededReminder } from './seed-reminder.js';

let running: RunningBot;
let fake: FakeDiscord;
let bot: BotProcess;
let seeded: SeededReminder;

beforeAll(async () => {
  running = await startBotOnFakeDiscord();
  ({ fake, bot, seeded } = running);
}, 40_000);

afterAll(async () => {
  await running?.stop();
});

describe('slash commands', () => {
  it('/atone ask answers privately, in the language of the question', async () => {
    const reply = await fake.reply(
      fake.command(alice, guild, 'ask', [{ name: 'question', value: 'Amazonでアトネ払いはできる？' }]),
    );
    expect(reply.flags).toBe(64);
    expect(embedOf(reply).description).toMatch(/Amazon/);
    expect(embedOf(reply).footer.text).toMatch(/^出典: /);
  });

  it('/atone ask share:true answers the whole channel', async () => {
    const reply = await fake.reply(
      fake.command(hanako, guild, 'ask', [
        { name: 'question', value: 'When is the direct debit taken?' },
        { name: 'share', value: true },
      ]),
    );
    expect(reply.flags).toBe(0);
    expect(embedOf(reply).footer.text).toMatch(/^Source: /);
  });

  it('/atone deadline with a purchase date gives that bill, without one the next deadline, in the user locale', async () => {
    const dated = await fake.reply(
      fake.command(hanako, guild, 'deadline', [
        { name: 'method', value: 'store' },
        { name: 'purchased', value: '2026-11-15' },
      ]),
    );
    expect(embedOf(dated).fields).toContainEqual({
      name: '期限',
      value: '2026年12月10日（木）',
      inline: true,
    });
    const next = await fake.reply(
      fake.command(alice, guild, 'deadline', [{ name: 'method', value: 'auto_debit' }]),
    );
    expect(embedOf(next).title).toMatch(/automatic bank debit/);
    expect(embedOf(next).fields[0]).toMatchObject({
      name: 'Due',
      value: expect.stringMatching(/^\w+day, \d+ \w+ 20\d\d$/),
    });
    const unreadable = await fake.reply(
      fake.command(hanako, guild, 'deadline', [
        { name: 'method', value: 'store' },
        { name: 'purchased', value: 'いつか' },
        { name: 'share', value: true },
      ]),
    );
    expect(unreadable.flags).toBe(64);
    expect(embedOf(unreadable).description).toMatch(/「いつか」を日付として読めませんでした/);
  });

  it('/atone campaign says whether the user qualifies and how many points', async () => {
    const reply = await fake.reply(
      fake.command(hanako, guild, 'campaign', [
        { name: 'last_used', value: '2024-01-15' },
        { name: 'shops', value: 3 },
      ]),
    );
    expect(embedOf(reply).description).toMatch(/3店舗なら500ポイント/);
  });

  it('/atone remind, /atone reminders and /atone stop manage reminders', async () => {
    const set = await fake.reply(
      fake.command(hanako, guild, 'remind', [
        { name: 'method', value: 'auto_debit' },
        { name: 'days_before', value: 2 },
      ]),
    );
    expect(embedOf(set).title).toBe('リマインダーを設定しました');
    expect(embedOf(set).description).toMatch(/口座振替[^\n]*2日前/);
    const listed = await fake.reply(fake.command(hanako, guild, 'reminders'));
    expect(embedOf(listed).description).toMatch(/予定:\n• \d{4}年/);
    const stopped = await fake.reply(fake.command(hanako, guild, 'stop'));
    expect(embedOf(stopped).description).toMatch(/リマインダーを解除しました/);
    const none = await fake.reply(fake.command(alice, guild, 'reminders'));
    expect(embedOf(none).description).toMatch(/You have no reminders/);
  });

  it('/atone help lists what the bot answers', async () => {
    const reply = await fake.reply(fake.command(alice, { channelId: '1300000000000000700' }, 'help'));
    expect(embedOf(reply).description).toMatch(/Deadlines/);
  });
});

describe('autocomplete', () => {
  it('offers the date a user is typing, and example questions', async () => {
    const dates = await fake.choices(
      fake.command(hanako, guild, 'deadline', [
        { name: 'method', value: 'store' },
        { name: 'purchased', value: '11/15', focused: true },
      ]),
    );
    expect(dates[0]).toEqual({
      name: expect.stringMatching(/^20\d\d年11月15日（.）$/),
      value: expect.stringMatching(/^20\d\d-11-15$/),
    });
    const questions = await fake.choices(
      fake.command(hanako, guild, 'ask', [{ name: 'question', value: 'コンビニ', focused: true }]),
    );
    expect(questions.length).toBeGreaterThan(0);
  });
});

describe('buttons', () => {
  it('"did you mean" buttons answer the same question as the other topic, in place', async () => {
    const first = await fake.reply(
      fake.command(hanako, guild, 'ask', [{ name: 'question', value: '支払い方法と手数料' }]),
    );
    const asks = buttonsOf(first).filter((b) => b.custom_id?.startsWith('ask:'));
    expect(asks).toHaveLength(2);
    expect(embedOf(first).description).toMatch(/もしかして/);
    const pressed = fake.pressButton(hanako, guild, first, String(asks[1]?.custom_id));
    const updated = await fake.reply(pressed);
    expect(pressed.acknowledged).toBe(7);
    expect(updated.id).toBe(first.id);
    expect(embedOf(updated).title).not.toBe(embedOf(first).title);
    expect(embedOf(updated).description).not.toMatch(/もしかして/);
  });

  it('the "remind me" button of a deadline answer sets a reminder, privately', async () => {
    const answer = await fake.reply(
      fake.command(alice, guild, 'deadline', [{ name: 'method', value: 'barcode' }]),
    );
    const remind = buttonsOf(answer).find((b) => b.custom_id === 'reminder.subscribe:barcode');
    const reply = await fake.reply(fake.pressButton(alice, guild, answer, String(remind?.custom_id)));
    expect(reply.flags).toBe(64);
    expect(embedOf(reply).title).toBe('Reminder set');
  });
});

describe('mentions and DMs', () => {
  it('answers a mention in a server with a reply that pings no one', async () => {
    const question = fake.say(hanako, guild, 'コンビニ払いの期限は？');
    const reply = await fake.replyTo(question);
    expect(reply.channel_id).toBe(guild.channelId);
    expect(embedOf(reply).title).toMatch(/支払い期限/);
    const call = fake.state.calls.find((c) => c.path === `/channels/${guild.channelId}/messages`);
    expect(call?.body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
  });

  it('answers a DM, and ignores server messages that do not mention it', async () => {
    const reply = await fake.replyTo(
      fake.say(alice, { channelId: '1300000000000000701' }, 'When is the direct debit taken?'),
    );
    expect(embedOf(reply).footer.text).toMatch(/^Source: /);
    const ignored = fake.say(hanako, guild, '今日は雨ですね', { mention: false });
    await sleep(400);
    await expect(fake.replyTo(ignored, 100)).rejects.toThrow(/timed out/);
  });
});

describe('reminders by DM', () => {
  it('delivers the due reminder by DM with Paid and Snooze buttons that work', async () => {
    const snoozeId = `reminder.snooze:${seeded.deliveryId}`;
    const dm = await fake.waitFor(() => fake.state.dmChannels.get(taro.id), 10_000, 'a DM channel');
    const reminder = await fake.waitFor(
      () => fake.messagesIn(dm).find((m) => buttonsOf(m).some((b) => b.custom_id === snoozeId)),
      10_000,
      'the reminder',
    );
    expect(embedOf(reminder).title).toBe('atone お支払い期限のお知らせ');
    expect(
      buttonsOf(reminder)
        .filter((b) => b.custom_id)
        .map((b) => b.label),
    ).toEqual(['支払い済み / Paid', '明日また / Snooze']);
    const place = { channelId: dm };
    const snoozed = await fake.reply(fake.pressButton(taro, place, reminder, snoozeId));
    expect(snoozed.content).toMatch(/明日（.*）にもう一度お知らせします/);
    expect(buttonsOf(snoozed).some((b) => b.custom_id === snoozeId)).toBe(true);
    const paid = await fake.reply(
      fake.pressButton(taro, place, snoozed, `reminder.paid:${seeded.subscriptionId}:${seeded.dueDate}`),
    );
    expect(paid.content).toMatch(/支払い済みにしました/);
    expect(paid.components).toEqual([]);
  });
});

describe('gateway', () => {
  it('survives a forced reconnect: resumes the session and answers interactions sent meanwhile and after', async () => {
    const identifies = fake.gateway.received.filter((f) => f.op === 2).length;
    let during: ReturnType<FakeDiscord['command']> | undefined;
    const { replayed } = await fake.gateway.forceReconnect(() => {
      during = fake.command(hanako, guild, 'help');
    });
    expect(replayed).toBe(1);
    await bot.waitForLog((line) => line.message === 'discord resumed');
    if (!during) throw new Error('nothing was sent during the reconnect');
    expect(embedOf(await fake.reply(during)).title).toBeDefined();
    expect(embedOf(await fake.reply(fake.command(alice, guild, 'help'))).description).toMatch(/Deadlines/);
    expect(fake.gateway.received.filter((f) => f.op === 2)).toHaveLength(identifies);
    expect(fake.gateway.received.some((f) => f.op === 6)).toBe(true);
  });
});

describe('the 3-second rule', () => {
  it('counts an interaction answered after 3 s as failed; the bot logs it and carries on', async () => {
    // The bot is stalled (a long GC pause, a starved CPU) when the interaction arrives.
    bot.child.kill('SIGSTOP');
    const record = fake.command(hanako, guild, 'help');
    await sleep(3_200);
    bot.child.kill('SIGCONT');
    await fake.waitFor(() => record.callbacks[0], 5_000, 'the late callback');
    expect(record.callbacks[0]).toMatchObject({ late: true, status: 404 });
    await bot.waitForLog(
      (line) => line.message === 'discord reply failed' && /10062/.test(String(line.error)),
    );
    expect(embedOf(await fake.reply(fake.command(hanako, guild, 'help'))).title).toBeDefined();
  });

  it('answered every other interaction once, within 3 s, with messages Discord accepts', () => {
    const late = fake.state.lateCallbacks();
    expect(late).toHaveLength(1);
    const others = [...fake.state.interactions.values()].filter((r) => r.callbacks[0] !== late[0]);
    expect(others.length).toBeGreaterThan(15);
    for (const record of others) {
      expect(
        record.callbacks.filter((c) => c.status < 300),
        record.id,
      ).toHaveLength(1);
      expect(record.callbacks[0]?.sinceDispatchMs).toBeLessThan(3_000);
    }
    expect(fake.state.refusals).toEqual([]);
    // Heartbeats were acknowledged: the only Identify is the first, the only Resume the forced one.
    expect(fake.gateway.received.filter((f) => f.op === 1).length).toBeGreaterThan(0);
    expect(fake.gateway.received.filter((f) => f.op === 2)).toHaveLength(1);
    expect(fake.gateway.received.filter((f) => f.op === 6)).toHaveLength(1);
    expect(bot.logs.filter((line) => line.level === 'error' && !/10062/.test(String(line.error)))).toEqual(
      [],
    );
  });

  it('stops the start with a message naming DISCORD_TOKEN when Discord refuses it, never printing it', async () => {
    const refused = startBot({
      DISCORD_TOKEN: 'not-the-secret',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DATABASE_URL: 'sqlite::memory:',
    });
    const line = await refused.waitForLog((l) => /DISCORD_TOKEN/.test(String(l.raw)));
    expect(await refused.exited).toBe(1);
    expect(line.raw).toMatch(/Discord refused DISCORD_TOKEN \(401\)/);
    expect(JSON.stringify(refused.logs)).not.toMatch(/not-the-secret/);
  });
});
