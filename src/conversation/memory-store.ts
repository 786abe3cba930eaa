// A ConversationStore in memory: for one process that keeps nothing across restarts (the `ask`
// CLI, tests, a terminal chat without a database). Expired states are dropped as they are met, and
// the oldest ones first when it grows past its bound, so it cannot fill the heap.
import type { ConversationKey, ConversationStore } from '../store/port.js';

const DEFAULT_MAX_CONVERSATIONS = 10_000;

export function createMemoryConversationStore(max = DEFAULT_MAX_CONVERSATIONS): ConversationStore {
  const states = new Map<string, { json: string; expiresAt: number }>();
  const keyOf = ({ platform, userId, channelId }: ConversationKey) =>
    JSON.stringify([platform, userId, channelId]);

  return {
    async loadConversation(key, now) {
      const entry = states.get(keyOf(key));
      if (!entry) return undefined;
      if (entry.expiresAt <= now.getTime()) {
        states.delete(keyOf(key));
        return undefined;
      }
      // A copy, as a database would give: the caller cannot change what is stored.
      return JSON.parse(entry.json) as unknown;
    },
    async saveConversation(key, state, expiresAt) {
      const k = keyOf(key);
      states.delete(k); // re-inserted last: the map's order is the order of last use
      states.set(k, { json: JSON.stringify(state), expiresAt: expiresAt.getTime() });
      while (states.size > max) {
        const oldest = states.keys().next().value;
        if (oldest === undefined) break;
        states.delete(oldest);
      }
    },
    async deleteConversation(key) {
      states.delete(keyOf(key));
    },
  };
}
