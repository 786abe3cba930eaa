// Slack through test/fakes/slack: Bolt's HTTP receiver on a local port, signed Events API
// requests (DMs, channel mentions answered in the thread), block_actions for buttons.
import type { PlatformAdapter } from '../../../../adapters/platform.js';
import { createSlackAdapter } from '../../../../adapters/slack/slack-adapter.js';
import {
  buttonClickPayload,
  buttonsOf,
  directMessageEvent,
  type FakeSlackApi,
  mentionEvent,
  otherBotMessageEvent,
  ownMessageEvent,
  type RecordedCall,
  type SlackEndpoint,
  sendEvent,
  sendInteraction,
  startFakeSlackApi,
  visibleText,
} from '../../../fakes/slack/index.js';
import { type BotMessage, type ContractDriver, type DriverUser, waitFor } from '../driver.js';

const CHANNEL = 'C0CONTRACT';
const SIGNING_SECRET = 'contract-signing-secret';

interface Handle {
  ts: string;
  where: 'dm' | 'channel';
  /** Calls recorded before it was sent: replies come after. */
  since: number;
}

export function slackDriver(): ContractDriver<DriverUser> {
  let slack: FakeSlackApi;
  let adapter: PlatformAdapter | undefined;
  let endpoint: SlackEndpoint;
  let users = 0;

  const seen = (call: RecordedCall): BotMessage => ({
    chat: String(call.params.channel),
    text: visibleText(call),
    buttons: buttonsOf(call).map((b) => b.text.text),
    raw: call,
  });

  async function deliver(envelope: object): Promise<void> {
    const { status } = await sendEvent(endpoint, envelope);
    if (status !== 200) throw new Error(`Slack events answered ${status}`);
  }

  return {
    platform: 'slack',
    cannot: {},
    async start(harness) {
      slack = await startFakeSlackApi();
      adapter = createSlackAdapter(
        { botToken: 'xoxb-contract', signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl },
        harness.deps,
      );
      await adapter.start();
      endpoint = { url: `${await harness.serve(adapter)}/slack/events`, signingSecret: SIGNING_SECRET };
      return adapter;
    },
    async stop() {
      await adapter?.stop();
      await slack?.close();
    },
    newUser: () => ({ userId: `U0CONTRACT${++users}` }),
    async say(user, text, where) {
      const since = slack.calls.length;
      const envelope =
        where === 'dm'
          ? directMessageEvent({ text, user: user.userId, channel: `D${user.userId}` })
          : mentionEvent({ text, user: user.userId, channel: CHANNEL });
      await deliver(envelope);
      const handle: Handle = { ts: envelope.event.ts, where, since };
      return { chat: where === 'dm' ? `D${user.userId}` : CHANNEL, handle };
    },
    async botSays(author, user, text) {
      const since = slack.calls.length;
      const channel = `D${user.userId}`;
      const envelope = author === 'self' ? ownMessageEvent(channel) : otherBotMessageEvent(text, channel);
      await deliver(envelope);
      return { chat: channel, handle: { ts: '', where: 'dm', since } satisfies Handle };
    },
    repliesTo(said) {
      const { ts, where, since } = said.handle as Handle;
      // In a channel the reply is in the question's thread; in a DM, any message after it.
      return slack
        .callsTo('chat.postMessage')
        .filter((c) => c.params.channel === said.chat && slack.calls.indexOf(c) >= since)
        .filter((c) => where === 'dm' || c.params.thread_ts === ts)
        .map(seen);
    },
    dmMessages: (user) =>
      slack
        .callsTo('chat.postMessage')
        .filter((c) => c.params.channel === `D${user.userId}`)
        .map(seen),
    async press(user, message, label) {
      const call = message.raw as RecordedCall;
      const button = buttonsOf(call).find((b) => label.test(b.text.text));
      if (!button) throw new Error(`no button ${label} in ${message.buttons.join(', ')}`);
      const since = slack.calls.length;
      const { status } = await sendInteraction(
        endpoint,
        buttonClickPayload({
          button,
          user: user.userId,
          channel: message.chat,
          responseUrl: slack.responseUrl(`contract-${since}`),
          message: {
            ts: String(call.reply?.ts),
            text: String(call.params.text),
            blocks: call.params.blocks as unknown[],
          },
        }),
      );
      if (status !== 200) throw new Error(`Slack interactivity answered ${status}`);
      // The answer: the message settled in place, or a new message, or an ephemeral one.
      const answer = await waitFor(
        () =>
          slack.calls
            .slice(since)
            .find((c) =>
              ['chat.update', 'chat.postMessage', 'chat.postEphemeral', 'response_url'].includes(c.method),
            ),
        'Slack to answer the click',
      );
      return { ...seen(answer), chat: message.chat };
    },
  };
}
