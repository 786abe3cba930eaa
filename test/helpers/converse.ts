// converse(): drives the real console adapter through streams, one question at a time.
//   await converse().say('コンビニ払いの期限は？').expect(/10日/)
// With `store`, reminders are kept in it (a real reminder service), as in `npm start`.
import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.js';
import type { PlatformAdapter } from '../../adapters/platform.js';
import { type Assistant, createAssistant } from '../../src/assistant.js';
import { createBot } from '../../src/bot.js';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { createReminderService } from '../../src/reminders/service.js';
import type { ReminderStore } from '../../src/store/port.js';

export interface Conversation {
  /** The console adapter itself, e.g. to deliver reminders to it. */
  readonly chat: PlatformAdapter;
  say(text: string): Conversation;
  /** Runs something between turns (move the clock, run the scheduler) and keeps what it printed as the last output. */
  step(run: () => Promise<unknown> | unknown): Conversation;
  expect(pattern: RegExp): Conversation;
  expectNot(pattern: RegExp): Conversation;
  /** Everything the chat printed so far. */
  transcript(): Promise<string>;
  /** Awaiting the conversation ends the input and waits for the chat to finish. */
  then: Promise<void>['then'];
}

export interface ConverseOptions {
  now?: Date | (() => Date);
  assistant?: Assistant;
  /** Keep reminders in this store (ignored when `assistant` is given). */
  store?: ReminderStore;
}

export function converse(options: ConverseOptions = {}): Conversation {
  const clock = options.now ?? new Date('2026-11-27T10:00:00+09:00');
  const now = typeof clock === 'function' ? clock : () => clock;
  const kb = defaultKnowledgeBase();
  const reminders = options.store ? createReminderService({ store: options.store, kb, now }) : undefined;
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const assistant =
    options.assistant ??
    createAssistant({ bot: createBot({ kb }), kb, now, ...(reminders ? { reminders } : {}) });
  const chat = createConsoleAdapter({ assistant, input, output, interactive: false, now });
  const running = chat.start();

  // Each step waits for the answer to the previous line before checking it.
  let chain: Promise<string> = Promise.resolve('');
  const answerTo = async (text: string) => {
    const before = printed.length;
    input.write(`${text}\n`);
    for (let i = 0; i < 200 && printed.length === before; i++) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 5));
    return printed.slice(before);
  };

  const conversation: Conversation = {
    chat,
    step(run) {
      chain = chain.then(async () => {
        const before = printed.length;
        await run();
        return printed.slice(before);
      });
      return conversation;
    },
    say(text) {
      chain = chain.then(() => answerTo(text));
      return conversation;
    },
    expect(pattern) {
      chain = chain.then((last) => {
        expect(last).toMatch(pattern);
        return last;
      });
      return conversation;
    },
    expectNot(pattern) {
      chain = chain.then((last) => {
        expect(last).not.toMatch(pattern);
        return last;
      });
      return conversation;
    },
    async transcript() {
      await chain;
      return printed;
    },
    // biome-ignore lint/suspicious/noThenProperty: awaiting a conversation is how a test ends it.
    then(resolve, reject) {
      const finished = chain.then(async () => {
        input.end();
        await running;
      });
      return finished.then(resolve, reject);
    },
  };
  return conversation;
}
