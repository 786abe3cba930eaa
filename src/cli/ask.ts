// The scripting interface (design.md): `ask "質問"` prints the answer; `ask --jsonl` reads JSON
// lines on stdin and writes one JSON line per input, in order, each as soon as it is answered,
// and nothing else on stdout.
//   {"text", "now"?}                       a question on its own (fast: no store is opened)
//   {"user", "text", "now"?, "locale"?}    a turn of that user's conversation
//   {"user", "action", "now"?}             that user presses a button an answer showed them
// Conversations run through the same assistant as a chat, against a store that lives for this
// run only, opened on the first line that needs it.
import { type Assistant, createAssistant } from '../assistant.js';
import { createBot } from '../bot.js';
import { defaultKnowledgeBase } from '../knowledge.js';
import type { Answer, Message } from '../types.js';

const kb = defaultKnowledgeBase();
const bot = createBot({ kb });

interface Line {
  text?: string;
  now?: Date;
  user?: string;
  action?: string;
  locale?: string;
}

/** The conversations of this run: one assistant, its clock set by each line, its store in memory (reminders and conversation state alike). */
function conversations() {
  let clock = new Date();
  let assistant: Promise<Assistant> | undefined;
  const open = async (): Promise<Assistant> => {
    const [{ openStore }, { createReminderService }] = await Promise.all([
      import('../store/open.js'),
      import('../reminders/service.js'),
    ]);
    const store = await openStore('sqlite::memory:');
    const now = () => clock;
    return createAssistant({
      bot,
      kb,
      now,
      reminders: createReminderService({ store, kb, now }),
      conversations: store,
      forget: ({ platform, userId }) => store.forgetUser(platform, userId, ''),
    });
  };
  // The buttons each user was shown in this run: a line may press only one of those (as in a
  // chat, where an earlier answer's buttons stay on screen), never one made up.
  const offered = new Map<string, Set<string>>();
  return async (line: Required<Pick<Line, 'user' | 'now'>> & Line): Promise<Answer> => {
    assistant ??= open();
    const chat = await assistant;
    clock = line.now;
    const message: Message = {
      platform: 'cli',
      userId: line.user,
      channelId: `cli:${line.user}`,
      text: line.text ?? '',
      receivedAt: line.now,
      ...(line.locale ? { locale: line.locale } : {}),
    };
    // A button never shown to this user is pressed as one that no longer works.
    const pressed = line.action !== undefined && offered.get(line.user)?.has(line.action) ? line.action : '';
    const answer = line.action !== undefined ? await chat.act(pressed, message) : await chat.respond(message);
    const shown = offered.get(line.user) ?? new Set<string>();
    for (const { id } of answer.actions ?? []) shown.add(id);
    offered.set(line.user, shown);
    return answer;
  };
}

/** An input line read, or what is wrong with it. */
export function parseLine(line: string): Line | { error: string } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { error: 'invalid JSON' };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { error: 'expected an object with a string "text"' };
  }
  const { text, now, user, action, locale } = input as Record<string, unknown>;
  if (user !== undefined && (typeof user !== 'string' || user === '' || user.length > 200)) {
    return { error: '"user" must be a non-empty string' };
  }
  if (action !== undefined && (typeof action !== 'string' || user === undefined)) {
    return { error: '"action" must be a string and needs a "user"' };
  }
  if (action === undefined && typeof text !== 'string')
    return { error: 'expected an object with a string "text"' };
  const at = new Date(now === undefined ? Date.now() : typeof now === 'string' ? timeOf(now) : Number.NaN);
  if (Number.isNaN(at.getTime())) return { error: '"now" must be an ISO-8601 date-time' };
  // Field by field: conditional spreads cost more than parsing the JSON did.
  const read: Line = { now: at };
  if (typeof text === 'string') read.text = text;
  if (typeof user === 'string') read.user = user;
  if (typeof action === 'string') read.action = action;
  if (typeof locale === 'string') read.locale = locale;
  return read;
}

// The last "now" read and its time: the lines of a run mostly share one clock, and reading it
// (the Date parse and the calendar check) cost as much as parsing the line's JSON.
let lastNow: string | undefined;
let lastTime = Number.NaN;

/** The time an ISO-8601 "now" stands for, or NaN when it is none. */
function timeOf(now: string): number {
  if (now !== lastNow) {
    lastNow = now;
    // Date parses 2026-02-30 as 2 March: a day that does not exist is refused, not rolled over.
    lastTime = isRealCalendarDay(now) ? new Date(now).getTime() : Number.NaN;
  }
  return lastTime;
}

