// The bot plus what it cannot do purely: carrying out reminder requests against the store and
// reacting to buttons. Adapters talk to this; it talks to the pure bot and the reminder service.
import type { Bot } from './bot.js';
import { t } from './intent.js';
import type { Answer, IntentName, Message } from './types.js';
import { INTENT_NAMES } from './types.js';

export interface Assistant {
  /** Answers a user's message. */
  respond(message: Message): Promise<Answer>;
  /** Reacts to a button or command: `message` says who pressed it, where, and (when known) the question. */
  act(actionId: string, message: Message): Promise<Answer>;
}

export interface AssistantOptions {
  bot: Bot;
  now?: () => Date;
}

export function createAssistant({ bot, now = () => new Date() }: AssistantOptions): Assistant {
  return {
    async respond(message) {
      return bot.handle(message, now());
    },
    async act(actionId, message) {
      const [kind, argument] = splitAction(actionId);
      if (kind === 'ask' && isIntentName(argument)) return bot.handle({ ...message, intent: argument }, now());
      return unknownAction(message);
    },
  };
}

function splitAction(id: string): [string, string] {
  const colon = id.indexOf(':');
  return colon === -1 ? [id, ''] : [id.slice(0, colon), id.slice(colon + 1)];
}

function isIntentName(name: string): name is IntentName {
  return (INTENT_NAMES as readonly string[]).includes(name);
}

function unknownAction(message: Message): Answer {
  const lang = message.locale?.startsWith('en') ? 'en' : 'ja';
  return {
    intent: 'fallback',
    confidence: 1,
    lang,
    text: t(lang, 'このボタンはもう使えません。もう一度質問してください。', 'That button no longer works. Please ask again.'),
  };
}
