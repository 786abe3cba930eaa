// Buttons on answers and reminders (block_actions): acknowledged at once, then carried out by
// the assistant. A reminder's Paid/Snooze is settled in the reminder message itself; any other
// button gets its answer where the button was: in place of an ephemeral message, else in the
// same thread or DM; a personal one (setting reminders) clicked in a channel, to the clicker only.
import type { App, BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import { decodeAction, isPersonal, isReminderButton } from '../../../src/actions.js';
import type { Answer, Message } from '../../../src/types.js';
import type { PlatformDeps } from '../../platform.js';
import { decodeButtonValue } from '../button-value.js';
import { type ReceivedBlock, settleReminderBlocks } from '../reminder-click.js';
import { bodyText, renderAnswer } from '../render-answer.js';
import { conversationId, isDirectMessage } from '../to-message.js';
import { afterPendingAcks } from './after-acks.js';
import { replyEphemeral } from './reply.js';

export function registerAnswerActions(app: App, deps: PlatformDeps): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: /^atone\.answer\./ },
    async ({ ack, body, action, client, respond }) => {
      await ack();
      await afterPendingAcks();
      const payload = decodeButtonValue(action.value);
      if (!payload) return;
      const message: Message = {
        platform: 'slack',
        userId: body.user.id,
        channelId: conversationId(body.team?.id, body.channel?.id ?? body.user.id),
        text: payload.question ?? '',
        receivedAt: deps.now(),
      };
      const answer = await deps.assistant.act(payload.id, message);
      const decoded = decodeAction(payload.id);
      if (isReminderButton(decoded) && body.message && body.channel && !isEphemeral(body)) {
        await settleInPlace(client, body, action.action_id, decoded?.kind === 'paid', answer);
        return;
      }
      const personal = isPersonal(decoded);
      await answerWhereClicked({ client, respond, body, answer, question: payload.question, personal }, deps);
    },
  );
}

function isEphemeral(body: BlockAction): boolean {
  return body.container?.is_ephemeral === true;
}

async function settleInPlace(
  client: webApi.WebClient,
  body: BlockAction,
  clickedActionId: string,
  paid: boolean,
  answer: Answer,
): Promise<void> {
  const original = body.message as { ts: string; text?: string; blocks?: ReceivedBlock[] };
  await client.chat.update({
    channel: body.channel?.id as string,
    ts: original.ts,
    text: original.text ?? bodyText(answer),
    blocks: settleReminderBlocks(original.blocks ?? [], {
      clickedActionId,
      removeAllButtons: paid,
      outcome: bodyText(answer),
    }),
  });
}

interface Click {
  client: webApi.WebClient;
  respond: RespondFn;
  body: BlockAction;
  answer: Answer;
  question: string | undefined;
  /** About the clicker's own settings: never shown to a whole channel. */
  personal: boolean;
}

async function answerWhereClicked(
  { client, respond, body, answer, question, personal }: Click,
  deps: PlatformDeps,
): Promise<void> {
  const rendered = renderAnswer(answer, question ? { question } : {});
  const channel = body.channel?.id;
  const inChannel = channel !== undefined && !isDirectMessage({ channel });
  if (isEphemeral(body) || !body.message || !channel || (personal && inChannel)) {
    const target = {
      respond,
      client,
      user: body.user.id,
      // An ephemeral "did you mean" becomes its answer; a public message stays as it was.
      replaceOriginal: isEphemeral(body) || !body.message,
      ...(channel ? { channel } : {}),
    };
    await replyEphemeral(target, rendered, deps);
    return;
  }
  const threadTs =
    (body.message.thread_ts as string | undefined) ??
    (isDirectMessage({ channel }) ? undefined : body.message.ts);
  await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...rendered });
}
