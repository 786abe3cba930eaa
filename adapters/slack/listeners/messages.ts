// Mentions in channels (answered in the thread) and direct messages (answered in the DM).
import type { App, webApi } from '@slack/bolt';
import type { PlatformDeps } from '../../platform.js';
import { renderAnswer } from '../render-answer.js';
import {
  type BotIdentity,
  isFromBot,
  isQuestionSubtype,
  replyThreadTs,
  type SlackTextEvent,
  toMessage,
} from '../to-message.js';
import { firstSighting } from './dedupe.js';

interface EventBody {
  team_id?: string;
  authorizations?: Array<{ user_id: string; is_bot: boolean }>;
}

export function registerMessageListeners(app: App, deps: PlatformDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    await answer(event, body, identityOf(context, body), client, deps, context.replay === true);
  });

  // `message.im`: the other message events (channels the bot is in) are not subscribed to.
  app.event('message', async ({ event, body, client, context }) => {
    if (event.subtype !== undefined && event.subtype !== 'file_share') return;
    if (event.channel_type !== 'im') return;
    await answer(event, body, identityOf(context, body), client, deps, context.replay === true);
  });
}

/** The bot's ids: from auth.test (Bolt's context), else from the event's own authorizations. */
function identityOf(context: { botUserId?: string; botId?: string }, body: EventBody): BotIdentity {
  const authorized = body.authorizations?.find((a) => a.is_bot)?.user_id;
  const botUserId = context.botUserId ?? authorized;
  return { ...(botUserId ? { botUserId } : {}), ...(context.botId ? { botId: context.botId } : {}) };
}

async function answer(
  event: SlackTextEvent,
  body: EventBody,
  identity: BotIdentity,
  client: webApi.WebClient,
  deps: PlatformDeps,
  /** Answered again from the inbox after a crash: the sighting below may be this event's own. */
  replay: boolean,
): Promise<void> {
  if (!isQuestionSubtype(event.subtype) || isFromBot(event, identity) || !event.user) return;
  // A mention written in a DM can arrive twice, as app_mention and as message.im, under two
  // event ids: the message itself (channel + ts) is answered once.
  const sighting = `slack:message:${event.channel}:${event.ts}`;
  if (!(await firstSighting(deps, sighting)) && !replay) return;
  const message = toMessage(event, {
    ...identity,
    ...(body.team_id ? { teamId: body.team_id } : {}),
    receivedAt: deps.now(),
  });
  const reply = await deps.assistant.respond(message);
  const threadTs = replyThreadTs(event);
  await client.chat.postMessage({
    channel: event.channel,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...renderAnswer(reply, { question: message.text }),
  });
}
