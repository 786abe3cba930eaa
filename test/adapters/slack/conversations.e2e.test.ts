// End to end, as a Slack user sees it: `npm start` with Slack pointed at a local fake, signed
// requests to its /slack/events. Mentions, DMs, /atone, buttons, the App Home.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../src/domain/dates.js';
import { nextDeadline } from '../../../src/domain/deadlines.js';
import { formatDate } from '../../../src/domain/format.js';
import { methodById } from '../../../src/domain/knowledge-base.js';
import { defaultKnowledgeBase } from '../../../src/knowledge.js';
import { openStore } from '../../../src/store/open.js';
import {
  actionIdOf,
  appHomeOpenedEvent,
  type BotProcess,
  buttonClickPayload,
  buttonsOf,
  directMessageEvent,
  type FakeSlackApi,
  homeButtonPayload,
  homeSelectPayload,
  mentionEvent,
  type RecordedCall,
  sendCommand,
  sendEvent,
  sendInteraction,
  slashCommandFields,
  startBot,
  startFakeSlackApi,
  urlVerificationEvent,
  visibleText,
} from '../../fakes/slack/index.js';

let slack: FakeSlackApi;
let bot: BotProcess;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  bot = await startBot({ apiUrl: slack.apiUrl });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** The first postMessage to `channel` after `since` that satisfies `match`. */
function posted(channel: string, since: number, match: (call: RecordedCall) => boolean = () => true) {
  const find = () =>
    slack
      .callsTo('chat.postMessage')
      .slice(since)
      .find((c) => c.params.channel === channel && match(c));
  return slack.waitFor(find, 5_000, `chat.postMessage to ${channel}`);
}

