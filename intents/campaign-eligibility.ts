// Am I eligible (from the last-use date) and how many points for N shops.
import {
  campaignsOfKinds,
  checkEligibility,
  type Eligibility,
  firstTier,
  type LastUse,
  lastUseBoundDays,
  pointsForShops,
} from '../src/domain/campaigns.js';
import { addMonths, compareDates, isValidDate, toIsoDate } from '../src/domain/dates.js';
import { formatMonth, formatMonthSpan } from '../src/domain/format.js';
import type { Campaign } from '../src/domain/knowledge-base.js';
import { type AnswerContext, defineIntent, t } from '../src/intent.js';
import { saysAYear } from '../src/nlu/slots.js';
import { bullets, campaignRulesText, campaignStatusText, formatIsoDay, joinLines } from '../src/phrases.js';
import type { Lang } from '../src/types.js';

// 「5店舗やったらもっと増える？」 "do I get more with 5 shops?": whether more shops bring more points.
const ASKS_MORE = /もっと|増え|ふえ|多く|上が|(?<![a-z])(?:more|extra|higher|increase)(?![a-z])/;

/** No first when the shops asked about are past the top reward (3 shops and more: 500 points). */
function moreShopsVerdict(
  campaigns: readonly Campaign[],
  shops: number | undefined,
  normalized: string,
  lang: Lang,
): string | undefined {
  if (shops === undefined || !ASKS_MORE.test(normalized)) return undefined;
  for (const campaign of campaigns) {
    const tiers = campaign.rewards.filter((r) => r.minShops !== undefined && r.points !== undefined);
    const top = tiers.reduce<(typeof tiers)[number] | undefined>(
      (best, r) => ((r.minShops ?? 0) > (best?.minShops ?? 0) ? r : best),
      undefined,
    );
    if (top?.minShops !== undefined && shops > top.minShops)
      return lang === 'ja'
        ? `いいえ、${top.minShops}店舗以上は何店舗でも${top.points}ポイントです。`
        : `No. From ${top.minShops} shops on it is ${top.points} points, however many.`;
  }
  return undefined;
}

