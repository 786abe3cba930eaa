// The confirmation and the list always state the next deadline, with its date, its days left and
// the reminders still to come for it, or that none can (QA report 1, item 3: subscribing just
// before a deadline used to skip it without a word). Through the terminal chat, with a real store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { converse } from '../helpers/converse.js';

let store: Store;
beforeEach(async () => {
  store = await openStore('sqlite::memory:');
});
afterEach(async () => store.close());

const at = (iso: string) => new Date(`${iso}+09:00`);

describe('the next deadline, stated with every subscription', () => {
  it('2 days before the 10th, 3 days before only: the deadline, and that no reminder comes for it', async () => {
    await converse({ store, now: at('2026-12-08T10:00') })
      .say('remind me 3 days before, I pay at a konbini')
      .expect(/Next deadline: Thursday, 10 December 2026, in 2 days\. No more reminders will come for it/)
      .expect(/Next reminder: Thursday, 7 January 2027 9:00/)
      .say('list my reminders')
      .expect(/Next deadline: Thursday, 10 December 2026, in 2 days/);
  });

  it('2 days before the 10th, with the day of: that reminder is planned and said', async () => {
    await converse({ store, now: at('2026-12-08T10:00') })
      .say('コンビニ払いなのでリマインドして')
      .expect(/次の期限は2026年12月10日（木）、あと2日です。2026年12月10日（木） 9:00にお知らせします。/)
      .expectNot(/次のお知らせ/);
    const [first] = await store.listUpcoming('console', 'local', 1);
    expect(first).toMatchObject({ dueDate: '2026-12-10', leadDays: 0, sendAt: at('2026-12-10T09:00') });
  });

  it('on the deadline day after the send hour: today is the deadline', async () => {
    await converse({ store, now: at('2026-12-10T10:00') })
      .say('コンビニ払いなのでリマインドして')
      .expect(/本日2026年12月10日（木）がお支払い期限です。この期限のお知らせの時刻はもう過ぎています。/)
      .expect(/次のお知らせ: 2027年1月7日（木） 9:00/);
  });

  it('a debit moved to Monday: the moved date, why, and the days left', async () => {
    await converse({ store, now: at('2026-12-26T10:00') })
      .say('口座振替なので3日前に教えて')
      .expect(
        /次の引き落とし日は2026年12月28日（月）、あと2日です（27日が銀行の休業日のため翌営業日）。この引き落とし日のお知らせはもうありません/,
      )
      .expect(/次のお知らせ: 2027年1月24日（日） 9:00/);
  });

  it('the day before a debit: the reminder of tomorrow morning', async () => {
    await converse({ store, now: at('2026-12-26T10:00') })
      .say('remind me the day before, direct debit')
      .expect(
        /Next debit: Monday, 28 December 2026, in 2 days .*I will remind you on Sunday, 27 December 2026 at 9:00\./,
      );
  });
});
