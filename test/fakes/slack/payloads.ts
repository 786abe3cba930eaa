// Payloads Slack sends, built from the recorded fixtures in test/fixtures/slack/ with fresh ids
// (event_id, ts) so that every request is a new event unless a test repeats one on purpose.
import appHomeOpened from '../../fixtures/slack/app-home-opened.json' with { type: 'json' };
import appMention from '../../fixtures/slack/app-mention.json' with { type: 'json' };
import blockActionsButton from '../../fixtures/slack/block-actions-button.json' with { type: 'json' };
import homeSelect from '../../fixtures/slack/block-actions-home-select.json' with { type: 'json' };
import messageIm from '../../fixtures/slack/message-im.json' with { type: 'json' };
import botMessage from '../../fixtures/slack/message-im-from-bot.json' with { type: 'json' };
import slashCommand from '../../fixtures/slack/slash-command.json' with { type: 'json' };
import urlVerification from '../../fixtures/slack/url-verification.json' with { type: 'json' };

let counter = 0;
const clone = <T>(value: T): T => structuredClone(value);

/** A new message timestamp ("seconds.micro"), unique within the process. */
export function freshTs(): string {
  counter += 1;
  return `${Math.floor(Date.now() / 1000)}.${String(counter).padStart(6, '0')}`;
}

export function freshEventId(): string {
  return `Ev${Date.now().toString(36).toUpperCase()}${(++counter).toString(36).toUpperCase()}`;
}

export interface TextEventOptions {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
  eventId?: string;
}

type Envelope = typeof appMention;

/** `@atone-bot <text>` in a channel (app_mention); the bot's mention is added in front. */
export function mentionEvent(options: TextEventOptions): Envelope {
  const envelope = clone(appMention);
  const ts = options.ts ?? freshTs();
  Object.assign(envelope.event, {
    text: `<@U0BOT> ${options.text}`,
    user: options.user ?? envelope.event.user,
    channel: options.channel ?? envelope.event.channel,
    ts,
    event_ts: ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
  });
  envelope.event_id = options.eventId ?? freshEventId();
  return envelope;
}

/** A direct message to the bot (message.im). */
export function directMessageEvent(options: TextEventOptions): typeof messageIm {
  const envelope = clone(messageIm);
  const ts = options.ts ?? freshTs();
  const user = options.user ?? envelope.event.user;
  Object.assign(envelope.event, {
    text: options.text,
    user,
    channel: options.channel ?? `D${user}`,
    ts,
    event_ts: ts,
  });
  envelope.event_id = options.eventId ?? freshEventId();
  return envelope;
}

/** A message the bot itself posted, echoed back by Slack in the DM (carries bot_id). */
export function ownMessageEvent(channel = 'D0ALICE'): typeof botMessage {
  const envelope = clone(botMessage);
  const ts = freshTs();
  Object.assign(envelope.event, { channel, ts, event_ts: ts });
  envelope.event_id = freshEventId();
  return envelope;
}

/** Another app's bot writing in a DM: subtype bot_message, no user. */
export function otherBotMessageEvent(text: string, channel = 'D0ALICE'): object {
  const envelope = clone(messageIm) as unknown as { event: Record<string, unknown>; event_id: string };
  const ts = freshTs();
  envelope.event = {
    type: 'message',
    subtype: 'bot_message',
    bot_id: 'B0OTHER',
    username: 'other-bot',
    text,
    channel,
    ts,
    event_ts: ts,
    channel_type: 'im',
  };
  envelope.event_id = freshEventId();
  return envelope;
}

export function appHomeOpenedEvent(user: string): typeof appHomeOpened {
  const envelope = clone(appHomeOpened);
  Object.assign(envelope.event, { user, channel: `D${user}`, event_ts: freshTs() });
  envelope.event_id = freshEventId();
  return envelope;
}

export function urlVerificationEvent(challenge: string): typeof urlVerification {
  return { ...clone(urlVerification), challenge };
}

/** `/atone <text>` as its form fields; `responseUrl` should point at the fake Web API. */
export function slashCommandFields(options: {
  text: string;
  responseUrl: string;
  user?: string;
  channel?: string;
}): Record<string, string> {
  return {
    ...clone(slashCommand),
    text: options.text,
    response_url: options.responseUrl,
    user_id: options.user ?? slashCommand.user_id,
    channel_id: options.channel ?? slashCommand.channel_id,
    trigger_id: freshTriggerId(),
  };
}

/** Slack gives every command and interaction its own trigger id (the bot's inbox keys on it). */
function freshTriggerId(): string {
  return `${Date.now()}.${++counter}.fake`;
}

/** A button as the bot rendered it (type, action_id, text, value). */
export interface RenderedButton {
  action_id: string;
  value?: string;
  text: { type: 'plain_text'; text: string };
}

export interface ButtonClickOptions {
  button: RenderedButton;
  user: string;
  channel: string;
  responseUrl: string;
  /** The message the button is on, as the bot posted it; absent for an ephemeral message. */
  message?: { ts: string; text?: string; blocks?: unknown[]; thread_ts?: string };
}

/** A click on one of the bot's buttons (block_actions). */
export function buttonClickPayload(options: ButtonClickOptions): object {
  const payload = clone(blockActionsButton) as unknown as Record<string, unknown>;
  const { message } = options;
  payload.user = {
    id: options.user,
    username: options.user.toLowerCase(),
    name: options.user.toLowerCase(),
    team_id: 'T0ATONE',
  };
  payload.channel = {
    id: options.channel,
    name: options.channel.startsWith('D') ? 'directmessage' : 'general',
  };
  payload.response_url = options.responseUrl;
  payload.container = message
    ? {
        type: 'message',
        message_ts: message.ts,
        channel_id: options.channel,
        is_ephemeral: false,
        ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
      }
    : { type: 'message', message_ts: freshTs(), channel_id: options.channel, is_ephemeral: true };
  if (message) payload.message = { ...(payload.message as object), ...message, blocks: message.blocks ?? [] };
  else delete payload.message;
  payload.actions = [{ ...options.button, block_id: 'Bk9z', type: 'button', action_ts: freshTs() }];
  payload.trigger_id = freshTriggerId();
  return payload;
}

/** A choice in one of the App Home's selects. */
export function homeSelectPayload(user: string, actionId: string, value: string): object {
  const payload = clone(homeSelect) as unknown as {
    user: object;
    actions: Array<Record<string, unknown>>;
    trigger_id: string;
  };
  payload.trigger_id = freshTriggerId();
  payload.user = { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0ATONE' };
  const [action] = payload.actions;
  payload.actions = [
    {
      ...action,
      action_id: actionId,
      selected_option: { text: { type: 'plain_text', text: value, emoji: true }, value },
      action_ts: freshTs(),
    },
  ];
  return payload;
}

/** A click on one of the App Home's buttons (e.g. turning reminders off). */
export function homeButtonPayload(user: string, actionId: string, value: string, label = value): object {
  const payload = homeSelectPayload(user, actionId, value) as { actions: Array<Record<string, unknown>> };
  payload.actions = [
    {
      type: 'button',
      action_id: actionId,
      block_id: 'atone.home.settings',
      text: { type: 'plain_text', text: label, emoji: true },
      value,
      action_ts: freshTs(),
    },
  ];
  return payload;
}
