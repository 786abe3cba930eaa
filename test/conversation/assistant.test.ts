// The assistant around the pure decision: what it remembers (across instances, through the
// store), what it changes (only on a request or a button), and how it survives a store failure.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandRequest } from '../../adapters/discord/command-input.js';
import { type Assistant, createAssistant } from '../../src/assistant.js';
import { type Bot, createBot } from '../../src/bot.js';
import { createMemoryConversationStore } from '../../src/conversation/memory-store.js';
import { defaultKnowledgeBase } from '../../src/knowledge.js';
import { createReminderService } from '../../src/reminders/service.js';
import { openStore } from '../../src/store/open.js';
import type { ConversationStore, Store } from '../../src/store/port.js';
import type { Answer, Message } from '../../src/types.js';

const kb = defaultKnowledgeBase();
const bot = createBot({ kb });
let store: Store;
let clock: Date;
const now = () => clock;

beforeEach(async () => {
  store = await openStore('sqlite::memory:');
  clock = new Date('2026-11-28T10:00:00+09:00');
});
afterEach(async () => store.close());

function assistant(options: { conversations?: ConversationStore; bot?: Bot } = {}): Assistant {
  return createAssistant({
    bot: options.bot ?? bot,
    kb,
    now,
    reminders: createReminderService({ store, kb, now }),
    forget: ({ platform, userId }) => store.forgetUser(platform, userId, ''),
    ...(options.conversations ? { conversations: options.conversations } : {}),
  });
}

const message = (text: string, userId = 'u1'): Message => ({
  platform: 'slack',
  userId,
  channelId: 'slack:T1:D1',
  text,
  receivedAt: clock,
});

/** What the store holds for a user, to compare before and after a turn. */
async function snapshot(userId = 'u1') {
  const subscription = await store.getSubscription('slack', userId);
  const upcoming = await store.listUpcoming('slack', userId, 50);
  return JSON.stringify({
    subscription: subscription && { ...subscription, createdAt: 0, updatedAt: 0 },
    upcoming: upcoming.map((d) => [d.id, d.status, d.sendAt.toISOString()]),
  });
}

function actionId(answer: Answer, pattern: RegExp): string {
  const id = answer.actions?.find((a) => pattern.test(a.id))?.id;
  if (!id) throw new Error(`no action ${pattern} in ${JSON.stringify(answer.actions)}`);
  return id;
}