/** The calendar day written at the start of an ISO-8601 date-time exists (no 2026-02-30). */
function isRealCalendarDay(iso: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return true;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}

/** A question on its own: the pure bot, nothing remembered, nothing changed. */
export function answerLine(line: string): string {
  const input = parseLine(line);
  if ('error' in input) return JSON.stringify(input);
  return JSON.stringify(output(answerAlone(input.text ?? '', input.now as Date)));
}

function answerAlone(text: string, at: Date): Answer {
  return bot.handle({ platform: 'cli', userId: 'cli', channelId: 'cli', text, receivedAt: at }, at);
}

function output(answer: Answer) {
  const { intent, confidence, lang, slots = {}, text } = answer;
  return { intent, confidence, lang, slots, text };
}

function conversationOutput(answer: Answer) {
  return {
    ...output(answer),
    actions: (answer.actions ?? []).map(({ id, label }) => ({ id, label })),
    effect: answer.effect ?? null,
  };
}

// Answers are written in batches: one write per line was a fifth of the time of a long run. A
// batch goes out as soon as the lines already read are answered (setImmediate runs once the
// input waiting in memory is done), so a caller that waits for each answer still gets it at once,
// or once it holds FLUSH_BYTES bytes: a whole input chunk's answers (megabytes) outlived several
// young-generation collections, each copying them, which cost more per line than the write did.
// Each answer is written into the batch as UTF-8 when it is made: joining a batch's strings and
// then encoding the whole copied every answer twice more.
const FLUSH_BYTES = 32_768;
/** A batch's room: one more answer of a thousand characters fits in most. */
const BATCH_BYTES = 65_536;
let batch = Buffer.allocUnsafe(BATCH_BYTES);
let batchBytes = 0;
let scheduled = false;
// A reader that stops early (`| head`) closes the pipe: nothing more is wanted, so stop quietly
// rather than die on the unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
function flush(): void {
  scheduled = false;
  if (batchBytes === 0) return;
  // The stream may hold the bytes until they are written: the next batch is a new buffer.
  process.stdout.write(batch.subarray(0, batchBytes));
  batch = Buffer.allocUnsafe(BATCH_BYTES);
  batchBytes = 0;
}
/** Writes `json` and a line break. */
function writeLine(json: string): void {
  // A UTF-16 code unit is at most three bytes of UTF-8.
  const most = json.length * 3 + 1;
  if (batchBytes + most > batch.length) {
    flush();
    if (most > batch.length) batch = Buffer.allocUnsafe(most);
  }
  batchBytes += batch.write(json, batchBytes);
  batch[batchBytes++] = 0x0a;
  if (batchBytes >= FLUSH_BYTES) flush();
  else if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
}

/**
 * The input's lines, as readline splits them (at \n, \r\n or a lone \r), a chunk's worth at a
 * time: one await per chunk rather than per line, which readline's iterator cost on every line.
 * A \r\n cut between two chunks reads as a line break and an empty line, and empty lines are skipped.
 */
export async function* lineBatches(input: NodeJS.ReadableStream): AsyncGenerator<string[]> {
  input.setEncoding('utf8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<string>) {
    const lines = (rest + chunk).split(LINE_BREAK);
    rest = lines.pop() ?? '';
    yield lines;
  }
  if (rest !== '') yield [rest];
}
const LINE_BREAK = /\r\n|\n|\r/;

async function main(args: string[]): Promise<void> {
  if (args[0] === '--jsonl') {
    const converse = conversations();
    for await (const lines of lineBatches(process.stdin))
      for (const line of lines) {
        if (line.trim() === '') continue;
        const input = parseLine(line);
        let out: unknown;
        if ('error' in input) out = input;
        else if (input.user === undefined) out = output(answerAlone(input.text ?? '', input.now as Date));
        else {
          try {
            out = conversationOutput(await converse({ ...input, user: input.user, now: input.now as Date }));
          } catch (error) {
            out = { error: `could not answer: ${(error as Error).message}` };
          }
        }
        writeLine(JSON.stringify(out));
      }
    flush();
    return;
  }
  const question = args.join(' ');
  if (question.trim() === '') {
    console.error(
      'usage: npm run --silent ask -- "質問"   or   npm run --silent ask -- --jsonl < questions.jsonl',
    );
    process.exitCode = 2;
    return;
  }
  console.log(answerAlone(question, new Date()).text);
}

await main(process.argv.slice(2));
