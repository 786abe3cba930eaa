import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressedText,
  chatOfConversation,
  conversationOf,
  parseWebhookBody,
  toTurn,
} from '../../../adapters/line/events.js';

const BOT = { userId: 'Ubot0000000000000000000000000000', displayName: 'atone-bot' };
const USER = 'U1234567890abcdef1234567890abcdef';
const GROUP = 'C1234567890abcdef1234567890abcdef';

function textEvent(text: string, extra: Record<string, unknown> = {}, message: Record<string, unknown> = {}) {
  return {
    type: 'message',
    mode: 'active',
    timestamp: 1_764_000_000_000,
    source: { type: 'user', userId: USER },
    webhookEventId: '01JABCDEFGHJKMNPQRSTVWXYZ0',
    deliveryContext: { isRedelivery: false },
    replyToken: 'token-1',
    message: { id: '1', type: 'text', text, quoteToken: 'q-1', ...message },
    ...extra,
  };
}

const inGroup = { source: { type: 'group', groupId: GROUP, userId: USER } };

describe('parseWebhookBody', () => {
  it('reads the destination and the events of a LINE body', () => {
    expect(parseWebhookBody(Buffer.from('{"destination":"Ubot","events":[{"type":"follow"}]}'))).toEqual({
      destination: 'Ubot',
      events: [{ type: 'follow' }],
    });
    expect(parseWebhookBody('{"destination":"Ubot","events":[]}')).toEqual({
      destination: 'Ubot',
      events: [],
    });
  });

  it('gives undefined for anything else, never throwing', () => {
    for (const raw of ['', 'null', '[]', '{"events":{}}', '{"events":"x"}', 'not json', '\u0000'])
      expect(parseWebhookBody(raw)).toBeUndefined();
    fc.assert(fc.property(fc.string(), (raw) => void parseWebhookBody(raw)));
  });
});

describe('toTurn', () => {
  it('turns a one-to-one text message into a question, whitespace collapsed', () => {
    expect(toTurn(textEvent('  コンビニ払いの\n期限は？ '), BOT)).toEqual({
      kind: 'text',
      eventId: '01JABCDEFGHJKMNPQRSTVWXYZ0',
      redelivery: false,
      replyToken: 'token-1',
      chat: { kind: 'user', id: USER },
      userId: USER,
      text: 'コンビニ払いの 期限は？',
    });
  });

  it('marks redeliveries', () => {
    expect(toTurn(textEvent('hi', { deliveryContext: { isRedelivery: true } }), BOT)?.redelivery).toBe(true);
  });

  it('ignores standby events, the bot itself, unknown types and malformed events', () => {
    expect(toTurn(textEvent('hi', { mode: 'standby' }), BOT)).toBeUndefined();
    expect(toTurn(textEvent('hi', { source: { type: 'user', userId: BOT.userId } }), BOT)).toBeUndefined();
    expect(toTurn({ ...textEvent('hi'), type: 'memberJoined' }, BOT)).toBeUndefined();
    for (const event of [
      null,
      1,
      'x',
      {},
      { type: 'message' },
      { type: 'message', source: { type: 'alien' } },
    ])
      expect(toTurn(event, BOT)).toBeUndefined();
    fc.assert(fc.property(fc.anything(), (event) => void toTurn(event, BOT)));
  });

  it('bounds a 10,000-character message', () => {
    const turn = toTurn(textEvent('あ'.repeat(10_000)), BOT);
    expect(turn?.kind === 'text' && turn.text.length).toBe(4_000);
  });

  it('answers a sticker in a one-to-one chat, but not in a group', () => {
    const sticker = { type: 'sticker', packageId: '1', stickerId: '2' };
    expect(toTurn(textEvent('', {}, sticker), BOT)?.kind).toBe('other-message');
    expect(toTurn(textEvent('', inGroup, sticker), BOT)).toBeUndefined();
  });

  it('stays quiet in a group unless the bot is mentioned, and then strips the mention', () => {
    expect(toTurn(textEvent('コンビニ払いの期限は？', inGroup), BOT)).toBeUndefined();
    const mention = {
      mentionees: [{ index: 0, length: 10, type: 'user', userId: BOT.userId, isSelf: true }],
    };
    const turn = toTurn(textEvent('@atone-bot コンビニ払いの期限は？', inGroup, { mention }), BOT);
    expect(turn).toMatchObject({
      kind: 'text',
      chat: { kind: 'group', id: GROUP },
      userId: USER,
      text: 'コンビニ払いの期限は？',
      quoteToken: 'q-1',
    });
  });

  it('uses the group as the asker when LINE gives no user id', () => {
    const mention = { mentionees: [{ index: 0, length: 10, isSelf: true }] };
    const turn = toTurn(
      textEvent('@atone-bot 手数料は？', { source: { type: 'room', roomId: 'R1' } }, { mention }),
      BOT,
    );
    expect(turn).toMatchObject({ chat: { kind: 'room', id: 'R1' }, userId: 'R1', text: '手数料は？' });
  });

  it('reads postbacks, follows, joins and unfollows', () => {
    const base = { source: { type: 'user', userId: USER }, replyToken: 't', webhookEventId: 'e' };
    expect(toTurn({ ...base, type: 'postback', postback: { data: 'ask:fees' } }, BOT)).toMatchObject({
      kind: 'postback',
      data: 'ask:fees',
      userId: USER,
    });
    expect(toTurn({ ...base, type: 'follow', follow: { isUnblocked: false } }, BOT)).toMatchObject({
      kind: 'follow',
      userId: USER,
    });
    expect(toTurn({ ...base, type: 'join', source: { type: 'group', groupId: GROUP } }, BOT)).toMatchObject({
      kind: 'join',
      chat: { kind: 'group', id: GROUP },
    });
    const { replyToken: _none, ...unfollow } = base;
    expect(toTurn({ ...unfollow, type: 'unfollow' }, BOT)).toEqual({
      kind: 'unfollow',
      userId: USER,
      eventId: 'e',
      redelivery: false,
    });
  });
});

