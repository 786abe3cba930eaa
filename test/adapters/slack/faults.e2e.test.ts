// Faults, through `npm start` in Slack HTTP mode: a kill -9 in the middle of a burst (the
// restarted process answers what was acknowledged), PostgreSQL connections terminated while
// subscriptions are saved, and a database outage (readiness says so, users get an apology, and
// everything works again once the database is back).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BotProcess,
  directMessageEvent,
  eventRequest,
  type FakeSlackApi,
  type RecordedCall,
  sendBurst,
  sendEvent,
  startBot,
  startFakeSlackApi,
  visibleText,
} from '../../fakes/slack/index.js';
import { startTcpProxy, type TcpProxy } from '../../fakes/tcp-proxy.js';
import { TEST_DATABASE_URL } from '../../reminders/support/pg.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** chat.postMessage calls per channel. */
function postsByChannel(api: FakeSlackApi): Map<string, RecordedCall[]> {
  const byChannel = new Map<string, RecordedCall[]>();
  for (const call of api.callsTo('chat.postMessage')) {
    const channel = String(call.params.channel);
    byChannel.set(channel, [...(byChannel.get(channel) ?? []), call]);
  }
  return byChannel;
}

describe('a kill -9 in the middle of a burst', () => {
  let api: FakeSlackApi;
  beforeAll(async () => {
    api = await startFakeSlackApi();
  });
  afterAll(async () => api?.close());

  it('loses nothing acknowledged: the restarted process answers the inbox, each event once', async () => {
    const first = await startBot({ apiUrl: api.apiUrl });
    const events = Array.from({ length: 300 }, (_, i) =>
      directMessageEvent({
        text: i % 2 ? 'コンビニ払いの期限は？' : 'Does Amazon take atone?',
        user: `U0KILL${i}`,
      }),
    );
    const burst = sendBurst(first, events.map(eventRequest));
    // Killed once answers have begun to go out: most acknowledged events are still unanswered.
    await api.waitFor(() => api.callsTo('chat.postMessage').length >= 10, 15_000, 'the first answers');
    first.child.kill('SIGKILL');
    const replies = await burst;
    await first.exited;
    const acknowledged = events.filter((_, i) => replies[i]?.status === 200);
    const answeredBeforeRestart = api.callsTo('chat.postMessage').length;
    expect(acknowledged.length).toBeGreaterThan(answeredBeforeRestart);

    const second = await startBot({ apiUrl: api.apiUrl, databasePath: first.databasePath });
    try {
      await api.waitFor(
        () => acknowledged.every((e) => postsByChannel(api).has(e.event.channel)),
        60_000,
        'an answer to every acknowledged event',
      );
      const byChannel = postsByChannel(api);
      const counts = acknowledged.map((e) => byChannel.get(e.event.channel)?.length ?? 0);
      // Exactly once, except for answers caught between "sent" and "marked done" by the kill:
      // at most one per answer in flight (the inbox runs 8 at once).
      const twice = counts.filter((n) => n > 1).length;
      console.info(
        `kill -9: ${acknowledged.length}/${events.length} acknowledged, ${answeredBeforeRestart} answered before the kill, ${twice} answered twice`,
      );
      expect(twice).toBeLessThanOrEqual(8);
      expect(counts.every((n) => n >= 1)).toBe(true);
      expect(second.log()).toMatch(/answering an event left by a stopped process/);
      const metrics = await (await second.request('/metrics')).text();
      expect(metrics).toMatch(/^atone_inbox_replayed_total\{platform="slack"\} [1-9]/m);
    } finally {
      await second.stop();
    }
  }, 120_000);
});