describe('the assistant', () => {
  it('remembers a conversation across instances that share a store', async () => {
    const conversations = createMemoryConversationStore();
    await assistant({ conversations }).respond(message('バーコード払いの手数料っていくら？'));
    const answer = await assistant({ conversations }).respond(message('口座振替は？'));
    expect(answer.intent).toBe('fees');
    expect(answer.text).toMatch(/口座振替）の請求手数料は無料/);
  });

  it('keeps each user and channel apart', async () => {
    const chat = assistant();
    await chat.respond(message('バーコード払いの手数料っていくら？', 'alice'));
    const bob = await chat.respond(message('口座振替は？', 'bob'));
    expect(bob.text).not.toMatch(/請求手数料は無料/);
  });

  it('answers as a first turn when the conversation store fails', async () => {
    const broken: ConversationStore = {
      loadConversation: async () => {
        throw new Error('database is down');
      },
      saveConversation: async () => {
        throw new Error('database is down');
      },
      deleteConversation: async () => {},
    };
    const answer = await assistant({ conversations: broken }).respond(message('コンビニ払いの期限は？'));
    expect(answer.text).toMatch(/2026年12月10日/);
  });

  it('reads back a stored state leniently: garbage is forgotten, not trusted', async () => {
    const conversations = createMemoryConversationStore();
    const key = { platform: 'slack' as const, userId: 'u1', channelId: 'slack:T1:D1' };
    await conversations.saveConversation(
      key,
      { topic: { intent: 'nope', slots: { method: 'cash' } }, open: { kind: 'method', until: 'soon' } },
      new Date(clock.getTime() + 60_000),
      clock,
    );
    const answer = await assistant({ conversations }).respond(message('口座振替で'));
    expect(answer.effect).toBeUndefined();
  });

  it('asks back with a confirm button when unsure, and acts only on yes', async () => {
    // A matcher that is unsure of everything.
    const unsure: Bot = {
      ...bot,
      understand: (m, at) => {
        const u = bot.understand(m, at);
        return { ...u, reading: { ...u.reading, confidence: 0.3 } };
      },
    };
    const chat = assistant({ bot: unsure });
    const question = await chat.respond(message('口座振替なので3日前に教えて'));
    expect(question.text).toMatch(
      /リマインダーを設定しますか？（銀行口座からの自動振替（口座振替）、3日前）/,
    );
    expect(await store.getSubscription('slack', 'u1')).toBeUndefined();
    const no = await chat.act(actionId(question, /^cancel$/), message(''));
    expect(no.text).toMatch(/そのまま/);
    expect(await store.getSubscription('slack', 'u1')).toBeUndefined();

    const again = await chat.respond(message('口座振替なので3日前に教えて'));
    const yes = await chat.respond(message('はい'));
    expect(yes.effect).toEqual({ op: 'subscribe', method: 'auto_debit', leadDays: [3], sendHour: 9 });
    expect(again.actions?.map((a) => a.id)).toContain('confirm:reminder.subscribe:auto_debit:3');
  });

  it('presses Paid and Snooze as buttons, with their effect', async () => {
    const chat = assistant();
    await chat.respond(message('コンビニ払いなので3日前に教えて'));
    const [next] = await store.listUpcoming('slack', 'u1', 1);
    const subscription = await store.getSubscription('slack', 'u1');
    clock = new Date('2026-12-07T12:00:00+09:00');
    const snoozed = await chat.act(`reminder.snooze:${next?.id}`, message(''));
    expect(snoozed.effect).toEqual({ op: 'snooze', method: 'store' });
    const paid = await chat.act(`reminder.paid:${subscription?.id}:2026-12-10`, message(''));
    expect(paid.effect).toEqual({ op: 'paid', method: 'store' });
    expect(paid.text).toMatch(/支払い済みにしました/);
    // Someone else's button does nothing.
    const stranger = await chat.act(`reminder.paid:${subscription?.id}:2026-12-10`, message('', 'mallory'));
    expect(stranger.effect).toBeUndefined();
  });

  it('answers `/atone deadline method:barcode` as a question, never as an answer to "which method?"', async () => {
    const chat = assistant();
    const ctx = { userId: 'u1', channelId: 'slack:T1:D1', locale: 'ja', now: clock };
    await chat.respond(message('リマインダーを設定して'));
    const work = commandRequest('deadline', { method: 'barcode' }, ctx).work;
    if (work.kind !== 'respond') throw new Error('expected a question');
    const answer = await chat.respond({ ...work.message, platform: 'slack' });
    expect(answer.intent).toBe('deadline');
    expect(answer.effect).toBeUndefined();
    expect(await store.getSubscription('slack', 'u1')).toBeUndefined();
  });

  it('answers `/atone deadline method:barcode` as a question, never as a change of the saved reminder', async () => {
    const chat = assistant();
    await chat.respond(message('口座振替なので3日前に教えて'));
    const before = await snapshot();
    const ctx = { userId: 'u1', channelId: 'slack:T1:D1', locale: 'ja', now: clock };
    const work = commandRequest('deadline', { method: 'barcode' }, ctx).work;
    if (work.kind !== 'respond') throw new Error('expected a question');
    const answer = await chat.respond({ ...work.message, platform: 'slack' });
    expect(answer.intent).toBe('deadline');
    expect(answer.effect).toBeUndefined();
    expect(await snapshot()).toBe(before);
  });

  it('forgets a user only on the confirm button, and then keeps nothing of the conversation', async () => {
    // One store for everything, as in production: forgetUser deletes the conversation too.
    const chat = assistant({ conversations: store });
    await chat.respond(message('口座振替なので3日前に教えて'));
    const asked = await chat.respond(message('データを全部削除して'));
    expect(asked.text).toMatch(/削除しますか/);
    // Words alone never delete: a typed yes asks for the button again.
    expect((await chat.respond(message('はい'))).effect).toBeUndefined();
    expect(await store.getSubscription('slack', 'u1')).toBeDefined();
    const done = await chat.act(actionId(asked, /^confirm:forget$/), message(''));
    expect(done.effect).toEqual({ op: 'forget' });
    expect(done.text).toMatch(/削除しました/);
    expect(await store.getSubscription('slack', 'u1')).toBeUndefined();
    const key = { platform: 'slack' as const, userId: 'u1', channelId: 'slack:T1:D1' };
    expect(await store.loadConversation(key, clock)).toBeUndefined();
    // `/atone forget` (the action itself) still asks first.
    expect((await chat.act('forget', message(''))).actions?.map((a) => a.id)).toContain('confirm:forget');
  });

  it("tells once, in the user's language, that their reminders stopped because the platform refused them", async () => {
    const service = createReminderService({ store, kb, now });
    let notice: Awaited<ReturnType<typeof service.takeDeliveryNotice>> = {
      kind: 'undeliverable',
      reason: 'discord 50007: Cannot send messages to this user',
      at: clock,
      dueDate: '2026-12-10',
      cancelled: 1,
    };
    const chat = createAssistant({
      bot,
      kb,
      now,
      reminders: {
        ...service,
        takeDeliveryNotice: async () => {
          const taken = notice;
          notice = undefined;
          return taken;
        },
      },
    });
    const first = await chat.respond(message('When is the konbini deadline?'));
    expect(first.text).toMatch(
      /^Note: I could not deliver your reminder for the Thursday, 10 December 2026 deadline/,
    );
    expect(first.text).not.toMatch(/50007/);
    expect(first.text).toMatch(/10 December 2026/);
    expect((await chat.respond(message('When is the konbini deadline?'))).text).not.toMatch(/^Note/);
  });

  it('says a button no longer works rather than guessing', async () => {
    const answer = await assistant().act('reminder.paid:x', message(''));
    expect(answer.text).toMatch(/もう使えません/);
  });

  it('answers a button in the language of the conversation', async () => {
    const chat = assistant();
    const asked = await chat.respond(message('remind me before my deadline'));
    const chosen = await chat.act(actionId(asked, /auto_debit/), message(''));
    expect(chosen.lang).toBe('en');
    expect(chosen.text).toMatch(/I will remind you/);
  });
});

