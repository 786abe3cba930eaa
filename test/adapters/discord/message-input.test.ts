import { describe, expect, it } from 'vitest';
import {
  conversationId,
  type GatewayMessage,
  messageFromGateway,
} from '../../../adapters/discord/message-input.js';
import { fixture } from '../../fakes/discord/payloads.js';

const BOT = '1300000000000000002';
const at = new Date('2026-11-27T10:00:00Z');
const mention = fixture('message-create-mention') as GatewayMessage;
const dm = fixture('message-create-dm') as GatewayMessage;

describe('messageFromGateway', () => {
  it('reads a mention in a server without the mention itself', () => {
    expect(messageFromGateway(mention, BOT, at)).toEqual({
      platform: 'discord',
      userId: '1300000000000000300',
      channelId: 'discord:1300000000000000100:1300000000000000200',
      text: 'コンビニ払いの期限は？',
      receivedAt: at,
    });
  });

  it('reads every DM', () => {
    expect(messageFromGateway(dm, BOT, at)).toMatchObject({
      channelId: 'discord:dm:1300000000000000700',
      text: 'When is the direct debit taken?',
    });
  });

  it('ignores server messages that do not mention the bot, bots, webhooks, itself and system messages', () => {
    expect(messageFromGateway({ ...mention, content: 'hello', mentions: [] }, BOT, at)).toBeUndefined();
    expect(messageFromGateway({ ...dm, author: { id: '9', bot: true } }, BOT, at)).toBeUndefined();
    expect(messageFromGateway({ ...dm, webhook_id: '5' }, BOT, at)).toBeUndefined();
    expect(messageFromGateway({ ...dm, author: { id: BOT } }, BOT, at)).toBeUndefined();
    expect(messageFromGateway({ ...dm, type: 7 }, BOT, at)).toBeUndefined();
  });

  it('takes a nickname mention, and removes other mentions and emoji whose digits would read as dates', () => {
    const message = messageFromGateway(
      { ...mention, mentions: [], content: `<@!${BOT}> <@123> <#456> <:ok:789> 期限は？ <@&1>` },
      BOT,
      at,
    );
    expect(message?.text).toBe('期限は？');
  });

  it('names conversations with the platform, the server (or dm) and the channel', () => {
    expect(conversationId(null, '7')).toBe('discord:dm:7');
    expect(conversationId('1', '7')).toBe('discord:1:7');
  });
});
