// LINE through test/fakes/line: the webhook served on a local port, users writing one-to-one or
// in a group (mentioning the bot), replies by reply token, reminders by push.
import { createLineAdapter } from '../../../../adapters/line/line-adapter.js';
import type { PlatformAdapter } from '../../../../adapters/platform.js';
import {
  buttonsOf,
  FakeLine,
  type FakeUser,
  type Json,
  lineId,
  visibleText,
} from '../../../fakes/line/index.js';
import type { BotMessage, ContractDriver } from '../driver.js';

type Sent = { chatId: string; messages: Json[] };

export function lineDriver(): ContractDriver<FakeUser> {
  let line: FakeLine;
  let adapter: PlatformAdapter | undefined;
  const group = { type: 'group' as const, groupId: lineId('C') };
  let users = 0;

  const seen = (sent: Sent): BotMessage => ({
    chat: sent.chatId,
    text: visibleText(sent.messages),
    buttons: buttonsOf(sent.messages).map((action) => String(action.label)),
    raw: sent.messages,
  });

  async function deliver(event: Json): Promise<void> {
    const { status } = await line.deliver(event);
    if (status !== 200) throw new Error(`the webhook answered ${status}`);
  }

  return {
    platform: 'line',
    cannot: { otherBots: 'LINE does not deliver one bot’s messages to another bot’s webhook' },
    async start(harness) {
      line = await FakeLine.start();
      adapter = createLineAdapter(
        {
          channelSecret: line.channelSecret,
          channelAccessToken: line.channelAccessToken,
          apiUrl: line.apiUrl,
        },
        harness.deps,
      );
      await adapter.start();
      line.webhookUrl = `${await harness.serve(adapter)}/line/webhook`;
      return adapter;
    },
    async stop() {
      await adapter?.stop();
      await line?.close();
    },
    newUser: () => line.user(`user${++users}`, 'ja'),
    async say(user, text, where) {
      const event =
        where === 'dm' ? line.text(user, text) : line.text(user, text, { chat: group, mention: true });
      await deliver(event);
      return { chat: where === 'dm' ? user.userId : group.groupId, handle: event };
    },
    async botSays(author, user, text) {
      if (author === 'other') throw new Error('LINE cannot show another bot');
      // The bot's own id as the author: LINE never sends this, and the bot must not answer it.
      const event = line.text({ userId: line.bot.userId, displayName: line.bot.displayName }, text);
      await deliver(event);
      return { chat: user.userId, handle: event };
    },
    repliesTo: (said) => line.repliesTo(said.handle as Json).map(seen),
    dmMessages: (user) =>
      line.pushesTo(user.userId).map((push) => seen({ chatId: push.to, messages: push.messages })),
    async press(user, message, label) {
      const action = buttonsOf(message.raw as Json[]).find((a) => label.test(String(a.label)));
      if (!action) throw new Error(`no button ${label} in ${message.buttons.join(', ')}`);
      const event = line.postback(user, action);
      await deliver(event);
      return seen(await line.replyTo(event));
    },
  };
}
