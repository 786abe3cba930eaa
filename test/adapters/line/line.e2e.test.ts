// End to end: `npm start` with only LINE_* and DATABASE_URL set, against a fake LINE
// (test/fakes/line/). One bot for the whole file; two reminders are due when it starts (one for
// a user whose pushes hit the monthly quota). Where a test checks that something did NOT happen,
// it delivers it in one request with a later event and waits for that one's reply: what the bot
// ignores (unmentioned group messages, redeliveries) is dropped before the request is answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open.js';
import type { ReminderStore } from '../../../src/store/port.js';
import {
  button,
  FakeLine,
  type FakeUser,
  type Json,
  type LineBotProcess,
  lineId,
  QUOTA_EXHAUSTED,
  quickReplies,
  SERVER_ERROR,
  startLineBot,
  visibleText,
} from '../../fakes/line/index.js';
import { type SeededReminder, seedDueReminder } from '../contract/seed-reminder.js';

let line: FakeLine;
let bot: LineBotProcess;
let hanako: FakeUser;
let alice: FakeUser;
/** Has a reminder due at start. */
let taro: FakeUser;
/** Has a reminder due at start, but the channel's monthly quota is used up for pushes to him. */
let jiro: FakeUser;
let seeded: SeededReminder;
let jiroReminder: SeededReminder;
let databasePath: string;

beforeAll(async () => {
  line = await FakeLine.start();
  hanako = line.user('はなこ', 'ja');
  alice = line.user('Alice', 'en');
  taro = line.user('たろう', 'ja');
  jiro = line.user('じろう');
  databasePath = `${process.env.TMPDIR ?? '/tmp'}/atone-line-e2e-${process.pid}-${Date.now()}.db`;
  const store = await openStore(`sqlite:${databasePath}`);
  try {
    seeded = await seedDueReminder(store, 'line', taro.userId);
    jiroReminder = await seedDueReminder(store, 'line', jiro.userId);
  } finally {
    await store.close();
  }
  line.failPushesTo(jiro.userId, QUOTA_EXHAUSTED);
  bot = await startLineBot(line, { databasePath });
}, 40_000);

afterAll(async () => {
  await bot?.stop();
  await line?.close();
});

/** Delivers the events in one signed request and returns the reply to the last one. */
async function ask(...events: Json[]) {
  expect((await line.deliver(events)).status).toBe(200);
  return line.replyTo(events[events.length - 1] as Json);
}

const group = { type: 'group' as const, groupId: lineId('C') };

describe('questions', () => {
  it('answers a Japanese question in a one-to-one chat, as a Flex bubble with the key facts', async () => {
    const event = line.text(hanako, 'コンビニ払いの期限は？');
    const reply = await ask(event);
    expect(reply.chatId).toBe(hanako.userId);
    expect(reply.messages).toHaveLength(1);
    const [message] = reply.messages as [Json];
    expect(visibleText(reply.messages)).toMatch(/期限は\d{4}年\d{1,2}月10日/);
    expect(message.type === 'text' || typeof message.altText === 'string').toBe(true);
  });

  it('answers an English question in English', async () => {
    const reply = await ask(line.text(alice, 'When is the direct debit taken?'));
    expect(visibleText(reply.messages)).toMatch(/automatic bank debit/);
    expect(visibleText(reply.messages)).not.toMatch(/期限は/);
  });

  it('answers a 10,000-character message properly, within LINE limits, without echoing it', async () => {
    const pasted = 'お支払いについてのご案内。'.repeat(800);
    const question = `コンビニ払いの期限は？ 以下はメールの本文です: ${pasted}`.slice(0, 10_000);
    expect(question).toHaveLength(10_000);
    const reply = await ask(line.text(hanako, question));
    const text = visibleText(reply.messages);
    expect(text).toMatch(/期限は\d{4}年\d{1,2}月10日/);
    expect(text.length).toBeLessThan(5_000);
    expect(text).not.toContain('お支払いについてのご案内。お支払いについてのご案内。');
  });

  it('answers a sticker with what it can do, rather than silence', async () => {
    const reply = await ask(line.sticker(hanako));
    expect(visibleText(reply.messages)).toMatch(/期限/);
  });
});

