// npm run report [-- --days N] [-- --limit N]: the questions the bot could not answer well in the
// last N days (default 7), most asked first, from the store DATABASE_URL names, and the
// knowledge-base sources not verified for 180 days. Reads only; prints to stdout.
import { parseArgs } from 'node:util';
import { loadDotEnv } from '../adapters/startup.js';
import { loadConfig } from '../src/config.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { openStore } from '../src/store/open.js';
import { REPORT_LIMIT, unansweredReport } from '../src/unanswered.js';

const USAGE = 'usage: npm run report [-- --days N] [-- --limit N]   (N a whole number from 1)';

function wholeNumber(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(USAGE);
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { days: { type: 'string' }, limit: { type: 'string' } },
    strict: true,
  });
  const days = wholeNumber(values.days, 7);
  const limit = wholeNumber(values.limit, REPORT_LIMIT);
  // The same database as `npm start`: the environment, or .env in the working directory.
  loadDotEnv();
  const store = await openStore(loadConfig().databaseUrl);
  try {
    process.stdout.write(
      `${await unansweredReport(store, defaultKnowledgeBase(), new Date(), days, limit)}\n`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
