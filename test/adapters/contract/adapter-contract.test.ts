// The adapter contract: the behaviours every platform adapter owes its users, run against each
// one (console, Slack, Discord, LINE) through its fake, with the real assistant, reminder service
// and store. The assistant is wrapped to record what it is asked and to fail on "boom".
// What a platform cannot express is skipped with its reason (driver.cannot), never faked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '../../../adapters/platform.js';
import { type Assistant, reminderDestination } from '../../../src/assistant.js';
import { defaultKnowledgeBase } from '../../../src/knowledge.js';
import { reminderAnswer } from '../../../src/reminders/reminder-answer.js';
import { reminderIdempotencyKey } from '../../../src/reminders/scheduler.js';
import type { ReminderStore } from '../../../src/store/port.js';
import type { Answer, Message } from '../../../src/types.js';
import { type ContractDriver, type DriverUser, replyTo, type Said, waitFor } from './driver.js';
import { consoleDriver } from './drivers/console.js';
import { discordDriver } from './drivers/discord.js';
import { lineDriver } from './drivers/line.js';
import { slackDriver } from './drivers/slack.js';
import { createHarness, type Harness } from './harness.js';
import { seedDueReminder } from './seed-reminder.js';

const APOLOGY = /すみません|something went wrong/i;
const QUESTION = 'コンビニ払いの期限は？';
const ANSWER = /10日/;
const SETTLE = '手数料は？';

const drivers: Array<() => ContractDriver<DriverUser>> = [
  consoleDriver,
  slackDriver,
  discordDriver as () => ContractDriver<DriverUser>,
  lineDriver as () => ContractDriver<DriverUser>,
];

describe.each(drivers.map((make) => [make().platform, make] as const))('the %s adapter', (_name, make) => {
  const driver = make();
  const asked: Message[] = [];
  let harness: Harness;
  let store: ReminderStore;
  let adapter: PlatformAdapter;

  beforeAll(async () => {
    harness = await createHarness({
      assistant: (real): Assistant => ({
        async respond(message) {
          asked.push(message);
          if (message.text.includes('boom')) throw new Error('the core failed on purpose');
          return real.respond(message);
        },
        act: (actionId, message) => real.act(actionId, message),
        reminders: (who) => real.reminders(who),
      }),
    });
    store = harness.store;
    adapter = await driver.start(harness);
  }, 30_000);

  afterAll(async () => {
    await driver.stop();
    await harness?.close();
  });

  /**
   * Waits for the reply to a later message from someone else (so that it lands in no chat under
   * test): by then the earlier messages were handled too, and a second reply would have shown.
   */
  async function settle(): Promise<void> {
    await replyTo(driver, await driver.say(driver.newUser(), SETTLE, 'dm'));
  }

  for (const place of ['dm', 'channel'] as const) {
    it.skipIf(place === 'channel' && Boolean(driver.cannot.channels))(
      `passes the user and the chat through: a message in a ${place} is answered there`,
      async () => {
        const user = driver.newUser();
        const said = await driver.say(user, QUESTION, place);
        const reply = await replyTo(driver, said);
        expect(reply.chat).toBe(said.chat);
        expect(reply.text).toMatch(ANSWER);
        const message = asked.findLast((m) => m.userId === user.userId);
        expect(message).toMatchObject({ platform: driver.platform, userId: user.userId, text: QUESTION });
        expect(message?.channelId).toContain(said.chat);
      },
    );
  }

  it.skipIf(Boolean(driver.cannot.ownMessages && driver.cannot.otherBots))(
    'ignores its own messages and other bots',
    async () => {
      const user = driver.newUser();
      const ignored: Said[] = [];
      if (!driver.cannot.ownMessages) ignored.push(await driver.botSays('self', user, QUESTION));
      if (!driver.cannot.otherBots) ignored.push(await driver.botSays('other', user, QUESTION));
      await settle();
      for (const said of ignored) {
        expect(driver.repliesTo(said).filter((r) => ANSWER.test(r.text))).toEqual([]);
        expect(asked.filter((m) => m.channelId.includes(said.chat) && m.text !== SETTLE)).toEqual([]);
      }
    },
  );

  it('gives each message exactly one reply', async () => {
    const saids = await Promise.all(
      ['コンビニ払いの期限は？', 'When is the direct debit taken?', 'Amazonで使える？'].map(async (text) => {
        const user = driver.newUser();
        return { user, said: await driver.say(user, text, 'dm') };
      }),
    );
    for (const { said } of saids) await replyTo(driver, said);
    await settle();
    for (const { said } of saids) expect(driver.repliesTo(said)).toHaveLength(1);
  });

  it('delivers send() to the user’s DM', async () => {
    const user = driver.newUser();
    const answer: Answer = { intent: 'help', confidence: 1, lang: 'ja', text: 'お知らせのテストです。' };
    await adapter.send(reminderDestination({ platform: driver.platform, userId: user.userId }), answer);
    const [message] = await waitFor(
      () => driver.dmMessages(user).length > 0 && driver.dmMessages(user),
      'the DM',
    );
    expect(message?.text).toContain('お知らせのテストです。');
  });

  it('apologises when the turn fails', async () => {
    const user = driver.newUser();
    const reply = await replyTo(driver, await driver.say(user, `boom ${QUESTION}`, 'dm'));
    expect(reply.text).toMatch(APOLOGY);
  });

  it('carries out a reminder’s Snooze and Paid', async () => {
    const user = driver.newUser();
    const seeded = await seedDueReminder(store, driver.platform, user.userId);
    const delivery = await store.getDelivery(seeded.deliveryId);
    const subscription = await store.getSubscription(driver.platform, user.userId);
    if (!delivery || !subscription) throw new Error('seeding failed');
    const answer = reminderAnswer({
      kb: defaultKnowledgeBase(),
      subscription,
      delivery,
      now: new Date(),
      late: false,
    });
    await adapter.send(subscription.destination, answer, {
      deliveryId: delivery.id,
      idempotencyKey: reminderIdempotencyKey(delivery),
      late: false,
    });
    const reminder = await waitFor(
      () => driver.dmMessages(user).find((m) => m.buttons.some((b) => /Snooze/.test(b))),
      'the reminder in the DM',
    );
    expect(reminder.buttons).toEqual(['支払い済み / Paid', '明日また / Snooze']);

    const snoozed = await driver.press(user, reminder, /Snooze/);
    expect(snoozed.text).toMatch(/明日（.*）にもう一度お知らせします/);
    const upcoming = await store.listUpcoming(driver.platform, user.userId, 10);
    expect(upcoming.some((d) => d.dueDate === seeded.dueDate && d.origin === 'snooze')).toBe(true);

    const paid = await driver.press(user, reminder, /Paid/);
    expect(paid.text).toMatch(/支払い済みにしました/);
    const left = await store.listUpcoming(driver.platform, user.userId, 10);
    expect(left.filter((d) => d.dueDate === seeded.dueDate)).toEqual([]);
  });
});
