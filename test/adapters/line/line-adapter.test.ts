// The LINE adapter in this process, against the fake LINE: the failure paths a running bot rarely
// shows (expired reply tokens, LINE errors, a failing assistant, retried pushes), with the
// assistant and the store real.
import { afterEach, describe, expect, it } from 'vitest';
import type { PrometheusMetrics } from '../../../adapters/http/prometheus.js';
import { LineQuotaExhaustedError } from '../../../adapters/line/errors.js';
import { toTurn } from '../../../adapters/line/events.js';
import { createLineAdapter } from '../../../adapters/line/line-adapter.js';
import { inboxKey } from '../../../adapters/line/webhook.js';
import type { PlatformAdapter } from '../../../adapters/platform.js';
import type { Assistant } from '../../../src/assistant.js';
import { ConfigError } from '../../../src/config.js';
import { PermanentSendError, RateLimitError, UndeliverableError } from '../../../src/reminders/errors.js';
import type { Answer } from '../../../src/types.js';
import {
  button,
  FakeLine,
  type FakeUser,
  type Json,
  QUOTA_EXHAUSTED,
  SERVER_ERROR,
  visibleText,
} from '../../fakes/line/index.js';
import { createHarness, type Harness, type LogLine } from '../contract/harness.js';

interface Running {
  line: FakeLine;
  adapter: PlatformAdapter;
  harness: Harness;
  metrics: PrometheusMetrics;
  logs: LogLine[];
  user: FakeUser;
}

const running: Running[] = [];

afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.adapter.stop();
    await r.harness.close();
    await r.line.close();
  }
});

async function start(
  options: { assistant?: (real: Assistant) => Assistant; loadingAfterMs?: number; serve?: boolean } = {},
): Promise<Running> {
  const line = await FakeLine.start();
  const harness = await createHarness(options.assistant ? { assistant: options.assistant } : {});
  const adapter = createLineAdapter(
    { channelSecret: line.channelSecret, channelAccessToken: line.channelAccessToken, apiUrl: line.apiUrl },
    harness.deps,
    { loadingAfterMs: options.loadingAfterMs ?? 60_000 },
  );
  const entry: Running = {
    line,
    adapter,
    harness,
    metrics: harness.metrics,
    logs: harness.logs,
    user: line.user('はなこ', 'ja'),
  };
  running.push(entry);
  if (options.serve !== false) {
    await adapter.start();
    line.webhookUrl = `${await harness.serve(adapter)}/line/webhook`;
  }
  return entry;
}

const reminder: Answer = {
  intent: 'deadline',
  confidence: 1,
  lang: 'ja',
  title: 'atone お支払い期限のお知らせ',
  text: 'atone の口座振替日まであと3日です。',
  facts: [{ label: '期限', value: '2026年12月28日（月）' }],
  actions: [{ id: 'reminder.snooze:1', label: '明日また / Snooze' }],
};

/** `atone_line_push_messages_total` by outcome, as a scrape of /metrics shows it. */
async function pushCounts(metrics: PrometheusMetrics): Promise<Record<string, number>> {
  const { body } = await metrics.render();
  return Object.fromEntries(
    [...body.matchAll(/^atone_line_push_messages_total\{outcome="(\w+)"\} (\d+)$/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]),
  );
}

