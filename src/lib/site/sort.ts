/** Orders that read naturally in Vietnamese: "Tổ 2" before "Tổ 10", "Đ" after "D". */

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Newest first by a YYYY-MM-DD date, then by title. */
export function newestFirst<T extends { date: string; title: string }>(a: T, b: T): number {
  return b.date.localeCompare(a.date) || compareVietnamese(a.title, b.title);
}
