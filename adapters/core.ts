// The core as every mode builds it from a store and a clock: the reminder service and the
// assistant. One place, so that the terminal's sandbox and the platform processes agree.
import { type Assistant, createAssistant } from '../src/assistant.js';
import type { Bot } from '../src/bot.js';
import type { KnowledgeBase } from '../src/domain/knowledge-base.js';
import type { Logger } from '../src/log.js';
import type { Metrics } from '../src/metrics.js';
import { createReminderService, type ReminderService } from '../src/reminders/service.js';
import type { Store } from '../src/store/port.js';
import type { Answer } from '../src/types.js';
import { createUnansweredRecorder, userHash } from '../src/unanswered.js';

export interface Core {
  store: Store;
  reminders: ReminderService;
  assistant: Assistant;
}

export interface CoreParts {
  bot: Bot;
  kb: KnowledgeBase;
  now: () => Date;
  metrics: Metrics;
  log: Logger;
  /**
   * The key of the hash that stands for a user in the unanswered-turn records (USER_HASH_KEY, or
   * the installation's own, kept in the store): those turns are kept for the operator's report.
   */
  userHashKey: string;
}

export function createCore(store: Store, { bot, kb, now, metrics, log, userHashKey }: CoreParts): Core {
  const reminders = createReminderService({ store, kb, now });
  const unanswered = createUnansweredRecorder({ store, hashKey: userHashKey, log });
  const assistant = measured(
    createAssistant({
      bot,
      reminders,
      // Conversations are kept in the store, so that a follow-up reaches any instance, after a restart too.
      conversations: store,
      unanswered,
      // "Forget me" also removes the user's unanswered records, found by the same keyed hash.
      forget: ({ platform, userId }) =>
        store.forgetUser(platform, userId, userHash(userHashKey, platform, userId)),
      kb,
      now,
    }),
    metrics,
  );
  return { store, reminders, assistant };
}

/** Counts every answer by platform, intent and language, and times it. */
function measured(assistant: Assistant, metrics: Metrics): Assistant {
  const record = (platform: string, answer: Answer, started: number) => {
    metrics.observe('answerSeconds', (performance.now() - started) / 1000, { platform });
    metrics.count('questions', { platform, intent: answer.intent, lang: answer.lang });
    if (answer.handoff) metrics.count('handoffs', { platform, lang: answer.lang });
    else if (answer.intent === 'fallback') metrics.count('fallbacks', { platform, lang: answer.lang });
    return answer;
  };
  return {
    async respond(message) {
      const started = performance.now();
      return record(message.platform, await assistant.respond(message), started);
    },
    async act(actionId, message) {
      const started = performance.now();
      return record(message.platform, await assistant.act(actionId, message), started);
    },
    reminders: (who) => assistant.reminders(who),
  };
}
