// The record of turns the bot could not answer well: what is kept (hashed ids, cut questions),
// when (fallback, handoff, low confidence; not thanks), that the housekeeping's purge and "forget
// me" remove it, what the operator reads (`npm run report`), and that none of it reaches the log.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssistant } from '../src/assistant.js';
import { createBot } from '../src/bot.js';
import { parseKnowledgeBase } from '../src/domain/knowledge-base.js';
import { defaultKnowledgeBase, rawKnowledgeBase } from '../src/knowledge.js';
import { createLogger } from '../src/log.js';
import { openStore } from '../src/store/open.js';
import type { Store, UnansweredStore } from '../src/store/port.js';
import type { Message } from '../src/types.js';
import {
  createUnansweredRecorder,
  formatReport,
  MAX_TEXT_CHARS,
  unansweredKind,
  unansweredReport,
  userHash,
} from '../src/unanswered.js';

const KEY = 'a-test-key-of-32-characters-long';
const NOW = new Date('2026-11-28T10:00:00+09:00');
const DAY = 86_400_000;
const bot = createBot();

function message(text: string, extra: Partial<Message> = {}): Message {
  return { platform: 'slack', userId: 'U123', channelId: 'C1', text, receivedAt: NOW, ...extra };
}

const stores: Store[] = [];
async function sqlite(): Promise<Store> {
  const store = await openStore('sqlite::memory:');
  stores.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

/** Keeps what it is given, in memory; `fail` makes every write reject. */
function memoryStore(fail = false) {
  const records: Parameters<UnansweredStore['recordUnanswered']>[0][] = [];
  const store: Pick<UnansweredStore, 'recordUnanswered'> = {
    async recordUnanswered(record) {
      if (fail) throw Object.assign(new Error(`insert failed for ${record.text}`), { code: 'SQLITE_FULL' });
      records.push(record);
    },
  };
  return { store, records };
}

/** A real logger whose JSON lines are kept, at every level. */
function capturedLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger({ destination, level: 'debug' }), lines };
}

describe('which turns are recorded', () => {
  it.each([
    ['今日の晩ごはん何にしよう', 'fallback'],
    ['Paidyの支払い期限は？', 'fallback'],
    ['今月の請求額はいくら？', 'handoff'],
    ['支払い方法と手数料', 'low_confidence'],
  ])('%s → %s', (text, kind) => {
    const answer = bot.handle(message(text));
    expect(unansweredKind(answer, text)).toBe(kind);
  });

  it.each(['コンビニ払いの期限は？', '退会したい', 'ありがとう', 'thanks!', 'こんにちは'])(
    'not a miss: %s',
    (text) => {
      expect(unansweredKind(bot.handle(message(text)), text.toLowerCase())).toBeUndefined();
    },
  );
});

