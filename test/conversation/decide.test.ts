// The conversation's decision, pure: state + message + time in, turn + state out.
import { describe, expect, it } from 'vitest';
import { type Action, decodeAction } from '../../src/actions.js';
import { createBot } from '../../src/bot.js';
import { type Decision, decide, type Turn } from '../../src/conversation/decide.js';
import type { ConversationState } from '../../src/conversation/state.js';
import type { Message } from '../../src/types.js';

const bot = createBot();
const T0 = new Date('2026-11-28T10:00:00+09:00');

function message(text: string, extra: Partial<Message> = {}): Message {
  return { platform: 'cli', userId: 'u', channelId: 'c', text, receivedAt: T0, ...extra };
}

/** Plays the turns in order (each 30 s after the last), returning every decision. */
function play(
  texts: readonly (string | { press: Action } | { text: string; extra: Partial<Message> })[],
  start: ConversationState = {},
) {
  let state = start;
  const decisions: Decision[] = [];
  texts.forEach((item, i) => {
    const now = new Date(T0.getTime() + i * 30_000);
    const decision =
      typeof item === 'string'
        ? decide(state, { kind: 'message', understanding: bot.understand(message(item), now) }, now)
        : 'press' in item
          ? decide(
              state,
              { kind: 'button', action: item.press, understanding: bot.understand(message(''), now) },
              now,
            )
          : decide(
              state,
              { kind: 'message', understanding: bot.understand(message(item.text, item.extra), now) },
              now,
            );
    decisions.push(decision);
    state = decision.state;
  });
  return decisions;
}

const last = (decisions: Decision[]): Turn => decisions.at(-1)?.turn as Turn;

function answerOf(turn: Turn) {
  if (turn.kind !== 'answer') throw new Error(`expected an answer, got ${JSON.stringify(turn)}`);
  return turn;
}

describe('follow-ups resolve against the last answer', () => {
  it('「口座振替は？」 after a fee answer is that fee', () => {
    const turn = answerOf(last(play(['バーコード払いの手数料っていくら？', '口座振替は？'])));
    expect(turn.reading.intent).toBe('fees');
    expect(turn.slots.method).toBe('auto_debit');
  });

  it('「じゃあはがきは？」 after a deadline answer is the deadline for はがき, for the same purchase', () => {
    const turn = answerOf(last(play(['11月20日にコンビニで買った分の期限は？', 'じゃあはがきは？'])));
    expect(turn.reading.intent).toBe('deadline');
    expect(turn.slots.method).toBe('postcard');
    expect(turn.slots.date).toMatchObject({ kind: 'day', date: { year: 2026, month: 11, day: 20 } });
  });

  it('"and the fee?" after a konbini answer is the konbini fee', () => {
    const turn = answerOf(last(play(['When is the konbini payment due?', 'and the fee?'])));
    expect(turn.reading.intent).toBe('fees');
    expect(turn.slots.method).toBe('store');
  });

  it.each(['じゃあ何なら使えるの？', 'what can I use instead?'])(
    '%s after the Amazon answer is about Amazon',
    (followUp) => {
      const turn = answerOf(last(play(['Can I use atone on Amazon?', followUp])));
      // Either Amazon answer does: that atone is not taken there, or what is.
      expect(['amazon', 'amazon_payment_methods']).toContain(turn.reading.intent);
      expect(turn.follows).toBe('amazon');
    },
  );

  it('a purchase date in one turn and the method in the next give one deadline', () => {
    const turn = answerOf(last(play(['I bought a jacket on November 20.', 'I pay at a convenience store'])));
    expect(turn.reading.intent).toBe('deadline');
    expect(turn.slots).toMatchObject({ method: 'store', date: { date: { month: 11, day: 20 } } });
  });

  it('a complete new question starts afresh', () => {
    const decisions = play([
      '11月20日にコンビニで買った分の期限は？',
      'Amazonでアトネ使える？',
      '12月3日に買ったものを口座振替で払うといつ？',
    ]);
    expect(answerOf(decisions[1]?.turn as Turn).reading.intent).toBe('amazon');
    const third = answerOf(last(decisions));
    expect(third.slots).toMatchObject({ method: 'auto_debit', date: { date: { month: 12, day: 3 } } });
    expect(third.follows).toBeUndefined();
  });

  it('keeps a date only where it means the same: a purchase is not a last use', () => {
    const turn = answerOf(last(play(['11月20日に買った分の期限は？', 'キャンペーンの対象？'])));
    expect(['campaigns', 'campaign_eligibility']).toContain(turn.reading.intent);
    expect(turn.slots.date).toBeUndefined();
  });

  it('forgets the topic after ten minutes', () => {
    const first = play(['バーコード払いの手数料っていくら？'])[0] as Decision;
    // The store drops the state at expiry; the decision then starts from nothing.
    const later = new Date(T0.getTime() + 11 * 60_000);
    const turn = decide(
      {},
      { kind: 'message', understanding: bot.understand(message('口座振替は？'), later) },
      later,
    );
    expect(first.state.topic?.intent).toBe('fees');
    expect(turn.turn.kind === 'answer' && turn.turn.follows).toBeFalsy();
  });
});

