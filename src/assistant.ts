// The bot plus what it cannot do purely: carrying out reminder requests against the store and
// reacting to buttons. Adapters talk to this; it talks to the pure bot and the reminder service.
import { TZDate } from '@date-fns/tz';
import type { Bot } from './bot.js';
import { parseIsoDate, TOKYO, tokyoToday } from './domain/dates.js';
import { formatDate } from './domain/format.js';
import type { KnowledgeBase } from './domain/knowledge-base.js';
import type { MethodId } from './domain/methods.js';
import { METHOD_IDS } from './domain/methods.js';
import { t } from './intent.js';
import { defaultKnowledgeBase } from './knowledge.js';
import { detectLang } from './nlu/language.js';
import { deliveryStatusText, methodName } from './phrases.js';
import { parseReminderAction } from './reminders/actions.js';
import type { ReminderService } from './reminders/service.js';
import type { Delivery } from './store/port.js';
import type { Answer, IntentName, Lang, Message, ReminderRequest } from './types.js';
import { INTENT_NAMES } from './types.js';

export interface Assistant {
  /** Answers a user's message, carrying out any reminder request in it. */
  respond(message: Message): Promise<Answer>;
  /** Reacts to a button or command: `message` says who pressed it, where, and (when known) the question. */
  act(actionId: string, message: Message): Promise<Answer>;
}

export interface AssistantOptions {
  bot: Bot;
  /** Absent where reminders cannot be kept (the `ask` CLI): reminder requests are then explained, not faked. */
  reminders?: ReminderService;
  kb?: KnowledgeBase;
  now?: () => Date;
}

/** Where a user's reminders go: each adapter's `send` resolves it to a DM (or the terminal). */
export function reminderDestination(message: Pick<Message, 'platform' | 'userId'>): string {
  return `${message.platform}:user:${message.userId}`;
}

type SubscribeRequest = Extract<ReminderRequest, { op: 'subscribe' }>;

/** How long "which method?" waits for a bare answer such as 「口座振替」. */
const PENDING_TTL_MS = 10 * 60_000;

