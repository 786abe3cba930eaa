// nlp.js as a JSON-lines CLI, the counterpart of `npm run ask -- --jsonl` for the end-to-end
// benchmark (bench/ask-throughput.ts): loads a model trained beforehand (its path is the first
// argument), reads {"text"} lines on stdin and writes {"intent","confidence","lang"} lines.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { detectLang } from '../src/nlu/language.js';

const require = createRequire(import.meta.url);
const { NlpManager } = require('node-nlp') as {
  NlpManager: new (
    options: object,
  ) => {
    import(data: string): void;
    process(lang: string, text: string): Promise<{ intent: string; score: number }>;
  };
};
const manager = new NlpManager({
  languages: ['ja', 'en'],
  nlu: { log: false },
  autoSave: false,
  autoLoad: false,
});
manager.import(readFileSync(process.argv[2] as string, 'utf8'));
const out: string[] = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
  if (line.trim() === '') continue;
  const { text } = JSON.parse(line) as { text: string };
  const lang = detectLang(text);
  const result = await manager.process(lang, text);
  const intent = !result.intent || result.intent === 'None' ? 'fallback' : result.intent;
  out.push(JSON.stringify({ intent, confidence: result.score, lang }));
  if (out.length >= 256) process.stdout.write(`${out.splice(0).join('\n')}\n`);
}
if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
