import { describe, expect, it } from 'vitest';
import { campaignState } from '../../src/lib/site/campaign-state.ts';

// The contest runs from 11/10/2025 to the end of 11/11/2025, Vietnam time (UTC+7).
const dates = { opens: '2025-10-11', closes: '2025-11-11', timeZone: 'Asia/Ho_Chi_Minh' };
const at = (iso: string) => campaignState(dates, new Date(iso));

describe('campaignState', () => {
  it('is upcoming until midnight of the opening day in Hanoi, not in UTC', () => {
    expect(at('2025-10-01T00:00:00+07:00')).toEqual({
      phase: 'upcoming',
      today: '2025-10-01',
      daysUntilOpen: 10,
      daysLeft: 0,
    });
    expect(at('2025-10-10T23:59:59+07:00')).toMatchObject({ phase: 'upcoming', daysUntilOpen: 1 });
    // 17:00 UTC on 10/10 is already 11/10 in Hanoi.
    expect(at('2025-10-10T17:00:00Z')).toMatchObject({ phase: 'open', today: '2025-10-11' });
  });

  it('counts the days left, today included, while open', () => {
    // 11/10 to 11/11 inclusive: 21 days in October and 11 in November.
    expect(at('2025-10-11T00:00:00+07:00')).toMatchObject({ phase: 'open', daysLeft: 32 });
    expect(at('2025-11-09T12:00:00+07:00')).toMatchObject({ phase: 'open', daysLeft: 3 });
    expect(at('2025-11-10T23:59:59+07:00')).toMatchObject({ phase: 'open', daysLeft: 2 });
  });

  it('has a last day that lasts until midnight in Hanoi', () => {
    expect(at('2025-11-11T00:00:00+07:00')).toMatchObject({ phase: 'last-day', daysLeft: 1 });
    expect(at('2025-11-11T23:59:59+07:00')).toMatchObject({ phase: 'last-day', daysLeft: 1 });
  });

  it('is closed from the next day, even where the UTC date is still the last day', () => {
    expect(at('2025-11-12T00:00:00+07:00')).toEqual({
      phase: 'closed',
      today: '2025-11-12',
      daysUntilOpen: 0,
      daysLeft: 0,
    });
    // 18:00 UTC on 11/11 is 01:00 on 12/11 in Hanoi.
    expect(at('2025-11-11T18:00:00Z')).toMatchObject({ phase: 'closed' });
    expect(at('2026-11-23T09:00:00+07:00')).toMatchObject({ phase: 'closed' });
  });

  it('treats a one-day campaign as its last day', () => {
    const oneDay = { opens: '2025-10-11', closes: '2025-10-11' };
    expect(campaignState(oneDay, new Date('2025-10-11T08:00:00+07:00')).phase).toBe('last-day');
  });
});