export function createAssistant({
  bot,
  reminders,
  kb = defaultKnowledgeBase(),
  now = () => new Date(),
}: AssistantOptions): Assistant {
  // Users who were just asked for their method, with what else they asked for. Kept in memory:
  // losing it on a restart only means the user taps a method button or asks again.
  const awaitingMethod = new Map<string, { request: SubscribeRequest; until: number }>();

  async function carryOut(request: ReminderRequest, answer: Answer, message: Message): Promise<Answer> {
    if (!reminders) {
      return {
        ...answer,
        text: t(
          answer.lang,
          'リマインダーはチャット（npm start、LINE、Slack、Discord）で設定できます。',
          'Reminders can be set in a chat (npm start, LINE, Slack or Discord).',
        ),
      };
    }
    if (request.op === 'subscribe') {
      const subscribed = await subscribe(message, request, answer.lang, answer.confidence);
      if (subscribed) {
        awaitingMethod.delete(userKey(message));
        return subscribed;
      }
      // No method, and none on file: the answer asks for it, and the next bare reply completes this.
      awaitingMethod.set(userKey(message), { request, until: now().getTime() + PENDING_TTL_MS });
      return answer;
    }
    if (request.op === 'unsubscribe') {
      const before = await reminders.get(message.platform, message.userId);
      if (before?.active) await reminders.unsubscribe(message.platform, message.userId);
      return {
        ...answer,
        text: before?.active
          ? t(
              answer.lang,
              'リマインダーを解除しました。また必要になったら「3日前に教えて」と話しかけてください。',
              'Your reminders are off. Say "remind me 3 days before" whenever you want them back.',
            )
          : t(answer.lang, '設定中のリマインダーはありません。', 'You have no reminders set.'),
      };
    }
    return list(message, answer);
  }

  /**
   * Subscribes, or changes the subscription: what the user did not mention (even the method, as
   * in 「3日前に変えて」) stays as it was. Undefined when there is no method to go on.
   */
  async function subscribe(
    message: Message,
    { method: asked, leadDays, sendHour, quietHours }: SubscribeRequest,
    lang: Lang,
    confidence: number,
  ): Promise<Answer | undefined> {
    const service = reminders as ReminderService;
    const current = await service.get(message.platform, message.userId);
    const kept = current?.active ? current : undefined;
    const method = asked ?? kept?.method;
    if (!method) return undefined;
    const keptLeadDays = leadDays ?? kept?.leadDays;
    const keptHour = sendHour ?? kept?.sendHour;
    const keptQuiet = quietHours ?? kept?.quietHours;
    const { subscription, upcoming } = await service.subscribe({
      platform: message.platform,
      userId: message.userId,
      destination: reminderDestination(message),
      method,
      ...(keptLeadDays ? { leadDays: keptLeadDays } : {}),
      ...(keptHour !== undefined ? { sendHour: keptHour } : {}),
      ...(keptQuiet ? { quietHours: keptQuiet } : {}),
      lang,
    });
    const leads = subscription.leadDays.map((d) => leadLabel(d, lang)).join(t(lang, '・', ', '));
    return {
      intent: 'reminder_subscribe',
      confidence,
      lang,
      title: t(lang, 'リマインダーを設定しました', 'Reminder set'),
      text: [
        t(
          lang,
          `${methodName(kb, method, lang)}の期限の${leads}、${subscription.sendHour}時にお知らせします。`,
          `I will remind you of your ${methodName(kb, method, lang)} deadline ${leads}, at ${subscription.sendHour}:00 (Japan time).`,
        ),
        subscription.quietHours
          ? t(
              lang,
              `${subscription.quietHours.start}時〜${subscription.quietHours.end}時は送りません。`,
              `Nothing is sent between ${subscription.quietHours.start}:00 and ${subscription.quietHours.end}:00.`,
            )
          : '',
        upcoming.length > 0
          ? t(
              lang,
              `次のお知らせ: ${describeDelivery(upcoming[0] as Delivery, lang)}`,
              `Next reminder: ${describeDelivery(upcoming[0] as Delivery, lang)}`,
            )
          : '',
        t(
          lang,
          '変更は「口座振替で1日前に教えて」、解除は「通知を解除して」。',
          'To change it say "remind me 1 day before, direct debit"; to stop, "stop reminding me".',
        ),
      ]
        .filter(Boolean)
        .join('\n'),
      facts: [
        { label: t(lang, '支払い方法', 'Method'), value: methodName(kb, method, lang) },
        { label: t(lang, 'タイミング', 'When'), value: `${leads} ${subscription.sendHour}:00` },
      ],
    };
  }

  async function list(message: Message, answer: Answer): Promise<Answer> {
    const service = reminders as ReminderService;
    const lang = answer.lang;
    const subscription = await service.get(message.platform, message.userId);
    if (!subscription?.active) {
      return {
        ...answer,
        text: t(
          lang,
          '設定中のリマインダーはありません。「口座振替なので3日前に教えて」のように話しかけると設定できます。',
          'You have no reminders. Say "remind me 3 days before, I pay by direct debit" to set one.',
        ),
      };
    }
    const [upcoming, recent] = await Promise.all([
      service.upcoming(message.platform, message.userId, 3),
      service.recent(message.platform, message.userId, 3),
    ]);
    const leads = subscription.leadDays.map((d) => leadLabel(d, lang)).join(t(lang, '・', ', '));
    const lines = [
      t(
        lang,
        `${methodName(kb, subscription.method, lang)}の期限の${leads}、${subscription.sendHour}時にお知らせします。`,
        `Your ${methodName(kb, subscription.method, lang)} deadline, ${leads}, at ${subscription.sendHour}:00 (Japan time).`,
      ),
      t(lang, '予定:', 'Scheduled:'),
      ...(upcoming.length
        ? upcoming.map((d) => `• ${describeDelivery(d, lang)}`)
        : [t(lang, '• なし', '• none')]),
    ];
    if (recent.length > 0)
      lines.push(t(lang, '最近の送信:', 'Recently:'), ...recent.map((d) => `• ${describeDelivery(d, lang)}`));
    return { ...answer, text: lines.join('\n') };
  }

  /** A bare method (「口座振替」) right after "which method?" completes the request that asked. */
  function completedRequest(message: Message, answer: Answer): SubscribeRequest | undefined {
    const pending = awaitingMethod.get(userKey(message));
    if (!pending || pending.until < now().getTime()) return undefined;
    const method = (answer.slots as { method?: MethodId } | undefined)?.method;
    // A short reply naming a method, not a new question about something else.
    const bare = ['deadline', 'payment_methods', 'fees', 'fallback', 'reminder_subscribe'].includes(
      answer.intent,
    );
    if (!method || !bare || message.text.length > 40) return undefined;
    awaitingMethod.delete(userKey(message));
    return { ...pending.request, method };
  }

  return {
    async respond(message) {
      const answer = bot.handle(message, now());
      const completed = completedRequest(message, answer);
      if (completed?.method)
        return (await subscribe(message, completed, answer.lang, answer.confidence)) ?? answer;
      return answer.reminder ? carryOut(answer.reminder, answer, message) : answer;
    },

    async act(actionId, message) {
      const [kind, ...args] = actionId.split(':');
      if (kind === 'ask' && isIntentName(args[0] ?? '')) {
        return this.respond({ ...message, intent: args[0] as IntentName });
      }
      const lang = langOf(message);
      if (kind === 'reminder.subscribe') {
        const method = METHOD_IDS.find((m) => m === args[0]);
        const days = args[1] === undefined ? undefined : Number(args[1]);
        if (!reminders) return carryOut({ op: 'subscribe' }, fallbackAnswer(lang, ''), message);
        if (!method) {
          return this.respond({ ...message, text: '', intent: 'reminder_subscribe' });
        }
        const leadDays = days !== undefined && Number.isInteger(days) ? [days] : undefined;
        return (
          (await subscribe(message, { op: 'subscribe', method, leadDays }, lang, 1)) ??
          fallbackAnswer(lang, '')
        );
      }
      if (parseReminderAction(actionId) && reminders) {
        const outcome = await reminders.performAction(actionId, {
          platform: message.platform,
          userId: message.userId,
        });
        return { ...fallbackAnswer(lang, outcomeText(outcome, lang)), intent: 'reminder_list' };
      }
      return fallbackAnswer(
        lang,
        t(
          lang,
          'このボタンはもう使えません。もう一度質問してください。',
          'That button no longer works. Please ask again.',
        ),
      );
    },
  };
}

