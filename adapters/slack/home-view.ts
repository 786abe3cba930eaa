// The App Home tab: the user's payment method, their next deadline with its date, their
// reminder settings (changed right there with two selects and a button) and the reminders sent
// recently. Pure: the store's data, the knowledge base and the clock are inputs.

import { TZDate } from '@date-fns/tz';
import type { types } from '@slack/bolt';
import { daysBetween, parseIsoDate, TOKYO, tokyoToday } from '../../src/domain/dates.js';
import { nextDeadline } from '../../src/domain/deadlines.js';
import { formatDate, formatDaysLeft } from '../../src/domain/format.js';
import { type KnowledgeBase, methodById } from '../../src/domain/knowledge-base.js';
import { METHOD_IDS, type MethodId } from '../../src/domain/methods.js';
import { t } from '../../src/intent.js';
import { deliveryStatusText } from '../../src/phrases.js';
import type { NextDeadline } from '../../src/reminders/service.js';
import type { Subscription } from '../../src/reminders/subscription.js';
import type { Delivery } from '../../src/store/port.js';
import type { Lang } from '../../src/types.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';
import { section } from './render-answer.js';

/** action_ids of the Home tab's controls. */
export const HOME_ACTIONS = {
  method: 'atone.home.method',
  leadDays: 'atone.home.lead_days',
  stop: 'atone.home.stop',
} as const;

export interface HomeState {
  subscription?: Subscription;
  /** The next unpaid deadline, as the assistant tells it (a deadline marked paid is skipped). */
  next?: NextDeadline;
  upcoming: readonly Delivery[];
  recent: readonly Delivery[];
  kb: KnowledgeBase;
  now: Date;
  /** Without a subscription Slack does not tell the language: Japanese, the service's own. */
  lang?: Lang;
}

/** Lead-day choices offered, as the select's values ("3,0" = 3 days before and on the day). */
const LEAD_CHOICES: readonly (readonly number[])[] = [[3, 0], [1, 0], [7], [3], [1], [0]];

export function renderHome(state: HomeState): types.HomeView {
  const { subscription, kb, now } = state;
  const lang = subscription?.lang ?? state.lang ?? 'ja';
  const active = subscription?.active === true;
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'atone-bot', emoji: true } },
    section(
      t(
        lang,
        'atone（アトネ）の支払い期限・手数料・Amazon・キャンペーンについて、DM や `/atone 質問` で聞いてください。',
        'Ask about atone deadlines, fees, Amazon or campaigns in a DM or with `/atone <question>`.',
      ),
    ),
    { type: 'divider' },
  ];
  if (subscription) {
    const method = methodById(kb, subscription.method);
    // The assistant's answer for active reminders; a stopped subscription shows the calendar's.
    const due = (state.next && parseIsoDate(state.next.dueDate)) || nextDeadline(method, now).due;
    const days = state.next?.daysLeft ?? daysBetween(tokyoToday(now), due);
    blocks.push({
      type: 'section',
      fields: [
        {
          type: 'mrkdwn',
          text: `*${t(lang, 'お支払い方法', 'Payment method')}*\n${escapeMrkdwn(method.name[lang])}`,
        },
        {
          type: 'mrkdwn',
          text: `*${t(lang, '次の期限', 'Next deadline')}*\n${formatDate(due, lang)}（${formatDaysLeft(days, lang)}）`,
        },
      ],
    });
  } else {
    blocks.push(
      section(
        `*${t(lang, '各支払い方法の次の期限', 'Next deadline of each payment method')}*\n${allDeadlines(kb, now, lang)}`,
      ),
    );
  }
  blocks.push(
    { type: 'divider' },
    section(`*${t(lang, 'リマインダー', 'Reminders')}*\n${settingsText(subscription, lang)}`),
  );
  blocks.push({
    type: 'actions',
    block_id: 'atone.home.settings',
    elements: controls(subscription, kb, lang, active),
  });
  if (active)
    blocks.push(section(`*${t(lang, '予定', 'Scheduled')}*\n${deliveryLines(state.upcoming, lang)}`));
  blocks.push(
    section(`*${t(lang, '最近送ったリマインダー', 'Recently sent')}*\n${deliveryLines(state.recent, lang)}`),
  );
  return { type: 'home', blocks };
}