describe('reminders by push', () => {
  it('sends once per idempotency key: a resend is answered 409 and counts as sent', async () => {
    const { line, adapter, metrics, user } = await start();
    const meta = { idempotencyKey: 'atone-reminder:1:2026-12-28:3', deliveryId: '1', late: false };
    await adapter.send(`line:user:${user.userId}`, reminder, meta);
    await adapter.send(`line:user:${user.userId}`, reminder, meta);
    expect(line.pushesTo(user.userId)).toHaveLength(1);
    expect(line.refusals.map((r) => r.status)).toEqual([409]);
    expect(await pushCounts(metrics)).toEqual({ sent: 1, duplicate: 1 });
  });

  it('turns LINE refusals into errors the scheduler acts on', async () => {
    const { line, adapter, metrics, user } = await start();
    const to = `line:user:${user.userId}`;
    line.failNext('push', QUOTA_EXHAUSTED);
    const quota = await adapter.send(to, reminder).catch((error: unknown) => error);
    expect(quota).toBeInstanceOf(LineQuotaExhaustedError);
    expect(quota).toBeInstanceOf(PermanentSendError);
    expect(quota).toMatchObject({
      code: 'SEND_FAILED_PERMANENTLY',
      reason: expect.stringMatching(/monthly limit/),
    });
    line.failNext('push', { status: 429, message: 'The API rate limit has been exceeded. Try again later.' });
    const limited = await adapter.send(to, reminder).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfterMs).toBeGreaterThan(0);
    // A push LINE will never take fails for good; a chat that is not the channel's ends the user's reminders.
    line.failNext('push', { status: 400, message: 'The request body has 1 error(s)' });
    expect(await adapter.send(to, reminder).catch((e: unknown) => e)).toBeInstanceOf(PermanentSendError);
    line.failNext('push', { status: 400, message: "The property, 'to', in the request body is invalid" });
    expect(await adapter.send(to, reminder).catch((e: unknown) => e)).toBeInstanceOf(UndeliverableError);
    line.failNext('push', { status: 404, message: 'Not found' });
    expect(await adapter.send(to, reminder).catch((e: unknown) => e)).toBeInstanceOf(UndeliverableError);
    line.failNext('push', SERVER_ERROR);
    const transient = await adapter.send(to, reminder).catch((error: unknown) => error);
    expect(transient).toBeInstanceOf(Error);
    expect(transient).not.toHaveProperty('code');
    await expect(adapter.send('slack:user:U1', reminder)).rejects.toBeInstanceOf(PermanentSendError);
    expect(line.pushes).toEqual([]);
    expect(await pushCounts(metrics)).toEqual({ quota_exhausted: 1, rate_limited: 1, failed: 4 });
  });

  it('answers a press on an English reminder in English', async () => {
    const { line, adapter, user } = await start();
    await adapter.send(`line:user:${user.userId}`, { ...reminder, lang: 'en' });
    const [push] = line.pushesTo(user.userId);
    const press = line.postback(user, button(push?.messages ?? [], /Snooze/));
    await line.deliver(press);
    // The reminder does not exist in this store: what matters is the language of the answer.
    expect(visibleText((await line.replyTo(press)).messages)).toMatch(/^That reminder no longer exists/);
  });

  it('pushes to a group or a room too', async () => {
    const { line, adapter } = await start();
    const group = `C${'0'.repeat(32)}`;
    await adapter.send(`line:group:${group}`, reminder);
    expect(line.pushesTo(group)).toHaveLength(1);
  });
});

describe('replies', () => {
  it('pushes the answer when the reply token has expired', async () => {
    const { line, user } = await start();
    const event = line.text(user, '手数料は？');
    line.expireReplyToken(String(event.replyToken));
    await line.deliver(event);
    const push = await line.waitFor(() => line.pushesTo(user.userId)[0]);
    expect(visibleText(push.messages)).toMatch(/209円/);
    expect(push.retryKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tries a reply again after a 5xx, and the user sees it once', async () => {
    const { line, user } = await start();
    line.failNext('reply', SERVER_ERROR);
    const event = line.text(user, '手数料は？');
    await line.deliver(event);
    await line.replyTo(event);
    expect(line.repliesTo(event)).toHaveLength(1);
    expect(line.calls.reply).toBe(2);
  });

  it('apologises when answering fails, in the language of the question', async () => {
    const failing = (real: Assistant): Assistant => ({
      respond: (message) =>
        message.text.includes('boom') ? Promise.reject(new Error('database is down')) : real.respond(message),
      act: real.act,
      reminders: real.reminders,
    });
    const { line, user, logs } = await start({ assistant: failing });
    const ja = line.text(user, 'boom 期限は？');
    const en = line.text(user, 'boom when is it due?');
    await line.deliver([ja, en]);
    expect(visibleText((await line.replyTo(ja)).messages)).toMatch(/^すみません/);
    expect(visibleText((await line.replyTo(en)).messages)).toMatch(/^Sorry, something went wrong/);
    expect(logs.filter((l) => l.message === 'line turn failed')).toHaveLength(2);
    expect(JSON.stringify(logs)).not.toContain(line.channelAccessToken);
  });

  it('shows the loading animation in a one-to-one chat while a slow answer is prepared', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = (real: Assistant): Assistant => ({
      respond: async (message) => {
        await gate;
        return real.respond(message);
      },
      act: real.act,
      reminders: real.reminders,
    });
    const { line, user } = await start({ assistant: slow, loadingAfterMs: 0 });
    const event = line.text(user, '手数料は？');
    await line.deliver(event);
    await line.waitFor(() => line.loading[0]);
    release();
    await line.replyTo(event);
    expect(line.loading).toEqual([{ chatId: user.userId, loadingSeconds: 20 }]);
  });

  it('greets in Japanese when the profile cannot be read', async () => {
    const { line, user } = await start();
    line.failNext('profile', SERVER_ERROR);
    const follow = line.follow(user);
    await line.deliver(follow);
    expect(visibleText((await line.replyTo(follow)).messages)).toMatch(/^友だち追加ありがとうございます/);
  });

  it('answers each webhook request 200 before the events are handled', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held = (real: Assistant): Assistant => ({
      respond: async (message) => {
        await gate;
        return real.respond(message);
      },
      act: real.act,
      reminders: real.reminders,
    });
    const { line, user } = await start({ assistant: held });
    const event = line.text(user, '手数料は？');
    expect((await line.deliver(event)).status).toBe(200);
    expect(line.replies).toEqual([]);
    release();
    await line.replyTo(event);
  });
});

