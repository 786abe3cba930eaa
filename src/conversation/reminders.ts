// The reminder conversation: what a request to set, change, stop or list reminders does, and
// everything the bot says about it. `planSubscribe` decides (pure: the request and the current
// subscription in, what to save out); `createReminderConversation` carries it out through the
// reminder service and words the outcome.
import { TZDate } from '@date-fns/tz';
import { paidNote } from '../../intents/reminder-subscribe.js';
import { type Action, type ConfirmableAction, encodeAction } from '../actions.js';
import { parseIsoDate, TOKYO, tokyoToday } from '../domain/dates.js';
import { formatDate, formatDaysLeft, formatMonthDay } from '../domain/format.js';
import { type KnowledgeBase, methodById } from '../domain/knowledge-base.js';
import type { MethodId } from '../domain/methods.js';
import { t } from '../intent.js';
import { deliveryStatusText, formatIsoDay, methodName } from '../phrases.js';
import { deadlineOnDate } from '../reminders/plan.js';
import { movedNote } from '../reminders/reminder-answer.js';
import type { NextDeadline, ReminderButton, ReminderService } from '../reminders/service.js';
import {
  DEFAULT_SEND_HOUR,
  MAX_LEAD_DAYS,
  type QuietHours,
  type Subscription,
} from '../reminders/subscription.js';
import type { Delivery } from '../store/port.js';
import type { Answer, Effect, Lang, Message } from '../types.js';
import { clampHour, type ReminderRequest, type SubscribeRequest } from './state.js';

/** Whose reminders: a user on a platform (one subscription each, whatever the channel). */
export type Who = Pick<Message, 'platform' | 'userId'>;

/** Where a user's reminders go: each adapter's `send` resolves it to a DM (or the terminal). */
export function reminderDestination({ platform, userId }: Who): string {
  return `${platform}:user:${userId}`;
}

// ---------------------------------------------------------------------------------------------
// Deciding

export type SubscribePlan =
  /** No method in the request and none on file: ask for it. */
  | { kind: 'ask_method'; request: SubscribeRequest }
  /** Save these settings: a new subscription, or a change that keeps what the user did not mention. */
  | {
      kind: 'save';
      op: 'subscribe' | 'change';
      method: MethodId;
      leadDays?: number[];
      sendHour?: number;
      quietHours?: QuietHours;
    }
  /** The request asks for what is set already. */
  | { kind: 'unchanged'; subscription: Subscription }
  /** A change of reminders asked for when none are set ("don't remind me on the day"). */
  | { kind: 'none_set' }
  /** Taking lead days out would leave none: that is a stop, asked back rather than done. */
  | { kind: 'confirm_stop' }
  /** A lead time reminders cannot have ("40日前"): said so, with the range, and nothing saved. */
  | { kind: 'out_of_range'; leadDays: number[] }
  /** An hour no clock has (「25時」): said so, with the range, and nothing saved. */
  | { kind: 'no_such_hour'; hour: number };

/** The hour set, moved within the bounds asked for (「夜10時以降は通知しないで」: not after 21). */
function withinBounds(
  hour: number | undefined,
  bound: { notAfter?: number; notBefore?: number } | undefined,
): number | undefined {
  if (!bound) return hour;
  if (hour === undefined) return bound.notBefore ?? bound.notAfter;
  const capped = bound.notAfter === undefined ? hour : Math.min(hour, bound.notAfter);
  return bound.notBefore === undefined ? capped : Math.max(capped, bound.notBefore);
}

/**
 * 「1日早めて」 "a day earlier": each lead time set moved (never past the deadline's day); with
 * none set, so many days before the deadline ("remind me 3 days earlier").
 */
function shiftedLeadDays(
  shift: number | undefined,
  kept: Subscription | undefined,
  asked: number[] | undefined,
): number[] | undefined {
  if (shift === undefined) return undefined;
  // (Those asked for a turn before, while the bot waited for the method: 「3日前に」 → 「1日遅くできる？」.)
  const set = kept?.leadDays ?? asked;
  if (!set) return shift > 0 ? [shift] : undefined;
  return set.map((days) => Math.max(0, days + shift));
}

