/**
 * The parts of an official letter (văn bản) that are derived rather than typed: the place-and-date
 * line, the "V/v" line and a heading for lists. Kept free of Astro so it is unit-tested.
 */
import { formatLongDate } from './dates.ts';

export interface LetterLines {
  title: string;
  subject?: string | undefined;
  place: string;
  date: string;
  dateLine?: string | undefined;
}

/** "Phường Quang Trung" → "Quang Trung": the place name printed before the date of a letter. */
export function placeName(wardName: string): string {
  return wardName.replace(/^(phường|xã|thị trấn|đặc khu)\s+/iu, '');
}

/** "Quang Trung, ngày 13 tháng 10 năm 2025", or the line exactly as printed when the letter gives one. */
export function letterDateLine(letter: LetterLines): string {
  return letter.dateLine ?? `${letter.place}, ${formatLongDate(letter.date)}`;
}

/** What follows "V/v": the subject as printed, or the title. */
export function letterSubject(letter: LetterLines): string {
  return letter.subject ?? letter.title;
}

/** A title as a heading: its first letter upper case ("triển khai …" → "Triển khai …"). */
export function headingCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The address of a letter's page. */
export function letterPath(slug: string): string {
  return `/van-ban/${slug}/`;
}

/** The address of a file attached to a letter, next to its page. */
export function attachmentPath(slug: string, file: string): string {
  return `/van-ban/${slug}/${file}`;
}
