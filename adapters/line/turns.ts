// What the bot does for each turn (run from the inbox): a question or a button tap goes to the
// assistant and its answer back as a reply; a follow is greeted; an unfollow ends the user's
// reminders. One turn-error path: whatever fails while answering is logged with its cause and
// counted, and the user gets the apology (or what is wrong with their input) in its place.
import type { messagingApi } from '@line/bot-sdk';
import { encodeAction } from '../../src/actions.js';
import type { Assistant } from '../../src/assistant.js';
import { t } from '../../src/intent.js';
import type { Metrics } from '../../src/metrics.js';
import { detectLang } from '../../src/nlu/language.js';
import type { Answer, Lang, Message } from '../../src/types.js';
import { type FailureCause, failureCause, failureReply } from '../failure.js';
import { RetryLater } from '../inbox.js';
import type { Logger } from '../platform.js';
import { describeLineError, isInvalidReplyToken, isLineApiError, isTransient, type LineApi } from './api.js';
import { type BotIdentity, conversationOf, type LineChat, type LineTurn } from './events.js';
import { decodePostbackData } from './postback-data.js';
import type { Pusher } from './push.js';
import { renderAnswer } from './render.js';
import { retryKeyOf } from './retry-key.js';

export interface TurnDeps {
  assistant: Assistant;
  api: LineApi;
  pusher: Pusher;
  now: () => Date;
  log: Logger;
  metrics: Metrics;
  bot: () => BotIdentity;
  /** A one-to-one answer not ready after this long shows the loading animation (default 1 s). */
  loadingAfterMs?: number;
}

type Messages = messagingApi.Message[];

/** Seconds the loading animation lasts at most (5 to 60, by 5); the reply ends it sooner. */
const LOADING_SECONDS = 20;

