// Replies only the asker sees. `respond()` posts to the request's response_url (no channel
// membership needed, works in any channel and DM); when that fails, chat.postEphemeral through
// the Web API client, which retries and honours Retry-After.
import type { RespondFn, webApi } from '@slack/bolt';
import { t } from '../../../src/intent.js';
import type { Lang } from '../../../src/types.js';
import type { PlatformDeps } from '../../platform.js';
import type { SlackMessage } from '../render-answer.js';
import { describeError } from '../slack-errors.js';

export interface EphemeralTarget {
  respond?: RespondFn;
  client: webApi.WebClient;
  channel?: string;
  user: string;
  /** Replace the message the click came from (a "did you mean" choice becomes the answer). */
  replaceOriginal?: boolean;
}

export async function replyEphemeral(
  target: EphemeralTarget,
  message: SlackMessage,
  deps: PlatformDeps,
): Promise<void> {
  if (target.respond) {
    try {
      await target.respond({
        response_type: 'ephemeral',
        replace_original: target.replaceOriginal ?? false,
        ...message,
      });
      return;
    } catch (error) {
      deps.log.error('slack response_url failed; trying chat.postEphemeral', describeError(error));
    }
  }
  if (!target.channel) throw new Error('no response_url and no channel to answer in');
  await target.client.chat.postEphemeral({ channel: target.channel, user: target.user, ...message });
}

/** Under a help answer: how the bot is used in Slack. */
export function slackUsageHint(lang: Lang): string {
  return t(
    lang,
    '使い方: チャンネルで @atone-bot にメンション（スレッドで回答）、DM で質問、または `/atone 質問`（あなたにだけ表示）。リマインダーの設定は App ホームでも。',
    'In Slack: mention @atone-bot in a channel (answered in the thread), ask in a DM, or use `/atone <question>` (only you see the answer). Reminder settings are also on the App Home tab.',
  );
}
