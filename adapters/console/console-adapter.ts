// The terminal chat: a prompt with readable answers, /help, /quit and Ctrl-D; with stdin not a
// terminal it answers line by line, so `echo 'Amazonで使える？' | npm start` works.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant } from '../../src/assistant.js';
import type { Logger } from '../../src/log.js';
import type { Answer, Message } from '../../src/types.js';
import { failureCause, failureReply } from '../failure.js';
import type { PlatformAdapter } from '../platform.js';
import { renderAnswer } from './render.js';

export interface ConsoleAdapterOptions {
  assistant: Assistant;
  input: Readable;
  output: Writable;
  /** A real terminal: show a prompt, a greeting and colours. */
  interactive: boolean;
  now?: () => Date;
  /**
   * Moves the chat's clock to the time typed after `/time` (2026-12-07T09:00), to watch reminders
   * arrive; returns what to print (where the clock is now, or why the time was refused).
   */
  setClock?: (typed: string) => Promise<string>;
  /** Where a failed turn is logged (the user only ever sees the apology). */
  log?: Pick<Logger, 'error'>;
}

/** The conversation id of the terminal chat. */
export const CONSOLE_CONVERSATION = 'console:local';

const GREETING = [
  'atone-bot — atone（アトネ）の支払い期限・手数料・Amazon・キャンペーンについて聞いてください。',
  'Ask about atone deadlines, fees, Amazon or campaigns, in Japanese or English.',
  'Commands: /help  reminders  /time <ISO date-time>  /quit',
].join('\n');

export function createConsoleAdapter({
  assistant,
  input,
  output,
  interactive,
  now = () => new Date(),
  setClock,
  log,
}: ConsoleAdapterOptions): PlatformAdapter {
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const print = (text: string) => output.write(`${text}\n`);
  const render = (answer: Answer) => renderAnswer(answer, { color: interactive });
  let lastAnswer: Answer | undefined;
  // /1, /2… pick from the last answer that offered choices, while only presses came after (a
  // reminder's Snooze, then its Paid). Anything typed since puts them out of sight: pressing one
  // then would do what the user no longer sees (bring back reminders just stopped).
  let lastChoices: Answer['actions'] = [];
  let lastQuestion = '';

  const message = (text: string): Message => ({
    platform: 'console',
    userId: 'local',
    channelId: CONSOLE_CONVERSATION,
    text,
    receivedAt: now(),
    ...(lastAnswer ? { locale: lastAnswer.lang } : {}),
  });

  function remember(answer: Answer, pressed: boolean): void {
    lastAnswer = answer;
    if (answer.actions?.length) lastChoices = answer.actions;
    else if (!pressed) lastChoices = [];
  }

  async function turn(line: string): Promise<'quit' | undefined> {
    const input = line.trim();
    if (input === '/quit' || input === '/exit') return 'quit';
    const time = /^\/time(?:\s+(.*))?$/.exec(input);
    if (time) {
      print(setClock ? await setClock(time[1] ?? '') : 'This chat has no clock to move.');
      return undefined;
    }
    let answer: Answer;
    const choice = /^\/(\d+)$/.exec(input);
    if (choice) {
      const action = lastChoices?.[Number(choice[1]) - 1];
      if (!action) {
        print(lastAnswer?.lang === 'en' ? 'No such choice.' : 'その番号の選択肢はありません。');
        return undefined;
      }
      answer = await assistant.act(action.id, message(lastQuestion));
    } else if (input === 'reminders' || input === '/reminders') {
      answer = await assistant.respond({ ...message(''), intent: 'reminder_list' });
    } else {
      if (input === '') return undefined;
      lastQuestion = input === '/help' ? 'help' : input;
      answer = await assistant.respond(message(lastQuestion));
    }
    remember(answer, choice !== null);
    print(`${render(answer)}\n`);
    return undefined;
  }

  return {
    platform: 'console',
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
          // One bad turn must not end the chat: the user gets the one apology, the log the cause.
          const cause = failureCause(error, () => false);
          log?.error('terminal turn failed', { cause, error: String((error as Error)?.message ?? error) });
          print(failureReply(error, cause, lastAnswer?.lang));
        }
        if (interactive) rl.prompt();
      }
      rl.close();
    },
    async send(_conversation, answer) {
      // A reminder arriving is no turn of the user's: its choices are the ones in sight.
      remember(answer, false);
      print(`\n${render(answer)}\n`);
      if (interactive) rl.prompt(true);
    },
    async stop() {
      rl.close();
    },
  };
}