describe('addressedText', () => {
  const message = (text: string, mentionees: unknown[] = []) => ({
    message: { type: 'text', text, mention: { mentionees } } as never,
  });

  it('removes every mention of the bot, by flag or by id, and keeps other people’s', () => {
    const text = '@花子 @atone-bot 期限は？';
    expect(
      addressedText(
        message(text, [
          { index: 0, length: 3, type: 'user', userId: 'Uother' },
          { index: 4, length: 10, type: 'user', userId: BOT.userId },
        ]),
        BOT,
      ),
    ).toBe('@花子 期限は？');
  });

  it('does not answer @All or someone else’s mention', () => {
    expect(
      addressedText(message('@All 期限は？', [{ index: 0, length: 4, type: 'all' }]), BOT),
    ).toBeUndefined();
    expect(
      addressedText(message('@花子 期限は？', [{ index: 0, length: 3, userId: 'Uother' }]), BOT),
    ).toBeUndefined();
  });

  it('takes the bot’s name typed without picking it from the list', () => {
    expect(addressedText(message('ねえ @atone-bot 手数料は？'), BOT)).toBe('ねえ 手数料は？');
    expect(addressedText(message('ねえ @atone-bot 手数料は？'), { userId: BOT.userId })).toBeUndefined();
  });

  it('survives mention offsets beyond the text', () => {
    expect(addressedText(message('短い', [{ index: 50, length: 10, isSelf: true }]), BOT)).toBe('短い');
  });
});

describe('conversation ids', () => {
  it('round-trip for users, groups and rooms, and refuse others', () => {
    for (const chat of [
      { kind: 'user', id: USER },
      { kind: 'group', id: GROUP },
      { kind: 'room', id: 'R1234' },
    ] as const)
      expect(chatOfConversation(conversationOf(chat))).toEqual(chat);
    expect(conversationOf({ kind: 'user', id: USER })).toBe(`line:user:${USER}`);
    for (const other of ['slack:user:U1', 'line:user:', 'line:channel:C1', 'line:user:U1:x', 'line:user:U 1'])
      expect(chatOfConversation(other)).toBeUndefined();
  });
});
