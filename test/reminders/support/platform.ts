// A fake chat platform: records what the scheduler sends, and can be told to fail.
import type { SendFn, SendMeta } from '../../../src/reminders/scheduler.js';
import type { Answer } from '../../../src/types.js';

export interface SentMessage {
  destination: string;
  answer: Answer;
  meta: SendMeta;
}

export interface FakePlatform {
  send: SendFn;
  sent: SentMessage[];
  /** Errors to throw on the next sends, in order (then sends succeed again). */
  failNext(...errors: unknown[]): void;
}

export function fakePlatform(onSend?: (message: SentMessage) => void): FakePlatform {
  const sent: SentMessage[] = [];
  const failures: unknown[] = [];
  return {
    sent,
    failNext: (...errors) => failures.push(...errors),
    send: async (destination, answer, meta) => {
      if (failures.length > 0) throw failures.shift();
      const message = { destination, answer, meta };
      sent.push(message);
      onSend?.(message);
    },
  };
}
