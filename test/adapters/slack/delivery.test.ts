import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ChannelPacer } from '../../../adapters/slack/channel-pacer.js';
import { createReminderDelivery, parseConversation } from '../../../adapters/slack/reminder-delivery.js';
import {
  boltLogger,
  describeError,
  redactTokens,
  toSendError,
} from '../../../adapters/slack/slack-errors.js';
import {
  RateLimitError,
  retryAfterOf,
  sendFailureOf,
  UndeliverableError,
} from '../../../src/reminders/errors.js';
import type { Answer } from '../../../src/types.js';
import { startFakeSlackApi } from '../../fakes/slack/index.js';

const answer: Answer = {
  intent: 'deadline',
  confidence: 1,
  lang: 'ja',
  title: 'お知らせ',
  text: '期限まであと3日です。',
};

describe('conversation ids', () => {
  it('name a user (their DM) or a channel', () => {
    expect(parseConversation('slack:user:U123')).toEqual({ kind: 'user', id: 'U123' });
    expect(parseConversation('slack:channel:C123')).toEqual({ kind: 'channel', id: 'C123' });
    expect(parseConversation('slack:T1:C123')).toEqual({ kind: 'channel', id: 'C123' });
    expect(parseConversation('discord:user:1')).toBeUndefined();
    expect(parseConversation('slack:user:../../x')).toBeUndefined();
  });
});

describe('ChannelPacer', () => {
  it('spaces messages to one channel by the gap, in order, and leaves other channels alone', async () => {
    let clock = 0;
    const waits: number[] = [];
    const pacer = new ChannelPacer(
      1_000,
      () => clock,
      async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    );
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(`${name}@${clock}`);
    };
    await Promise.all([pacer.run('D1', task('a')), pacer.run('D1', task('b')), pacer.run('D2', task('c'))]);
    expect(started).toEqual(['a@0', 'c@0', 'b@1000']);
    expect(waits[0]).toBe(1_000);
  });
});

describe('Slack errors', () => {
  it('a 429 becomes a RateLimitError carrying Retry-After in ms; other errors keep their reason', () => {
    const limited = toSendError(
      { code: 'slack_webapi_rate_limited_error', retryAfter: 7, message: 'x' },
      'chat.postMessage',
    );
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(retryAfterOf(limited)).toBe(7_000);
    const platform = toSendError(
      {
        code: 'slack_webapi_platform_error',
        data: { ok: false, error: 'channel_not_found' },
        message: 'An API error occurred: channel_not_found',
      },
      'chat.postMessage',
    );
    expect(retryAfterOf(platform)).toBeUndefined();
    expect(platform.message).toBe('Slack chat.postMessage failed: channel_not_found');
  });

  it('a user the bot can never DM (cannot_dm_bot, user_not_found) makes the reminder undeliverable', () => {
    for (const [method, error] of [
      ['chat.postMessage', 'cannot_dm_bot'],
      ['conversations.open', 'user_not_found'],
    ] as const) {
      const refused = toSendError(
        {
          code: 'slack_webapi_platform_error',
          data: { ok: false, error },
          message: `An API error occurred: ${error}`,
        },
        method,
      );
      expect(refused).toBeInstanceOf(UndeliverableError);
      expect(sendFailureOf(refused)).toEqual({ kind: 'undeliverable', reason: `Slack ${method}: ${error}` });
    }
  });

  it('never logs a token', () => {
    expect(redactTokens('Bearer xoxb-123-456-abcDEF and xapp-1-A1-2-3')).toBe('Bearer xoxb-*** and xapp-***');
    expect(describeError(new Error('token xoxb-secret-1 rejected')).message).toBe('token xoxb-*** rejected');
    const lines: string[] = [];
    const push = (m: string) => lines.push(m);
    const logger = boltLogger({ debug: push, info: push, warn: push, error: push });
    logger.debug('request body with xoxb-secret');
    logger.error('failed', { token: 'xoxb-secret-2' });
    expect(lines).toEqual(['failed {"token":"xoxb-***"}']);
  });
});

describe('reminder delivery against the fake Web API', () => {
  it('opens the DM once, posts the rendered reminder, and turns a 429 into a RateLimitError', async () => {
    const slack = await startFakeSlackApi();
    try {
      const client = new webApi.WebClient('xoxb-test', {
        slackApiUrl: slack.apiUrl,
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
      });
      const delivery = createReminderDelivery(client, new ChannelPacer(0));
      await delivery.send('slack:user:U1', answer);
      await delivery.send('slack:user:U1', answer);
      expect(slack.callsTo('conversations.open')).toHaveLength(1);
      expect(slack.callsTo('chat.postMessage').map((c) => c.params.channel)).toEqual(['DU1', 'DU1']);
      expect(slack.callsTo('chat.postMessage')[0]?.params.text).toBe('お知らせ — 期限まであと3日です。');

      slack.failNext('chat.postMessage', { status: 429, retryAfterS: 2 });
      const error = await delivery.send('slack:user:U1', answer).catch((e: unknown) => e);
      expect(retryAfterOf(error)).toBe(2_000);

      slack.failNext('chat.postMessage', { error: 'is_archived' });
      await expect(delivery.send('slack:channel:C9', answer)).rejects.toThrow(
        'Slack chat.postMessage failed: is_archived',
      );
    } finally {
      await slack.close();
    }
  });
});