export function createTurnHandler(deps: TurnDeps): (turn: LineTurn) => Promise<void> {
  const { assistant, api, log } = deps;
  const loadingAfterMs = deps.loadingAfterMs ?? 1_000;

  const message = (userId: string, chat: LineChat, text: string, extra: Partial<Message> = {}): Message => ({
    platform: 'line',
    userId,
    channelId: conversationOf(chat),
    text,
    receivedAt: deps.now(),
    ...extra,
  });

  /** Runs `work`; in a one-to-one chat, shows the loading animation if it takes a while. */
  async function withLoading<T>(chat: LineChat, work: () => Promise<T>): Promise<T> {
    if (chat.kind !== 'user') return work();
    let started: Promise<void> | undefined;
    const timer = setTimeout(() => {
      started = api
        .showLoading(chat.id, LOADING_SECONDS)
        .catch((error: unknown) => log.warn('line loading indicator failed', describeLineError(error)));
    }, loadingAfterMs);
    try {
      return await work();
    } finally {
      clearTimeout(timer);
      // The reply must come after the animation started, or the animation would outlive it.
      await started;
    }
  }

  async function answerOf(turn: Exclude<LineTurn, { kind: 'unfollow' }>): Promise<Messages> {
    switch (turn.kind) {
      case 'text': {
        const asked = message(turn.userId, turn.chat, turn.text);
        const answer = await withLoading(turn.chat, () => assistant.respond(asked));
        const quoteToken = turn.chat.kind !== 'user' ? turn.quoteToken : undefined;
        return renderAnswer(answer, { question: turn.text, ...(quoteToken ? { quoteToken } : {}) });
      }
      case 'other-message': {
        // Nothing to read (a sticker, a photo): what the bot can do, rather than silence.
        const answer = await assistant.respond(message(turn.userId, turn.chat, '', { intent: 'help' }));
        return renderAnswer(answer);
      }
      case 'postback': {
        const payload = decodePostbackData(turn.data) ?? { id: turn.data };
        // The answer's language, for a press whose outcome has no question to tell it by.
        const pressed = message(turn.userId, turn.chat, payload.question ?? '', {
          ...(payload.lang ? { locale: payload.lang } : {}),
        });
        const answer = await withLoading(turn.chat, () => assistant.act(payload.id, pressed));
        return renderAnswer(answer, payload.question ? { question: payload.question } : {});
      }
      case 'follow': {
        const locale = await profileLanguage(turn.userId);
        const chat: LineChat = { kind: 'user', id: turn.userId };
        const help = await assistant.respond(
          message(turn.userId, chat, '', { intent: 'help', ...(locale ? { locale } : {}) }),
        );
        return renderAnswer(greeting(help));
      }
      case 'join': {
        const help = await assistant.respond(message(turn.chat.id, turn.chat, '', { intent: 'help' }));
        return renderAnswer(help, { hint: groupHint(help.lang, deps.bot().displayName) });
      }
    }
  }

  /** Japanese unless the profile says otherwise; a failed lookup only costs the language. */
  async function profileLanguage(userId: string): Promise<string | undefined> {
    try {
      return await api.profileLanguage(userId);
    } catch (error) {
      log.warn('line profile lookup failed', describeLineError(error));
      return undefined;
    }
  }

  /**
   * Replies with the token; a transient failure is tried once more (a token works once, so a
   * repeat can never show twice). A token that expired (a minute) gives way to a push, so the
   * user still gets the answer.
   */
  async function reply(turn: { replyToken: string; eventId?: string }, chat: LineChat, messages: Messages) {
    for (let attempt = 1; ; attempt++) {
      try {
        await api.reply(turn.replyToken, messages);
        return;
      } catch (error) {
        if (isInvalidReplyToken(error)) {
          // After a transient failure, "invalid" means that first attempt went through after all.
          if (attempt > 1) return;
          log.warn('line reply token expired; pushing instead', { chat: chat.kind });
          await deps.pusher.push(chat, messages, retryKeyOf(`line-reply:${turn.eventId ?? turn.replyToken}`));
          return;
        }
        if (attempt >= 2 || !isTransient(error)) throw error;
      }
    }
  }

  return async (turn) => {
    if (turn.kind === 'unfollow') {
      // Blocked or removed: their reminders end (through the assistant, as if they pressed "stop").
      try {
        await assistant.act(
          encodeAction({ kind: 'unsubscribe' }),
          message(turn.userId, { kind: 'user', id: turn.userId }, ''),
        );
      } catch (error) {
        turnFailed(error, { turn: turn.kind });
      }
      return;
    }
    const chat = turn.kind === 'follow' ? { kind: 'user' as const, id: turn.userId } : turn.chat;
    let outgoing: Messages;
    try {
      outgoing = await answerOf(turn);
    } catch (error) {
      const cause = turnFailed(error, { turn: turn.kind, chat: chat.kind });
      const lang = turn.kind === 'text' ? detectLang(turn.text) : undefined;
      outgoing = [{ type: 'text', text: failureReply(error, cause, lang) }];
    }
    try {
      await reply(turn, chat, outgoing);
    } catch (error) {
      log.error('line reply failed', { turn: turn.kind, chat: chat.kind, ...describeLineError(error) });
      deps.metrics.count('platformErrors', { platform: 'line', kind: 'error' });
      // LINE failed for now and the user saw nothing: the inbox tries the turn again a little later.
      if (isTransient(error)) throw new RetryLater('LINE could not be reached for the reply');
    }
  };

  /** The one turn-error path: the cause counted and logged; the caller tells the user. */
  function turnFailed(error: unknown, context: Record<string, unknown>): FailureCause {
    const cause = failureCause(error, isLineApiError);
    deps.metrics.count('turnErrors', { platform: 'line', cause });
    log.error('line turn failed', { ...context, cause, error });
    return cause;
  }
}

/** The help answer, opened with a welcome. */
function greeting(help: Answer): Answer {
  const welcome = t(
    help.lang,
    '友だち追加ありがとうございます！ atone（アトネ）の支払い期限・手数料・Amazon・キャンペーンについて、いつでも聞いてください。',
    'Thanks for adding me! Ask me about atone payment deadlines, fees, Amazon and campaigns at any time.',
  );
  return { ...help, text: `${welcome}\n\n${help.text}` };
}

function groupHint(lang: Lang, botName: string | undefined): string {
  const mention = `@${botName ?? 'atone-bot'}`;
  return t(
    lang,
    `グループでは ${mention} とメンションして質問してください。メンションのない会話には反応しません。`,
    `In a group, mention ${mention} with your question; I stay quiet otherwise.`,
  );
}
