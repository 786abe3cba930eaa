// Issue 8's kinds of conversation through the `ask --jsonl` CLI, as the scorer drives it: every
// user in one process, lines interleaved, each answer read before the next line (buttons are
// pressed by the id the previous answer offered).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Output {
  intent: string;
  lang: string;
  text: string;
  actions: { id: string; label: string }[];
  effect: null | Record<string, unknown>;
}

let child: ChildProcessWithoutNullStreams;
const pending: ((line: string) => void)[] = [];

beforeAll(() => {
  child = spawn('node', ['scripts/run.mjs', 'src/cli/ask.ts', '--jsonl'], { stdio: 'pipe' });
  createInterface({ input: child.stdout }).on('line', (line) => pending.shift()?.(line));
});
afterAll(() => {
  child.stdin.end();
});

let clock = Date.parse('2026-11-28T10:00:00+09:00');
async function send(line: Record<string, unknown>): Promise<Output> {
  clock += 30_000;
  const answer = new Promise<string>((resolve) => pending.push(resolve));
  child.stdin.write(`${JSON.stringify({ now: new Date(clock).toISOString(), ...line })}\n`);
  return JSON.parse(await answer) as Output;
}
const say = (user: string, text: string) => send({ user, text });
const press = (user: string, previous: Output, pattern: RegExp) => {
  const id = previous.actions.find((a) => pattern.test(a.id))?.id;
  if (!id) throw new Error(`no action ${pattern} in ${JSON.stringify(previous.actions)}`);
  return send({ user, action: id });
};

describe('conversations through the CLI', () => {
  it('requests vs questions (Why 3)', async () => {
    expect((await say('r1', 'ok thx, how do I get reminded?')).effect).toBeNull();
    expect(await say('r1', 'did I already set a reminder? show me what I have')).toMatchObject({
      intent: 'reminder_list',
      effect: null,
    });
    expect((await say('r1', '口座振替なので、リマインダーを設定して')).effect).toMatchObject({
      op: 'subscribe',
      method: 'auto_debit',
    });
    expect((await say('r1', '前日の夜8時に変えて')).effect).toEqual({
      op: 'change',
      method: 'auto_debit',
      leadDays: [1],
      sendHour: 20,
    });
  });

  it('open questions (Why 4), interleaved with another user', async () => {
    const asked = await say('o1', 'リマインダーを設定して');
    await say('o2', 'はがきで');
    expect(await say('o1', 'コンビニ払いの期限は？')).toMatchObject({ intent: 'deadline', effect: null });
    expect((await say('o1', 'はがきで2日前に教えて')).effect).toMatchObject({
      method: 'postcard',
      leadDays: [2],
    });
    // A button of an earlier answer still works: it changes the method, keeping 2日前.
    expect((await press('o1', asked, /barcode/)).effect).toMatchObject({ op: 'change', method: 'barcode' });
  });

  it('years (Why 5)', async () => {
    expect((await say('y1', '12/31に買ったら口座振替はいつ？')).text).toMatch(/2027年1月27日/);
    expect((await say('y1', '4月15日に買ったら')).text).toMatch(/2027年5月/);
    expect((await say('y2', 'Dec 31 purchase, paid at a konbini: when is it due?')).text).not.toMatch(/ago/);
  });

  it('structure (Why 6)', async () => {
    const negation = await say('s1', 'Not using the postcard, I use the barcode. Bought stuff on Nov 2');
    expect(negation.text).toMatch(/barcode[\s\S]*10 December 2026/);
    expect((await say('s2', '10/31と11/2にコンビニで買った分はいつまで？')).text).toMatch(
      /2026年11月10日[\s\S]*2026年12月10日/,
    );
    expect((await say('s3', 'Points festival or lottery? I last used atone in October 2023')).text).toMatch(
      /not eligible[\s\S]*you are eligible/,
    );
  });

  it('follow-ups (Why 7)', async () => {
    await say('f1', 'When is the konbini payment due?');
    const fee = await say('f1', 'and the fee?');
    expect(fee).toMatchObject({ intent: 'fees', effect: null });
    expect(fee.text).toMatch(/209 yen/);
    expect(fee.text).not.toMatch(/postcard|free/);
    await say('f2', 'Amazonでアトネ使える？');
    expect((await say('f2', 'じゃあ何なら使えるの？')).text).toMatch(/ペイディ/);
  });

  it('buttons: the confirm question and "forget me"', async () => {
    await say('b1', 'remind me 3 days before, I pay by barcode');
    const asked = await say('b1', 'forget me');
    expect(asked.effect).toBeNull();
    expect((await press('b1', asked, /^confirm:forget$/)).effect).toEqual({ op: 'forget' });
    expect((await say('b1', 'show me my reminders')).text).toMatch(/no reminders/);
  });
});

describe('the --jsonl contract (QA #17)', () => {
  it("presses only a button of the user's last answer", async () => {
    await say('k1', 'コンビニ払いの期限は？');
    const forget = await send({ user: 'k1', action: 'confirm:forget' });
    expect(forget.text).toMatch(/このボタンはもう使えません/);
    expect(forget.effect).toBeNull();
    const stranger = await send({ user: 'k2', action: 'reminder.subscribe:store' });
    expect(stranger.effect).toBeNull();
  });

  it('refuses a `now` on a day that does not exist, and gives every answer its slots', async () => {
    const bad = (await send({ user: 'k3', text: 'x', now: '2026-02-30T09:00:00+09:00' })) as unknown as {
      error: string;
    };
    expect(bad.error).toMatch(/"now" must be an ISO-8601 date-time/);
    const help = (await say('k3', 'help')) as unknown as { slots: unknown };
    expect(help.slots).toEqual({});
  });
});
