import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../src/actions.js';
import { reminderAnswer } from '../../src/reminders/reminder-answer.js';
import { kb } from './support/kb.js';

const jst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);
const delivery = { id: '42', dueDate: '2026-12-10', sendAt: jst('2026-12-07T09:00') };

describe('the reminder message', () => {
  it('says the method, the date with its weekday, the days left, the fee and the cost of missing it (ja)', () => {
    const answer = reminderAnswer({
      kb,
      subscription: { id: 'sub-1', method: 'store', lang: 'ja' },
      delivery,
      now: jst('2026-12-07T09:00'),
      late: false,
    });
    expect(answer.lang).toBe('ja');
    expect(answer.text).toContain('atone のお支払い期限まであと3日です。');
    expect(answer.text).toContain('コンビニ端末・銀行ATM（Pay-easy）');
    expect(answer.text).toContain('期限：2026年12月10日（木）');
    expect(answer.text).toContain('手数料：209円');
    expect(answer.text).toContain(kb.facts.late_payment.text.ja);
    expect(answer.facts?.map((f) => f.value)).toContain('あと3日');
    expect(answer.actions).toEqual([
      { id: 'reminder.paid:sub-1:2026-12-10', label: '支払い済み / Paid' },
      { id: 'reminder.snooze:42', label: '明日また / Snooze' },
    ]);
    expect(answer.actions?.map((a) => decodeAction(a.id))).toEqual([
      { kind: 'paid', subscriptionId: 'sub-1', due: '2026-12-10' },
      { kind: 'snooze', deliveryId: '42' },
    ]);
    expect(answer.sources?.map((s) => s.url)).toEqual([
      kb.methods.find((m) => m.id === 'store')?.source.url,
      kb.facts.late_payment.source.url,
    ]);
  });

  it('says the auto-debit is free and why its date moved (en)', () => {
    const answer = reminderAnswer({
      kb,
      subscription: { id: 'sub-2', method: 'auto_debit', lang: 'en' },
      delivery: { id: '7', dueDate: '2026-12-28', sendAt: jst('2026-12-27T09:00') },
      now: jst('2026-12-27T09:00'),
      late: false,
    });
    expect(answer.text).toContain('debited from your bank account tomorrow');
    expect(answer.text).toContain(
      'Monday, 28 December 2026 (the 27th is not a bank business day, so the next one)',
    );
    expect(answer.text).toContain('Fee: free');
    expect(answer.text).toContain(kb.facts.late_payment.text.en);
  });

  it('opens with 遅れてのお知らせ / Late notice when late, and offers no snooze on the deadline day', () => {
    const late = { kb, delivery, now: jst('2026-12-10T10:00'), late: true };
    const ja = reminderAnswer({ ...late, subscription: { id: 's', method: 'postcard', lang: 'ja' } });
    const en = reminderAnswer({ ...late, subscription: { id: 's', method: 'postcard', lang: 'en' } });
    expect(ja.text.split('\n')[0]).toBe(
      '遅れてのお知らせ：本来は2026年12月7日（月）9:00にお送りする予定でした。',
    );
    expect(en.text.split('\n')[0]).toBe(
      'Late notice: this reminder was due on Monday, 7 December 2026 at 9:00.',
    );
    expect(ja.text).toContain('今日が atone のお支払い期限です。');
    expect(ja.actions?.map((a) => a.id)).toEqual(['reminder.paid:s:2026-12-10']);
  });
});