describe('groups', () => {
  it('stays quiet unless mentioned, and answers a mention quoting the question', async () => {
    const unmentioned = line.text(hanako, 'コンビニ払いの期限は？', { chat: group });
    const mentioned = line.text(hanako, 'コンビニ払いの期限は？', { chat: group, mention: true });
    const reply = await ask(unmentioned, mentioned);
    expect(line.repliesTo(unmentioned)).toEqual([]);
    expect(reply.chatId).toBe(group.groupId);
    expect(visibleText(reply.messages)).toMatch(/期限は\d{4}年\d{1,2}月10日/);
    expect(visibleText(reply.messages)).not.toContain('@atone-bot');
    // The answer is a Flex bubble (a deadline has facts): a text quoting the question comes first.
    expect(reply.messages.map((m) => (m as Json).type)).toEqual(['text', 'flex']);
    expect((reply.messages[0] as Json).quoteToken).toBe((mentioned.message as Json).quoteToken);
  });

  it('greets a group it joins with how to ask there', async () => {
    const reply = await ask(line.join(group));
    expect(visibleText(reply.messages)).toMatch(/@atone-bot とメンションして/);
  });
});

describe('buttons', () => {
  it('offers the method as quick replies and carries out the tapped one', async () => {
    // A user new to the bot: no method named in an earlier question to take it from.
    const jiro = line.user('じろう', 'ja');
    const question = await ask(line.text(jiro, '期限が近づいたら教えて'));
    const [message] = question.messages as [Json];
    const choices = quickReplies(message);
    expect(choices.map((c) => c.label)).toContain('はがき請求書');
    for (const choice of choices) expect(String(choice.label).length).toBeLessThanOrEqual(20);
    const reply = await ask(line.postback(jiro, button(question.messages, /はがき/)));
    expect(visibleText(reply.messages)).toMatch(/リマインダーを設定しました/);
    expect(visibleText(reply.messages)).toMatch(/はがき請求書/);
  });
});

describe('did you mean', () => {
  it('offers the other reading as a quick reply that answers the same question as that topic', async () => {
    const first = await ask(line.text(hanako, '支払い方法と手数料'));
    expect(visibleText(first.messages)).toMatch(/もしかして/);
    const choices = quickReplies(first.messages[first.messages.length - 1] as Json);
    expect(choices.length).toBeGreaterThanOrEqual(2);
    const other = choices[1] as Json;
    const reply = await ask(line.postback(hanako, other));
    expect(visibleText(reply.messages)).not.toMatch(/もしかして/);
    expect(visibleText(reply.messages)).not.toBe(visibleText(first.messages));
  });
});

describe('webhook reliability', () => {
  it('answers a redelivered event once', async () => {
    const event = line.text(hanako, '手数料は？');
    await ask(event);
    const after = line.text(hanako, 'アマゾンで使える？');
    await ask(line.redelivery(event), after);
    expect(line.repliesTo(event)).toHaveLength(1);
    expect(line.pushesTo(hanako.userId)).toEqual([]);
  });

  it('refuses a missing or bad signature with 401, and answers nothing for it', async () => {
    const forged = line.text(hanako, 'コンビニ払いの期限は？');
    expect((await line.deliver(forged, { signature: null })).status).toBe(401);
    expect((await line.deliver(forged, { signature: 'bm90IGEgc2lnbmF0dXJl' })).status).toBe(401);
    expect((await line.deliver(forged, { signature: '%%%' })).status).toBe(401);
    await ask(line.text(hanako, '手数料は？'));
    expect(line.repliesTo(forged)).toEqual([]);
  });

  it('answers the connectivity check and any signed body without falling over', async () => {
    expect((await line.deliver([])).status).toBe(200);
    expect((await line.deliver([], { rawBody: 'not json' })).status).toBe(400);
    expect((await line.deliver([], { rawBody: '{"events": "nope"}' })).status).toBe(400);
    expect((await line.deliver([], { rawBody: '{"events": [null, 1, {"type": "message"}]}' })).status).toBe(
      200,
    );
    const reply = await ask(line.text(alice, 'What fees are there?'));
    expect(visibleText(reply.messages)).toMatch(/fee/i);
    expect(bot.alive()).toBe(true);
  });

  it('greets a new friend in the language of their profile', async () => {
    expect(visibleText((await ask(line.follow(alice))).messages)).toMatch(/^Thanks for adding me!/);
    expect(visibleText((await ask(line.follow(hanako))).messages)).toMatch(/^友だち追加ありがとうございます/);
  });
});