type Outcome = Awaited<ReturnType<ReminderService['performAction']>>;

function outcomeText(outcome: Outcome, lang: Lang): string {
  if (outcome.kind === 'paid' && outcome.ok) {
    const due = parseIsoDate(outcome.dueDate);
    const when = due ? formatDate(due, lang) : outcome.dueDate;
    return t(
      lang,
      `${when}の期限は支払い済みにしました。この期限のお知らせはもう送りません。`,
      `Marked the ${when} deadline as paid: no more reminders for it.`,
    );
  }
  if (outcome.kind === 'snooze' && outcome.ok) {
    return t(
      lang,
      `明日の朝（${describeDelivery(outcome.delivery, lang)}）にもう一度お知らせします。`,
      `I will remind you again tomorrow morning (${describeDelivery(outcome.delivery, lang)}).`,
    );
  }
  const reasons: Record<string, [string, string]> = {
    not_yours: ['これは他の方のリマインダーです。', 'That reminder belongs to someone else.'],
    paid: ['この期限は支払い済みです。', 'That deadline is already marked as paid.'],
    deadline_passed: ['この期限はもう過ぎています。', 'That deadline has already passed.'],
    no_tomorrow: [
      '明日はもう期限を過ぎているので、延期できません。',
      'Tomorrow is past the deadline, so it cannot be snoozed.',
    ],
    inactive: ['リマインダーは解除されています。', 'Your reminders are off.'],
  };
  const [ja, en] = reasons[outcome.ok ? '' : outcome.reason] ?? [
    'このリマインダーは見つかりません。',
    'That reminder no longer exists.',
  ];
  return t(lang, ja, en);
}

/** "2026年12月7日（月）9:00（期限 2026年12月10日（木）の3日前）". */
function describeDelivery(delivery: Delivery, lang: Lang): string {
  const sendDay = tokyoToday(delivery.sendAt);
  const hour = new TZDate(delivery.sendAt.getTime(), TOKYO).getHours();
  const due = parseIsoDate(delivery.dueDate);
  const dueText = due ? formatDate(due, lang) : delivery.dueDate;
  const status = deliveryStatusText(delivery.status, lang);
  return t(
    lang,
    `${formatDate(sendDay, lang)} ${hour}:00（期限 ${dueText} の${leadLabel(delivery.leadDays, lang)}）${status ? ` ${status}` : ''}`,
    `${formatDate(sendDay, lang)} ${hour}:00 (${leadLabel(delivery.leadDays, lang)} the deadline, ${dueText})${status ? ` ${status}` : ''}`,
  );
}

function leadLabel(days: number, lang: Lang): string {
  if (days === 0) return t(lang, '当日', 'on the day of');
  if (days === 1) return t(lang, '前日', 'the day before');
  return t(lang, `${days}日前`, `${days} days before`);
}

function userKey(message: Pick<Message, 'platform' | 'userId'>): string {
  return `${message.platform}:${message.userId}`;
}

function isIntentName(name: string): name is IntentName {
  return (INTENT_NAMES as readonly string[]).includes(name);
}

function langOf(message: Message): Lang {
  return message.text
    ? detectLang(message.text, message.locale)
    : message.locale?.startsWith('en')
      ? 'en'
      : 'ja';
}

function fallbackAnswer(lang: Lang, text: string): Answer {
  return { intent: 'fallback', confidence: 1, lang, text };
}