// A realistic generator of turns that are not requests: questions of every kind in both languages
// (deadlines, fees, Amazon, campaigns), follow-ups, questions about reminders ("how do I get
// reminded?", "did I set one?"), suppositions ("if I set one, when would it come?"), negations
// ("don't remind me about…" without "anymore", 「止めないで」), courtesy, noise and random text.
const METHOD_WORDS = [
  '口座振替',
  'はがき',
  'バーコード',
  'コンビニ',
  'direct debit',
  'the postcard',
  'barcode',
  'konbini',
];
const DATE_WORDS = ['12/31', '1/5', 'Oct 31', '11月20日', '4月15日', 'last month', '先月', '12月分'];
const LEAD_WORDS = ['3日前', '前日', '当日', '2 days before', 'the day before', 'on the day'];
const pick = fc.constantFrom;
const QUESTION_TURNS: fc.Arbitrary<string>[] = [
  fc.constantFrom(
    'How do reminders work here?',
    'ok thx, how do I get reminded?',
    'do you send reminders?',
    'did I already set one?',
    'did I already set a reminder for the postcard deadline? show me what I have',
    'Can you show me my reminders?',
    'what time will it come?',
    'リマインダーってどうやって設定するの？',
    'リマインダー登録してたっけ？',
    'リマインダーは設定済み？',
    'リマインダー一覧',
    'if I set a reminder, when would it come?',
    'リマインダーを設定したらいつ届くの？',
    'how do I turn them off?',
    '通知ってどうやって止めるの？',
    'リマインダー止めないで',
    'やめたいって言ったらどうなるの？',
    'what happens if I said stop?',
    "don't cancel my reminders",
    'Amazonでアトネ使える？',
    'じゃあ何なら使えるの？',
    'what can I use instead?',
    'Points festival or lottery?',
    'What is the cheapest way to pay?',
    'and the fee?',
    '通知がうるさい',
    'thanks!',
    'ありがとう',
    'ok',
    'いいえ',
    'no',
    // Deleting everything takes the confirm button: words alone change nothing.
    'データを削除して',
    'forget me',
    '/help',
    '/foo',
    '',
    '🙂',
  ),
  pick(...METHOD_WORDS).map((m) => `${m}の期限は？`),
  pick(...METHOD_WORDS).map((m) => `じゃあ${m}は？`),
  pick(...METHOD_WORDS).map((m) => `and ${m}?`),
  pick(...METHOD_WORDS).map((m) => `what's the fee for ${m}?`),
  pick(...METHOD_WORDS),
  fc.tuple(pick(...DATE_WORDS), pick(...METHOD_WORDS)).map(([d, m]) => `${d}に買ったら${m}はいつ？`),
  fc
    .tuple(pick(...DATE_WORDS), pick(...METHOD_WORDS))
    .map(([d, m]) => `I bought stuff on ${d}, when do I pay by ${m}?`),
  fc
    .tuple(pick(...METHOD_WORDS), pick(...METHOD_WORDS))
    .map(([a, b]) => `Not using ${a}, I use ${b}. Bought stuff on Oct 31`),
  pick(...METHOD_WORDS).map((m) => `if I set up a reminder for ${m}, when would it arrive?`),
  pick(...METHOD_WORDS).map((m) => `${m}でリマインダーを設定したらいつ届く？`),
  pick(...LEAD_WORDS).map((l) => `how do I get a reminder ${l}?`),
  pick(...LEAD_WORDS).map((l) => `${l}に通知ってできるの？`),
  // Questions whether reminders work for a method, or about a method beside them (session 25).
  pick(...METHOD_WORDS).map((m) => `${m}の人もリマインダー使えるんですか？`),
  pick(...METHOD_WORDS).map((m) => `${m}でもリマインダー使えますか`),
  pick(...METHOD_WORDS).map((m) => `Actually, does ${m} cost extra?`),
  pick(...METHOD_WORDS).map((m) => `やっぱり${m}って手数料かかる？`),
  pick(...METHOD_WORDS).map(
    (m) => `I set a reminder before but just to double check, is ${m} due on the 27th?`,
  ),
  pick(...METHOD_WORDS).map((m) => `don't remind me about ${m}`),
  // Noise: random characters, but no word of two letters or more ("OFF" and "stop" alone are
  // requests to stop, rightly carried out).
  fc.string({ maxLength: 30 }).filter((s) => !/[a-z]{2,}/i.test(s)),
];
const questionTurn = fc.oneof(...QUESTION_TURNS);