export default defineIntent({
  name: 'campaign_eligibility',
  label: { ja: 'キャンペーンの対象か', en: 'campaign eligibility' },
  examples: {
    ja: [
      '去年の12月に使ったけどポイント祭りに参加できる？',
      '2023年の夏から使ってない。どのキャンペーンが対象？',
      '5つのお店で使ったら何ポイント？',
      '2店舗で使うと何ポイント？',
      '私はキャンペーンの対象ですか',
      '久しぶりに使うけど大抽選の対象になる？',
      '前回の利用は2023年11月30日です',
      'ポイント祭りで何ポイントもらえる？',
    ],
    en: [
      'my last atone purchase was in March 2024, do I qualify?',
      'how many points if I shop at three stores',
      'am I eligible for the lottery',
      'how many points do I get for 3 stores',
      'do I qualify for the campaign',
      'my last use was November 2023, which campaign can I join',
    ],
  },
  cues: [
    /対象|該当|当てはま|条件を満た|もらえ|何ぽいんと|ぽいんと(は|って)?(いくつ|いくら|何|なん)|参加でき|最後に(使|利用)|最後の利用|最終利用|前回の?利用|久しぶり/,
    /eligib|qualif|how many points|points (for|do i)|last used|last use|last paid with|can i join|am i in\b|entitled/,
    /きゃんぺーん|祭り|抽選|campaign|festival|lottery/,
  ],
  answer(ctx) {
    const { lang, kb, slots, now, normalized } = ctx;
    const lastUsed = lastUsedOf(ctx);
    // 「ポイント祭りと大抽選、どっちが対象？」 names both: both are answered.
    // (One named, of the message or the conversation, is the one answered.)
    // ("how many pts for 3 shops" after the lottery was talked about: a count of shops asks of the
    // campaigns whose points go by it, whichever was named before.)
    const byShops = slots.shops !== undefined && !lastUsed;
    const tiered = (c: Campaign) => c.rewards.some((r) => r.minShops !== undefined);
    const named = slots.campaigns?.length ? campaignsOfKinds(kb.campaigns, slots.campaigns) : undefined;
    const campaigns =
      named && !(slots.shops !== undefined && !named.some(tiered))
        ? named
        : kb.campaigns.filter((c) => !(byShops || named) || tiered(c));
    const chosen = campaigns.length > 0 ? campaigns : kb.campaigns;
    const results = chosen.map((c) => ({
      campaign: c,
      result: checkEligibility(c, { lastUsed, shops: slots.shops }),
    }));

    const intro = lastUsed
      ? lang === 'ja'
        ? `最後の利用が${describe(lastUsed, lang)}なら:`
        : `With a last use ${'day' in lastUsed ? 'on' : 'in'} ${describe(lastUsed, lang)}:`
      : slots.shops !== undefined
        ? lang === 'ja'
          ? `${slots.shops}店舗で使った場合:`
          : `At ${slots.shops} ${slots.shops === 1 ? 'shop' : 'shops'}:`
        : t(
            lang,
            '対象かどうかは、最後に atone を使った日で決まります。',
            'Eligibility depends on when you last used atone.',
          );
    const notEntered = NOT_ENTERED.test(normalized);
    const lines = results.map(({ campaign, result }) =>
      campaign.eligibility.requiresEntry && notEntered
        ? notEnteredLine(campaign, lang)
        : verdictLine(campaign, result, slots.shops, lastUsed, lang),
    );
    // 「あと2店舗だけなら？」: the points at each other count asked about, one line each.
    const others = (slots.otherShops ?? []).flatMap((shops) =>
      chosen.flatMap((c) => {
        const points = pointsForShops(c, shops);
        if (points === undefined) return [];
        return [
          lang === 'ja'
            ? `${c.name.ja}: ${shops}店舗なら${points > 0 ? `${points}ポイントです` : 'ポイントはもらえません'}。`
            : `${c.name.en}: at ${shops} ${shops === 1 ? 'shop' : 'shops'}, ${points > 0 ? `${points} points` : 'no points'}.`,
        ];
      }),
    );
    if (others.length > 0 && !lastUsed) lines.push(...others);
    const status = [...new Set(chosen.map((c) => campaignStatusText(c, now, lang)))];
    const paragraphs = [
      moreShopsVerdict(chosen, slots.shops, normalized, lang),
      intro,
      bullets(lines),
    ].filter((p): p is string => p !== undefined);
    // 「ポイント祭りの対象？」 with a last use that rules it out: the campaign they do qualify for.
    const instead =
      slots.campaigns?.length && lastUsed && results.every(({ result }) => result.eligible !== true)
        ? kb.campaigns.filter(
            (c) =>
              !chosen.includes(c) && checkEligibility(c, { lastUsed, shops: slots.shops }).eligible === true,
          )
        : [];
    if (instead.length > 0) {
      paragraphs.push(
        lang === 'ja'
          ? `代わりに対象になるのは${instead.map((c) => c.name.ja).join('、')}です。`
          : `You would qualify for ${instead.map((c) => c.name.en).join(', ')} instead.`,
      );
    }
    // (Not when every campaign asked about is ruled out already: entered none of them.)
    if (!lastUsed && !chosen.every((c) => c.eligibility.requiresEntry && notEntered)) {
      paragraphs.push(
        t(
          lang,
          '最後に使った日（例: 2024年1月）を教えてもらえれば判定します。',
          'Tell me when you last used atone (for example "January 2024") and I will check.',
        ),
      );
    }
    paragraphs.push(lang === 'ja' ? `※${status.join(' ')}` : `Note: ${status.join(' ')}`);
    return {
      title: t(lang, 'キャンペーンの対象', 'Campaign eligibility'),
      text: joinLines(paragraphs),
      facts: results.map(({ campaign, result }) => ({
        label: campaign.name[lang],
        value: shortVerdict(result, lang),
      })),
      sources: chosen.map((c) => c.source),
    };
  },
});

function lastUsedOf({ slots, today, kb }: AnswerContext): LastUse | undefined {
  const { date } = slots;
  if (!date) return undefined;
  // 「最後に使ったのが11月30日、これって対象外？」: a rule's own day quoted without its year is that
  // rule's (2023), not this year's.
  if (date.kind === 'day' && !saysAYear(date.source)) {
    const quoted = kb.campaigns
      .flatMap(lastUseBoundDays)
      .find((bound) => bound.month === date.date.month && bound.day === date.date.day);
    if (quoted) return quoted;
  }
  // A date to come is no last use: put as a case (「年末年始に使ったら」 asked in January), none;
  // said without its year (「12月1日に使ったのが最後」 on 28 November), last year's.
  const first = date.kind === 'day' ? date.date : { ...date.month, day: 1 };
  if (compareDates(first, today) > 0) {
    if (slots.tense === 'future' || saysAYear(date.source)) return undefined;
    if (date.kind === 'day') {
      const { year, month, day } = date.date;
      return isValidDate(year - 1, month, day)
        ? { year: year - 1, month, day }
        : { year: year - 1, month, day: 28 };
    }
    const month = { ...date.month, year: date.month.year - 1 };
    return date.season ? { from: month, months: 3 } : month;
  }
  if (date.kind === 'day') return date.date;
  // 「去年の春」: the whole season, March to May; 「2022年」 alone, the whole year.
  if (date.season) return { from: date.month, months: 3 };
  return date.wholeYear ? { from: date.month, months: 12 } : date.month;
}

