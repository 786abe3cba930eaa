// End to end through `npm start`: a reminder subscribed in a DM arrives in that DM with working
// "明日また / Snooze" and "支払い済み / Paid" buttons, and Paid stops that deadline's reminders.
//
// The scheduler runs on the real clock, so the test makes a reminder due without waiting: after
// subscribing through the bot, it stops the bot, writes one pending delivery (send time a minute
// ago, deadline days ahead) into the bot's SQLite file with the store API, and starts the bot
// again on the same file: the scheduler's first tick, at start, sends it as it would any
// reminder whose time came while the bot was down. (A running bot picks such a row up too, on
// its next tick, every 5 s; the restart saves that wait and shows that reminders survive one.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, daysBetween, toIsoDate, tokyoToday } from '../../../src/domain/dates.js';
import { deadlineForBillingMonth, nextDeadline } from '../../../src/domain/deadlines.js';
import { methodById } from '../../../src/domain/knowledge-base.js';
import { defaultKnowledgeBase } from '../../../src/knowledge.js';
import { openStore } from '../../../src/store/open.js';
import type { ReminderStore } from '../../../src/store/port.js';
import {
  actionIdOf,
  type BotProcess,
  buttonClickPayload,
  buttonsOf,
  directMessageEvent,
  type FakeSlackApi,
  type RecordedCall,
  sendEvent,
  sendInteraction,
  startBot,
  startFakeSlackApi,
  visibleText,
} from '../../fakes/slack/index.js';

const USER = 'U0REMIND';
const DM = `D${USER}`;

let slack: FakeSlackApi;
let bot: BotProcess;
let store: ReminderStore;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  bot = await startBot({ apiUrl: slack.apiUrl });
}, 30_000);

afterAll(async () => {
  await store?.close();
  await bot?.stop();
  await slack?.close();
});

/** The next auto-debit deadline at least 4 days away (so that "tomorrow" is before it). */
function upcomingDebit(now: Date): { dueDate: string; daysLeft: number } {
  const method = methodById(defaultKnowledgeBase(), 'auto_debit');
  let deadline = nextDeadline(method, now);
  if (daysBetween(tokyoToday(now), deadline.due) < 4)
    deadline = deadlineForBillingMonth(method, addMonths(deadline.billingMonth, 1));
  return { dueDate: toIsoDate(deadline.due), daysLeft: daysBetween(tokyoToday(now), deadline.due) };
}

function click(message: RecordedCall, buttonLabel: RegExp, blocks: unknown[]) {
  const button = buttonsOf(message).find((b) => buttonLabel.test(b.text.text));
  if (!button) throw new Error(`no button ${buttonLabel} in ${visibleText(message)}`);
  return sendInteraction(
    bot,
    buttonClickPayload({
      button,
      user: USER,
      channel: DM,
      responseUrl: slack.responseUrl(`reminder-${Date.now()}`),
      message: { ts: String(message.reply?.ts), text: String(message.params.text), blocks },
    }),
  );
}

describe('Slack reminders through npm start', () => {
  it('delivers a due reminder to the DM with Paid and Snooze buttons that work', async () => {
    // 1. Subscribe as a user would.
    await sendEvent(bot, directMessageEvent({ text: '口座振替なので3日前に教えて', user: USER }));
    const confirmation = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((c) => c.params.channel === DM),
    );
    expect(visibleText(confirmation)).toMatch(/リマインダーを設定しました/);

    // 2. Make one reminder due now, while the bot is stopped.
    await bot.stop({ keepDatabase: true });
    store = await openStore(`sqlite:${bot.databasePath}`);
    const subscription = await store.getSubscription('slack', USER);
    if (!subscription) throw new Error('the DM did not subscribe');
    expect(subscription.destination).toBe(`slack:user:${USER}`);
    const now = new Date();
    const { dueDate, daysLeft } = upcomingDebit(now);
    const seeded = await store.insertPlanned(
      [
        {
          subscriptionId: subscription.id,
          dueDate,
          leadDays: daysLeft,
          sendAt: new Date(now.getTime() - 60_000),
        },
      ],
      now,
    );
    expect(seeded).toBe(1);
    bot = await startBot({ apiUrl: slack.apiUrl, databasePath: bot.databasePath });

    // 3. The scheduler sends it: the DM is opened, the message has both buttons.
    const reminder = await slack.waitFor(
      () =>
        slack
          .callsTo('chat.postMessage')
          .find(
            (c) => c.params.channel === DM && /^atone お支払い期限のお知らせ/.test(String(c.params.text)),
          ),
      8_000,
      'the reminder in the DM',
    );
    expect(slack.callsTo('conversations.open').some((c) => c.params.users === USER)).toBe(true);
    expect(buttonsOf(reminder).map((b) => b.text.text)).toEqual(['支払い済み / Paid', '明日また / Snooze']);
    expect(buttonsOf(reminder).map(actionIdOf)).toEqual([
      `reminder.paid:${subscription.id}:${dueDate}`,
      expect.stringMatching(/^reminder\.snooze:\d+$/),
    ]);
    expect(reminder.params.text).toMatch(/^atone お支払い期限のお知らせ — /);
    expect(visibleText(reminder)).toContain(`あと${daysLeft}日`);

    // 4. Snooze: the reminder message keeps Paid, says when it comes back, and tomorrow's is planned.
    expect((await click(reminder, /Snooze/, reminder.params.blocks as unknown[])).status).toBe(200);
    const snoozed = await slack.waitFor(() =>
      slack.callsTo('chat.update').find((c) => c.params.ts === reminder.reply?.ts),
    );
    expect(visibleText(snoozed)).toMatch(/明日（.*）にもう一度お知らせします/);
    expect(buttonsOf(snoozed).map((b) => b.text.text)).toEqual(['支払い済み / Paid']);
    const upcoming = await store.listUpcoming('slack', USER, 10);
    expect(upcoming.some((d) => d.dueDate === dueDate && d.origin === 'snooze')).toBe(true);

    // 5. Paid: no buttons left, a confirmation, and nothing more for that deadline.
    const updates = slack.callsTo('chat.update').length;
    expect((await click(reminder, /Paid/, snoozed.params.blocks as unknown[])).status).toBe(200);
    const paid = await slack.waitFor(() => slack.callsTo('chat.update').slice(updates)[0]);
    expect(visibleText(paid)).toMatch(/支払い済みにしました。この期限のお知らせはもう送りません/);
    expect(buttonsOf(paid)).toHaveLength(0);
    expect((await store.listUpcoming('slack', USER, 10)).filter((d) => d.dueDate === dueDate)).toEqual([]);
    // Planning again (as the hourly re-plan does) cannot bring that deadline back.
    expect(
      await store.insertPlanned(
        [{ subscriptionId: subscription.id, dueDate, leadDays: 1, sendAt: new Date() }],
        new Date(),
      ),
    ).toBe(0);
    const sent = await store.listRecent('slack', USER, 5);
    expect(sent.filter((d) => d.dueDate === dueDate && d.status === 'sent')).toHaveLength(1);
  }, 25_000);
});
