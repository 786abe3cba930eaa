// The terminal through streams: one user, one conversation; each line typed gets one printed
// block, so blocks are matched to lines in order. Buttons are numbered commands (/1, /2…).
import { PassThrough } from 'node:stream';
import { createConsoleAdapter } from '../../../../adapters/console/console-adapter.js';
import type { PlatformAdapter } from '../../../../adapters/platform.js';
import { type BotMessage, type ContractDriver, type DriverUser, waitFor } from '../driver.js';

export function consoleDriver(): ContractDriver<DriverUser> {
  const input = new PassThrough();
  const output = new PassThrough();
  /** Printed blocks, in order, each marked as a reply to a typed line or as a send(). */
  const blocks: Array<{ text: string; line?: number }> = [];
  let typed = 0;
  let answered = 0;
  let sending = false;
  let adapter: PlatformAdapter | undefined;

  output.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8').trim();
    blocks.push(sending ? { text } : { text, line: answered++ });
  });

  const seen = (text: string): BotMessage => ({
    chat: 'local',
    text,
    buttons: [...text.matchAll(/\[\/\d+\] (.+?)(?= {2}|$)/gm)].map((m) => m[1] as string),
    raw: text,
  });

  return {
    platform: 'console',
    cannot: {
      channels: 'the terminal is one conversation',
      ownMessages: 'only the user types in the terminal',
      otherBots: 'only the user types in the terminal',
    },
    async start({ deps }) {
      const chat = createConsoleAdapter({
        assistant: deps.assistant,
        input,
        output,
        interactive: false,
        now: deps.now,
      });
      void chat.start();
      // What send() prints is a reminder, not the answer to a typed line.
      adapter = {
        ...chat,
        async send(conversation, answer, meta) {
          sending = true;
          try {
            await chat.send(conversation, answer, meta);
            // The write is delivered to 'data' listeners on the next tick.
            await new Promise((resolve) => setImmediate(resolve));
          } finally {
            sending = false;
          }
        },
      };
      return adapter;
    },
    async stop() {
      input.end();
      await adapter?.stop();
    },
    newUser: () => ({ userId: 'local' }),
    async say(_user, text) {
      input.write(`${text}\n`);
      return { chat: 'local', handle: typed++ };
    },
    botSays() {
      throw new Error('the terminal has no bots');
    },
    repliesTo: (said) => blocks.filter((b) => b.line === said.handle).map((b) => seen(b.text)),
    dmMessages: () => blocks.filter((b) => b.line === undefined).map((b) => seen(b.text)),
    async press(_user, message, label) {
      const index = message.buttons.findIndex((b) => label.test(b));
      if (index < 0) throw new Error(`no command ${label} in ${message.buttons.join(', ')}`);
      const line = typed++;
      input.write(`/${index + 1}\n`);
      const block = await waitFor(() => blocks.find((b) => b.line === line), 'the terminal to answer');
      return seen(block.text);
    },
  };
}
