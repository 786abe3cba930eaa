import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  createReminderSender,
  createRequestPacer,
  nonceOf,
} from '../../../adapters/discord/reminder-sender.js';
import { defaultKnowledgeBase } from '../../../src/knowledge.js';
import { sendFailureOf, UndeliverableError } from '../../../src/reminders/errors.js';
import { reminderAnswer } from '../../../src/reminders/reminder-answer.js';
import type { Json } from '../../fakes/discord/state.js';

const answer = reminderAnswer({
  kb: defaultKnowledgeBase(),
  subscription: { id: 'sub-1', method: 'store', lang: 'ja' },
  delivery: { id: '7', dueDate: '2026-12-10', sendAt: new Date('2026-12-07T00:00:00Z') },
  now: new Date('2026-12-07T00:00:00Z'),
  late: false,
});

function rest() {
  const calls: Array<{ route: string; body: Json }> = [];
  const post = async (route: string, { body }: { body: unknown }) => {
    calls.push({ route, body: body as Json });
    return route.endsWith('/users/@me/channels') ? { id: '900' } : { id: '1' };
  };
  return { calls, post };
}

describe('reminder sender', () => {
  it('turns Discord refusing the DM for good (50007) into an undeliverable reminder; other errors pass', async () => {
    const refusing = (code: number, status: number) => ({
      post: async (route: string) => {
        if (route.endsWith('/users/@me/channels')) return { id: '900' };
        throw new DiscordAPIError(
          { code, message: 'Cannot send messages to this user' },
          code,
          status,
          'POST',
          `https://discord.com/api/v10${route}`,
          {},
        );
      },
    });
    const closed = createReminderSender({ rest: refusing(50007, 403), requestsPerSecond: 1000 });
    const error = await closed('discord:user:123', answer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UndeliverableError);
    expect(sendFailureOf(error)?.kind).toBe('undeliverable');
    const other = createReminderSender({ rest: refusing(50035, 400), requestsPerSecond: 1000 });
    const passed = await other('discord:user:123', answer).catch((e: unknown) => e);
    expect(passed).toBeInstanceOf(DiscordAPIError);
  });

  it('opens the DM channel once per user and sends the reminder with its Paid and Snooze buttons', async () => {
    const api = rest();
    const send = createReminderSender({ rest: api, requestsPerSecond: 1000 });
    await send('discord:user:123', answer, { idempotencyKey: 'atone-reminder:sub-1:2026-12-10:3' });
    await send('discord:user:123', answer);
    expect(api.calls.map((c) => c.route)).toEqual([
      '/users/@me/channels',
      '/channels/900/messages',
      '/channels/900/messages',
    ]);
    expect(api.calls[0]?.body).toEqual({ recipient_id: '123' });
    const first = api.calls[1]?.body ?? {};
    const buttons = first.components.flatMap((row: Json) => row.components).filter((b: Json) => b.custom_id);
    expect(buttons.map((b: Json) => [b.label, b.custom_id])).toEqual([
      ['支払い済み / Paid', 'reminder.paid:sub-1:2026-12-10'],
      ['明日また / Snooze', 'reminder.snooze:7'],
    ]);
    expect(first).toMatchObject({
      nonce: nonceOf('atone-reminder:sub-1:2026-12-10:3'),
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
    });
    expect(first.nonce).toHaveLength(25);
    expect(api.calls[2]?.body.nonce).toBeUndefined();
  });

  it('refuses a conversation that is not a Discord user', async () => {
    await expect(createReminderSender({ rest: rest() })('slack:user:U1', answer)).rejects.toThrow(
      /not a Discord user/,
    );
  });

  it('paces requests', async () => {
    const pace = createRequestPacer(50);
    const start = Date.now();
    for (let i = 0; i < 6; i++) await pace();
    expect(Date.now() - start).toBeGreaterThanOrEqual(90);
  });
});