describe('the inbox', () => {
  it('answers an event a stopped process had accepted but not answered', async () => {
    const { line, user, harness } = await start();
    const event = line.text(user, '手数料は？');
    const turn = toTurn(event, {});
    if (!turn) throw new Error('not a turn');
    const left = { key: inboxKey(turn), platform: 'line' as const, payload: turn, receivedAt: new Date() };
    // Its lease (1 ms) is long expired by the time the recovery pass looks.
    expect(await harness.store.enqueueEvent(left, 'a-process-that-died', 1)).toBe(true);
    harness.inbox.start();
    expect(visibleText((await line.replyTo(event)).messages)).toMatch(/209円/);
    // Delivered again by LINE now, it is recognised as answered.
    expect((await line.deliver(line.redelivery(event))).status).toBe(200);
    expect(await harness.store.enqueueEvent(left, 'another', 30_000)).toBe(false);
  });

  it('drops what it does not understand', async () => {
    const { harness, logs } = await start();
    await harness.store.enqueueEvent(
      { key: 'line:odd', platform: 'line', payload: { kind: 'teleport' }, receivedAt: new Date() },
      'a-process-that-died',
      1,
    );
    harness.inbox.start();
    await new Promise<void>((resolve) => {
      const check = () =>
        logs.some((l) => l.message === 'line inbox event not understood; dropped')
          ? resolve()
          : setTimeout(check, 20);
      check();
    });
  });
});

describe('start', () => {
  it('refuses a channel access token LINE does not accept, naming the variable', async () => {
    const { line, adapter } = await start({ serve: false });
    const { harness } = running[0] as Running;
    const bad = createLineAdapter(
      { channelSecret: 's', channelAccessToken: 'wrong', apiUrl: line.apiUrl },
      harness.deps,
    );
    const error = await bad.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toMatch(/LINE_CHANNEL_ACCESS_TOKEN/);
    expect(String((error as Error).message)).not.toContain('wrong');
    await adapter.start();
  });

  it('starts when LINE cannot be reached, taking the bot id from the webhook', async () => {
    const { line, adapter, logs } = await start({ serve: false });
    line.failNext('info', SERVER_ERROR);
    await adapter.start();
    expect(logs.some((l) => l.message === 'line bot info failed; starting anyway')).toBe(true);
  });
});

// The fake itself: what it refuses is what LINE refuses.
describe('the fake LINE', () => {
  it('accepts a reply token once and refuses a stale one', async () => {
    const { line, user } = await start({ serve: false });
    const headers = {
      authorization: `Bearer ${line.channelAccessToken}`,
      'content-type': 'application/json',
    };
    const reply = (replyToken: unknown) =>
      fetch(`${line.apiUrl}/v2/bot/message/reply`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ replyToken, messages: [{ type: 'text', text: 'hi' }] }),
      }).then(async (r) => [r.status, ((await r.json()) as Json).message]);
    const event = line.text(user, 'q');
    expect(await reply(event.replyToken)).toEqual([200, undefined]);
    expect(await reply(event.replyToken)).toEqual([400, 'Invalid reply token']);
    const stale = line.text(user, 'q');
    line.expireReplyToken(String(stale.replyToken));
    expect(await reply(stale.replyToken)).toEqual([400, 'Invalid reply token']);
    const unauthorised = await fetch(`${line.apiUrl}/v2/bot/info`);
    expect(unauthorised.status).toBe(401);
  });

  it('refuses messages over LINE limits with details', async () => {
    const { line, user } = await start({ serve: false });
    const response = await fetch(`${line.apiUrl}/v2/bot/message/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${line.channelAccessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: user.userId, messages: [{ type: 'text', text: 'x'.repeat(5_001) }] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).details).toEqual([
      { property: 'messages[0].text', message: 'Length must be between 0 and 5000' },
    ]);
  });
});