describe('Slack conversations through npm start', () => {
  it('checked the token with auth.test at start, with the bot token as Bearer', () => {
    const [authTest] = slack.callsTo('auth.test');
    expect(authTest?.authorization).toBe('Bearer xoxb-test');
  });

  it('answers url_verification with the challenge', async () => {
    const reply = await sendEvent(bot, urlVerificationEvent('challenge-123'));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ challenge: 'challenge-123' });
  });

  it('answers a mention in the thread of the message, as Block Kit with a readable fallback', async () => {
    const since = slack.callsTo('chat.postMessage').length;
    const event = mentionEvent({ text: 'コンビニ払いの期限は？', channel: 'C0GENERAL' });
    const reply = await sendEvent(bot, event);
    expect(reply.status).toBe(200);
    const call = await posted('C0GENERAL', since);
    expect(call.params.thread_ts).toBe(event.event.ts);
    const due = formatDate(nextDeadline(methodById(defaultKnowledgeBase(), 'store'), new Date()).due, 'ja');
    expect(visibleText(call)).toContain(due);
    const types = (call.params.blocks as Array<{ type: string }>).map((b) => b.type);
    expect(types).toEqual(['header', 'section', 'section', 'context', 'actions']);
    expect(call.params.text).toMatch(/^コンビニ端末.*の支払い期限 — /);
    expect(String(call.params.text).length).toBeLessThanOrEqual(320);
  });

  it('answers a DM in the DM, not in a thread', async () => {
    const since = slack.callsTo('chat.postMessage').length;
    await sendEvent(bot, directMessageEvent({ text: 'Does Amazon take atone?', user: 'U0BOB' }));
    const call = await posted('DU0BOB', since);
    expect(call.params.thread_ts).toBeUndefined();
    expect(visibleText(call)).toMatch(/Amazon/);
  });

  it('answers /atone only to the asker, through the response_url, after a fast ack', async () => {
    const fields = slashCommandFields({ text: 'はがきの期限は？', responseUrl: slack.responseUrl('cmd-1') });
    const reply = await sendCommand(bot, fields);
    expect(reply.status).toBe(200);
    expect(reply.ms).toBeLessThan(1_000);
    const call = await slack.waitFor(() =>
      slack.callsTo('response_url').find((c) => c.responseId === 'cmd-1'),
    );
    expect(call.params.response_type).toBe('ephemeral');
    expect(visibleText(call)).toMatch(/はがき/);
  });

  it('explains itself on /atone help, with how to use it in Slack', async () => {
    // A lone command has no language of its own: this user asked in Japanese just before (issue 8).
    await sendCommand(bot, slashCommandFields({ text: 'help', responseUrl: slack.responseUrl('cmd-help') }));
    const call = await slack.waitFor(() =>
      slack.callsTo('response_url').find((c) => c.responseId === 'cmd-help'),
    );
    expect(visibleText(call)).toMatch(/atone-bot でできること/);
    expect(visibleText(call)).toContain('/atone');
    // A user with no conversation yet gets it in English, the language of the word.
    await sendCommand(
      bot,
      slashCommandFields({ text: 'help', user: 'U0FRANK', responseUrl: slack.responseUrl('cmd-help-en') }),
    );
    const english = await slack.waitFor(() =>
      slack.callsTo('response_url').find((c) => c.responseId === 'cmd-help-en'),
    );
    expect(visibleText(english)).toMatch(/What atone-bot can do/);
  });

  it('answers a "did you mean" button with the other intent, for the same question, in the thread', async () => {
    const since = slack.callsTo('chat.postMessage').length;
    // A first message: after an answer, a one-word follow-up gets no "did you mean" (issue 8).
    const event = mentionEvent({ text: 'fees and deadline', channel: 'C0GENERAL', user: 'U0GRACE' });
    await sendEvent(bot, event);
    const answer = await posted('C0GENERAL', since, (c) =>
      buttonsOf(c).some((b) => actionIdOf(b)?.startsWith('ask:')),
    );
    const button = buttonsOf(answer).find((b) => actionIdOf(b) === 'ask:deadline');
    expect(button).toBeDefined();
    const after = slack.callsTo('chat.postMessage').length;
    const reply = await sendInteraction(
      bot,
      buttonClickPayload({
        button: defined(button, 'the button'),
        user: 'U0ALICE',
        channel: 'C0GENERAL',
        responseUrl: slack.responseUrl('click-1'),
        message: {
          ts: String(answer.reply?.ts),
          thread_ts: event.event.ts,
          blocks: answer.params.blocks as unknown[],
        },
      }),
    );
    expect(reply.status).toBe(200);
    const followUp = await posted('C0GENERAL', after);
    expect(followUp.params.thread_ts).toBe(event.event.ts);
    expect(visibleText(followUp)).toMatch(/deadline/i);
  });

  it("subscribes from a deadline answer's button, then shows method and next deadline on the App Home", async () => {
    const since = slack.callsTo('chat.postMessage').length;
    await sendEvent(bot, directMessageEvent({ text: 'コンビニ払いの期限は？', user: 'U0CAROL' }));
    const answer = await posted('DU0CAROL', since);
    const remind = buttonsOf(answer).find((b) => actionIdOf(b)?.startsWith('reminder.subscribe'));
    expect(remind).toBeDefined();
    const after = slack.callsTo('chat.postMessage').length;
    await sendInteraction(
      bot,
      buttonClickPayload({
        button: defined(remind, 'the remind button'),
        user: 'U0CAROL',
        channel: 'DU0CAROL',
        responseUrl: slack.responseUrl('click-2'),
        message: { ts: '1764230401.000900', blocks: [] },
      }),
    );
    const confirmation = await posted('DU0CAROL', after);
    expect(visibleText(confirmation)).toMatch(/リマインダーを設定しました/);

    const publishes = slack.callsTo('views.publish').length;
    await sendEvent(bot, appHomeOpenedEvent('U0CAROL'));
    const home = await slack.waitFor(() =>
      slack
        .callsTo('views.publish')
        .slice(publishes)
        .find((c) => c.params.user_id === 'U0CAROL'),
    );
    const kb = defaultKnowledgeBase();
    const method = methodById(kb, 'store');
    const text = visibleText(home);
    expect(text).toContain(method.name.ja);
    expect(text).toContain(formatDate(nextDeadline(method, new Date()).due, 'ja'));
    expect(text).toMatch(/オン: 期限の3日前と当日/);
  });

  it('replaces an ephemeral "did you mean" with the chosen answer, through its response_url', async () => {
    await sendCommand(
      bot,
      slashCommandFields({
        text: 'fees and deadline',
        user: 'U0HEIDI',
        responseUrl: slack.responseUrl('cmd-two-subjects'),
      }),
    );
    const first = await slack.waitFor(() =>
      slack.callsTo('response_url').find((c) => c.responseId === 'cmd-two-subjects'),
    );
    const button = buttonsOf(first).find((b) => actionIdOf(b) === 'ask:deadline');
    expect(button).toBeDefined();
    await sendInteraction(
      bot,
      buttonClickPayload({
        button: defined(button, 'the button'),
        user: 'U0ALICE',
        channel: 'C0GENERAL',
        responseUrl: slack.responseUrl('click-ephemeral'),
      }),
    );
    const replaced = await slack.waitFor(() =>
      slack.callsTo('response_url').find((c) => c.responseId === 'click-ephemeral'),
    );
    expect(replaced.params).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(visibleText(replaced)).not.toEqual(visibleText(first));
  });

  it('changes reminder settings from the App Home and publishes it again', async () => {
    const publishes = () => slack.callsTo('views.publish').filter((c) => c.params.user_id === 'U0DAVE');
    await sendInteraction(bot, homeSelectPayload('U0DAVE', 'atone.home.method', 'postcard'));
    const on = await slack.waitFor(() => publishes()[0]);
    expect(visibleText(on)).toMatch(/\*お支払い方法\*\nはがき請求書/);
    expect(visibleText(on)).toMatch(/オン: 期限の3日前と当日/);

    await sendInteraction(bot, homeSelectPayload('U0DAVE', 'atone.home.lead_days', '1,0'));
    const changed = await slack.waitFor(() => publishes()[1]);
    expect(visibleText(changed)).toMatch(/オン: 期限の前日と当日/);

    await sendInteraction(bot, homeButtonPayload('U0DAVE', 'atone.home.stop', 'stop', 'オフにする'));
    const off = await slack.waitFor(() => publishes()[2]);
    expect(visibleText(off)).toMatch(/オフ。/);
  });

  it('shows on the App Home the next deadline not yet paid, as the assistant tells it', async () => {
    const publishes = () => slack.callsTo('views.publish').filter((c) => c.params.user_id === 'U0PAID');
    await sendInteraction(bot, homeSelectPayload('U0PAID', 'atone.home.method', 'postcard'));
    await slack.waitFor(() => publishes()[0]);
    // The next deadline marked paid (as its reminder's Paid button does), in the bot's own store.
    const kb = defaultKnowledgeBase();
    const due = nextDeadline(methodById(kb, 'postcard'), new Date()).due;
    const store = await openStore(bot.databaseUrl);
    try {
      const subscription = await store.getSubscription('slack', 'U0PAID');
      const iso = toIsoDate(due);
      await store.markPaid(defined(subscription, 'the subscription').id, iso, new Date());
    } finally {
      await store.close();
    }
    await sendEvent(bot, appHomeOpenedEvent('U0PAID'));
    const home = await slack.waitFor(() => publishes()[1]);
    const next = /\*次の期限\*\n([^（]+)/.exec(visibleText(home))?.[1];
    expect(next).toBeDefined();
    expect(next).not.toBe(formatDate(due, 'ja'));
  });

  it('confirms a reminder set from a channel answer to the clicker only', async () => {
    const since = slack.callsTo('chat.postMessage').length;
    const event = mentionEvent({ text: 'はがきの期限は？', channel: 'C0GENERAL', user: 'U0ERIN' });
    await sendEvent(bot, event);
    const answer = await posted('C0GENERAL', since, (c) => c.params.thread_ts === event.event.ts);
    const remind = defined(
      buttonsOf(answer).find((b) => actionIdOf(b)?.startsWith('reminder.subscribe')),
      'the remind button',
    );
    const after = slack.callsTo('chat.postMessage').length;
    await sendInteraction(
      bot,
      buttonClickPayload({
        button: remind,
        user: 'U0ERIN',
        channel: 'C0GENERAL',
        responseUrl: slack.responseUrl('click-personal'),
        message: { ts: String(answer.reply?.ts), thread_ts: event.event.ts, blocks: [] },
      }),
    );
    const reply = await slack.waitFor(() =>
      slack.callsTo('response_url').find((c) => c.responseId === 'click-personal'),
    );
    expect(reply.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(reply)).toMatch(/リマインダーを設定しました/);
    expect(
      slack
        .callsTo('chat.postMessage')
        .slice(after)
        .filter((c) => c.params.channel === 'C0GENERAL'),
    ).toHaveLength(0);
  });
});
