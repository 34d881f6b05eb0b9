/**
 * Calendar dates ("2025-10-11") as Vietnamese readers see them. A calendar date is a day in the
 * campaign's time zone, never an instant, so it is kept as a string and only the arithmetic below
 * turns it into numbers.
 */

/** The campaign's time zone unless content says otherwise. Vietnam has no daylight saving. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** True for a real date written YYYY-MM-DD (rejects 2025-02-30, 2025-13-01). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** "11/10/2025" or "1/2/2025": day, month, year, as Vietnam writes a date. */
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date as the content writes it, day-first ("11/10/2025") or year-month-day ("2025-10-11"), as
 * the year-month-day string every reader uses; undefined when it is neither form. The day is not
 * checked against the calendar: "31/02/2025" gives "2025-02-31".
 */
export function readDate(value: string): string | undefined {
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const [, day, month, year] = dayFirst;
    return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function parts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** Days since 1970-01-01 for a calendar date: the unit of all date arithmetic here. */
export function dayNumber(date: string): number {
  const [year, month, day] = parts(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar date of an instant in a time zone ("2025-11-11" at 23:59 in Hanoi). */
export function calendarDateIn(instant: Date, timeZone: string = VIETNAM_TIME_ZONE): string {
  // en-CA formats as YYYY-MM-DD; the locale only chooses the shape, not the language shown.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** A calendar date as a Date at UTC midnight, for Intl formatters pinned to UTC. */
function utcMidnight(date: string): Date {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "11/10/2025": the short form used in tables, lists and on posters. */
export function formatDate(date: string): string {
  return new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcMidnight(date));
}

/** "ngày 11 tháng 10 năm 2025": the form of official letters and running text. */
export function formatLongDate(date: string): string {
  const byType = new Map(
    new Intl.DateTimeFormat('vi-VN', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
      .formatToParts(utcMidnight(date))
      .map((part) => [part.type, part.value]),
  );
  // Intl gives "11 tháng 10, 2025"; official Vietnamese text puts "ngày" and "năm" around it.
  return `ngày ${byType.get('day')} ${byType.get('month')} năm ${byType.get('year')}`;
}

/** The weekday in Vietnamese ("Thứ Bảy", "Chủ Nhật"). */
export function formatWeekday(date: string): string {
  return new Intl.DateTimeFormat('vi-VN', { weekday: 'long', timeZone: 'UTC' }).format(
    utcMidnight(date),
  );
}
