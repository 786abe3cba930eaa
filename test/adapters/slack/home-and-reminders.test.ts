import { describe, expect, it } from 'vitest';
import { HOME_ACTIONS, renderHome } from '../../../adapters/slack/home-view.js';
import { OUTCOME_BLOCK_ID, settleReminderBlocks } from '../../../adapters/slack/reminder-click.js';
import { renderAnswer } from '../../../adapters/slack/render-answer.js';
import { defaultKnowledgeBase } from '../../../src/knowledge.js';
import { reminderAnswer } from '../../../src/reminders/reminder-answer.js';
import type { Subscription } from '../../../src/reminders/subscription.js';
import type { Delivery } from '../../../src/store/port.js';

const kb = defaultKnowledgeBase();
// 27 November 2026, 10:00 in Tokyo.
const now = new Date('2026-11-27T01:00:00Z');

const subscription: Subscription = {
  id: 'sub-1',
  platform: 'slack',
  userId: 'U1',
  destination: 'slack:user:U1',
  method: 'auto_debit',
  leadDays: [3, 0],
  sendHour: 9,
  lang: 'ja',
  active: true,
  createdAt: now,
  updatedAt: now,
};

const delivery = (overrides: Partial<Delivery>): Delivery => ({
  id: '1',
  subscriptionId: 'sub-1',
  dueDate: '2026-12-28',
  leadDays: 3,
  origin: 'plan',
  sendAt: new Date('2026-12-25T00:00:00Z'),
  status: 'pending',
  attempts: 0,
  nextAttemptAt: new Date('2026-12-25T00:00:00Z'),
  late: false,
  updatedAt: now,
  ...overrides,
});

type Block = {
  type: string;
  text?: { text: string };
  fields?: Array<{ text: string }>;
  elements?: Array<Record<string, unknown>>;
};
const texts = (blocks: readonly unknown[]) =>
  (blocks as Block[]).flatMap((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)]).join('\n');

describe('App Home', () => {
  it('shows the method, the next deadline with its date, the settings and the reminders', () => {
    const view = renderHome({
      subscription,
      upcoming: [delivery({})],
      recent: [
        delivery({
          id: '2',
          dueDate: '2026-11-27',
          status: 'sent',
          sentAt: new Date('2026-11-24T00:00:00Z'),
        }),
      ],
      kb,
      now: new Date('2026-12-01T01:00:00Z'),
    });
    const text = texts(view.blocks);
    expect(view.type).toBe('home');
    expect(text).toContain('*お支払い方法*\n銀行口座からの自動振替（口座振替）');
    // The 27th of December 2026 is a Sunday: the debit moves to Monday the 28th.
    expect(text).toContain('*次の期限*\n2026年12月28日（月）（あと27日）');
    expect(text).toContain('オン: 期限の3日前と当日、9時に DM でお知らせします。');
    expect(text).toContain('• 2026年12月25日（金） 9:00 — 期限 2026年12月28日（月）');
    expect(text).toContain('• 2026年11月24日（火） 9:00 — 期限 2026年11月27日（金） 送信済み');
    const controls = (view.blocks as Block[]).find((b) => b.type === 'actions')?.elements ?? [];
    expect(controls.map((c) => c.action_id)).toEqual([
      HOME_ACTIONS.method,
      HOME_ACTIONS.leadDays,
      HOME_ACTIONS.stop,
    ]);
    expect(controls[0]?.initial_option).toMatchObject({ value: 'auto_debit' });
    expect(controls[1]?.initial_option).toMatchObject({ value: '3,0' });
  });

  it("without a subscription, lists every method's next deadline and offers only the method select", () => {
    const view = renderHome({ upcoming: [], recent: [], kb, now });
    const text = texts(view.blocks);
    expect(text).toContain('• はがき請求書: 2026年12月20日（日）');
    expect(text).toMatch(/オフ。/);
    const controls = (view.blocks as Block[]).find((b) => b.type === 'actions')?.elements ?? [];
    expect(controls.map((c) => c.action_id)).toEqual([HOME_ACTIONS.method]);
  });

  it("offers the user's own lead days even when they are not a preset", () => {
    const view = renderHome({
      subscription: { ...subscription, leadDays: [5], lang: 'en' },
      upcoming: [],
      recent: [],
      kb,
      now,
    });
    const controls = (view.blocks as Block[]).find((b) => b.type === 'actions')?.elements ?? [];
    expect(controls[1]?.initial_option).toEqual({
      text: { type: 'plain_text', text: '5 days before' },
      value: '5',
    });
  });
});

describe('settling a reminder after a click', () => {
  const reminder = renderAnswer(
    reminderAnswer({
      kb,
      subscription,
      delivery: { id: '42', dueDate: '2026-12-28', sendAt: now },
      now,
      late: false,
    }),
  );
  const buttons = () => (reminder.blocks as Block[]).find((b) => b.type === 'actions')?.elements ?? [];

  it('Snooze removes itself and keeps Paid; Paid removes every button; the outcome is written below', () => {
    const snoozeId = String(buttons()[1]?.action_id);
    const afterSnooze = settleReminderBlocks(reminder.blocks, {
      clickedActionId: snoozeId,
      removeAllButtons: false,
      outcome: '明日の朝にもう一度',
    }) as Block[];
    expect(afterSnooze.find((b) => b.type === 'actions')?.elements?.map((e) => e.action_id)).toEqual([
      buttons()[0]?.action_id,
    ]);
    expect(afterSnooze.at(-1)).toMatchObject({ type: 'context', block_id: OUTCOME_BLOCK_ID });

    const afterPaid = settleReminderBlocks(afterSnooze, {
      clickedActionId: String(buttons()[0]?.action_id),
      removeAllButtons: true,
      outcome: '支払い済み <ok>',
    }) as Block[];
    expect(afterPaid.some((b) => b.type === 'actions')).toBe(false);
    expect(afterPaid.filter((b) => (b as { block_id?: string }).block_id === OUTCOME_BLOCK_ID)).toHaveLength(
      1,
    );
    expect(afterPaid.at(-1)?.elements?.[0]?.text).toBe('→ 支払い済み &lt;ok&gt;');
    expect(afterPaid[0]?.type).toBe('header');
  });
});