describe('reminders by push', () => {
  it('pushes a due reminder with a retry key, and its Snooze and Paid buttons work', async () => {
    const push = await line.waitFor(() => line.pushesTo(taro.userId)[0], 20_000, 'the reminder push');
    expect(push.retryKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [message] = push.messages as [Json];
    expect(message.type).toBe('flex');
    expect(message.altText).toMatch(/^atone お支払い期限のお知らせ — /);
    expect(visibleText(push.messages)).toMatch(/あと\d+日/);

    const snoozed = await ask(line.postback(taro, button(push.messages, /Snooze/)));
    expect(visibleText(snoozed.messages)).toMatch(/明日（.*）にもう一度お知らせします/);
    const paid = await ask(line.postback(taro, button(push.messages, /Paid/)));
    expect(visibleText(paid.messages)).toMatch(/支払い済みにしました。この期限のお知らせはもう送りません/);

    const store = await openStore(`sqlite:${databasePath}`);
    try {
      const upcoming = await store.listUpcoming('line', taro.userId, 10);
      expect(upcoming.filter((d) => d.dueDate === seeded.dueDate)).toEqual([]);
      const sent = await store.listRecent('line', taro.userId, 5);
      expect(sent.filter((d) => d.dueDate === seeded.dueDate && d.status === 'sent')).toHaveLength(1);
    } finally {
      await store.close();
    }
  }, 40_000);

  it('fails a reminder refused for the monthly quota at once, with that reason', async () => {
    await line.waitFor(
      () => line.refusals.find((r) => r.endpoint === 'push' && r.status === 429),
      20_000,
      'the refused push',
    );
    expect(line.pushesTo(jiro.userId)).toEqual([]);
    const store: ReminderStore = await openStore(`sqlite:${databasePath}`);
    try {
      // The scheduler records the failure just after LINE's answer: failed at once, not retried.
      let delivery = await store.getDelivery(jiroReminder.deliveryId);
      for (let i = 0; i < 300 && delivery?.status !== 'failed'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        delivery = await store.getDelivery(jiroReminder.deliveryId);
      }
      expect(delivery).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/monthly limit/) });
      expect(line.refusals.filter((r) => r.endpoint === 'push' && r.status === 429)).toHaveLength(1);
    } finally {
      await store.close();
    }
    expect(bot.logs.some((l) => l.message === 'line push' && l.outcome === 'quota_exhausted')).toBe(true);
  }, 40_000);

  it('counts pushes in /metrics, and says LINE is ready in /readyz', async () => {
    const metrics = await (await fetch(`http://127.0.0.1:${bot.port}/metrics`)).text();
    expect(metrics).toMatch(/^atone_line_push_messages_total\{outcome="sent"\} [1-9]/m);
    expect(metrics).toMatch(/^atone_line_push_messages_total\{outcome="quota_exhausted"\} [1-9]/m);
    const ready = (await (await fetch(`http://127.0.0.1:${bot.port}/readyz`)).json()) as Json;
    expect(ready.checks).toMatchObject({ line: 'ok', store: 'ok' });
  }, 40_000);

  it("says in /readyz when LINE's API does not answer, and ready again when it does", async () => {
    // Bot info fails at start (the bot starts anyway: the webhook works) and once more.
    line.failNext('info', SERVER_ERROR, 2);
    const webhookUrl = line.webhookUrl;
    const flaky = await startLineBot(line);
    try {
      const down = await fetch(`http://127.0.0.1:${flaky.port}/readyz`);
      expect(down.status).toBe(503);
      const body = (await down.json()) as { checks: Record<string, string> };
      expect(body.checks.line).toMatch(/^LINE API not answering: 500/);
      expect(body.checks.store).toBe('ok');
      const up = await fetch(`http://127.0.0.1:${flaky.port}/readyz`);
      expect(up.status).toBe(200);
      expect(((await up.json()) as { checks: Record<string, string> }).checks.line).toBe('ok');
    } finally {
      await flaky.stop();
      line.webhookUrl = webhookUrl;
    }
  }, 40_000);

  it('ends the reminders of a user who blocks the bot', async () => {
    expect((await line.deliver(line.unfollow(taro))).status).toBe(200);
    const store = await openStore(`sqlite:${databasePath}`);
    try {
      // Nothing to see in the chat: the store says when it is done.
      let active = (await store.getSubscription('line', taro.userId))?.active;
      for (let i = 0; i < 300 && active; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        active = (await store.getSubscription('line', taro.userId))?.active;
      }
      expect(active).toBe(false);
    } finally {
      await store.close();
    }
  }, 40_000);
});