function allDeadlines(kb: KnowledgeBase, now: Date, lang: Lang): string {
  return METHOD_IDS.map((id) => {
    const method = methodById(kb, id);
    return `• ${escapeMrkdwn(method.name[lang])}: ${formatDate(nextDeadline(method, now).due, lang)}`;
  }).join('\n');
}

function settingsText(subscription: Subscription | undefined, lang: Lang): string {
  if (!subscription?.active) {
    return t(
      lang,
      'オフ。支払い方法を選ぶと、期限の3日前と当日の朝9時に DM でお知らせします。',
      'Off. Pick your payment method and I will DM you 3 days before and on the day, at 9:00 (Japan time).',
    );
  }
  return t(
    lang,
    `オン: 期限の${leadLabel(subscription.leadDays, lang)}、${subscription.sendHour}時に DM でお知らせします。`,
    `On: a DM ${leadLabel(subscription.leadDays, lang)} the deadline, at ${subscription.sendHour}:00 (Japan time).`,
  );
}

function controls(
  subscription: Subscription | undefined,
  kb: KnowledgeBase,
  lang: Lang,
  active: boolean,
): types.ActionsBlockElement[] {
  const methodOptions = METHOD_IDS.map((id) => option(methodById(kb, id).name[lang], id));
  const currentMethod =
    active && subscription ? methodOptions[METHOD_IDS.indexOf(subscription.method as MethodId)] : undefined;
  const elements: types.ActionsBlockElement[] = [
    {
      type: 'static_select',
      action_id: HOME_ACTIONS.method,
      placeholder: {
        type: 'plain_text',
        text: t(lang, '支払い方法を選んでオンにする', 'Pick a method to turn on'),
      },
      options: methodOptions,
      ...(currentMethod ? { initial_option: currentMethod } : {}),
    },
  ];
  if (active && subscription) {
    const choices = LEAD_CHOICES.some((c) => c.join(',') === subscription.leadDays.join(','))
      ? LEAD_CHOICES
      : [subscription.leadDays, ...LEAD_CHOICES];
    const leadOptions = choices.map((days) => option(leadLabel(days, lang), days.join(',')));
    elements.push(
      {
        type: 'static_select',
        action_id: HOME_ACTIONS.leadDays,
        placeholder: { type: 'plain_text', text: t(lang, 'いつ知らせるか', 'When') },
        options: leadOptions,
        initial_option:
          leadOptions[choices.findIndex((c) => c.join(',') === subscription.leadDays.join(','))] ??
          (leadOptions[0] as types.PlainTextOption),
      },
      {
        type: 'button',
        action_id: HOME_ACTIONS.stop,
        style: 'danger',
        text: { type: 'plain_text', text: t(lang, 'オフにする', 'Turn off') },
        value: 'stop',
      },
    );
  }
  return elements;
}

function option(text: string, value: string): types.PlainTextOption {
  return { text: { type: 'plain_text', text: truncate(text, 75) }, value };
}

/** [3, 0] → 「3日前と当日」 / "3 days before and on the day of". */
function leadLabel(days: readonly number[], lang: Lang): string {
  const one = (d: number) =>
    d === 0
      ? t(lang, '当日', 'on the day of')
      : d === 1
        ? t(lang, '前日', 'the day before')
        : t(lang, `${d}日前`, `${d} days before`);
  return days.map(one).join(t(lang, 'と', ' and '));
}

function deliveryLines(deliveries: readonly Delivery[], lang: Lang): string {
  if (deliveries.length === 0) return t(lang, 'まだありません。', 'None yet.');
  return deliveries.map((d) => `• ${describe(d, lang)}`).join('\n');
}

/** 「2026年12月24日（木）9:00 — 期限 2026年12月28日（月） 送信済み」 */
function describe(delivery: Delivery, lang: Lang): string {
  const at = delivery.sentAt ?? delivery.sendAt;
  const hour = new TZDate(at.getTime(), TOKYO);
  const clock = `${hour.getHours()}:${String(hour.getMinutes()).padStart(2, '0')}`;
  const due = parseIsoDate(delivery.dueDate);
  const status = deliveryStatusText(delivery.status, lang);
  const dueText = due ? formatDate(due, lang) : delivery.dueDate;
  return `${formatDate(tokyoToday(at), lang)} ${clock} — ${t(lang, '期限', 'due')} ${dueText}${status ? ` ${status}` : ''}`;
}
