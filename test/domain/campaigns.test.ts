import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../../src/domain/calendar.js';
import {
  campaignStatus,
  checkEligibility,
  pointsForShops,
  tierForShops,
} from '../../src/domain/campaigns.js';
import { tokyoInstant } from '../../src/domain/dates.js';
import { type Campaign, parseKnowledgeBase } from '../../src/domain/knowledge-base.js';

const kb = parseKnowledgeBase(
  JSON.parse(readFileSync(new URL('../../src/domain/knowledge-base.json', import.meta.url), 'utf8')),
);
const byId = (id: string): Campaign => {
  const found = kb.campaigns.find((c) => c.id === id);
  if (!found) throw new Error(`no campaign ${id}`);
  return found;
};
const festival = byId('spring_points_festival');
const lottery = byId('spring_grand_lottery');

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });
const at = (day: PlainDate, hour = 12, minute = 0) => tokyoInstant(day, hour, minute);

/** A campaign with an explicit period, as an operator would add one. */
const withPeriod = (c: Campaign, start: string | null, end: string | null): Campaign => ({
  ...c,
  period: { start, end, note: c.period.note },
});

describe('campaignStatus', () => {
  it('says the spring 2024 campaigns have ended, without an exact day', () => {
    for (const c of [festival, lottery]) {
      expect(campaignStatus(c, at(d(2026, 11, 27)))).toEqual({
        state: 'ended',
        end: d(2024, 6, 30),
        exact: false,
      });
    }
  });

  it('does not claim to know during spring 2024 whether they ran', () => {
    expect(campaignStatus(festival, at(d(2024, 4, 1)))).toEqual({ state: 'unknown' });
    expect(campaignStatus(festival, at(d(2024, 6, 30), 23, 59))).toEqual({ state: 'unknown' });
    expect(campaignStatus(festival, at(d(2024, 7, 1), 0, 0))).toMatchObject({ state: 'ended' });
  });

  it('knows upcoming, active and ended for explicit dates, both ends inclusive, in Tokyo', () => {
    const c = withPeriod(festival, '2026-11-01', '2026-11-30');
    expect(campaignStatus(c, at(d(2026, 10, 31), 23, 59))).toEqual({
      state: 'upcoming',
      start: d(2026, 11, 1),
    });
    expect(campaignStatus(c, at(d(2026, 11, 1), 0, 0))).toEqual({ state: 'active' });
    expect(campaignStatus(c, at(d(2026, 11, 27)))).toEqual({ state: 'active' });
    expect(campaignStatus(c, at(d(2026, 11, 30), 23, 59))).toEqual({ state: 'active' });
    // 15:00 UTC on the 30th is already 1 December in Tokyo (still the 30th in Los Angeles).
    expect(campaignStatus(c, new Date('2026-11-30T15:00:00Z'))).toEqual({
      state: 'ended',
      end: d(2026, 11, 30),
      exact: true,
    });
  });

  it('is unknown when only one end is known and today is on the open side', () => {
    expect(campaignStatus(withPeriod(festival, '2026-11-01', null), at(d(2026, 11, 27)))).toEqual({
      state: 'unknown',
    });
    expect(campaignStatus(withPeriod(festival, null, '2026-12-31'), at(d(2026, 11, 27)))).toEqual({
      state: 'unknown',
    });
    expect(campaignStatus(withPeriod(festival, '2026-12-01', null), at(d(2026, 11, 27)))).toEqual({
      state: 'upcoming',
      start: d(2026, 12, 1),
    });
  });
});

describe('checkEligibility: ポイント祭り needs a last use on or after 2023-12-01', () => {
  it('includes the boundary day', () => {
    expect(checkEligibility(festival, { lastUsed: d(2023, 12, 1) })).toMatchObject({
      campaignId: 'spring_points_festival',
      eligible: true,
      reason: 'meets_last_use',
      bound: { rule: 'on_or_after', date: d(2023, 12, 1) },
    });
    expect(checkEligibility(festival, { lastUsed: d(2023, 11, 30) })).toMatchObject({
      eligible: false,
      reason: 'last_use_too_early',
    });
    expect(checkEligibility(festival, { lastUsed: d(2024, 3, 15) })).toMatchObject({ eligible: true });
  });

  it('accepts a month when all its days agree', () => {
    expect(checkEligibility(festival, { lastUsed: { year: 2024, month: 1 } })).toMatchObject({
      eligible: true,
      reason: 'meets_last_use',
    });
    expect(checkEligibility(festival, { lastUsed: { year: 2023, month: 12 } })).toMatchObject({
      eligible: true,
    });
    expect(checkEligibility(festival, { lastUsed: { year: 2023, month: 11 } })).toMatchObject({
      eligible: false,
      reason: 'last_use_too_early',
    });
  });

  it('is unknown without a last use', () => {
    expect(checkEligibility(festival, {})).toMatchObject({
      eligible: 'unknown',
      reason: 'last_use_unknown',
      bound: { rule: 'on_or_after' },
    });
  });
});

