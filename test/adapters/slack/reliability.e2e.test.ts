// End to end through `npm start`: what Slack's wire does to a bot (retries, forgeries, stale
// requests, rate limits, errors, huge messages, bots talking) and what the bot must survive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BotProcess,
  directMessageEvent,
  type FakeSlackApi,
  mentionEvent,
  otherBotMessageEvent,
  ownMessageEvent,
  postSigned,
  sendEvent,
  signature,
  startBot,
  startFakeSlackApi,
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

const postsTo = (channel: string) =>
  slack.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Slack reliability through npm start', () => {
  it('answers an event once when Slack retries it (X-Slack-Retry-Num), even concurrently', async () => {
    const event = directMessageEvent({ text: 'はがきの期限は？', user: 'U0RETRY' });
    const replies = await Promise.all([sendEvent(bot, event), sendEvent(bot, event, { retryNum: 1 })]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    await slack.waitFor(() => postsTo('DU0RETRY').length > 0);
    await sendEvent(bot, event, { retryNum: 2 });
    await settle(400);
    expect(postsTo('DU0RETRY')).toHaveLength(1);
    expect(bot.log()).toMatch(/duplicate event dropped/);
  });

  it('refuses a forged signature with 401 and does not answer', async () => {
    const event = directMessageEvent({ text: '手数料は？', user: 'U0FORGE' });
    const body = JSON.stringify(event);
    const now = Math.floor(Date.now() / 1000);
    const forged = await postSigned(bot, body, 'application/json', {
      signature: signature('not-the-secret', now, body),
      timestamp: now,
    });
    expect(forged.status).toBe(401);
    const unsigned = await postSigned(bot, body, 'application/json', { signature: '' });
    expect(unsigned.status).toBe(401);
    await settle(200);
    expect(postsTo('DU0FORGE')).toHaveLength(0);
  });

  it('refuses a correctly signed but stale request (6 minutes old) with 401', async () => {
    const event = directMessageEvent({ text: '手数料は？', user: 'U0STALE' });
    const reply = await sendEvent(bot, event, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(reply.status).toBe(401);
    await settle(200);
    expect(postsTo('DU0STALE')).toHaveLength(0);
  });

  it('waits out a 429 with Retry-After: 1 and still delivers the answer; the process lives on', async () => {
    slack.failNext('chat.postMessage', { status: 429, retryAfterS: 1 });
    const started = Date.now();
    await sendEvent(bot, directMessageEvent({ text: 'Amazonで使える？', user: 'U0LIMIT' }));
    const call = await slack.waitFor(() => postsTo('DU0LIMIT')[0], 8_000, 'the answer after the 429');
    expect(call.at - started).toBeGreaterThanOrEqual(1_000);
    expect(visibleText(call)).toMatch(/Amazon/);
    expect(bot.alive()).toBe(true);
    expect(bot.log()).toMatch(/rate limit/i);
  });

  it('logs a Web API error without the token, stays up, and answers the next message', async () => {
    slack.failNext('chat.postMessage', { error: 'not_in_channel' });
    await sendEvent(bot, mentionEvent({ text: '延滞するとどうなる？', channel: 'C0LOCKED' }));
    await slack.waitFor(() => /not_in_channel/.test(bot.log()) || undefined, 5_000, 'the error in the log');
    expect(bot.log()).not.toContain('xoxb-test');
    expect(bot.alive()).toBe(true);
    await sendEvent(bot, mentionEvent({ text: '延滞するとどうなる？', channel: 'C0LOCKED' }));
    await slack.waitFor(() => postsTo('C0LOCKED')[0]);
  });

  it('answers a 40,000-character message without echoing it', async () => {
    const huge = `コンビニ払いの期限は？${'あ'.repeat(40_000 - 11)}`;
    expect(huge).toHaveLength(40_000);
    const reply = await sendEvent(bot, directMessageEvent({ text: huge, user: 'U0HUGE' }));
    expect(reply.status).toBe(200);
    const call = await slack.waitFor(() => postsTo('DU0HUGE')[0], 5_000, 'an answer to the long message');
    const sent = JSON.stringify(call.params);
    expect(sent.length).toBeLessThan(10_000);
    expect(sent).not.toContain('あ'.repeat(2_000));
  });

  it('never answers its own messages or another bot', async () => {
    await sendEvent(bot, ownMessageEvent('D0SELF'));
    await sendEvent(bot, otherBotMessageEvent('コンビニ払いの期限は？', 'D0OTHER'));
    await settle(400);
    expect(postsTo('D0SELF')).toHaveLength(0);
    expect(postsTo('D0OTHER')).toHaveLength(0);
  });

  it('answers 404 on other paths, 400 on an unparsable signed body', async () => {
    const other = await fetch(`http://127.0.0.1:${bot.port}/elsewhere`, { method: 'POST', body: '{}' });
    expect(other.status).toBe(404);
    const garbage = await postSigned(bot, '{not json', 'application/json');
    expect(garbage.status).toBe(400);
    expect(bot.alive()).toBe(true);
  });

  it('stops the start with a message naming the token when Slack refuses it, and never prints it', async () => {
    slack.failNext('auth.test', { error: 'invalid_auth' });
    const failure = await startBot({ apiUrl: slack.apiUrl }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/the bot exited \(1\)/);
    expect(failure).toMatch(/Slack did not accept SLACK_BOT_TOKEN at auth\.test \(invalid_auth\)/);
    expect(failure).not.toContain('xoxb-test');
  });
});
