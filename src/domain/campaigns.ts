// Campaigns (domain.md, "Campaigns"): each one is data with a period, last-use rules and
// rewards. Whether a campaign is running and whether a user qualifies are separate questions:
// the bot explains the rules and checks eligibility even for a campaign that has ended, and
// says that it has ended alongside.
import type { PlainDate, YearMonth } from './calendar.js';
import { addMonths, compareDates, firstDayOf, lastDayOf, parseIsoDate, tokyoToday } from './dates.js';
import type { Campaign } from './knowledge-base.js';

export type Reward = Campaign['rewards'][number];

/** A campaign by what it gives: points by shops (ポイント祭り), or a draw (大抽選). */
export type CampaignKind = 'points' | 'lottery';

const OF_KIND: Readonly<Record<CampaignKind, (c: Campaign) => boolean>> = {
  points: (c) => c.rewards.some((r) => r.minShops !== undefined),
  lottery: (c) => c.rewards.some((r) => r.lottery),
};

/** The campaigns of the kinds named (a question that names one is about that one only); all when none is. */
export function campaignsOfKinds(
  campaigns: readonly Campaign[],
  kinds: readonly CampaignKind[] = [],
): Campaign[] {
  const named = campaigns.filter((c) => kinds.some((kind) => OF_KIND[kind](c)));
  return named.length > 0 ? named : [...campaigns];
}

export type CampaignStatus =
  | { state: 'active' }
  | { state: 'upcoming'; start: PlainDate }
  | { state: 'ended'; end: PlainDate; exact: boolean }
  | { state: 'unknown' };

/** The knowledge base validated these dates; a failure here means a Campaign built by hand. */
function knownDate(iso: string | null | undefined): PlainDate | undefined {
  if (iso == null) return undefined;
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`campaign date "${iso}" is not a YYYY-MM-DD calendar date`);
  return date;
}

// A campaign's period, bounds and reward tiers are its data, which the knowledge base never
// changes once loaded: parsed (or sorted) once per campaign rather than on every check (most of
// checking one). Shared by every check, so frozen.
const periods = new WeakMap<Campaign, Period>();
const boundsOf = new WeakMap<Campaign, readonly Bound[]>();
const tiersOf = new WeakMap<Campaign, readonly Reward[]>();

interface Period {
  readonly start?: PlainDate;
  readonly end?: PlainDate;
  readonly latestEnd?: PlainDate;
}

function periodOf(c: Campaign): Period {
  let period = periods.get(c);
  if (period === undefined) {
    const start = knownDate(c.period.start);
    const end = knownDate(c.period.end);
    // (The latest end is read only without an end, as before: an end makes it moot.)
    const latestEnd = end ? undefined : knownDate(c.period.endsNoLaterThan);
    period = Object.freeze({
      ...(start && { start: Object.freeze(start) }),
      ...(end && { end: Object.freeze(end) }),
      ...(latestEnd && { latestEnd: Object.freeze(latestEnd) }),
    });
    periods.set(c, period);
  }
  return period;
}

/**
 * Where the campaign stands today (Tokyo). Both ends are inclusive. The seed gives no exact
 * period ("spring 2024"), so an end may be unknown: once `endsNoLaterThan` has passed the
 * campaign has certainly ended (exact: false). It is 'active' only when both ends are known,
 * because a campaign with an unknown end may already be over and one with an unknown start
 * may not have begun.
 */
export function campaignStatus(c: Campaign, now: Date): CampaignStatus {
  const today = tokyoToday(now);
  const { start, end, latestEnd } = periodOf(c);
  if (end) {
    if (compareDates(today, end) > 0) return { state: 'ended', end, exact: true };
  } else {
    if (latestEnd && compareDates(today, latestEnd) > 0)
      return { state: 'ended', end: latestEnd, exact: false };
  }
  if (start && compareDates(today, start) < 0) return { state: 'upcoming', start };
  if (start && end) return { state: 'active' };
  return { state: 'unknown' };
}

