// Issue 3's "done means", in the terminal: subscribe, move the clock, the reminder arrives once,
// mark it paid, no more for that deadline.
import { afterEach, beforeEach, describe, it } from 'vitest';
import { createAssistant } from '../../../src/assistant.js';
import { createBot } from '../../../src/bot.js';
import { defaultKnowledgeBase } from '../../../src/knowledge.js';
import { createScheduler } from '../../../src/reminders/scheduler.js';
import { createReminderService } from '../../../src/reminders/service.js';
import { openStore } from '../../../src/store/open.js';
import type { ReminderStore } from '../../../src/store/port.js';
import { converse } from '../../helpers/converse.js';

let store: ReminderStore;
beforeEach(async () => {
  store = await openStore('sqlite::memory:');
});
afterEach(async () => store.close());

/**
 * The terminal chat with a real reminder service on this test's store, at the given clock. Not
 * async: a conversation is awaited to end it, so it must not be returned from a promise.
 */
function reminderChat(now: () => Date) {
  const kb = defaultKnowledgeBase();
  const reminders = createReminderService({ store, kb, now });
  return converse({ assistant: createAssistant({ bot: createBot({ kb }), reminders, kb, now }), now });
}

describe('reminders in the terminal', () => {
  it('arrive once at the planned time, and stop once the deadline is paid', async () => {
    let now = new Date('2026-11-27T10:00:00+09:00');
    const conversation = reminderChat(() => now);
    const scheduler = createScheduler({
      store,
      kb: defaultKnowledgeBase(),
      now: () => now,
      workerId: 'test',
      paceMs: 0,
      send: (destination, answer) => conversation.chat.send(destination, answer),
    });
    const at = (iso: string) => () => {
      now = new Date(iso);
    };

    await conversation
      .say('口座振替なので3日前に教えて')
      .expect(/3日前、9時にお知らせします/)
      .expect(/次のお知らせ: 2026年12月25日（金） 9:00/)
      // Nothing is due yet.
      .step(() => scheduler.tick())
      .expectNot(/期限/)
      // The morning it is due: it arrives, once, with the Paid and Snooze commands.
      .step(at('2026-12-25T09:00:30+09:00'))
      .step(() => scheduler.tick())
      .expect(/2026年12月28日（月）/)
      .expect(/\[\/1\] 支払い済み/)
      .step(() => scheduler.tick())
      .expectNot(/2026年12月28日/)
      // Paid: no reminder for that deadline any more, even on the day itself.
      .say('/1')
      .expect(/支払い済みにしました/)
      // The list shows what was sent, and its own button to stop them (now /1).
      .say('reminders')
      .expect(/送信済み/)
      .expect(/\[\/1\] 解除する/)
      .step(at('2026-12-28T09:00:30+09:00'))
      .step(() => scheduler.tick())
      .expectNot(/2026年12月28日/);
  });

  it('asks for the method, then takes a bare answer', async () => {
    await reminderChat(() => new Date('2026-11-27T10:00:00+09:00'))
      .say('期限が近づいたら教えて')
      .expect(/お支払い方法はどれですか/)
      .say('はがき')
      .expect(/はがき請求書の期限の3日前・当日、9時にお知らせします/)
      .say('通知を解除して')
      .expect(/解除しました/)
      .say('リマインダー一覧')
      .expect(/設定中のリマインダーはありません/);
  });
});

describe('reminder settings by asking', () => {
  it('takes the hour and the days before from the question', async () => {
    await reminderChat(() => new Date('2026-11-27T10:00:00+09:00'))
      .say('コンビニ払いなので前日の夜8時に教えて')
      .expect(/前日、20時にお知らせします/)
      .say('remind me 2 days before at 7am, I pay by direct debit')
      .expect(/2 days before, at 7:00/);
  });
});

describe('changing reminder settings by asking', () => {
  it('keeps the method and lead days when only quiet hours or the lead time change', async () => {
    await reminderChat(() => new Date('2026-11-27T10:00:00+09:00'))
      .say('はがきなので2日前に教えて')
      .expect(/はがき請求書の期限の2日前、9時にお知らせします/)
      .say('夜10時から朝7時は通知しないで')
      .expect(/はがき請求書の期限の2日前、9時にお知らせします/)
      .expect(/22時〜7時は送りません/)
      .say('前日に変えて')
      .expect(/はがき請求書の期限の前日、9時にお知らせします/)
      .expect(/22時〜7時は送りません/);
  });
});
