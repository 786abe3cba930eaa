// Phrases several answers share, so that a method's name or fee is worded in one place.

import type { YearMonth } from './domain/calendar.js';
import { type CampaignStatus, campaignStatus } from './domain/campaigns.js';
import { parseIsoDate } from './domain/dates.js';
import { formatDate, formatMonthLength, formatYen } from './domain/format.js';
import {
  type Campaign,
  type KnowledgeBase,
  methodById,
  type PaymentMethod,
} from './domain/knowledge-base.js';
import type { MethodId } from './domain/methods.js';
import { t } from './intent.js';
import type { DeliveryStatus } from './store/port.js';
import type { Lang } from './types.js';

export function methodName(kb: KnowledgeBase, id: MethodId, lang: Lang): string {
  return methodById(kb, id).name[lang];
}

/**
 * `write(item, lang)`, written once per knowledge-base object and language: a method's fee or a
 * campaign's rules read the same in every answer, and formatting them again (numbers, dates,
 * joins) was a good part of answering. The knowledge base is never changed once loaded.
 */
function writtenOnce<T extends object>(
  write: (item: T, lang: Lang) => string,
): (item: T, lang: Lang) => string {
  const written: Record<Lang, WeakMap<T, string>> = { ja: new WeakMap(), en: new WeakMap() };
  return (item, lang) => {
    let text = written[lang].get(item);
    if (text === undefined) {
      text = write(item, lang);
      written[lang].set(item, text);
    }
    return text;
  };
}

/** "209円" / "free". */
export const feeAmount = writtenOnce((method: PaymentMethod, lang: Lang): string =>
  method.feeYen === 0 ? t(lang, '無料', 'free') : formatYen(method.feeYen, lang),
);

/** "209円（購入ごとではなく請求1か月につき1回）" / "free". */
export const feeText = writtenOnce((method: PaymentMethod, lang: Lang): string => {
  if (method.feeYen === 0) return feeAmount(method, lang);
  return lang === 'ja'
    ? `${feeAmount(method, lang)}（購入ごとではなく請求1か月につき1回）`
    : `${feeAmount(method, lang)} (once per billed month, not per purchase)`;
});

/** "毎月10日" / "the 27th of each month (next bank business day if that is a holiday)". */
export const dueRuleText = writtenOnce((method: PaymentMethod, lang: Lang): string => {
  if (method.movesToNextBusinessDay) {
    return lang === 'ja'
      ? `毎月${method.dueDay}日（銀行の休業日なら翌営業日）`
      : `the ${ordinal(method.dueDay)} of each month (the next bank business day when that is a weekend or holiday)`;
  }
  return lang === 'ja' ? `毎月${method.dueDay}日` : `the ${ordinal(method.dueDay)} of each month`;
});

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Bullet lines read well in every surface: terminal, Slack mrkdwn, Discord markdown. */
export function bullets(lines: readonly string[]): string {
  let text = '';
  for (let i = 0; i < lines.length; i++) text += i === 0 ? `• ${lines[i]}` : `\n• ${lines[i]}`;
  return text;
}

/**
 * `parts.join('\n')`, added by concatenation: an answer's text is copied once, when it is
 * written out, not once per paragraph list (joining a handful of lines took a tenth of answering).
 */
export function joinLines(parts: readonly string[]): string {
  let text = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) text += `\n${parts[i]}`;
  return text;
}

// A campaign's status reads the same as long as its state does (ended, running, to come, not
// known): written once per campaign, language and state. (Kept per day, it was written again for
// every other day asked about.)
const statusTexts: Record<Lang, WeakMap<Campaign, Partial<Record<CampaignStatus['state'], string>>>> = {
  ja: new WeakMap(),
  en: new WeakMap(),
};

/** "2024年春（正確な期間は不明）のキャンペーンで、すでに終了しています。" and the like. */
export function campaignStatusText(campaign: Campaign, now: Date, lang: Lang): string {
  const status = campaignStatus(campaign, now);
  let texts = statusTexts[lang].get(campaign);
  if (texts === undefined) {
    texts = {};
    statusTexts[lang].set(campaign, texts);
  }
  let text = texts[status.state];
  if (text === undefined) {
    text = writeCampaignStatus(campaign, status, lang);
    texts[status.state] = text;
  }
  return text;
}

