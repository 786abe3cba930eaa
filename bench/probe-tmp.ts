import { createBot } from '../src/bot.js';
const bot = createBot();
const now = new Date('2026-11-28T10:00:00+09:00');
for (const text of process.argv.slice(2)) {
  const u = bot.understand({ platform: 'cli', userId: 'u', channelId: 'c', text, receivedAt: now });
  console.log(text, '→', u.reading.intent, u.reading.confidence.toFixed(2), u.reading.alternative ?? '');
}
