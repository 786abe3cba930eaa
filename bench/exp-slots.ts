import { normalize } from '../src/nlu/normalize.js';
import { extractSlots } from '../src/nlu/slots.js';

for (const t of process.argv.slice(2))
  console.log(t, JSON.stringify(extractSlots(t, { year: 2026, month: 11, day: 28 })), normalize(t));