describe('open questions capture only an answer that fits', () => {
  // The question itself is opened by the reminder conversation, when no method is on file either.
  const awaitingMethod: ConversationState = {
    open: { kind: 'method', request: { op: 'subscribe' }, until: '2026-11-28T10:10:00+09:00' },
  };

  it('a bare method answers "which method?"', () => {
    expect(last(play(['リマインダーお願い']))).toEqual({ kind: 'remind', request: { op: 'subscribe' } });
    for (const answer of [
      '口座振替で',
      '口座振替',
      '口座振替でお願いします',
      'direct debit please',
      'I use direct debit',
    ]) {
      expect(last(play([answer], awaitingMethod)), answer).toEqual({
        kind: 'remind',
        request: { op: 'subscribe', method: 'auto_debit' },
      });
    }
  });

  it('a question in between is answered, and the open question waits', () => {
    const withOpen: ConversationState = {
      open: {
        kind: 'method',
        request: { op: 'subscribe', leadDays: [1] },
        until: '2026-11-28T10:10:00+09:00',
      },
    };
    const decisions = play(['コンビニ払いの期限は？', 'じゃあはがきは？', 'はがきで'], withOpen);
    expect(answerOf(decisions[0]?.turn as Turn).reading.intent).toBe('deadline');
    expect(answerOf(decisions[1]?.turn as Turn).slots.method).toBe('postcard');
    expect(decisions[1]?.state.open?.kind).toBe('method');
    expect(last(decisions)).toEqual({
      kind: 'remind',
      request: { op: 'subscribe', leadDays: [1], method: 'postcard' },
    });
  });

  it('「はがきで2日前に教えて」 completes it with what it says', () => {
    const turn = last(play(['はがきで2日前に教えて'], awaitingMethod));
    expect(turn).toEqual({ kind: 'remind', request: { op: 'subscribe', method: 'postcard', leadDays: [2] } });
  });

  it('stops waiting after ten minutes', () => {
    const open: ConversationState = {
      open: { kind: 'method', request: { op: 'subscribe' }, until: '2026-11-28T09:59:00+09:00' },
    };
    const turn = last(play(['口座振替で'], open));
    expect(turn.kind).toBe('answer');
  });

  it('a Discord option naming a method is a question, never an answer to "which method?"', () => {
    const open: ConversationState = {
      open: { kind: 'method', request: { op: 'subscribe' }, until: '2026-11-28T10:10:00+09:00' },
    };
    const turn = last(
      play([{ text: '', extra: { intent: 'deadline', slots: { method: 'barcode' } } }], open),
    );
    expect(answerOf(turn).reading.intent).toBe('deadline');
  });

  it('a yes or a no answers "shall I?"', () => {
    const open: ConversationState = {
      open: { kind: 'confirm', action: { kind: 'unsubscribe' }, until: '2026-11-28T10:10:00+09:00' },
    };
    expect(last(play(['はい'], open))).toEqual({ kind: 'remind', request: { op: 'unsubscribe' } });
    expect(last(play(['no thanks'], open))).toEqual({ kind: 'cancelled' });
    // Answered by the next turn or not at all: after another question, "はい" acknowledges that answer.
    const other = play(['コンビニ払いの期限は？', 'はい'], open);
    expect(other[0]?.turn.kind).toBe('answer');
    expect(other[0]?.state.open).toBeUndefined();
    expect(last(other).kind).toBe('answer');
  });
});

describe('reminders change only on request', () => {
  it.each([
    'ok thx, how do I get reminded?',
    'can I get reminders?',
    'リマインダーってどうやって設定するの？',
  ])('%s is explained', (text) => {
    const turn = last(play([text]));
    expect(turn.kind).toBe('answer');
  });

  it('a listing request lists', () => {
    expect(last(play(['Can you show me my reminders?']))).toEqual({
      kind: 'remind',
      request: { op: 'list' },
    });
  });

  it.each([
    ['前日と当日に教えて', { op: 'subscribe', leadDays: [1, 0] }],
    ['はがきで2日前に教えて', { op: 'subscribe', method: 'postcard', leadDays: [2] }],
    ['前日の夜8時に変えて', { op: 'subscribe', leadDays: [1], sendHour: 20 }],
    ['remind me 3 days before, I pay by barcode', { op: 'subscribe', method: 'barcode', leadDays: [3] }],
    ['通知を解除して', { op: 'unsubscribe' }],
  ])('%s is carried out', (text, request) => {
    expect(last(play([text]))).toEqual({ kind: 'remind', request });
  });

  it('asks back with a confirm button when the request is uncertain', () => {
    const understanding = bot.understand(message('口座振替でリマインダー'), T0);
    const unsure = { ...understanding, reading: { intent: 'reminder_subscribe' as const, confidence: 0.3 } };
    const { turn, state } = decide({}, { kind: 'message', understanding: unsure }, T0);
    expect(turn).toEqual({ kind: 'confirm', action: { kind: 'subscribe', method: 'auto_debit' } });
    expect(state.open).toMatchObject({ kind: 'confirm', action: { kind: 'subscribe' } });
  });

  it('without a method, an uncertain request is carried out only as far as "which method?" (or asked back)', () => {
    const understanding = bot.understand(message('リマインダー'), T0);
    const unsure = { ...understanding, reading: { intent: 'reminder_subscribe' as const, confidence: 0.3 } };
    const { turn } = decide({}, { kind: 'message', understanding: unsure }, T0);
    expect(turn).toEqual({ kind: 'remind', request: { op: 'subscribe' }, confirmFirst: true });
  });

  it('buttons act, and a confirm does what it says', () => {
    const press = (id: string) => ({ press: decodeAction(id) as Action });
    expect(last(play([press('reminder.subscribe:store:1-0:20')]))).toEqual({
      kind: 'remind',
      request: { op: 'subscribe', method: 'store', leadDays: [1, 0], sendHour: 20 },
    });
    expect(last(play([press('confirm:reminder.stop')]))).toEqual({
      kind: 'remind',
      request: { op: 'unsubscribe' },
    });
    expect(last(play([press('cancel')]))).toEqual({ kind: 'cancelled' });
    expect(last(play([press('reminder.paid:s1:2026-12-10')]))).toEqual({
      kind: 'act',
      action: { kind: 'paid', subscriptionId: 's1', due: '2026-12-10' },
    });
  });
});
