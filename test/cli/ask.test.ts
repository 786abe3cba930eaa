import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function ask(args: string[], input = '') {
  return spawnSync('node', ['scripts/run.mjs', 'src/cli/ask.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('ask CLI', () => {
  it('prints the answer to one question', () => {
    const result = ask(['Amazonで使える？']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/いいえ。/);
  });

  it('answers JSON lines in order, with per-line clocks, and nothing else on stdout', () => {
    const input = [
      JSON.stringify({
        text: '9月20日にコンビニ払いで購入しました。支払期限は？',
        now: '2026-10-05T12:00:00+09:00',
      }),
      'not json',
      JSON.stringify({ nope: 1 }),
      JSON.stringify({ text: 'When is the direct debit taken?', now: 'yesterday' }),
      JSON.stringify({ text: 'When is the direct debit taken?', now: '2026-11-27T10:00:00+09:00' }),
    ].join('\n');
    const result = ask(['--jsonl'], `${input}\n`);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ intent: 'deadline', lang: 'ja', slots: { method: 'store' } });
    expect(lines[0].text).toMatch(/2026年10月10日（土）/);
    expect(Object.keys(lines[0]).sort()).toEqual(['confidence', 'intent', 'lang', 'slots', 'text']);
    expect(lines[1]).toEqual({ error: 'invalid JSON' });
    expect(lines[2].error).toMatch(/text/);
    expect(lines[3].error).toMatch(/now/);
    expect(lines[4]).toMatchObject({ intent: 'deadline', lang: 'en' });
    expect(lines[4].text).toMatch(/Friday, 27 November 2026 \(today\)[\s\S]*Monday, 28 December 2026/);
  });
});

describe('ask CLI conversations', () => {
  const jsonl = (lines: object[]) => {
    const result = ask(['--jsonl'], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(result.status).toBe(0);
    return result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
  };
  const now = '2026-11-28T10:00:00+09:00';

  it('runs one conversation per user, carries out requests, and reports actions and effects', () => {
    const out = jsonl([
      { user: 'a', text: 'リマインダーお願い', now },
      { user: 'b', text: 'バーコード払いの手数料っていくら？', now },
      { user: 'a', text: 'コンビニ払いの期限は？', now },
      { user: 'b', text: '口座振替は？', now },
      { user: 'a', text: 'はがきで', now },
      { user: 'a', text: 'make it the day before at 8pm', now },
      { text: '口座振替で', now },
    ]);
    expect(out[0]).toMatchObject({ intent: 'reminder_subscribe', effect: null });
    expect(out[0].actions.map((a: { id: string }) => a.id)).toContain('reminder.subscribe:postcard');
    expect(out[1]).toMatchObject({ intent: 'fees', effect: null });
    expect(out[2]).toMatchObject({ intent: 'deadline', effect: null });
    expect(out[3].text).toMatch(/口座振替）の請求手数料は無料/);
    expect(out[4].effect).toEqual({ op: 'subscribe', method: 'postcard', leadDays: [3, 0], sendHour: 9 });
    expect(out[5].effect).toEqual({ op: 'change', method: 'postcard', leadDays: [1], sendHour: 20 });
    // A line without a user stands alone, in the old shape.
    expect(Object.keys(out[6]).sort()).toEqual(['confidence', 'intent', 'lang', 'slots', 'text']);
  });

  it("presses a button of the user's last answer", () => {
    const out = jsonl([
      { user: 'c', text: 'remind me before my deadline', now },
      { user: 'c', action: 'reminder.subscribe:auto_debit', now },
      // Never shown to this user: pressed as a button that no longer works (QA #17).
      { user: 'c', action: 'reminder.list', now },
      { user: 'c', action: 'no such button', now },
    ]);
    expect(out[1].effect).toMatchObject({ op: 'subscribe', method: 'auto_debit' });
    expect(out[1].lang).toBe('en');
    expect(out[2]).toMatchObject({ effect: null });
    expect(out[2].text).toMatch(/no longer works/);
    expect(out[3]).toMatchObject({ effect: null });
    expect(out[3].text).toMatch(/no longer works/);
  });

  it('answers each line as soon as it is read', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn('node', ['scripts/run.mjs', 'src/cli/ask.ts', '--jsonl'], { stdio: 'pipe' });
    const first = new Promise<string>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve(d.toString())),
    );
    child.stdin.write(`${JSON.stringify({ user: 'd', text: 'はがきの期限は？', now })}\n`);
    expect(JSON.parse(await first)).toMatchObject({ intent: 'deadline' });
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });

  it('stops quietly when its reader stops early (| head)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn('node', ['scripts/run.mjs', 'src/cli/ask.ts', '--jsonl'], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const first = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const lines = `${JSON.stringify({ text: '手数料は？' })}\n`.repeat(5_000);
    child.stdin.on('error', () => {});
    child.stdin.write(lines);
    await first;
    child.stdout.destroy();
    child.stdin.end(lines);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });

  it('rejects malformed conversation lines one by one', () => {
    const out = jsonl([{ user: '', text: 'x' }, { action: 'reminder.stop' }, { user: 'e', action: 5 }]);
    expect(out.map((o) => o.error)).toEqual([
      expect.stringMatching(/user/),
      expect.stringMatching(/action/),
      expect.stringMatching(/action/),
    ]);
  });

  it('never promises what it cannot do without a user', () => {
    const result = ask(['通知を解除して']);
    expect(result.stdout).not.toMatch(/解除しました|解除します/);
    expect(result.stdout).toMatch(/チャット/);
  });
});