describe('the record', () => {
  it('keeps the question cut short, its normalised form, and a keyed hash instead of the user id', async () => {
    const { store, records } = memoryStore();
    const recorder = createUnansweredRecorder({ store, hashKey: KEY });
    const long = `ＰＡＩＤＹ の 天気は？${'あ'.repeat(1000)}`;
    await recorder.record(bot.handle(message(long)), message(long));
    const [record] = records;
    expect(record).toMatchObject({
      at: NOW,
      platform: 'slack',
      lang: 'ja',
      kind: 'fallback',
      intent: 'fallback',
    });
    expect(record?.text.length).toBe(MAX_TEXT_CHARS);
    // Grouped by the normalised question without punctuation or spaces (reportKey).
    expect(record?.normalized.startsWith('paidyの天気は')).toBe(true);
    expect(record?.userHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain('U123');
  });

  it('keeps no code or password given away: masked in the text and its normalised form', async () => {
    const { store, records } = memoryStore();
    const recorder = createUnansweredRecorder({ store, hashKey: KEY });
    for (const text of ['552901 です。代わりに入れてもらえる？', 'my password is hunter22, log in for me']) {
      await recorder.record(
        { ...bot.handle(message(text)), intent: 'fallback', confidence: 0.9 },
        message(text),
      );
    }
    expect(records).toHaveLength(2);
    expect(JSON.stringify(records)).not.toMatch(/552901|hunter22/);
    expect(records[0]?.text).toContain('****');
  });

  it('hashes the same user alike, and anyone else (or under another key) differently', () => {
    expect(userHash(KEY, 'slack', 'U123')).toBe(userHash(KEY, 'slack', 'U123'));
    expect(userHash(KEY, 'slack', 'U123')).not.toBe(userHash(KEY, 'discord', 'U123'));
    expect(userHash(KEY, 'slack', 'U123')).not.toBe(userHash(KEY, 'slack', 'U124'));
    expect(userHash(KEY, 'slack', 'U123')).not.toBe(userHash(`${KEY}x`, 'slack', 'U123'));
  });

  it('refuses a key short enough to guess', () => {
    expect(() => createUnansweredRecorder({ store: memoryStore().store, hashKey: 'short' })).toThrow(
      /at least 16/,
    );
  });

  it('survives a failing store: the turn is not affected, and the log names the error, not the question', async () => {
    const { log, lines } = capturedLog();
    const { store } = memoryStore(true);
    const recorder = createUnansweredRecorder({ store, hashKey: KEY, log });
    await expect(
      recorder.record(bot.handle(message('秘密の質問です')), message('秘密の質問です')),
    ).resolves.toBe(undefined);
    await recorder.idle();
    expect(lines.join('')).toMatch(/could not record an unanswered turn/);
    expect(lines.join('')).toMatch(/SQLITE_FULL/);
    expect(lines.join('')).not.toMatch(/秘密|U123/);
  });
});

describe('in the store (SQLite)', () => {
  it('groups the same question however it was typed, most asked first; "forget me" removes a user’s', async () => {
    const store = await sqlite();
    const recorder = createUnansweredRecorder({ store, hashKey: KEY });
    const turns: [string, string][] = [
      ['U1', '明日の天気は？'],
      ['U2', '明日の天気は?'],
      ['U3', ' 明日の天気は？ '],
      ['U1', '今月の請求額はいくら？'],
      ['U1', 'コンビニ払いの期限は？'],
    ];
    for (const [userId, text] of turns) {
      const m = message(text, { userId });
      await recorder.record(bot.handle(m), m);
    }
    await recorder.idle();
    const groups = await store.topUnanswered(new Date(NOW.getTime() - DAY), 10);
    expect(groups.map((g) => [g.normalized, g.count])).toEqual([
      ['明日の天気は', 3],
      ['今月の請求額はいくら', 1],
    ]);
    const forgotten = await store.forgetUser('slack', 'U1', userHash(KEY, 'slack', 'U1'));
    expect(forgotten.unanswered).toBe(2);
    const after = await store.topUnanswered(new Date(NOW.getTime() - DAY), 10);
    expect(after.map((g) => [g.normalized, g.count])).toEqual([['明日の天気は', 2]]);
  });

  it('loses what is past the retention when the housekeeping purges', async () => {
    const store = await sqlite();
    const recorder = createUnansweredRecorder({ store, hashKey: KEY });
    const old = message('qwkj zxmv', { receivedAt: new Date(NOW.getTime() - 40 * DAY) });
    await recorder.record(bot.handle(old), old);
    await recorder.record(bot.handle(message('asdf qwer')), message('asdf qwer'));
    await recorder.idle();
    expect(await store.purgeUnanswered(new Date(NOW.getTime() - 30 * DAY))).toBe(1);
    const groups = await store.topUnanswered(new Date(NOW.getTime() - 365 * DAY), 10);
    expect(groups.map((g) => g.example)).toEqual(['asdf qwer']);
  });
});

describe('through the assistant', () => {
  it('records the misses of a conversation, answers them as before, and logs none of their text', async () => {
    const { store, records } = memoryStore();
    const { log, lines } = capturedLog();
    const recorder = createUnansweredRecorder({ store, hashKey: KEY, log });
    const assistant = createAssistant({ bot, now: () => NOW, unanswered: recorder });
    const answer = await assistant.respond(message('今日の晩ごはん何にしよう'));
    await assistant.respond(message('コンビニ払いの期限は？'));
    await assistant.respond(message('領収書がほしい'));
    await recorder.idle();
    expect(answer.intent).toBe('fallback');
    expect(records.map((r) => [r.kind, r.intent])).toEqual([
      ['fallback', 'fallback'],
      ['handoff', 'handoff'],
    ]);
    expect(lines).toEqual([]);
  });

  it('takes a "did you mean" button that names a topic', async () => {
    const assistant = createAssistant({ bot, now: () => NOW });
    const answer = await assistant.act('ask:withdrawal', message('やめたい'));
    expect(answer.intent).toBe('withdrawal');
  });
});

describe('the report', () => {
  const kb = defaultKnowledgeBase();

  it('lists the groups with their count, kinds, guesses and last time, then the stale sources', () => {
    const text = formatReport({
      groups: [
        {
          normalized: '退会したい',
          example: '退会\nしたい',
          count: 12,
          lastAt: NOW,
          kinds: ['fallback', 'fallback'],
          intents: ['fallback'],
        },
        {
          normalized: 'いつまでにはらえばいい',
          example: 'いつまでに払えばいい',
          count: 4,
          lastAt: NOW,
          kinds: ['low_confidence'],
          intents: ['deadline', 'fees'],
        },
        {
          normalized: 'how much do i owe',
          example: 'How much do I owe?',
          count: 3,
          lastAt: NOW,
          kinds: ['handoff'],
          intents: ['handoff'],
        },
      ],
      stale: [
        {
          where: 'facts.usage_limit',
          title: 'atone FAQ',
          url: 'https://faq.atone.be/x',
          verifiedAt: '2026-01-02',
        },
      ],
      now: NOW,
      days: 7,
      staleAfterDays: 180,
    });
    expect(text.split('\n')).toEqual([
      'Unanswered questions since 2026-11-21 (last 7 days): 3',
      '    12×  退会 したい  [fallback; last 2026-11-28 10:00 JST]',
      '     4×  いつまでに払えばいい  [low_confidence; guessed deadline, fees; last 2026-11-28 10:00 JST]',
      '     3×  How much do I owe?  [handoff; last 2026-11-28 10:00 JST]',
      '',
      'Sources not verified since 2026-06-01 (180 days): 1',
      '  2026-01-02  facts.usage_limit  atone FAQ  https://faq.atone.be/x',
    ]);
  });

  it('groups the same question once, whatever its case, spacing and punctuation', async () => {
    const store = await sqlite();
    const recorder = createUnansweredRecorder({ store, hashKey: KEY });
    const asked = [
      'What is the weather?',
      'what is the weather',
      'What is the weather ?',
      '天気は？',
      '天気は?',
      ' 天気は ',
    ];
    for (const [i, text] of asked.entries()) {
      const m = message(text, { receivedAt: new Date(NOW.getTime() - (asked.length - i) * 60_000) });
      await recorder.record({ ...bot.handle(m), intent: 'fallback' }, m);
    }
    // A record kept before the key folded punctuation: merged into its group by the report.
    await store.recordUnanswered({
      at: new Date(NOW.getTime() - 3_600_000),
      platform: 'slack',
      lang: 'en',
      kind: 'fallback',
      intent: 'fallback',
      confidence: 0,
      text: 'what is the weather!!',
      normalized: 'what is the weather!!',
      userHash: 'h',
    });
    await recorder.idle();
    const rows = (await unansweredReport(store, kb, NOW, 7)).split('\n').filter((line) => /×/.test(line));
    expect(rows).toEqual([
      '     4×  What is the weather ?  [fallback; last 2026-11-28 09:56 JST]',
      '     3×  天気は  [fallback; last 2026-11-28 09:59 JST]',
    ]);
  });

  it('says so when there is nothing to report', async () => {
    const store = await sqlite();
    const text = await unansweredReport(store, kb, NOW, 30);
    expect(text).toMatch(/last 30 days\): 0\n {2}\(none\)/);
    expect(text).toMatch(/180 days\): 0\n {2}\(none\)$/);
  });

  it('flags every source verified more than 180 days ago', async () => {
    const raw = rawKnowledgeBase() as { facts: Record<string, { source: { verifiedAt: string } }> };
    const copy = structuredClone(raw);
    (copy.facts.usage_limit as { source: { verifiedAt: string } }).source.verifiedAt = '2026-05-01';
    const text = await unansweredReport(await sqlite(), parseKnowledgeBase(copy), NOW, 7);
    expect(text).toMatch(/\(180 days\): 1\n {2}2026-05-01 {2}facts\.usage_limit/);
  });

  it('is what `npm run report` prints for the store DATABASE_URL names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atone-report-'));
    try {
      const url = `sqlite:${join(dir, 'report.db')}`;
      const store = await openStore(url);
      const recorder = createUnansweredRecorder({ store, hashKey: KEY });
      const m = message('退会のボタンどこ？？', { receivedAt: new Date() });
      await recorder.record({ ...bot.handle(m), intent: 'fallback' }, m);
      await recorder.idle();
      await store.close();
      const run = promisify(execFile);
      const { stdout } = await run(
        process.execPath,
        ['scripts/run.mjs', 'scripts/report.ts', '--days', '3'],
        {
          env: { ...process.env, DATABASE_URL: url },
        },
      );
      expect(stdout).toMatch(/^Unanswered questions since \d{4}-\d{2}-\d{2} \(last 3 days\): 1\n/);
      expect(stdout).toContain('1×  退会のボタンどこ？？  [fallback; last');
      await expect(
        run(process.execPath, ['scripts/run.mjs', 'scripts/report.ts', '--days', 'x'], {
          env: { ...process.env, DATABASE_URL: url },
        }),
      ).rejects.toMatchObject({ stderr: expect.stringMatching(/usage: npm run report/) });
      // A database that is not there is said so, not made (an empty report would say nothing was missed).
      const missing = `sqlite:${join(dir, 'elsewhere.db')}`;
      await expect(
        run(process.execPath, ['scripts/run.mjs', 'scripts/report.ts'], {
          env: { ...process.env, DATABASE_URL: missing },
        }),
      ).rejects.toMatchObject({ stderr: expect.stringMatching(/No database at .*elsewhere\.db/) });
      expect(existsSync(join(dir, 'elsewhere.db'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
