// Operating the bot, through `npm start` in Slack HTTP mode: health, readiness and metrics on
// PORT, requests that must be refused at once without harm, and a SIGTERM that finishes the work
// in flight before the process exits 0.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BotProcess,
  directMessageEvent,
  eventRequest,
  type FakeSlackApi,
  postSigned,
  sendBurst,
  sendEvent,
  startBot,
  startFakeSlackApi,
} from '../../fakes/slack/index.js';

let slack: FakeSlackApi;
let bot: BotProcess;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  bot = await startBot({ apiUrl: slack.apiUrl });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

const postsTo = (channel: string) =>
  slack.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

/** The value of one sample in Prometheus text, 0 when absent. */
function sample(metrics: string, name: string, labels = ''): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('health, readiness and metrics on PORT', () => {
  it('answers /healthz and /readyz, naming each check', async () => {
    const health = await bot.request('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await bot.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { store: 'ok', slack: 'ok' } });
    expect((await bot.request('/readyz', { method: 'POST' })).status).toBe(405);
    expect((await bot.request('/nowhere')).status).toBe(404);
  });

  it('counts questions by platform, intent and language, answer latency, duplicates, and process metrics', async () => {
    const event = directMessageEvent({ text: 'コンビニ払いの期限は？', user: 'U0METRICS' });
    await sendEvent(bot, event);
    await slack.waitFor(() => postsTo('DU0METRICS')[0]);
    await sendEvent(bot, event, { retryNum: 1 });
    const response = await bot.request('/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(sample(text, 'atone_questions_total', 'platform="slack",intent="deadline",lang="ja"')).toBe(1);
    expect(sample(text, 'atone_answer_seconds_count', 'platform="slack"')).toBe(1);
    expect(sample(text, 'atone_duplicate_events_total', 'platform="slack"')).toBe(1);
    expect(text).toMatch(/^# TYPE atone_reminders_total counter$/m);
    expect(text).toMatch(/^# TYPE atone_platform_api_errors_total counter$/m);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});

describe('requests refused at once, without harm', () => {
  it('answers 400 to a signed body that is null, an array or a string, and stays up', async () => {
    for (const body of ['null', '[]', '["event_callback"]', '"hello"']) {
      const reply = await postSigned(bot, body, 'application/json');
      expect(reply.status, body).toBe(400);
    }
    expect(bot.alive()).toBe(true);
    expect((await bot.request('/healthz')).status).toBe(200);
  });

  it('refuses a correctly signed request stamped 10 minutes in the future with 401', async () => {
    const event = directMessageEvent({ text: '手数料は？', user: 'U0FUTURE' });
    const reply = await sendEvent(bot, event, { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 });
    expect(reply.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(postsTo('DU0FUTURE')).toHaveLength(0);
  });

  it('answers 413 to an oversized body and 415 to another content type', async () => {
    const huge = await postSigned(bot, `{"x":"${'a'.repeat(2 * 1024 * 1024)}"}`, 'application/json');
    expect(huge.status).toBe(413);
    expect((await postSigned(bot, '{}', 'text/plain')).status).toBe(415);
    expect(bot.alive()).toBe(true);
  });
});

describe('Slack failing for a while', () => {
  it('answers a question later when neither the answer nor the apology got through (5xx for a few seconds)', async () => {
    // The answer is tried 4 times (3 retries), then the apology 4 times: all fail.
    slack.failNext('chat.postMessage', { status: 500 }, 8);
    await sendEvent(bot, directMessageEvent({ text: 'コンビニ払いの期限は？', user: 'U0OUTAGE5XX' }));
    await slack.waitFor(
      () => /answer could not be delivered; retried later/.test(bot.log()),
      15_000,
      'a retry',
    );
    // (the fake records only what it accepted)
    expect(postsTo('DU0OUTAGE5XX')).toHaveLength(0);
    // From the inbox, about 10 s later: the answer itself, once.
    const answer = await slack.waitFor(() => postsTo('DU0OUTAGE5XX')[0], 30_000, 'the answer');
    expect(JSON.stringify(answer.params)).toMatch(/コンビニ/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsTo('DU0OUTAGE5XX')).toHaveLength(1);
  }, 45_000);

  it('counts a 429 in atone_platform_api_errors_total and answers after Retry-After', async () => {
    slack.failNext('chat.postMessage', { status: 429, retryAfterS: 1 });
    await sendEvent(bot, directMessageEvent({ text: 'はがきの手数料は？', user: 'U0RATE' }));
    await slack.waitFor(() => postsTo('DU0RATE')[0], 15_000, 'the answer after the 429');
    const text = await (await bot.request('/metrics')).text();
    expect(
      sample(text, 'atone_platform_api_errors_total', 'platform="slack",kind="rate_limited"'),
    ).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it('writes one "message" per log line, the error under "detail"', () => {
    const lines = bot
      .log()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    const failed = lines.filter((line) => line.includes('slack turn failed'));
    expect(failed.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.match(/"message":/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
  });
});

describe('unanswered questions for the operator', () => {
  /** Asks something the bot cannot answer, stops, and reads what the database kept. */
  async function unansweredKept(env: Record<string, string>) {
    const api = await startFakeSlackApi();
    const keeping = await startBot({ apiUrl: api.apiUrl, env });
    try {
      await sendEvent(keeping, directMessageEvent({ text: '今日の東京の天気は？', user: 'U0WEATHER' }));
      await api.waitFor(() => api.callsTo('chat.postMessage').find((c) => c.params.channel === 'DU0WEATHER'));
      await keeping.stop({ keepDatabase: true });
      const db = new Database(keeping.databasePath, { readonly: true });
      const rows = db.prepare('SELECT platform, kind, user_hash FROM unanswered').all();
      const key = db.prepare("SELECT value FROM settings WHERE name = 'user_hash_key'").get() as
        | { value: string }
        | undefined;
      db.close();
      expect(keeping.log()).not.toContain('天気');
      return { rows: rows as Array<Record<string, string>>, storedKey: key?.value };
    } finally {
      await keeping.stop();
      await api.close();
    }
  }

  it('are kept with a hash keyed by USER_HASH_KEY for the user, never the id', async () => {
    const { rows, storedKey } = await unansweredKept({ USER_HASH_KEY: 'k'.repeat(32) });
    expect(rows).toEqual([
      { platform: 'slack', kind: 'fallback', user_hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(JSON.stringify(rows)).not.toContain('U0WEATHER');
    expect(storedKey).toBeUndefined();
  });

  it("are kept without USER_HASH_KEY too, keyed by the installation's own random key", async () => {
    const { rows, storedKey } = await unansweredKept({});
    expect(rows).toHaveLength(1);
    expect(storedKey).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('SIGTERM', () => {
  it('stops taking work, answers every acknowledged event, and exits 0', async () => {
    const api = await startFakeSlackApi();
    const draining = await startBot({ apiUrl: api.apiUrl });
    try {
      const events = Array.from({ length: 60 }, (_, i) =>
        directMessageEvent({ text: 'はがきの期限は？', user: `U0TERM${i}` }),
      );
      const replies = await sendBurst(draining, events.map(eventRequest));
      expect(replies.every((r) => r.status === 200)).toBe(true);
      draining.child.kill('SIGTERM');
      expect(await draining.exited).toBe(0);
      const answered = events.map(
        (e) => api.callsTo('chat.postMessage').filter((c) => c.params.channel === e.event.channel).length,
      );
      expect(answered.every((count) => count === 1)).toBe(true);
      expect(draining.log()).toMatch(/"message":"stopped"/);
      // Taking no more work: nothing listens any longer.
      await expect(draining.request('/healthz')).rejects.toThrow();
    } finally {
      await draining.stop();
      await api.close();
    }
  });

  it('keeps the port open while draining: 503 to new work and on /readyz, /healthz still 200', async () => {
    const api = await startFakeSlackApi();
    // Slow answers keep the drain going for a while.
    api.slowDown('chat.postMessage', 400);
    const draining = await startBot({ apiUrl: api.apiUrl });
    try {
      const events = Array.from({ length: 40 }, (_, i) =>
        directMessageEvent({ text: 'はがきの期限は？', user: `U0DRAIN${i}` }),
      );
      const replies = await sendBurst(draining, events.map(eventRequest));
      expect(replies.every((r) => r.status === 200)).toBe(true);
      draining.child.kill('SIGTERM');
      await api.waitFor(() => /"message":"stopping"/.test(draining.log()), 5_000, 'stopping');
      const ready = await draining.request('/readyz');
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { checks: Record<string, string> }).checks.process).toBe('stopping');
      expect((await draining.request('/healthz')).status).toBe(200);
      const late = await sendEvent(
        draining,
        directMessageEvent({ text: 'はがきの期限は？', user: 'U0LATE' }),
      );
      expect(late.status).toBe(503);
      expect(await draining.exited).toBe(0);
      const answered = events.map(
        (e) => api.callsTo('chat.postMessage').filter((c) => c.params.channel === e.event.channel).length,
      );
      expect(answered.every((count) => count === 1)).toBe(true);
    } finally {
      await draining.stop();
      await api.close();
    }
  }, 30_000);
});
