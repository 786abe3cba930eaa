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
