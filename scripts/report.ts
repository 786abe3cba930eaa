// npm run report [-- --days N] [-- --limit N]: the questions the bot could not answer well in the
// last N days (default 7), most asked first, from the store DATABASE_URL names, and the
// knowledge-base sources not verified for 180 days. Reads only; prints to stdout.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDotEnv } from '../adapters/startup.js';
import { loadConfig } from '../src/config.js';
import { defaultKnowledgeBase } from '../src/knowledge.js';
import { parseDatabaseUrl } from '../src/store/database-url.js';
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
  const { databaseUrl } = loadConfig();
  // A report reads what the bot kept: a SQLite file that is not there means the wrong folder or
  // DATABASE_URL, not "nothing was missed" (opening it would make an empty one).
  const target = parseDatabaseUrl(databaseUrl);
  if (target.kind === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path))
    throw new Error(
      `No database at ${target.path}: run the report where the bot runs (its working directory) or set DATABASE_URL to the bot's database.`,
    );
  const store = await openStore(databaseUrl);
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