/** The status in words; an upcoming campaign's start is the campaign's own, so the state decides. */
function writeCampaignStatus(campaign: Campaign, status: CampaignStatus, lang: Lang): string {
  const period = campaign.period.note[lang];
  switch (status.state) {
    case 'ended':
      return lang === 'ja'
        ? `${period}のキャンペーンで、すでに終了しています。`
        : `It ran in ${period} and has ended.`;
    case 'active':
      return t(lang, '現在開催中です。', 'It is running now.');
    case 'upcoming':
      return lang === 'ja'
        ? `${formatDate(status.start, lang)}から始まります。`
        : `It starts on ${formatDate(status.start, lang)}.`;
    case 'unknown':
      return lang === 'ja'
        ? `期間: ${period}（開催中かどうかは不明）。`
        : `Period: ${period} (whether it is running is unknown).`;
  }
}

/** Who qualifies and what they get, in one line. */
export function campaignRulesText(campaign: Campaign, lang: Lang, withRewards = true): string {
  return withRewards ? campaignRules(campaign, lang) : campaignWho(campaign, lang);
}
const campaignRules = writtenOnce((campaign: Campaign, lang: Lang) =>
  writeCampaignRules(campaign, lang, true),
);
const campaignWho = writtenOnce((campaign: Campaign, lang: Lang) =>
  writeCampaignRules(campaign, lang, false),
);

function writeCampaignRules(campaign: Campaign, lang: Lang, withRewards: boolean): string {
  const { lastUsedOnOrAfter, lastUsedOnOrBefore, conditions } = campaign.eligibility;
  const who = [
    lastUsedOnOrAfter &&
      (lang === 'ja'
        ? `最後の利用が${formatIsoDay(lastUsedOnOrAfter, lang)}以降`
        : `last used atone on or after ${formatIsoDay(lastUsedOnOrAfter, lang)}`),
    lastUsedOnOrBefore &&
      (lang === 'ja'
        ? `最後の利用が${formatIsoDay(lastUsedOnOrBefore, lang)}以前`
        : `last used atone on or before ${formatIsoDay(lastUsedOnOrBefore, lang)}`),
    ...conditions.map((c) => c[lang]),
  ].filter(Boolean);
  const rewards = campaign.rewards.map((r) => r.text[lang]).join(t(lang, '、', '; '));
  const whoText = lang === 'ja' ? `対象: ${who.join('、')}。` : `Who: ${who.join(', ')}.`;
  return withRewards
    ? lang === 'ja'
      ? `${whoText}特典: ${rewards}。`
      : `${whoText} Reward: ${rewards}.`
    : whoText;
}

/** A YYYY-MM-DD day without its weekday: 2023年12月1日 / 1 December 2023. */
export function formatIsoDay(iso: string, lang: Lang): string {
  const key = `${lang}:${iso}`;
  let text = isoDayCache.get(key);
  if (text === undefined) {
    const date = parseIsoDate(iso);
    // Rules read better without the weekday: 2023年12月1日 / 1 December 2023.
    text = date ? formatDate(date, lang).replace(/（.）$|^[A-Za-z]+, /, '') : iso;
    // Only knowledge-base dates come here (verified-at days, campaign bounds): a few dozen at most.
    if (isoDayCache.size < 1000) isoDayCache.set(key, text);
  }
  return text;
}

const isoDayCache = new Map<string, string>();

/** How a reminder went, for lists: "" while pending, 「送信済み」 / "sent" and so on. */
export function deliveryStatusText(status: DeliveryStatus, lang: Lang): string {
  return {
    pending: '',
    sent: t(lang, '送信済み', 'sent'),
    failed: t(lang, '送信失敗', 'failed'),
    undeliverable: t(lang, '届けられず', 'could not reach you'),
    dropped: t(lang, '期限後のため送らず', 'skipped: deadline passed'),
    cancelled: t(lang, '取り消し', 'cancelled'),
  }[status];
}

/** 「2月30日」は存在しない日付です（2027年2月は28日までです）。: an impossible date, said so with its month's length. */
export function notARealDate(written: string, month: YearMonth | undefined, lang: Lang): string {
  const length = month ? formatMonthLength(month, lang) : undefined;
  return lang === 'ja'
    ? `「${written}」は存在しない日付です${length ? `（${length}）` : ''}。`
    : `"${written}" is not a real date${length ? `: ${length}` : ''}.`;
}