export type EligibilityReason =
  /** The last use satisfies every last-use bound of the campaign. */
  | 'meets_last_use'
  /** The campaign has no last-use bound: nothing to check here. */
  | 'no_last_use_rule'
  /** Last use before `lastUsedOnOrAfter` (e.g. ポイント祭り needs a use on or after 2023-12-01). */
  | 'last_use_too_early'
  /** Last use after `lastUsedOnOrBefore` (e.g. 大抽選 is for users whose last use is on or before 2023-11-30). */
  | 'last_use_too_late'
  /** A month was given that contains the bound: the answer depends on the day. */
  | 'last_use_straddles'
  /** The campaign has a last-use bound and no last use was given. */
  | 'last_use_unknown';

export interface Eligibility {
  campaignId: string;
  /**
   * Whether the last-use rule is met. It does not cover the campaign's other conditions
   * (`requiresEntry`, `conditions`: entry, minimum spend), which the bot states alongside,
   * nor whether the campaign is still running (see campaignStatus).
   */
  eligible: boolean | 'unknown';
  reason: EligibilityReason;
  /** The bound that decided (or would decide) the answer. */
  bound?: { rule: 'on_or_after' | 'on_or_before'; date: PlainDate };
  /** Points earned at `shops` shops (0 below the first tier); only when shops were given and rewards depend on shops. */
  points?: number;
  /** The reward tier reached at `shops` shops. */
  tier?: Reward;
  /** True when the campaign's reward is a lottery. */
  lottery?: boolean;
}

/** Months in a row, from `from`: a season (「去年の春」 is March to May). */
export interface MonthSpan {
  from: YearMonth;
  months: number;
}

/** When atone was last used, as closely as the user said it. */
export type LastUse = PlainDate | YearMonth | MonthSpan;

export interface EligibilityInput {
  /** The day of the last use, or only its month or season when that is all the user said. */
  lastUsed?: LastUse;
  /** How many shops atone was used at during the campaign. */
  shops?: number;
}

/** A day is a one-day range; a month or a span of months, the range of their days. */
function asRange(lastUsed: LastUse): { first: PlainDate; last: PlainDate } {
  if ('from' in lastUsed)
    return {
      first: firstDayOf(lastUsed.from),
      last: lastDayOf(addMonths(lastUsed.from, lastUsed.months - 1)),
    };
  if ('day' in lastUsed && typeof lastUsed.day === 'number') {
    const day: PlainDate = { year: lastUsed.year, month: lastUsed.month, day: lastUsed.day };
    return { first: day, last: day };
  }
  return { first: firstDayOf(lastUsed), last: lastDayOf(lastUsed) };
}

type Bound = NonNullable<Eligibility['bound']>;

/** The campaign's last-use bounds, both inclusive. */
/** The days a campaign's last-use rule names (「2023年11月30日以前」): users quote them without the year. */
export function lastUseBoundDays(c: Campaign): PlainDate[] {
  return lastUseBounds(c).map((bound) => bound.date);
}

function lastUseBounds(c: Campaign): readonly Bound[] {
  let bounds = boundsOf.get(c);
  if (bounds === undefined) {
    bounds = Object.freeze(readLastUseBounds(c).map(frozenBound));
    boundsOf.set(c, bounds);
  }
  return bounds;
}

function readLastUseBounds(c: Campaign): Bound[] {
  const bounds: Bound[] = [];
  const onOrAfter = knownDate(c.eligibility.lastUsedOnOrAfter);
  if (onOrAfter) bounds.push({ rule: 'on_or_after', date: onOrAfter });
  const onOrBefore = knownDate(c.eligibility.lastUsedOnOrBefore);
  if (onOrBefore) bounds.push({ rule: 'on_or_before', date: onOrBefore });
  return bounds;
}

function frozenBound(bound: Bound): Bound {
  Object.freeze(bound.date);
  return Object.freeze(bound);
}

