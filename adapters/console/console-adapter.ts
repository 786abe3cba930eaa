// The terminal chat: a prompt with readable answers, /help, /quit and Ctrl-D; with stdin not a
// terminal it answers line by line, so `echo 'Amazonで使える？' | npm start` works.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant } from '../../src/assistant.js';
import type { Answer, Message } from '../../src/types.js';
import { renderAnswer } from './render.js';

export interface ConsoleAdapterOptions {
  assistant: Assistant;
  input: Readable;
  output: Writable;
  /** A real terminal: show a prompt, a greeting and colours. */
  interactive: boolean;
  now?: () => Date;
}

/** The conversation id of the terminal chat; reminders are delivered to it. */
export const CONSOLE_CONVERSATION = 'console:local';

const GREETING = [
  'atone-bot — atone（アトネ）の支払い期限・手数料・Amazon・キャンペーンについて聞いてください。',
  'Ask about atone deadlines, fees, Amazon or campaigns, in Japanese or English.  /help  /quit',
].join('\n');

export interface ConsoleAdapter {
  /** Runs the chat until /quit or the end of input. */
  start(): Promise<void>;
  /** Prints an answer that did not come from the user's turn (a reminder). */
  send(conversation: string, answer: Answer): Promise<void>;
  stop(): Promise<void>;
}

export function createConsoleAdapter({ assistant, input, output, interactive, now = () => new Date() }: ConsoleAdapterOptions): ConsoleAdapter {
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const print = (text: string) => output.write(`${text}\n`);
  const render = (answer: Answer) => renderAnswer(answer, { color: interactive });
  let lastAnswer: Answer | undefined;
  let lastQuestion = '';

  const message = (text: string): Message => ({
    platform: 'console',
    userId: 'local',
    channelId: CONSOLE_CONVERSATION,
    text,
    receivedAt: now(),
    ...(lastAnswer ? { locale: lastAnswer.lang } : {}),
  });

  async function turn(line: string): Promise<'quit' | undefined> {
    const input = line.trim();
    if (input === '/quit' || input === '/exit') return 'quit';
    let answer: Answer;
    const choice = /^\/(\d+)$/.exec(input);
    if (choice) {
      const action = lastAnswer?.actions?.[Number(choice[1]) - 1];
      if (!action) {
        print(lastAnswer?.lang === 'en' ? 'No such choice.' : 'その番号の選択肢はありません。');
        return undefined;
      }
      answer = await assistant.act(action.id, message(lastQuestion));
    } else {
      if (input === '') return undefined;
      lastQuestion = input === '/help' ? 'help' : input;
      answer = await assistant.respond(message(lastQuestion));
    }
    lastAnswer = answer;
    print(`${render(answer)}\n`);
    return undefined;
  }

  return {
    async start() {
      if (interactive) {
        print(`${GREETING}\n`);
        rl.setPrompt('> ');
        rl.prompt();
      }
      for await (const line of rl) {
        try {
          if ((await turn(line)) === 'quit') break;
        } catch (error) {
          // One bad turn must not end the chat.
          print(`エラーが発生しました / Something went wrong: ${(error as Error).message}`);
        }
        if (interactive) rl.prompt();
      }
      rl.close();
    },
    async send(_conversation, answer) {
      lastAnswer = answer;
      print(`\n${render(answer)}\n`);
      if (interactive) rl.prompt(true);
    },
    async stop() {
      rl.close();
    },
  };
}
