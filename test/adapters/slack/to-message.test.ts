import { describe, expect, it } from 'vitest';
import {
  isDirectMessage,
  isFromBot,
  MAX_QUESTION_CHARS,
  replyThreadTs,
  slackTextToPlain,
  toMessage,
} from '../../../adapters/slack/to-message.js';
import appMention from '../../fixtures/slack/app-mention.json' with { type: 'json' };
import messageIm from '../../fixtures/slack/message-im.json' with { type: 'json' };
import ownMessage from '../../fixtures/slack/message-im-from-bot.json' with { type: 'json' };

const receivedAt = new Date('2026-11-27T01:00:00Z');
const bot = { botUserId: 'U0BOT', botId: 'B0BOT' };

describe('slackTextToPlain', () => {
  it('strips the bot mention and decodes Slack entities', () => {
    expect(slackTextToPlain('<@U0BOT> コンビニ払い &amp; はがき &lt;期限&gt;は？', 'U0BOT')).toBe(
      'コンビニ払い & はがき <期限>は？',
    );
  });

  it('decodes &amp; last, so an escaped entity stays literal', () => {
    expect(slackTextToPlain('&amp;lt;', 'U0BOT')).toBe('&lt;');
  });

  it('keeps other mentions, channels and links as their labels', () => {
    const text =
      '<@U0BOT> <@U0ALICE|alice> <#C0GENERAL|general> <https://atone.be/|atone> <https://example.com> <mailto:a@b.jp|a@b.jp> <!here>';
    expect(slackTextToPlain(text, 'U0BOT')).toBe('@alice #general atone https://example.com a@b.jp');
  });

  it('a mention of the bot alone leaves nothing (the core then shows help)', () => {
    expect(slackTextToPlain('<@U0BOT>', 'U0BOT')).toBe('');
  });
});

describe('toMessage', () => {
  it('turns an app_mention into a Message with a conversation id that carries workspace and channel', () => {
    const message = toMessage(appMention.event, { ...bot, teamId: appMention.team_id, receivedAt });
    expect(message).toEqual({
      platform: 'slack',
      userId: 'U0ALICE',
      channelId: 'slack:T0ATONE:C0GENERAL',
      text: 'コンビニ払いの期限は？',
      receivedAt,
    });
  });

  it('turns a DM into a Message', () => {
    expect(toMessage(messageIm.event, { ...bot, teamId: 'T0ATONE', receivedAt }).text).toBe(
      'はがきの期限は？',
    );
  });

  it('never passes more than MAX_QUESTION_CHARS to the core', () => {
    const event = { ...messageIm.event, text: 'あ'.repeat(40_000) };
    expect(toMessage(event, { ...bot, receivedAt }).text).toHaveLength(MAX_QUESTION_CHARS);
  });
});

describe('who wrote it', () => {
  it('recognises its own messages, other bots, and people', () => {
    expect(isFromBot(ownMessage.event, bot)).toBe(true);
    expect(isFromBot({ subtype: 'bot_message', bot_id: 'B0OTHER' }, bot)).toBe(true);
    expect(isFromBot({ user: 'U0BOT' }, bot)).toBe(true);
    expect(isFromBot(messageIm.event, bot)).toBe(false);
  });
});

describe('where the reply goes', () => {
  it('in the thread of a channel mention, in the DM itself, or in the thread the user wrote in', () => {
    expect(replyThreadTs(appMention.event)).toBe(appMention.event.ts);
    expect(replyThreadTs(messageIm.event)).toBeUndefined();
    expect(replyThreadTs({ ...messageIm.event, thread_ts: '1.2' })).toBe('1.2');
    expect(replyThreadTs({ ...appMention.event, thread_ts: '1.3' })).toBe('1.3');
    expect(isDirectMessage({ channel: 'D0X' })).toBe(true);
    expect(isDirectMessage({ channel: 'C0X', channel_type: 'channel' })).toBe(false);
  });
});
