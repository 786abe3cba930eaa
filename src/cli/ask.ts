// The scripting interface (design.md): `ask "質問"` prints the answer; `ask --jsonl` reads
// {"text", "now"?} lines on stdin and writes one JSON line per input, in order, and nothing else.
import { createInterface } from 'node:readline';
import { createBot } from '../bot.js';
import type { Message } from '../types.js';

const bot = createBot();

function message(text: string, receivedAt: Date): Message {
  return { platform: 'cli', userId: 'cli', channelId: 'cli', text, receivedAt };
}

/** One input line to one output line; a bad line becomes an error object, the rest go on. */
export function answerLine(line: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'invalid JSON' });
  }
  if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') {
    return JSON.stringify({ error: 'expected an object with a string "text"' });
  }
  const { text, now } = input as { text: string; now?: unknown };
  const at = now === undefined ? new Date() : typeof now === 'string' ? new Date(now) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime())) return JSON.stringify({ error: '"now" must be an ISO-8601 date-time' });
  const answer = bot.handle(message(text, at), at);
  const { intent, confidence, lang, slots } = answer;
  return JSON.stringify({ intent, confidence, lang, slots, text: answer.text });
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--jsonl') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      process.stdout.write(`${answerLine(line)}\n`);
    }
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
  const now = new Date();
  console.log(bot.handle(message(question, now), now).text);
}

await main(process.argv.slice(2));
