// Asks the pure bot one question at a fixed clock: the unit tests' way in.
import { createBot } from '../../src/bot.js';
import type { Answer, Message } from '../../src/types.js';

const bot = createBot();

/** What answered: the bot's own name where the contract's intent says it otherwise (the handoff, contact_atone). */
export function answeredBy(answer: Answer): string {
  return answer.topic ?? answer.intent;
}

export function ask(text: string, now = '2026-11-27T10:00:00+09:00', extra: Partial<Message> = {}): Answer {
  const at = new Date(now);
  return bot.handle({ platform: 'cli', userId: 'u', channelId: 'c', text, receivedAt: at, ...extra }, at);
}