/** "2024年1月15日" / "15 January 2024", or the month alone: the weekday of a last use is noise. */
function describe(lastUsed: LastUse, lang: 'ja' | 'en'): string {
  if ('from' in lastUsed)
    return formatMonthSpan(lastUsed.from, addMonths(lastUsed.from, lastUsed.months - 1), lang);
  return 'day' in lastUsed ? formatIsoDay(toIsoDate(lastUsed), lang) : formatMonth(lastUsed, lang);
}

function shortVerdict(result: Eligibility, lang: 'ja' | 'en'): string {
  if (result.eligible === true) return t(lang, '対象', 'eligible');
  if (result.eligible === false) return t(lang, '対象外', 'not eligible');
  return t(lang, '利用日しだい', 'depends on your last use');
}

// 「エントリーせずに使った」 "I didn't enter": a condition of some campaigns not met.
const NOT_ENTERED =
  /(?:えんとりー|応募|申し?込み?)(?:を|は)?(?:せず|しないで|しなかった|してない|してなかった|していない|していなかった|し忘れ|忘れ)|(?<![a-z])(?:didn'?t|did not|never|without|forgot to|haven'?t|have not) (?:enter(?:ing|ed)?|apply(?:ing)?|appl(?:ied)|sign(?:ed|ing)? up|register(?:ed|ing)?)(?![a-z])/;

/** A campaign that needs an entry, for someone who says they did not enter: not eligible, and why. */
function notEnteredLine(campaign: Campaign, lang: 'ja' | 'en'): string {
  return lang === 'ja'
    ? `${campaign.name.ja}: エントリーしていなければ対象外です。期間中のエントリーが条件です。`
    : `${campaign.name.en}: without entering you are not eligible: entering during the campaign period is a condition.`;
}

/** What it takes to earn anything, said after "no points" (「2店舗から300ポイントです。」). */
function fewestShops(campaign: Campaign, lang: 'ja' | 'en'): string {
  const tier = firstTier(campaign);
  if (tier?.minShops === undefined || tier.points === undefined) return '';
  return lang === 'ja'
    ? `${tier.minShops}店舗から${tier.points}ポイントです。`
    : ` From ${tier.minShops} shops it is ${tier.points} points.`;
}

/**
 * One campaign's verdict: eligible or not by the last use (never points for someone not
 * eligible), the points for the shops named, and never an empty line.
 */
function verdictLine(
  campaign: Campaign,
  result: Eligibility,
  shops: number | undefined,
  lastUsed: LastUse | undefined,
  lang: 'ja' | 'en',
): string {
  const lastUseGiven = lastUsed !== undefined;
  const name = campaign.name[lang];
  // The points for the shops asked about are said already: the whole reward table again is noise.
  const rules = campaignRulesText(campaign, lang, shops === undefined || result.eligible === false);
  const checked = result.reason !== 'no_last_use_rule';
  const verdict =
    result.eligible === false
      ? t(lang, '対象外です。', 'you are not eligible.')
      : result.eligible === true && checked
        ? t(lang, '対象です。', 'you are eligible.')
        : result.reason === 'last_use_straddles'
          ? lastUsed && 'from' in lastUsed
            ? t(
                lang,
                'その期間のいつ使ったかで決まります。',
                'it depends on when in that time you last used it.',
              )
            : t(
                lang,
                'その月の何日に使ったかで決まります。',
                'it depends on the day of that month you last used it.',
              )
          : // A question about points for N shops is answered with the points; any other gets the rule.
            checked && (lastUseGiven || shops === undefined)
            ? t(lang, '最後に使った日で決まります。', 'it depends on when you last used atone.')
            : '';
  // A last use was given, and it does not settle the question (the month straddles the bound).
  const undecided = lastUseGiven && result.eligible !== true;
  const reward =
    result.eligible === false || shops === undefined
      ? ''
      : result.points === undefined
        ? t(
            lang,
            'ポイントは抽選で、店舗数では決まりません。',
            'its points are drawn by lottery, not earned by shop count.',
          )
        : result.points > 0
          ? lang === 'ja'
            ? undecided
              ? `対象なら、${shops}店舗で${result.points}ポイントです。`
              : `${shops}店舗なら${result.points}ポイントです。`
            : `${undecided ? 'if you qualify, ' : ''}${shops} shops earn ${result.points} points.`
          : `${
              lang === 'ja'
                ? `${shops}店舗ではポイントはもらえません。`
                : `${shops} ${shops === 1 ? 'shop earns' : 'shops earn'} no points.`
            }${fewestShops(campaign, lang)}`;
  return lang === 'ja'
    ? `${name}: ${verdict}${reward}（${rules}）`
    : // The reward is a sentence of its own after a verdict ("you are eligible. Its points…").
      `${name}: ${`${verdict} ${reward}`.trim().replace(/\. ([a-z])/g, (_, c: string) => `. ${c.toUpperCase()}`)} (${rules})`;
}
