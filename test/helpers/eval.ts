// Scores the bot on a labelled JSONL file, as ../shared/eval/score.mjs does, but in-process.
import { readFileSync } from 'node:fs';
import { createBot } from '../../src/bot.js';

export interface Labelled {
  id: string;
  now: string;
  intent: string;
  text: string;
  expect: string[];
  forbid: string[];
}

export function readLabelled(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Labelled);
}

export function score(questions: Labelled[], bot = createBot()) {
  let intentOk = 0;
  let checks = 0;
  let checksOk = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const now = new Date(q.now);
    const answer = bot.handle(
      { platform: 'cli', userId: 'u', channelId: 'c', text: q.text, receivedAt: now },
      now,
    );
    if (answer.intent === q.intent) intentOk++;
    else misses.push(`${q.id} intent want=${q.intent} got=${answer.intent} :: ${q.text}`);
    for (const re of q.expect) {
      checks++;
      if (new RegExp(re).test(answer.text)) checksOk++;
      else misses.push(`${q.id} expect /${re}/ :: ${q.text}`);
    }
    for (const re of q.forbid) {
      checks++;
      if (!new RegExp(re).test(answer.text)) checksOk++;
      else misses.push(`${q.id} forbid /${re}/ :: ${q.text}`);
    }
  }
  return {
    intentPct: (100 * intentOk) / questions.length,
    checksPct: (100 * checksOk) / Math.max(1, checks),
    misses,
  };
}
