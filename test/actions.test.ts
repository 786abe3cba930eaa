import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Action, decodeAction, encodeAction, MAX_ACTION_ID_LENGTH } from '../src/actions.js';
import { METHOD_IDS } from '../src/domain/methods.js';
import { INTENT_NAMES } from '../src/types.js';

const subscribe = fc
  .record(
    {
      kind: fc.constant('subscribe' as const),
      method: fc.constantFrom(...METHOD_IDS),
      leadDays: fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 5 }),
      addLeadDays: fc.constant(true as const),
      sendHour: fc.integer({ min: 0, max: 23 }),
    },
    { requiredKeys: ['kind'] },
  )
  // (Lead days added to those set are lead days: the flag goes with them.)
  .filter((a) => !a.addLeadDays || a.leadDays !== undefined);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom(...INTENT_NAMES).map((intent) => ({ kind: 'ask' as const, intent })),
  subscribe,
  fc.constant({ kind: 'unsubscribe' as const }),
  fc.constant({ kind: 'list' as const }),
  fc.record({
    kind: fc.constant('paid' as const),
    subscriptionId: fc.uuid(),
    due: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  }),
  fc
    .bigInt({ min: 1n, max: 9_223_372_036_854_775_807n })
    .map((n) => ({ kind: 'snooze' as const, deliveryId: String(n) })),
  fc.constant({ kind: 'forget' as const }),
  fc
    .oneof(subscribe, fc.constant({ kind: 'unsubscribe' as const }), fc.constant({ kind: 'forget' as const }))
    .map((inner) => ({
      kind: 'confirm' as const,
      action: inner,
    })),
  fc.constant({ kind: 'cancel' as const }),
);

describe('action ids', () => {
  it('round-trip, and fit every platform', () => {
    fc.assert(
      fc.property(action, (a) => {
        const id = encodeAction(a);
        expect(id.length).toBeLessThanOrEqual(MAX_ACTION_ID_LENGTH);
        expect(id).toMatch(/^[\x21-\x7e]+$/);
        expect(decodeAction(id)).toEqual(a);
      }),
    );
  });

  it('still read the ids of buttons already sent', () => {
    expect(decodeAction('reminder.paid:sub-1:2026-12-10')).toEqual({
      kind: 'paid',
      subscriptionId: 'sub-1',
      due: '2026-12-10',
    });
    expect(decodeAction('reminder.snooze:123')).toEqual({ kind: 'snooze', deliveryId: '123' });
    expect(decodeAction('reminder.subscribe:barcode:0')).toEqual({
      kind: 'subscribe',
      method: 'barcode',
      leadDays: [0],
    });
    expect(decodeAction('reminder.subscribe')).toEqual({ kind: 'subscribe' });
    expect(decodeAction('ask:fees')).toEqual({ kind: 'ask', intent: 'fees' });
  });

  it('reject anything malformed', () => {
    for (const bad of [
      '',
      'reminder.snooze:',
      'reminder.snooze:abc',
      'reminder.paid:sub:2026-12',
      'reminder.paid::2026-12-10',
      'reminder.paid:a:b:2026-12-10',
      'reminder.subscribe:cash',
      'reminder.subscribe:store:99',
      'reminder.subscribe:store:3:24',
      'ask:weather',
      'confirm:ask:fees',
      'confirm:',
      'deadline:store',
      'reminder.snooze:1; DROP TABLE deliveries',
      `ask:${'x'.repeat(200)}`,
    ]) {
      expect(decodeAction(bad), bad).toBeUndefined();
    }
  });

  it('never throw, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void decodeAction(s)));
  });
});
