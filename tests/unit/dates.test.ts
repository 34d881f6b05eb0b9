import { describe, expect, it } from 'vitest';
import {
  calendarDateIn,
  daysBetween,
  formatDate,
  formatLongDate,
  formatWeekday,
  isCalendarDate,
} from '../../src/lib/site/dates.ts';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2025-10-11')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('11/10/2025')).toBe(false);
    expect(isCalendarDate('2025-1-1')).toBe(false);
  });

  it('formats dates the Vietnamese way', () => {
    expect(formatDate('2025-10-11')).toBe('11/10/2025');
    expect(formatDate('2025-11-08')).toBe('08/11/2025');
    expect(formatLongDate('2025-10-11')).toBe('ngày 11 tháng 10 năm 2025');
    expect(formatLongDate('2025-06-01')).toBe('ngày 1 tháng 6 năm 2025');
    expect(formatWeekday('2025-10-11')).toBe('Thứ Bảy');
  });

  it('counts days across month ends', () => {
    expect(daysBetween('2025-10-11', '2025-11-11')).toBe(31);
    expect(daysBetween('2025-11-11', '2025-10-11')).toBe(-31);
  });

  it('takes the date of an instant in the given time zone', () => {
    const instant = new Date('2025-11-11T18:30:00Z');
    expect(calendarDateIn(instant, 'Asia/Ho_Chi_Minh')).toBe('2025-11-12');
    expect(calendarDateIn(instant, 'UTC')).toBe('2025-11-11');
  });

  it('refuses to format a date that does not exist', () => {
    expect(() => formatDate('2025-02-30')).toThrow(RangeError);
  });
});
