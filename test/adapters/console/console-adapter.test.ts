import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open.js';
import { converse } from '../../helpers/converse.js';

describe('console chat', () => {
  it('answers each line in the language of the question', async () => {
    await converse()
      .say('コンビニ払いの期限は？')
      .expect(/2026年12月10日（木）/)
      .say('Does Amazon take atone?')
      .expect(/No\./);
  });

  it('offers actions as /number commands and carries them out', async () => {
    await converse()
      .say('Amazonの支払い')
      .say('/9')
      .expect(/その番号の選択肢はありません|No such choice/);
  });

  it("an older answer's choices are out of reach once something was typed since", async () => {
    const store = await openStore('sqlite::memory:');
    await converse({ store, now: new Date('2026-11-28T10:00:00+09:00') })
      .say('remind me 3 days before, I pay by bank debit')
      .say('stop reminding me')
      .expect(/\[\/1\]/)
      .say('what is atone?')
      .say('/1')
      .expect(/No such choice/)
      .expectNot(/Reminder set|I will remind you/);
    expect(await store.getSubscription('console', 'local')).toMatchObject({ active: false });
    await store.close();
  });

  it('answers /help and ignores blank lines', async () => {
    await converse()
      .say('')
      .say('/help')
      .expect(/できること|What atone-bot can do/);
  });

  it('answers a failed turn with the one apology, never the internal error', async () => {
    const failing = {
      respond: async () => {
        throw new Error('SQLITE_CORRUPT: secret internals');
      },
      act: async () => {
        throw new Error('boom');
      },
      reminders: async () => ({ upcoming: [], recent: [] }),
    };
    const transcript = await converse({ assistant: failing }).say('はがきの期限は？').transcript();
    expect(transcript).toMatch(/すみません、うまくお答えできませんでした/);
    expect(transcript).not.toMatch(/SQLITE|secret/);
  });

  it('survives hostile input without losing the next question', async () => {
    await converse()
      .say('🙂'.repeat(20_000))
      .say("'; DROP TABLE users; --")
      .say('はがきの期限は？')
      .expect(/12月20日/);
  });

  it('works as `echo question | npm start` with no platform tokens', () => {
    const result = spawnSync('node', ['scripts/run.mjs', 'adapters/main.ts'], {
      input: 'Amazonで使える？\n',
      encoding: 'utf8',
      env: { ...process.env, SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', SLACK_APP_TOKEN: '' },
      timeout: 20_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/いいえ。/);
    expect(result.status).toBe(0);
  });

  it('stops at start with a message naming a malformed variable', () => {
    const result = spawnSync('node', ['scripts/run.mjs', 'adapters/main.ts'], {
      input: '',
      encoding: 'utf8',
      env: { ...process.env, SLACK_BOT_TOKEN: 'not-a-token', DISCORD_TOKEN: '' },
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/SLACK_BOT_TOKEN must start with "xoxb-"/);
    expect(result.stderr).not.toMatch(/not-a-token/);
  });
});
