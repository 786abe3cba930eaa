import { describe, expect, it } from 'vitest';
import {
  type AcknowledgeOptions,
  acknowledge,
  type InteractionTarget,
} from '../../../adapters/discord/acknowledge.js';
import type { Logger } from '../../../adapters/platform.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const answer = { embeds: [{ description: 'answer' }], components: [] };
const slowAnswer = async () => {
  await sleep(120);
  return answer;
};

/** Records what the adapter asks of the interaction, in order; `fail` makes that step reject. */
function target(fail?: string) {
  const calls: Array<[string, unknown]> = [];
  const step = (name: string) => async (arg?: unknown) => {
    calls.push([name, arg]);
    if (name === fail)
      throw Object.assign(new Error('Unknown interaction'), { name: 'DiscordAPIError[10062]' });
  };
  const t: InteractionTarget = {
    reply: step('reply'),
    deferReply: step('deferReply'),
    editReply: step('editReply'),
    followUp: step('followUp'),
    update: step('update'),
    deferUpdate: step('deferUpdate'),
  };
  return { t, calls };
}

function logger() {
  const lines: Array<[string, Record<string, unknown> | undefined]> = [];
  const log: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (message, context) => lines.push([message, context]),
  };
  return { log, lines };
}

function options(overrides: Partial<AcknowledgeOptions>, log: Logger): AcknowledgeOptions {
  return {
    mode: 'reply',
    ephemeral: true,
    work: async () => answer,
    // The adapter's turn-error path logs; here it only says what the user is told.
    failed: (error) => {
      log.error('turn failed', { error: String(error) });
      return 'ごめんなさい';
    },
    log,
    context: { interaction: '1' },
    deferAfterMs: 50,
    ...overrides,
  };
}

describe('acknowledge', () => {
  it('replies once, ephemeral, when the answer is ready in time', async () => {
    const { t, calls } = target();
    await acknowledge(t, options({}, logger().log));
    expect(calls).toEqual([['reply', { ...answer, flags: 64 }]]);
  });

  it('replies publicly when shared', async () => {
    const { t, calls } = target();
    await acknowledge(t, options({ ephemeral: false }, logger().log));
    expect(calls).toEqual([['reply', answer]]);
  });

  it('defers first when the answer takes time, then edits the deferred reply', async () => {
    const { t, calls } = target();
    await acknowledge(t, options({ work: slowAnswer }, logger().log));
    expect(calls).toEqual([
      ['deferReply', { flags: 64 }],
      ['editReply', answer],
    ]);
  });

  it('updates the pressed message in place, or defers the update when slow', async () => {
    const fast = target();
    await acknowledge(fast.t, options({ mode: 'update' }, logger().log));
    expect(fast.calls).toEqual([['update', answer]]);
    const slow = target();
    await acknowledge(slow.t, options({ mode: 'update', work: slowAnswer }, logger().log));
    expect(slow.calls).toEqual([
      ['deferUpdate', undefined],
      ['editReply', answer],
    ]);
  });

  it('apologises privately and logs when the work fails, before or after deferring', async () => {
    const early = target();
    const earlyLog = logger();
    await acknowledge(
      early.t,
      options(
        {
          ephemeral: false,
          work: async () => {
            throw new Error('store down');
          },
        },
        earlyLog.log,
      ),
    );
    expect(early.calls).toEqual([
      ['reply', { content: 'ごめんなさい', embeds: [], components: [], flags: 64 }],
    ]);
    expect(earlyLog.lines).toEqual([['turn failed', { error: 'Error: store down' }]]);

    const late = target();
    await acknowledge(
      late.t,
      options(
        {
          work: async () => {
            await sleep(120);
            throw new Error('store down');
          },
        },
        logger().log,
      ),
    );
    expect(late.calls).toEqual([
      ['deferReply', { flags: 64 }],
      ['editReply', { content: 'ごめんなさい', embeds: [], components: [] }],
    ]);

    const update = target();
    await acknowledge(
      update.t,
      options(
        {
          mode: 'update',
          work: async () => {
            await sleep(120);
            throw new Error('x');
          },
        },
        logger().log,
      ),
    );
    expect(update.calls.map(([name]) => name)).toEqual(['deferUpdate', 'followUp']);
  });

  it('logs (and never throws) when Discord refuses the acknowledgement itself', async () => {
    const { t, calls } = target('reply');
    const { log, lines } = logger();
    await acknowledge(t, options({}, log));
    expect(calls.map(([name]) => name)).toEqual(['reply']);
    expect(lines).toEqual([
      [
        'discord reply failed',
        { interaction: '1', stage: 'answer', error: 'DiscordAPIError[10062]: Unknown interaction' },
      ],
    ]);
  });
});