describe('checkEligibility: 大抽選 is for a last use on or before 2023-11-30', () => {
  it('includes the boundary day', () => {
    expect(checkEligibility(lottery, { lastUsed: d(2023, 11, 30) })).toMatchObject({
      campaignId: 'spring_grand_lottery',
      eligible: true,
      reason: 'meets_last_use',
      lottery: true,
      bound: { rule: 'on_or_before', date: d(2023, 11, 30) },
    });
    expect(checkEligibility(lottery, { lastUsed: d(2023, 12, 1) })).toMatchObject({
      eligible: false,
      reason: 'last_use_too_late',
    });
    expect(checkEligibility(lottery, { lastUsed: d(2022, 5, 5) })).toMatchObject({ eligible: true });
  });

  it('accepts a month when all its days agree', () => {
    expect(checkEligibility(lottery, { lastUsed: { year: 2023, month: 11 } })).toMatchObject({
      eligible: true,
    });
    expect(checkEligibility(lottery, { lastUsed: { year: 2024, month: 1 } })).toMatchObject({
      eligible: false,
      reason: 'last_use_too_late',
    });
  });

  it('has no shop tiers: a lottery, no points figure', () => {
    expect(pointsForShops(lottery, 3)).toBeUndefined();
    const result = checkEligibility(lottery, { lastUsed: d(2023, 1, 1), shops: 3 });
    expect(result.points).toBeUndefined();
    expect(result.tier).toBeUndefined();
    expect(result.lottery).toBe(true);
  });
});

describe('a month that straddles a bound', () => {
  const midMonth = (c: Campaign): Campaign => ({
    ...c,
    eligibility: { ...c.eligibility, lastUsedOnOrAfter: '2024-01-15', lastUsedOnOrBefore: undefined },
  });

  it('is unknown, while its days are decided', () => {
    const c = midMonth(festival);
    expect(checkEligibility(c, { lastUsed: { year: 2024, month: 1 } })).toMatchObject({
      eligible: 'unknown',
      reason: 'last_use_straddles',
    });
    expect(checkEligibility(c, { lastUsed: d(2024, 1, 14) })).toMatchObject({ eligible: false });
    expect(checkEligibility(c, { lastUsed: d(2024, 1, 15) })).toMatchObject({ eligible: true });
  });

  it('loses to a bound that certainly fails (only possible with contradictory bounds)', () => {
    const contradictory: Campaign = {
      ...festival,
      eligibility: {
        ...festival.eligibility,
        lastUsedOnOrAfter: '2024-01-15',
        lastUsedOnOrBefore: '2023-12-31',
      },
    };
    expect(checkEligibility(contradictory, { lastUsed: { year: 2024, month: 1 } })).toMatchObject({
      eligible: false,
      reason: 'last_use_too_late',
    });
  });

  it('is decided when a month lies inside a two-sided window', () => {
    const window: Campaign = {
      ...festival,
      eligibility: {
        ...festival.eligibility,
        lastUsedOnOrAfter: '2024-01-15',
        lastUsedOnOrBefore: '2024-03-10',
      },
    };
    expect(checkEligibility(window, { lastUsed: { year: 2024, month: 2 } })).toMatchObject({
      eligible: true,
      reason: 'meets_last_use',
    });
    expect(checkEligibility(window, { lastUsed: { year: 2024, month: 3 } })).toMatchObject({
      eligible: 'unknown',
      bound: { rule: 'on_or_before' },
    });
    expect(checkEligibility(window, { lastUsed: { year: 2024, month: 4 } })).toMatchObject({
      eligible: false,
      reason: 'last_use_too_late',
    });
  });

  it('a campaign without a last-use rule has nothing to check', () => {
    const open: Campaign = {
      ...festival,
      eligibility: { ...festival.eligibility, lastUsedOnOrAfter: undefined },
    };
    expect(checkEligibility(open, {})).toMatchObject({ eligible: true, reason: 'no_last_use_rule' });
  });
});

describe('shop tiers of ポイント祭り', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 300],
    [3, 500],
    [4, 500],
    [10, 500],
  ])('%i shops → %i points', (shops, points) => {
    expect(pointsForShops(festival, shops)).toBe(points);
  });

  it('names the tier reached', () => {
    expect(tierForShops(festival, 1)).toBeUndefined();
    expect(tierForShops(festival, 2)?.text.ja).toBe('2店舗で利用 → 300ポイント');
    expect(tierForShops(festival, 10)?.text.en).toBe('3 or more shops → 500 points');
  });

  it('reports points with the eligibility, independently of the campaign having ended', () => {
    expect(checkEligibility(festival, { lastUsed: d(2024, 1, 10), shops: 3 })).toMatchObject({
      eligible: true,
      points: 500,
      tier: { minShops: 3 },
    });
    expect(checkEligibility(festival, { lastUsed: d(2024, 1, 10), shops: 1 })).toMatchObject({
      eligible: true,
      points: 0,
    });
    expect(checkEligibility(festival, { lastUsed: d(2024, 1, 10), shops: 1 }).tier).toBeUndefined();
    expect(checkEligibility(festival, { lastUsed: d(2024, 1, 10) }).points).toBeUndefined();
    expect(checkEligibility(festival, {}).lottery).toBeUndefined();
  });

  it('does not depend on the order of the tiers in the data', () => {
    const reversed: Campaign = { ...festival, rewards: [...festival.rewards].reverse() };
    expect(pointsForShops(reversed, 2)).toBe(300);
    expect(pointsForShops(reversed, 5)).toBe(500);
  });
});
