import { createBot } from '../src/bot.js';
const bot = createBot();
const now = new Date(process.argv[2] as string);
for (const text of process.argv.slice(3)) {
  const u = bot.understand({ platform: 'cli', userId: 'u', channelId: 'c', text, receivedAt: now });
  console.log(text, '→', u.reading.intent, u.reading.confidence.toFixed(2), u.reading.alternative, JSON.stringify(u.slots));
}
