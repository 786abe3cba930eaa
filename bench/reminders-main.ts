// Runs the reminder benchmark alone and prints it:
//   node --expose-gc scripts/run.mjs bench/reminders-main.ts
// (--expose-gc makes the memory figures exact; TEST_DATABASE_URL or DATABASE_URL adds PostgreSQL.)
import { benchReminders } from './reminders.js';

const results = await benchReminders();
const width = Math.max(...Object.keys(results).map((k) => k.length));
for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(width)}  ${value}`);