export function planSubscribe(said: SubscribeRequest, current: Subscription | undefined): SubscribePlan {
  // (「また再開して」: the stopped ones are what is asked for again, where nothing else is said.)
  const kept = current?.active || (said.resume && current) ? current : undefined;
  // A shift of lead times asked for before a method is known moves them at once, so that the
  // question "which method?" already says the days to be set.
  const { shiftLeadDays, ...rest } = said;
  const request: SubscribeRequest =
    shiftLeadDays !== undefined && !kept && said.leadDays
      ? { ...rest, leadDays: shiftedLeadDays(shiftLeadDays, undefined, said.leadDays) ?? said.leadDays }
      : said;
  const tooFar = request.leadDays?.filter((d) => d > MAX_LEAD_DAYS) ?? [];
  if (tooFar.length > 0) return { kind: 'out_of_range', leadDays: tooFar };
  if (request.invalidHour !== undefined) return { kind: 'no_such_hour', hour: request.invalidHour };
  const { removeLeadDays } = request;
  if (removeLeadDays && !kept) return { kind: 'none_set' };
  const left = removeLeadDays && kept ? kept.leadDays.filter((d) => !removeLeadDays.includes(d)) : undefined;
  if (left?.length === 0) return { kind: 'confirm_stop' };
  const method = request.method ?? kept?.method;
  if (!method) return { kind: 'ask_method', request };
  const asked =
    request.addLeadDays && kept && request.leadDays
      ? [...kept.leadDays, ...request.leadDays]
      : request.replacesLeadDay !== undefined && kept && request.leadDays
        ? [...kept.leadDays.filter((d) => d !== request.replacesLeadDay), ...request.leadDays]
        : (left ?? shiftedLeadDays(request.shiftLeadDays, kept, request.leadDays) ?? request.leadDays);
  const leadDays = asked ? [...new Set(asked)].sort((a, b) => b - a) : kept?.leadDays;
  const shifted =
    request.shiftHour !== undefined && kept ? clampHour(kept.sendHour + request.shiftHour) : undefined;
  const set = request.sendHour ?? shifted ?? kept?.sendHour;
  const sendHour = withinBounds(set, request.hourBound);
  const quietHours = request.quietHours ?? kept?.quietHours;
  if (
    kept?.active &&
    kept.method === method &&
    kept.leadDays.join(',') === leadDays?.join(',') &&
    kept.sendHour === sendHour &&
    kept.quietHours?.start === quietHours?.start &&
    kept.quietHours?.end === quietHours?.end
  ) {
    return { kind: 'unchanged', subscription: kept };
  }
  return {
    kind: 'save',
    op: kept?.active ? 'change' : 'subscribe',
    method,
    ...(leadDays ? { leadDays } : {}),
    ...(sendHour !== undefined ? { sendHour } : {}),
    ...(quietHours ? { quietHours } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Carrying out

export interface ReminderOutcome {
  answer: Answer;
  /** What changed, if anything. */
  effect?: Effect;
  /** Set when the bot asked for the method: the request waits for it (an open question). */
  awaitingMethod?: SubscribeRequest;
  /** Set when the bot asked "shall I?": the action waits for a yes or its button (an open question). */
  awaitingConfirm?: ConfirmableAction;
}

/** Everything an App Home or a settings page shows about a user's reminders. */
export interface ReminderOverview {
  subscription?: Subscription;
  /** The next deadline not yet paid, with its reminders to come (an active subscription's). */
  next?: NextDeadline;
  upcoming: Delivery[];
  recent: Delivery[];
}

export interface ReminderConversation {
  /**
   * `wordless`: the request came without words (a button, a settings control), so the reminders
   * keep the language they were set in rather than take the one guessed for this turn.
   */
  carryOut(
    request: ReminderRequest,
    who: Who,
    lang: Lang,
    confidence: number,
    wordless?: boolean,
    /** Unsure of the request: ask which method when none is on file, else ask back before saving. */
    confirmFirst?: boolean,
  ): Promise<ReminderOutcome>;
  /**
   * "Shall I…?" for a change the bot is not sure of. Turning reminders off when none are on is
   * not asked: the user hears that none are set, and nothing waits for a yes.
   */
  confirm(
    action: Exclude<ConfirmableAction, { kind: 'forget' }>,
    who: Who,
    lang: Lang,
    confidence: number,
  ): Promise<ReminderOutcome>;
  /** A reminder's Paid or Snooze button. */
  press(action: ReminderButton, who: Who, lang: Lang): Promise<ReminderOutcome>;
  /**
   * A question about reminders from someone who has them ("what time do they come?", 「朝8時に
   * できる？」): what is set comes first; a setting the question names is offered as a change
   * that keeps the rest (a button, nothing saved), or said to be set already. Undefined when none
   * are set: the general explanation is the answer then.
   */
  explain(asked: SubscribeRequest, who: Who, lang: Lang, confidence: number): Promise<Answer | undefined>;
  /** "Already paid this one": the next deadline marked paid (as its Paid button would), the reminders kept. */
  /** `ifDueIn` ('YYYY-MM'): only when the next deadline falls in that month; else it is said to be still to come. */
  /** `onlyIfSet`: undefined when no reminders are on (the caller answers otherwise). */
  paidNext(
    who: Who,
    lang: Lang,
    ifDueIn?: string,
    onlyIfSet?: boolean,
    /** Skipped, not said to be paid (「今月の通知はお休みにして」): said so, not "marked as paid". */
    skipped?: boolean,
  ): Promise<ReminderOutcome | undefined>;
  /**
   * "Keep them" said just after a stop: the reminders are off, so that is said, with a button
   * that sets them again as they were. Undefined when they are on (nothing was stopped).
   */
  stoppedJustNow(who: Who, lang: Lang): Promise<Answer | undefined>;
  /** 「明日もう一回教えて」 "remind me again tomorrow": the next deadline's reminder, tomorrow at the send hour. */
  snoozeNext(who: Who, lang: Lang): Promise<ReminderOutcome>;
  overview(who: Who): Promise<ReminderOverview>;
  /** The way and next unpaid deadline ('YYYY-MM-DD') of the user's reminders, if any are on. */
  nextDue(who: Who): Promise<{ method: MethodId; dueDate: string } | undefined>;
  /** The method of the user's reminders, if they have any on. */
  method(who: Who): Promise<MethodId | undefined>;
  /**
   * What the user must hear once: their reminders stopped because the platform refused them for
   * good (a blocked DM). Undefined when there is nothing to tell; taking it clears it.
   */
  takeNotice(who: Who, lang: Lang): Promise<string | undefined>;
}

export function createReminderConversation(
  service: ReminderService,
  kb: KnowledgeBase,
): ReminderConversation {
  async function subscribe(
    said: SubscribeRequest,
    who: Who,
    turnLang: Lang,
    confidence: number,
    wordless: boolean,
    confirmFirst: boolean,
  ): Promise<ReminderOutcome> {
    const current = await service.get(who.platform, who.userId);
    // ("remind me on the 8th": as days before the deadline, when the way is known.)
    const request = onTheDay(said, current?.active ? current.method : undefined, kb);
    // "if not, set one": some are on, so they are shown (with a button for what was asked).
    if (request.ifNoneSet && current?.active)
      return { answer: await explainSet(request, current, turnLang, confidence) };
    // "also set one for direct debit" beside postcard reminders: one way to pay has them at a time
    // (an account pays its bills one way), so the switch is asked, the lead times not merged.
    if (
      (request.addLeadDays || request.alsoWay) &&
      request.method &&
      current?.active &&
      current.method !== request.method
    ) {
      const action: ConfirmableAction = {
        kind: 'subscribe',
        method: request.method,
        ...(request.leadDays ? { leadDays: request.leadDays } : {}),
        ...(request.sendHour !== undefined ? { sendHour: request.sendHour } : {}),
      };
      const [set, named] = [current.method, request.method].map((id) => methodById(kb, id).name[turnLang]);
      return askedBack(
        action,
        t(
          turnLang,
          `リマインダーは支払い方法1つ分です（いまは${set}）。${named}に切り替えますか？（${set}のリマインダーは止まります）`,
          `Reminders follow one way to pay at a time (yours: ${set}). Switch them to ${named}? (The ${set} reminders then stop.)`,
        ),
        turnLang,
        confidence,
      );
    }
    const plan = planSubscribe(request, current);
    const lang = wordless && current ? current.lang : turnLang;
    if (plan.kind === 'ask_method') {
      // (The request as planned: a shift of lead times already applied to them.)
      return { answer: askMethodAnswer(plan.request, lang, kb, confidence), awaitingMethod: plan.request };
    }
    if (plan.kind === 'save' && confirmFirst) {
      const action: ConfirmableAction = {
        kind: 'subscribe',
        ...(request.method ? { method: request.method } : {}),
        ...(request.leadDays ? { leadDays: request.leadDays } : {}),
        ...(request.sendHour !== undefined ? { sendHour: request.sendHour } : {}),
      };
      // (With reminders on, it is a change that is asked: 「夕方6時のほうがいいかも」.)
      return {
        answer: confirmAnswer(action, lang, kb, confidence, current?.active === true),
        awaitingConfirm: action,
      };
    }
    // A setting that cannot be: said why, and nothing changed.
    const refused = (ja: string, en: string) => ({
      answer: reply('reminder_subscribe', lang, confidence, t(lang, ja, en)),
    });
    if (plan.kind === 'out_of_range') {
      const asked = leadsLabel(plan.leadDays, lang);
      return refused(
        `「${asked}」には設定できません。お知らせは期限の当日から${MAX_LEAD_DAYS}日前まで（0〜${MAX_LEAD_DAYS}日前）で指定してください。請求は月初に確定するので、それより前のお知らせは届きません。設定は変えていません。`,
        `I cannot remind you ${asked} the deadline: choose from the day itself up to ${MAX_LEAD_DAYS} days before (0–${MAX_LEAD_DAYS}). The bill is only issued early in the month, so an earlier reminder would come before it. Nothing was changed.`,
      );
    }
    if (plan.kind === 'no_such_hour') {
      return refused(
        `${plan.hour}時という時刻はありません。お知らせの時刻は0〜23時（日本時間）で指定してください（例: 「夜8時にして」）。設定は変えていません。`,
        `There is no ${plan.hour}:00: choose an hour from 0 to 23 (Japan time), for example "at 8pm". Nothing was changed.`,
      );
    }
    if (plan.kind === 'none_set')
      return { answer: reply('reminder_list', lang, confidence, TEXT.noneYet[lang]) };
    if (plan.kind === 'confirm_stop') {
      const action = { kind: 'unsubscribe' } as const;
      return { answer: confirmAnswer(action, lang, kb, confidence), awaitingConfirm: action };
    }
    if (plan.kind === 'unchanged') {
      const next = await service.nextDeadline(plan.subscription);
      // ("remind me on the 25th", after the postcard's 20th: no setting at all, which is said, and
      // what is set; not that it is already so.)
      if (!request.onADay)
        return { answer: settingsAnswer(plan.subscription, [], lang, kb, confidence, 'unchanged', next) };
      const answer = settingsAnswer(plan.subscription, [], lang, kb, confidence, 'asSet', next);
      const note = cannotDoNote(request, plan.subscription.sendHour, lang);
      return { answer: { ...answer, text: `${note}\n${answer.text}` } };
    }
    const { subscription, upcoming, next } = await service.subscribe({
      platform: who.platform,
      userId: who.userId,
      destination: reminderDestination(who),
      method: plan.method,
      ...(plan.leadDays ? { leadDays: plan.leadDays } : {}),
      ...(plan.sendHour !== undefined ? { sendHour: plan.sendHour } : {}),
      ...(plan.quietHours ? { quietHours: plan.quietHours } : {}),
      lang,
    });
    const saved = settingsAnswer(subscription, upcoming, lang, kb, confidence, plan.op, next);
    const note = cannotDoNote(request, subscription.sendHour, lang);
    return {
      answer: {
        ...saved,
        ...(note ? { text: `${note}\n${saved.text}` } : {}),
        // (Set after paying this month's already: one press and its reminders do not come.)
        actions: [
          undoSubscribe(current?.active ? current : undefined, lang),
          paidButton(subscription.id, next.dueDate, lang, 'already'),
        ],
      },
      effect: {
        op: plan.op,
        method: subscription.method,
        leadDays: subscription.leadDays,
        sendHour: subscription.sendHour,
      },
    };
  }

  /** The Paid button of a deadline to come, as its reminder's own would be: 「12月10日の分は支払い済み」. */
  function paidButton(
    subscriptionId: string,
    due: string,
    lang: Lang,
    how: 'already' | 'too',
  ): { id: string; label: string } {
    const day = parseIsoDate(due);
    const short = day ? formatMonthDay(day.month, day.day, lang) : formatIsoDay(due, lang);
    const label =
      how === 'too'
        ? t(lang, `${short}の分も払った`, `Paid the ${short} one too`)
        : t(lang, `${short}の分は支払い済み`, `Already paid the ${short} one`);
    return { id: encodeAction({ kind: 'paid', subscriptionId, due }), label };
  }

  /**
   * "Oops, not that": one button takes back what was just saved: the settings before a change
   * (set again as they were) or, for new reminders, none at all.
   */
  function undoSubscribe(before: Subscription | undefined, lang: Lang): { id: string; label: string } {
    const id = before ? encodeAction(restoring(before)) : encodeAction({ kind: 'unsubscribe' });
    return { id, label: t(lang, '取り消す', 'Undo') };
  }

  async function explain(
    asked: SubscribeRequest,
    who: Who,
    lang: Lang,
    confidence: number,
  ): Promise<Answer | undefined> {
    const current = await service.get(who.platform, who.userId);
    return current?.active ? explainSet(asked, current, lang, confidence) : undefined;
  }

  /** What is set (`current`, active), and the change asked as a button when it is one. */
  async function explainSet(
    asked: SubscribeRequest,
    current: Subscription,
    lang: Lang,
    confidence: number,
  ): Promise<Answer> {
    const next = await service.nextDeadline(current);
    const plan = planSubscribe(asked, current);
    const named = asked.method !== undefined || asked.leadDays !== undefined || asked.sendHour !== undefined;
    const setting = settingsLine(current, lang, kb);
    const lines = [
      t(lang, `いまの設定: ${setting}`, `As set now: ${setting}`),
      nextDeadlineLine(next, current, lang, kb),
      // ("do they come every month?", 「毎月来るの？」: what people ask about the ones they have.)
      t(
        lang,
        '止めるまで毎月の期限ごとに届きます（料金はかかりません。期間を決めた一時停止はなく、解除と再開になります）。',
        'They come before every monthly deadline until you stop them, at no cost (there is no timed pause: you stop and resume them).',
      ),
    ];
    let actions: Answer['actions'];
    if (plan.kind === 'save') {
      const proposed: Subscription = {
        ...current,
        method: plan.method,
        ...(plan.leadDays ? { leadDays: plan.leadDays } : {}),
        ...(plan.sendHour !== undefined ? { sendHour: plan.sendHour } : {}),
      };
      const change = settingsText(proposed, lang, kb);
      lines.push(
        t(
          lang,
          `できます。ボタンを押すと、${change}に変更します。`,
          `You can: press the button to change it to ${change}.`,
        ),
      );
      const leadsAsked = asked.leadDays !== undefined || asked.removeLeadDays !== undefined;
      const button: ConfirmableAction = {
        kind: 'subscribe',
        method: plan.method,
        ...(leadsAsked && plan.leadDays ? { leadDays: plan.leadDays } : {}),
        ...(asked.sendHour !== undefined ? { sendHour: asked.sendHour } : {}),
      };
      actions = [{ id: encodeAction(button), label: t(lang, 'この内容に変更', 'Change to this') }];
    } else if (plan.kind === 'unchanged' && named) {
      lines.push(t(lang, 'すでにその設定です。', 'That is already how it is set.'));
    }
    lines.push(paidNote(lang), TEXT.howToChange[lang]);
    return {
      ...reply('reminder_subscribe', lang, confidence, lines.join('\n')),
      ...(actions ? { actions } : {}),
    };
  }

  async function press(action: ReminderButton, who: Who, lang: Lang): Promise<ReminderOutcome> {
    const outcome = await service.performAction(action, who);
    const answer = reply('reminder_list', lang, 1, outcomeText(outcome, lang));
    if (!outcome.ok) return { answer };
    // (The way whose deadline it was, as the contract's effect may say.)
    const { method } = outcome.subscription;
    return { answer, effect: { op: outcome.kind === 'paid' ? 'paid' : 'snooze', method } };
  }

  /** A change asked back in words of its own, with the confirm button (a change of what is set). */
  function askedBack(
    action: Exclude<ConfirmableAction, { kind: 'forget' }>,
    text: string,
    lang: Lang,
    confidence: number,
  ): ReminderOutcome {
    return {
      answer: { ...confirmAnswer(action, lang, kb, confidence, true), text },
      awaitingConfirm: action,
    };
  }

  async function unsubscribe(
    who: Who,
    lang: Lang,
    confidence: number,
    forAWhile = false,
    method?: MethodId,
  ): Promise<ReminderOutcome> {
    const before = await service.get(who.platform, who.userId);
    if (!before?.active)
      return { answer: reply('reminder_unsubscribe', lang, confidence, TEXT.noneSet[lang]) };
    // "stop the postcard one" when they are for the barcode: not those, so they stay (one button stops them).
    if (method && method !== before.method) {
      const [set, named] = [before.method, method].map((id) => methodById(kb, id).name[lang]);
      return askedBack(
        { kind: 'unsubscribe' },
        t(
          lang,
          `リマインダーは${set}の期限で設定されていて、${named}のものはありません。解除していません。${set}のリマインダーを解除しますか？`,
          `Your reminders are for your ${set} deadline; there are none for ${named}. Nothing was stopped. Shall I turn off the ${set} reminders?`,
        ),
        lang,
        confidence,
      );
    }
    await service.unsubscribe(who.platform, who.userId);
    // "Actually, keep them": one button sets them again as they were.
    const undo = encodeAction(restoring(before));
    return {
      answer: {
        ...reply('reminder_unsubscribe', lang, confidence, (forAWhile ? TEXT.paused : TEXT.stopped)[lang]),
        actions: [{ id: undo, label: t(lang, '元に戻す', 'Undo') }],
      },
      effect: { op: 'unsubscribe', method: before.method },
    };
  }

  async function list(who: Who, lang: Lang, confidence: number): Promise<ReminderOutcome> {
    const subscription = await service.get(who.platform, who.userId);
    // (None set: a button per method sets them in one tap, nothing until one is pressed.)
    if (!subscription?.active)
      return {
        answer: {
          ...reply('reminder_list', lang, confidence, TEXT.noneYet[lang]),
          actions: methodButtons(kb, lang),
        },
      };
    const [upcoming, recent, next] = await Promise.all([
      service.upcoming(who.platform, who.userId, 3),
      service.recent(who.platform, who.userId, 3),
      service.nextDeadline(subscription),
    ]);
    const lines = [
      settingsLine(subscription, lang, kb),
      nextDeadlineLine(next, subscription, lang, kb),
      t(lang, '予定:', 'Scheduled:'),
      ...(upcoming.length
        ? upcoming.map((d) => `• ${describeDelivery(d, lang)}`)
        : next.later?.length
          ? next.later.map((at) => `• ${sendTime(at, lang)}`)
          : [t(lang, '• なし', '• none')]),
    ];
    if (recent.length > 0) {
      lines.push(t(lang, '最近の送信:', 'Recently:'), ...recent.map((d) => `• ${describeDelivery(d, lang)}`));
    }
    lines.push(TEXT.howToChange[lang]);
    return {
      answer: {
        ...reply('reminder_list', lang, confidence, lines.join('\n')),
        actions: [{ id: encodeAction({ kind: 'unsubscribe' }), label: t(lang, '解除する', 'Stop them') }],
      },
    };
  }

  return {
    async method(who) {
      const current = await service.get(who.platform, who.userId);
      return current?.active ? current.method : undefined;
    },

    carryOut(request, who, lang, confidence, wordless = false, confirmFirst = false) {
      if (request.op === 'subscribe')
        return subscribe(request, who, lang, confidence, wordless, confirmFirst);
      if (request.op === 'unsubscribe')
        return unsubscribe(who, lang, confidence, request.forAWhile, request.method);
      return list(who, lang, confidence);
    },

    async confirm(action, who, lang, confidence) {
      const current = await service.get(who.platform, who.userId);
      if (action.kind === 'unsubscribe' && !current?.active)
        return { answer: reply('reminder_unsubscribe', lang, confidence, TEXT.noneSet[lang]) };
      // (With reminders on, a setting asked back is a change: 「夕方6時のほうがいいかも」.)
      return {
        answer: confirmAnswer(action, lang, kb, confidence, current?.active === true),
        awaitingConfirm: action,
      };
    },

    press,

    async takeNotice(who, lang) {
      const notice = await service.takeDeliveryNotice(who.platform, who.userId);
      if (!notice) return undefined;
      const due = parseIsoDate(notice.dueDate);
      const when = due ? formatDate(due, lang) : notice.dueDate;
      return t(
        lang,
        `お知らせ: ${when}の期限のリマインダーをお届けできませんでした（ボットからのメッセージを受け取れない設定になっているようです）。リマインダーは止めてあります。受け取れるようにしてから「リマインダーを設定して」と送ると再開します。`,
        `Note: I could not deliver your reminder for the ${when} deadline (messages from the bot seem to be blocked), so your reminders are paused. Allow messages from the bot, then say "set a reminder" to start them again.`,
      );
    },

    explain,

    async paidNext(who, lang, ifDueIn, onlyIfSet, skipped) {
      const subscription = await service.get(who.platform, who.userId);
      if (!subscription?.active)
        return onlyIfSet ? undefined : { answer: reply('reminder_list', lang, 1, TEXT.noneSet[lang]) };
      const next = await service.nextDeadline(subscription);
      if (ifDueIn !== undefined && !next.dueDate.startsWith(ifDueIn)) {
        const due = formatIsoDay(next.dueDate, lang);
        const text = t(
          lang,
          `次の期限（${due}）はまだこれからなので、そのお知らせはそのまま届きます。今月の期限の分を払ったのなら、それで大丈夫です。`,
          `Your next deadline (${due}) is still to come, so its reminders stay. If you paid this month's, you are all set.`,
        );
        // Paid ahead all the same? One press marks it, as its reminder's Paid button would:
        // a guess either way would be wrong for someone.
        return {
          answer: {
            ...reply('reminder_list', lang, 1, text),
            actions: [paidButton(subscription.id, next.dueDate, lang, 'too')],
          },
        };
      }
      const action = { kind: 'paid', subscriptionId: subscription.id, due: next.dueDate } as const;
      const pressed = await press(action, who, lang);
      if (!skipped || !pressed.effect) return pressed;
      const due = dueDay(next.dueDate, lang);
      const text = t(
        lang,
        `${due}の期限のお知らせはもう送りません。次の期限からはいつも通りお知らせします。`,
        `No more reminders for the ${due} deadline; the ones after it come as usual.`,
      );
      return { ...pressed, answer: { ...pressed.answer, text } };
    },

    async snoozeNext(who, lang) {
      const outcome = await service.snoozeNext(who.platform, who.userId);
      if (!outcome.ok && (outcome.reason === 'not_found' || outcome.reason === 'inactive'))
        return { answer: reply('reminder_list', lang, 1, TEXT.noneSet[lang]) };
      const answer = reply('reminder_list', lang, 1, outcomeText({ kind: 'snooze', ...outcome }, lang));
      return outcome.ok
        ? { answer, effect: { op: 'snooze', method: outcome.subscription.method } }
        : { answer };
    },

    async stoppedJustNow(who, lang) {
      const stopped = await service.get(who.platform, who.userId);
      if (!stopped || stopped.active) return undefined;
      const settings = settingsText(stopped, lang, kb);
      return {
        ...reply(
          'reminder_unsubscribe',
          lang,
          1,
          t(
            lang,
            `リマインダーはいま解除されています（${settings}）。元に戻すならボタンを押してください。`,
            `Your reminders are off now (they were for ${settings}). Press Undo to turn them back on as they were.`,
          ),
        ),
        actions: [{ id: encodeAction(restoring(stopped)), label: t(lang, '元に戻す', 'Undo') }],
      };
    },

    async nextDue(who) {
      const subscription = await service.get(who.platform, who.userId);
      if (!subscription?.active) return undefined;
      const { dueDate } = await service.nextDeadline(subscription);
      return { method: subscription.method, dueDate };
    },

    async overview(who) {
      const subscription = await service.get(who.platform, who.userId);
      const [upcoming, recent, next] = await Promise.all([
        service.upcoming(who.platform, who.userId, 3),
        service.recent(who.platform, who.userId, 5),
        subscription?.active ? service.nextDeadline(subscription) : undefined,
      ]);
      return { ...(subscription ? { subscription } : {}), ...(next ? { next } : {}), upcoming, recent };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Wording

const TEXT = {
  noneSet: { ja: '設定中のリマインダーはありません。', en: 'You have no reminders set.' },
  // (Asked "what time do they come?" or "can they be paused?" with none set: how they work, in short.)
  noneYet: {
    ja: `設定中のリマインダーはありません。設定すると、特に指定がなければ期限の3日前と当日の${DEFAULT_SEND_HOUR}時（日本時間）に届きます。日にちと時刻は選べて、止めるまで毎月届きます（期間を決めた一時停止はなく、解除と再開になります。届いたお知らせは「明日また教えて」で翌日にもう一度送れます）。「口座振替なので3日前に教えて」のように話しかけると設定できます。`,
    en: `You have no reminders. Once set, they come 3 days before and on the day of your deadline at ${DEFAULT_SEND_HOUR}:00 (Japan time) unless you choose other days or an hour, every month until you stop them (there is no timed pause: you stop and resume them; "remind me again tomorrow" sends one again the next day). Say "remind me 3 days before, I pay by direct debit" to set one.`,
  },
  stopped: {
    ja: 'リマインダーを解除しました。また必要になったら「3日前に教えて」と話しかけてください。',
    en: 'Stopped: your reminders are off. Say "remind me 3 days before" whenever you want them back.',
  },
  // There is no pause with an end date: the stop is said as such, and how to turn them on again.
  paused: {
    ja: 'リマインダーを止めました。期間を決めた一時停止はできないため、自動では再開しません。再開するときは「リマインダー再開して」と話しかけるか、下のボタンで同じ設定に戻せます。',
    en: 'Stopped: your reminders are off. I cannot pause them for a set time, so they stay off until you turn them on again: say "resume my reminders" or press the button below to get the same settings back.',
  },
  howToChange: {
    ja: '変更は「前日の夜8時に変えて」、解除は「通知を解除して」。',
    en: 'To change it say "make it the day before at 8pm"; to stop, "stop reminding me".',
  },
  everyMonth: {
    ja: '止めるまで、毎月の期限ごとに届きます。',
    en: 'They come before every monthly deadline until you stop them.',
  },
  cancelled: {
    ja: 'わかりました。リマインダーはそのままです。',
    en: 'OK, I left your reminders as they are.',
  },
  declined: {
    ja: 'わかりました。リマインダーは設定しません（設定済みのものもそのままです。止めるときは「通知を解除して」）。',
    en: 'OK, no reminder set (any you already have stay as they are; to stop them, say "stop reminding me").',
  },
  debitDayLate: {
    ja: '引き落としが当日の何時に行われるかは公表されていないので、当日のこの時刻のお知らせは引き落としの後になるかもしれません。残高の確認には前日か当日の朝がおすすめです。',
    en: 'No source says at what time of day the debit runs, so a reminder at this hour on the day may come after it. To check your balance in time, the day before or the morning of the day is safer.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

function reply(intent: Answer['intent'], lang: Lang, confidence: number, text: string): Answer {
  return { intent, confidence, lang, title: t(lang, 'リマインダー', 'Reminders'), text };
}

/** 「3日前・当日」 / "3 days before and on the day of", "7, 3 and 1 day before". */
export function leadsLabel(leadDays: readonly number[], lang: Lang): string {
  const labels = leadDays.map((d) => leadLabel(d, lang));
  if (lang === 'ja') return labels.join('・');
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

function leadLabel(days: number, lang: Lang): string {
  if (days === 0) return t(lang, '当日', 'on the day of');
  if (days === 1) return t(lang, '前日', 'the day before');
  return t(lang, `${days}日前`, `${days} days before`);
}

function settingsLine(subscription: Subscription, lang: Lang, kb: KnowledgeBase): string {
  const settings = settingsText(subscription, lang, kb);
  return t(lang, `${settings}にお知らせします。`, `I will remind you of ${settings} (Japan time).`);
}

/** 「はがき請求書の期限の2日前・当日、9時」 / "your postcard deadline 2 days before and on the day of, at 9:00". */
function settingsText(subscription: Subscription, lang: Lang, kb: KnowledgeBase): string {
  const name = methodName(kb, subscription.method, lang);
  const leads = leadsLabel(subscription.leadDays, lang);
  return t(
    lang,
    `${name}の期限の${leads}、${subscription.sendHour}時`,
    `your ${name} deadline ${leads}, at ${subscription.sendHour}:00`,
  );
}

/**
 * A bank-debit reminder on the debit day itself, in the afternoon or later: no source says at
 * what time the debit runs, so it may come after the money has left (or failed to).
 */
function lateOnDebitDay(subscription: Subscription): boolean {
  return (
    subscription.method === 'auto_debit' && subscription.leadDays.includes(0) && subscription.sendHour >= 12
  );
}

function settingsAnswer(
  subscription: Subscription,
  upcoming: readonly Delivery[],
  lang: Lang,
  kb: KnowledgeBase,
  confidence: number,
  how: 'subscribe' | 'change' | 'unchanged' | 'asSet',
  nextDeadline?: NextDeadline,
): Answer {
  const quiet = subscription.quietHours;
  // The first reminder, when the next deadline's line does not already say when it comes.
  const next = nextDeadline?.reminders.length ? undefined : upcoming[0];
  const lead = {
    subscribe: '',
    change: t(lang, '設定を変更しました。', 'Changed. '),
    unchanged: t(lang, 'すでにこの設定です。', 'That is already how it is set. '),
    asSet: t(lang, 'いまの設定: ', 'As set now: '),
  }[how];
  return {
    intent: 'reminder_subscribe',
    confidence,
    lang,
    title:
      how === 'subscribe'
        ? t(lang, 'リマインダーを設定しました', 'Reminder set')
        : t(lang, 'リマインダーの設定', 'Reminder settings'),
    text: [
      `${lead}${settingsLine(subscription, lang, kb)}`,
      quiet
        ? t(
            lang,
            `${quiet.start}時〜${quiet.end}時は送りません。`,
            `Nothing is sent between ${quiet.start}:00 and ${quiet.end}:00.`,
          )
        : '',
      nextDeadline ? nextDeadlineLine(nextDeadline, subscription, lang, kb) : '',
      next
        ? t(
            lang,
            `次のお知らせ: ${describeDelivery(next, lang)}`,
            `Next reminder: ${describeDelivery(next, lang)}`,
          )
        : '',
      lateOnDebitDay(subscription) ? TEXT.debitDayLate[lang] : '',
      // (Said when set: "just for this month" gets them every month too, unless stopped.)
      how === 'subscribe' ? TEXT.everyMonth[lang] : '',
      TEXT.howToChange[lang],
    ]
      .filter(Boolean)
      .join('\n'),
    facts: [
      { label: t(lang, '支払い方法', 'Method'), value: methodName(kb, subscription.method, lang) },
      {
        label: t(lang, 'タイミング', 'When'),
        value: `${leadsLabel(subscription.leadDays, lang)} ${subscription.sendHour}:00`,
      },
    ],
  };
}

/**
 * The deadline to pay next, with its days left and the reminders still to come for it, or that
 * none can come (their time passed before the settings were saved: plan.ts): 「次の期限は
 * 2026年12月10日（木）（あと2日）です。2026年12月10日（木） 9:00にお知らせします。」
 */
function nextDeadlineLine(
  next: NextDeadline,
  subscription: Subscription,
  lang: Lang,
  kb: KnowledgeBase,
): string {
  const method = methodById(kb, subscription.method);
  const due = parseIsoDate(next.dueDate);
  if (!due) return '';
  const deadline = deadlineOnDate(method, next.dueDate);
  const moved = deadline?.moved ? movedNote(deadline.nominal.day, lang) : '';
  const debit = method.id === 'auto_debit';
  const when = formatDate(due, lang);
  const what = debit ? t(lang, '引き落とし日', 'debit') : t(lang, '期限', 'deadline');
  if (next.daysLeft === 0 && next.reminders.length === 0) {
    return t(
      lang,
      `本日${when}が${debit ? '引き落とし日' : 'お支払い期限'}です${moved}。${debit ? '口座の残高をご確認ください。' : ''}この${what}のお知らせの時刻はもう過ぎています。`,
      `Today, ${when}, is the ${debit ? 'debit day' : 'deadline'}${moved}.${debit ? ' Please make sure the balance covers it.' : ''} It is too late for a reminder before it.`,
    );
  }
  const head = t(
    lang,
    `次の${what}は${when}、${formatDaysLeft(next.daysLeft, lang)}です${moved}。`,
    `Next ${what}: ${when}, ${formatDaysLeft(next.daysLeft, lang)}${moved}.`,
  );
  const times =
    next.reminders.length > 0
      ? next.reminders.map((d) => sendTime(d.sendAt, lang))
      : (next.later ?? []).map((at) => sendTime(at, lang));
  if (times.length > 0)
    return `${head}${t(lang, `${times.join('と')}にお知らせします。`, ` I will remind you on ${times.join(' and on ')}.`)}`;
  const leads = leadsLabel(subscription.leadDays, lang);
  return `${head}${t(
    lang,
    `この${what}のお知らせはもうありません（${leads}のお知らせの時刻は過ぎています）。`,
    ` No more reminders will come for it (the time for the one ${leads} has passed).`,
  )}`;
}

/** 「2026年12月9日（水） 9:00」 / "Wednesday, 9 December 2026 at 9:00". */
function sendTime(sendAt: Date, lang: Lang): string {
  const hour = new TZDate(sendAt.getTime(), TOKYO).getHours();
  return t(
    lang,
    `${formatDate(tokyoToday(sendAt), lang)} ${hour}:00`,
    `${formatDate(tokyoToday(sendAt), lang)} at ${hour}:00`,
  );
}

/** "Which method?", with a button per method that completes the request. */
function askMethodAnswer(
  request: SubscribeRequest,
  lang: Lang,
  kb: KnowledgeBase,
  confidence: number,
): Answer {
  const leads = request.leadDays
    ? leadsLabel(request.leadDays, lang)
    : t(lang, '3日前と当日', '3 days before and on the day of');
  // The hour is said even when none was asked for: "what time will it come?" is what people ask next.
  const hour = request.sendHour ?? DEFAULT_SEND_HOUR;
  const at = t(lang, `、${hour}時`, ` at ${hour}:00`);
  const note = cannotDoNote(request, hour, lang);
  return {
    intent: 'reminder_subscribe',
    confidence,
    lang,
    title: t(lang, 'リマインダー', 'Reminders'),
    text: t(
      lang,
      `期限の${leads}${at}にお知らせします。${note}お支払い方法はどれですか？ 方法によって期限が違います（コンビニ・バーコードは10日、はがきは20日、口座振替は27日）。`,
      `I will remind you ${leads} your deadline${at}. ${note ? `${note} ` : ''}How do you pay? Each method has its own deadline (konbini and barcode: the 10th, paper bill: the 20th, bank debit: the 27th).`,
    ),
    actions: methodButtons(kb, lang, request),
  };
}

/** A button per method that sets reminders for it (as `request` asked, else the defaults). */
function methodButtons(kb: KnowledgeBase, lang: Lang, request: SubscribeRequest = { op: 'subscribe' }) {
  return kb.methods.map((m) => ({
    id: encodeAction({
      kind: 'subscribe',
      method: m.id,
      ...(request.leadDays ? { leadDays: request.leadDays } : {}),
      ...(request.sendHour !== undefined ? { sendHour: request.sendHour } : {}),
    }),
    label: m.name[lang],
  }));
}

/**
 * "remind me on the 8th" with the konbini (due the 10th): two days before. A day after the due day,
 * or too far before it, stays a calendar day, which the answer says reminders cannot be set by.
 */
function onTheDay(
  request: SubscribeRequest,
  currentMethod: MethodId | undefined,
  kb: KnowledgeBase,
): SubscribeRequest {
  const method = request.method ?? currentMethod;
  if (request.onDay === undefined || request.leadDays || !method) return request;
  const lead = methodById(kb, method).dueDay - request.onDay;
  if (lead < 0 || lead > MAX_LEAD_DAYS) return request;
  const { onADay: _, onDay: __, ...rest } = request;
  return { ...rest, leadDays: [lead] };
}

/**
 * What the request asked for that reminders cannot do, said: a calendar day (「毎月5日に」), or
 * a second hour (「2日前の20時と当日の8時」: which one is used, and how to pick the other).
 */
function cannotDoNote(request: SubscribeRequest, hour: number, lang: Lang): string {
  const onADay = request.onADay
    ? t(
        lang,
        'お知らせの日は日付では決められず、期限の何日前かで決まります（例: 「5日前に教えて」）。',
        'Reminders are not set by calendar date: they come a number of days before your deadline (say "remind me 5 days before").',
      )
    : '';
  const other = request.otherHours?.find((h) => h !== hour);
  if (other === undefined) return onADay;
  const joiner = onADay && lang === 'en' ? ' ' : '';
  return `${onADay}${joiner}${t(
    lang,
    `お知らせの時刻は1つだけ選べるので、${hour}時にしました（${other}時にするなら「${other}時にして」）。`,
    `Reminders come at one hour only, so I used ${hour}:00 (say "at ${other}:00" for that one instead).`,
  )}`;
}

/** "Shall I…?" for a request the bot is not sure of: a button that does it, and one that does not. */
export function confirmAnswer(
  action: Exclude<ConfirmableAction, { kind: 'forget' }>,
  lang: Lang,
  kb: KnowledgeBase,
  confidence: number,
  change = false,
): Answer {
  const question =
    action.kind === 'unsubscribe'
      ? t(lang, 'リマインダーを解除しますか？', 'Shall I turn your reminders off?')
      : confirmSubscribeText(action, lang, kb, change);
  return {
    intent: action.kind === 'unsubscribe' ? 'reminder_unsubscribe' : 'reminder_subscribe',
    confidence,
    lang,
    title: t(lang, '確認', 'Just checking'),
    text: question,
    actions: [
      {
        id: encodeAction({ kind: 'confirm', action }),
        label:
          action.kind === 'unsubscribe'
            ? t(lang, 'はい、解除する', 'Yes, turn off')
            : change
              ? t(lang, 'はい、変更する', 'Yes, change it')
              : t(lang, 'はい、設定する', 'Yes, set it'),
      },
      { id: encodeAction({ kind: 'cancel' }), label: t(lang, 'いいえ', 'No') },
    ],
  };
}

function confirmSubscribeText(
  action: Extract<ConfirmableAction, { kind: 'subscribe' }>,
  lang: Lang,
  kb: KnowledgeBase,
  change: boolean,
): string {
  const what = [
    action.method ? methodById(kb, action.method).name[lang] : undefined,
    action.leadDays
      ? action.addLeadDays
        ? t(lang, `${leadsLabel(action.leadDays, lang)}も`, `${leadsLabel(action.leadDays, lang)} as well`)
        : leadsLabel(action.leadDays, lang)
      : undefined,
    action.sendHour !== undefined ? t(lang, `${action.sendHour}時`, `at ${action.sendHour}:00`) : undefined,
  ].filter(Boolean);
  if (change && what.length > 0)
    return t(
      lang,
      `リマインダーをこの設定に変更しますか？（${what.join('、')}）`,
      `Shall I change your reminders to this (${what.join(', ')})?`,
    );
  return what.length > 0
    ? t(
        lang,
        `リマインダーを設定しますか？（${what.join('、')}）`,
        `Shall I set a reminder (${what.join(', ')})?`,
      )
    : t(
        lang,
        '支払い期限のリマインダーを設定しますか？',
        'Shall I set a reminder for your payment deadline?',
      );
}

export function cancelledAnswer(lang: Lang, declined?: true): Answer {
  return declined
    ? reply('reminder_unsubscribe', lang, 1, TEXT.declined[lang])
    : reply('reminder_subscribe', lang, 1, TEXT.cancelled[lang]);
}

type ActionOutcome = Awaited<ReturnType<ReminderService['performAction']>>;

/** 「2026年12月10日（木）」 of an ISO due day (as it is, should it not read). */
function dueDay(isoDay: string, lang: Lang): string {
  const day = parseIsoDate(isoDay);
  return day ? formatDate(day, lang) : isoDay;
}

function outcomeText(outcome: ActionOutcome, lang: Lang): string {
  if (outcome.kind === 'paid' && outcome.ok) {
    const when = dueDay(outcome.dueDate, lang);
    return t(
      lang,
      `${when}の期限は支払い済みにしました。この期限のお知らせはもう送りません。`,
      `Marked the ${when} deadline as paid: no more reminders for it.`,
    );
  }
  if (outcome.kind === 'snooze' && outcome.ok) {
    return t(
      lang,
      `明日（${describeDelivery(outcome.delivery, lang)}）にもう一度お知らせします。`,
      `I will remind you again tomorrow (${describeDelivery(outcome.delivery, lang)}).`,
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
    too_early: [
      '次の期限はまだ先なので、明日のお知らせはしません。その期限のお知らせは、設定どおりに届きます。',
      'Your next deadline is still weeks away, so there is nothing to send tomorrow: its reminders come as set.',
    ],
  };
  const [ja, en] = reasons[outcome.ok ? '' : outcome.reason] ?? [
    'このリマインダーは見つかりません。',
    'That reminder no longer exists.',
  ];
  return t(lang, ja, en);
}

/** "2026年12月7日（月） 9:00（期限 2026年12月10日（木） の3日前）". */
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

/** The button action that sets reminders again as `subscription` has them. */
function restoring(subscription: Subscription): Action {
  return {
    kind: 'subscribe',
    method: subscription.method,
    leadDays: subscription.leadDays,
    sendHour: subscription.sendHour,
  };
}