describe('a SIGTERM in the middle of a burst (a deploy)', () => {
  let api: FakeSlackApi;
  beforeAll(async () => {
    api = await startFakeSlackApi();
  });
  afterAll(async () => api?.close());

  it('finishes what it can in 10 s, exits 0, and the next process answers the rest: each acknowledged event exactly once', async () => {
    // Slow replies (300 ms each, 8 at a time): 300 events are about 11 s of work, more than a
    // shutdown may take, so some are left for the next process.
    api.slowDown('chat.postMessage', 300);
    const first = await startBot({ apiUrl: api.apiUrl });
    const events = Array.from({ length: 300 }, (_, i) =>
      directMessageEvent({
        text: i % 2 ? 'はがきの手数料は？' : 'When is the konbini deadline?',
        user: `U0TERM${i}`,
      }),
    );
    const burst = sendBurst(first, events.map(eventRequest));
    await api.waitFor(() => api.callsTo('chat.postMessage').length >= 16, 20_000, 'the first answers');
    const signalled = Date.now();
    first.child.kill('SIGTERM');
    const replies = await burst;
    const code = await first.exited;
    const stoppedAfterMs = Date.now() - signalled;
    expect(code).toBe(0);
    const stopped = first
      .log()
      .split('\n')
      .filter((line) => line.includes('"message":"stopped"'))
      .map((line) => JSON.parse(line) as { drainMs: number; unanswered: number })[0];
    expect(stopped, first.log().slice(-2_000)).toBeDefined();
    const acknowledged = events.filter((_, i) => replies[i]?.status === 200);
    const answeredBeforeRestart = new Set(
      api.callsTo('chat.postMessage').map((c) => String(c.params.channel)),
    );
    const left = acknowledged.filter((e) => !answeredBeforeRestart.has(e.event.channel));
    expect(left.length).toBeGreaterThan(0);
    expect(stopped?.unanswered).toBe(left.length);

    api.slowDown('chat.postMessage', 0);
    const second = await startBot({ apiUrl: api.apiUrl, databasePath: first.databasePath });
    try {
      await api.waitFor(
        () => acknowledged.every((e) => postsByChannel(api).has(e.event.channel)),
        60_000,
        'an answer to every acknowledged event',
      );
      // A moment for any second answer to show.
      await sleep(500);
      const byChannel = postsByChannel(api);
      const counts = acknowledged.map((e) => byChannel.get(e.event.channel)?.length ?? 0);
      console.info(
        `SIGTERM: ${acknowledged.length}/${events.length} acknowledged, ${acknowledged.length - left.length} answered before exiting (drain ${stopped?.drainMs} ms, exit ${stoppedAfterMs} ms after the signal), ${left.length} by the next process`,
      );
      expect(counts.every((n) => n === 1)).toBe(true);
    } finally {
      await second.stop();
    }
  }, 120_000);
});

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL faults (TEST_DATABASE_URL)', () => {
  let api: FakeSlackApi;
  let proxy: TcpProxy;
  let bot: BotProcess;
  let admin: pg.Client;
  const schema = `atone_faults_${process.pid}_${randomBytes(3).toString('hex')}`;
  const application = `atone-faults-${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    const target = new URL(TEST_DATABASE_URL as string);
    admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const url = new URL(TEST_DATABASE_URL as string);
    url.host = `127.0.0.1:${proxy.port}`;
    url.searchParams.set('application_name', application);
    url.searchParams.set('options', `-c search_path=${schema}`);
    api = await startFakeSlackApi();
    bot = await startBot({ apiUrl: api.apiUrl, databaseUrl: url.toString() });
  }, 30_000);

  afterAll(async () => {
    await bot?.stop();
    await proxy?.close();
    await api?.close();
    await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin?.end();
  });

  it('survives connections terminated while subscriptions are saved; every user gets a reply that is true', async () => {
    const users = Array.from({ length: 30 }, (_, i) => `U0PGKILL${i}`);
    const replies = await sendBurst(
      bot,
      users.map((user) => eventRequest(directMessageEvent({ text: '口座振替なので3日前に教えて', user }))),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    for (let round = 0; round < 6; round++) {
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
        [application],
      );
      await sleep(40);
    }
    await api.waitFor(
      () => users.every((u) => postsByChannel(api).has(`D${u}`)),
      30_000,
      'a reply to every user',
    );
    expect(bot.alive()).toBe(true);
    const { rows } = await admin.query<{ user_id: string }>(
      `SELECT user_id FROM ${schema}.subscriptions WHERE platform = 'slack' AND active`,
    );
    const subscribed = new Set(rows.map((r) => r.user_id));
    for (const user of users) {
      const posts = postsByChannel(api).get(`D${user}`) ?? [];
      expect(posts, user).toHaveLength(1);
      const text = visibleText(posts[0] as RecordedCall);
      // The reply is true: the confirmation exactly when the subscription was kept, the apology
      // exactly when it was not (saving and planning are one transaction, and a lost COMMIT
      // answer is read back), never silence.
      if (/すみません/.test(text)) {
        expect(subscribed.has(user), `${user} was apologised to but subscribed`).toBe(false);
        continue;
      }
      expect(text).toMatch(/口座振替/);
      expect(subscribed.has(user), user).toBe(true);
    }
    await api.waitFor(async () => (await bot.request('/readyz')).status === 200 || undefined, 30_000);
  }, 120_000);

  it('says 503 on /readyz while the database is down, apologises to users, and recovers by itself', async () => {
    await proxy.outage();
    try {
      const ready = await bot.request('/readyz');
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { ready: boolean; checks: Record<string, string> };
      expect(body.ready).toBe(false);
      expect(body.checks.store).toMatch(/unavailable|no answer/);
      expect(body.checks.slack).toBe('ok');

      await sendEvent(bot, directMessageEvent({ text: 'リマインダー一覧', user: 'U0OUTAGE' }));
      const apology = await api.waitFor(
        () => postsByChannel(api).get('DU0OUTAGE')?.[0],
        15_000,
        'an apology',
      );
      expect(visibleText(apology)).toMatch(/すみません/);
      expect(bot.alive()).toBe(true);
      expect(bot.log()).toMatch(/"cause":"store"/);
    } finally {
      await proxy.restore();
    }
    await api.waitFor(
      async () => (await bot.request('/readyz')).status === 200 || undefined,
      15_000,
      'ready again',
    );
    await sendEvent(bot, directMessageEvent({ text: 'リマインダー一覧', user: 'U0BACK' }));
    const answer = await api.waitFor(() => postsByChannel(api).get('DU0BACK')?.[0], 20_000, 'an answer');
    expect(visibleText(answer)).not.toMatch(/すみません/);
  }, 90_000);
});