// Requests: these may change the store, and must say so.
const REQUESTS = [
  '口座振替なので3日前に教えて',
  'remind me the day before at 8pm, I pay by barcode',
  'はがきで2日前に教えて',
  '前日と当日に教えて',
  '当日は通知しなくていい',
  '通知を解除して',
  'stop reminding me',
  "please don't remind me anymore",
  'リマインダーお願い',
];

// Requests that leave no question open (a bare 「口座振替で」 after "which method?" completes one).
const COMPLETE_REQUESTS = [
  '口座振替なので3日前に教えて',
  'remind me the day before at 8pm, I pay by barcode',
  'はがきで2日前に教えて',
  '通知を解除して',
];

/** The bot's last answer asked something a reply may settle: "shall I?" or "which method?". */
const asked = (answer: Answer | undefined) =>
  answer?.actions?.some((a) => a.id.startsWith('confirm:') || a.id.startsWith('reminder.subscribe:')) ??
  false;
const REPLY =
  /^(?:はい|うん|yes|ok|okay|sure|お願い|それで|口座振替|はがき|バーコード|コンビニ|direct debit|the postcard|barcode|konbini)(?:で|に|!|\.)?$/i;

describe('side effects (property)', () => {
  it("no turn that is not a reminder request, a reply to the bot's own question, or a button changes the store", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMPLETE_REQUESTS),
        fc.array(questionTurn, { minLength: 1, maxLength: 10 }),
        async (setup, questions) => {
          const chat = assistant();
          const userId = `p${Math.random().toString(36).slice(2)}`;
          let last: Answer | undefined = await chat.respond(message(setup, userId));
          for (const text of questions) {
            clock = new Date(clock.getTime() + 30_000);
            const before = await snapshot(userId);
            const answer = await chat.respond(message(text, userId));
            const changed = (await snapshot(userId)) !== before;
            // Only a short reply to the bot's own "shall I?" or "which method?" may act, as its button would.
            if (changed || answer.effect) expect(asked(last) && REPLY.test(text.trim()), text).toBe(true);
            last = answer;
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a turn changes the store exactly when it says so in its effect', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(questionTurn, fc.constantFrom(...REQUESTS)), { minLength: 1, maxLength: 10 }),
        async (texts) => {
          const chat = assistant();
          const userId = `q${Math.random().toString(36).slice(2)}`;
          for (const text of texts) {
            clock = new Date(clock.getTime() + 30_000);
            const before = await snapshot(userId);
            const answer = await chat.respond(message(text, userId));
            const changed = (await snapshot(userId)) !== before;
            expect(changed, text).toBe(answer.effect !== undefined);
            if (answer.effect)
              expect(['reminder_subscribe', 'reminder_unsubscribe']).toContain(answer.intent);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('an uncertain request', () => {
  // A matcher that is unsure of everything.
  const unsure: Bot = {
    ...bot,
    understand: (m, at) => {
      const u = bot.understand(m, at);
      return { ...u, reading: { ...u.reading, confidence: 0.3 } };
    },
  };

  it('without a method asks which one: its buttons are the confirmation', async () => {
    const chat = assistant({ bot: unsure });
    const question = await chat.respond(message('支払い期限のリマインダーを登録して'));
    expect(question.actions?.map((a) => a.id)).toContain('reminder.subscribe:auto_debit');
    const done = await chat.act('reminder.subscribe:auto_debit', message(''));
    expect(done.effect).toMatchObject({ op: 'subscribe', method: 'auto_debit' });
  });

  it('with reminders on file is asked back, not carried out', async () => {
    await assistant().respond(message('口座振替なので3日前に教えて'));
    const before = await snapshot();
    const chat = assistant({ bot: unsure });
    const question = await chat.respond(message('前日に教えて'));
    expect(question.text).toMatch(/リマインダーをこの設定に変更しますか？（前日）/);
    expect(question.effect).toBeUndefined();
    expect(await snapshot()).toBe(before);
    const yes = await chat.respond(message('はい'));
    expect(yes.effect).toMatchObject({ op: 'change', leadDays: [1] });
  });
});
