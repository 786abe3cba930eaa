// Mentions and DMs, read straight off the gateway (MESSAGE_CREATE) so that nothing depends on
// discord.js's guild cache, answered with a reply to the user's message through REST.
import { Routes } from 'discord.js';
import type { Assistant } from '../../src/assistant.js';
import type { Metrics } from '../../src/metrics.js';
import { detectLang } from '../../src/nlu/language.js';
import type { Logger } from '../platform.js';
import { describeError } from './discord-errors.js';
import { type GatewayMessage, messageFromGateway } from './message-input.js';
import { type RenderedMessage, renderAnswer } from './render.js';
import type { RestPort } from './rest-port.js';
import { createTurnFailure } from './turn-errors.js';

export interface MessageHandlerDeps {
  assistant: Assistant;
  rest: RestPort;
  /** The bot's own user id, known once READY has arrived. */
  botUserId: () => string | undefined;
  now: () => Date;
  log: Logger;
  metrics: Metrics;
}

export function createMessageHandler(deps: MessageHandlerDeps): (data: GatewayMessage) => Promise<void> {
  const { assistant, rest, log } = deps;
  const turnFailed = createTurnFailure(log, deps.metrics);
  return async (data) => {
    const botId = deps.botUserId();
    if (!botId) return;
    const message = messageFromGateway(data, botId, deps.now());
    if (!message) return;
    let reply: RenderedMessage;
    try {
      reply = renderAnswer(await assistant.respond(message), { question: message.text });
    } catch (error) {
      const content = turnFailed(error, detectLang(message.text), { message: data.id });
      reply = { content, embeds: [], components: [] };
    }
    try {
      await rest.post(Routes.channelMessages(data.channel_id), {
        body: {
          ...reply,
          // A reply to the question, pinging nobody (not even the asker).
          message_reference: { message_id: data.id, fail_if_not_exists: false },
          allowed_mentions: { parse: [], replied_user: false },
        },
      });
    } catch (error) {
      log.error('discord reply failed', { message: data.id, error: describeError(error) });
    }
  };
}
