/**
 * Where the campaign stands on a given day: not yet open, open (with the days left), on its last
 * day, or closed. Days are counted in the campaign's time zone, so a phone set to another zone
 * still sees the Hai Phong calendar. Rendered at build time and re-run in the browser by a tiny
 * script, so an old build never shows a wrong state.
 */
import { calendarDateIn, daysBetween, VIETNAM_TIME_ZONE } from './dates.ts';

export const CAMPAIGN_PHASES = ['upcoming', 'open', 'last-day', 'closed'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];

export interface CampaignDates {
  /** First day entries are accepted, YYYY-MM-DD. */
  opens: string;
  /** Last day entries are accepted, to the end of that day, YYYY-MM-DD. */
  closes: string;
  timeZone?: string | undefined;
}

export interface CampaignState {
  phase: CampaignPhase;
  /** Today's date in the campaign's time zone. */
  today: string;
  /** Days until the opening day; 0 once it has opened. */
  daysUntilOpen: number;
  /** Days on which one can still take part, today included; 0 once closed or before opening. */
  daysLeft: number;
}

export function campaignState(dates: CampaignDates, now: Date): CampaignState {
  const today = calendarDateIn(now, dates.timeZone ?? VIETNAM_TIME_ZONE);
  const untilOpen = daysBetween(today, dates.opens);
  const untilClose = daysBetween(today, dates.closes);

  if (untilOpen > 0) return { phase: 'upcoming', today, daysUntilOpen: untilOpen, daysLeft: 0 };
  if (untilClose < 0) return { phase: 'closed', today, daysUntilOpen: 0, daysLeft: 0 };
  return {
    phase: untilClose === 0 ? 'last-day' : 'open',
    today,
    daysUntilOpen: 0,
    daysLeft: untilClose + 1,
  };
}
