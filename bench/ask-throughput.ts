// End to end, as a script would use the bot: `npm run --silent ask -- --jsonl` over 20,000
// questions, against the same CLI around nlp.js (bench/nlpjs-ask-main.ts) with a model trained on
// the same examples. The marginal cost per question is (time for 20,000 − time for 1,000) /
// 19,000: start-up cancels out, JSON parsing and writing, warm-up and the answers stay in.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trainNlpJs } from './core.js';

export interface AskThroughput {
  questions: number;
  atoneMarginalUs: number;
  nlpMarginalUs: number;
  atoneTotalMs: number;
  nlpTotalMs: number;
}

function run(command: string[], input: string): number {
  const t0 = performance.now();
  const result = spawnSync(command[0] as string, command.slice(1), {
    input,
    encoding: 'utf8',
    maxBuffer: 1024 * 2 ** 20,
    env: { ...process.env, DATABASE_URL: 'sqlite::memory:' },
  });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  return performance.now() - t0;
}

export async function benchAskThroughput(texts: readonly string[], total = 20_000): Promise<AskThroughput> {
  const lines = (n: number) =>
    `${Array.from({ length: n }, (_, i) => JSON.stringify({ text: texts[i % texts.length], now: '2026-11-28T10:00:00+09:00' })).join('\n')}\n`;
  const small = lines(1_000);
  const large = lines(total);

  // What `npm run --silent ask -- --jsonl` runs, without npm's own start-up.
  const ask = ['node', 'scripts/run.mjs', 'src/cli/ask.ts', '--jsonl'];

  const dir = mkdtempSync(join(tmpdir(), 'atone-nlpjs-'));
  try {
    const { manager } = await trainNlpJs();
    const modelPath = join(dir, 'model.nlp');
    writeFileSync(modelPath, manager.export(true));
    const nlp = ['node', 'scripts/run.mjs', 'bench/nlpjs-ask-main.ts', modelPath];
    // Built (when stale) before anything is timed.
    run(ask, lines(1));
    run(nlp, lines(1));

    // Interleaved, so that both see the same load on the machine.
    const atoneSmall = run(ask, small);
    const nlpSmall = run(nlp, small);
    const atoneLarge = run(ask, large);
    const nlpLarge = run(nlp, large);
    const marginal = (largeMs: number, smallMs: number) => ((largeMs - smallMs) * 1000) / (total - 1_000);
    return {
      questions: total,
      atoneMarginalUs: marginal(atoneLarge, atoneSmall),
      nlpMarginalUs: marginal(nlpLarge, nlpSmall),
      atoneTotalMs: atoneLarge,
      nlpTotalMs: nlpLarge,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
