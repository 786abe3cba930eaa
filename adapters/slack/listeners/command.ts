// `/atone <question>`: acknowledged at once (Slack shows an error after 3 s), then answered
// ephemerally, to the asker only. `/atone`, `/atone help` and `/atone ヘルプ` explain the bot.
import type { App } from '@slack/bolt';
import type { Message } from '../../../src/types.js';
import type { PlatformDeps } from '../../platform.js';
import { renderAnswer } from '../render-answer.js';
import { conversationId, MAX_QUESTION_CHARS, slackTextToPlain } from '../to-message.js';
import { afterPendingAcks } from './after-acks.js';
import { replyEphemeral, slackUsageHint } from './reply.js';

export const SLASH_COMMAND = '/atone';

const HELP = /^(help|ヘルプ|使い方|\?|？)?$/i;
/** `/atone forget`: the assistant's "forget me" conversation (it asks to confirm before deleting). */
const FORGET = /^forget$/i;

export function registerCommand(app: App, deps: PlatformDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    await afterPendingAcks();
    const typed = slackTextToPlain(command.text ?? '').slice(0, MAX_QUESTION_CHARS);
    const text = FORGET.test(typed) ? 'forget me' : typed;
    const message: Message = {
      platform: 'slack',
      userId: command.user_id,
      channelId: conversationId(command.team_id, command.channel_id),
      text: text || 'ヘルプ',
      receivedAt: deps.now(),
      ...(HELP.test(text) ? { intent: 'help' as const } : {}),
    };
    const answer = await deps.assistant.respond(message);
    const hint = answer.intent === 'help' ? slackUsageHint(answer.lang) : undefined;
    await replyEphemeral(
      { respond, client, channel: command.channel_id, user: command.user_id },
      renderAnswer(answer, { question: message.text, ...(hint ? { hint } : {}) }),
      deps,
    );
  });
}