/** 'met' when every day of the range satisfies the bound, 'failed' when none does. */
function checkBound(
  bound: Bound,
  range: { first: PlainDate; last: PlainDate },
): 'met' | 'failed' | 'straddles' {
  if (bound.rule === 'on_or_after') {
    if (compareDates(range.first, bound.date) >= 0) return 'met';
    return compareDates(range.last, bound.date) < 0 ? 'failed' : 'straddles';
  }
  if (compareDates(range.last, bound.date) <= 0) return 'met';
  return compareDates(range.first, bound.date) > 0 ? 'failed' : 'straddles';
}

function lastUseVerdict(
  c: Campaign,
  lastUsed: LastUse | undefined,
): Pick<Eligibility, 'eligible' | 'reason' | 'bound'> {
  const bounds = lastUseBounds(c);
  const [firstBound] = bounds;
  if (!firstBound) return { eligible: true, reason: 'no_last_use_rule' };
  if (!lastUsed) return { eligible: 'unknown', reason: 'last_use_unknown', bound: firstBound };
  const range = asRange(lastUsed);
  const checks = bounds.map((bound) => ({ bound, outcome: checkBound(bound, range) }));
  // A bound that certainly fails settles it, even if another one is undecided.
  const failed = checks.find((check) => check.outcome === 'failed');
  if (failed) {
    const reason = failed.bound.rule === 'on_or_after' ? 'last_use_too_early' : 'last_use_too_late';
    return { eligible: false, reason, bound: failed.bound };
  }
  const straddling = checks.find((check) => check.outcome === 'straddles');
  if (straddling) return { eligible: 'unknown', reason: 'last_use_straddles', bound: straddling.bound };
  return { eligible: true, reason: 'meets_last_use', bound: firstBound };
}

/** The shop-based tiers, fewest shops first. */
function shopTiers(c: Campaign): readonly Reward[] {
  let tiers = tiersOf.get(c);
  if (tiers === undefined) {
    tiers = Object.freeze(
      c.rewards.filter((r) => r.minShops !== undefined).sort((a, b) => (a.minShops ?? 0) - (b.minShops ?? 0)),
    );
    tiersOf.set(c, tiers);
  }
  return tiers;
}

/** The tier with the fewest shops: what it takes to earn anything. */
export function firstTier(c: Campaign): Reward | undefined {
  return shopTiers(c)[0];
}

/** The highest tier whose `minShops` is at most `shops`; undefined below the first tier. */
export function tierForShops(c: Campaign, shops: number): Reward | undefined {
  const tiers = shopTiers(c);
  // (A loop from the top: a filter and `at` per check cost more than the comparisons.)
  for (let i = tiers.length - 1; i >= 0; i--) {
    const tier = tiers[i] as Reward;
    if ((tier.minShops ?? 0) <= shops) return tier;
  }
  return undefined;
}

/**
 * Points for using atone at `shops` shops: the highest tier reached (ポイント祭り: 2 → 300,
 * 3 or more → 500), 0 below the first tier (1 shop earns nothing), undefined when the
 * campaign's rewards do not depend on shops (a lottery).
 */
export function pointsForShops(c: Campaign, shops: number): number | undefined {
  if (shopTiers(c).length === 0) return undefined;
  return tierForShops(c, shops)?.points ?? 0;
}

/** Checks the last-use rule and, when `shops` is given, the reward it earns. */
export function checkEligibility(c: Campaign, input: EligibilityInput): Eligibility {
  const result: Eligibility = { campaignId: c.id, ...lastUseVerdict(c, input.lastUsed) };
  if (c.rewards.some((r) => r.lottery)) result.lottery = true;
  if (input.shops !== undefined) {
    const points = pointsForShops(c, input.shops);
    if (points !== undefined) result.points = points;
    const tier = tierForShops(c, input.shops);
    if (tier) result.tier = tier;
  }
  return result;
}
