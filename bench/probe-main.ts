// The matcher's reading of each argument, with the top classes: node scripts/run.mjs bench/probe-main.ts "質問" ...
import { createBot } from '../src/bot.js';

const bot = createBot();
for (const text of process.argv.slice(2)) {
  const u = bot.understand({ platform: 'cli', userId: 'u', channelId: 'c', text, receivedAt: new Date() });
  console.log(`${text} => ${JSON.stringify(u.reading)}`);
}
