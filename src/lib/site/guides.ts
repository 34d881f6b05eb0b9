/** Guides in reading order, each with the guide before and after it. */
import type { Problem } from '../content-rules/content-errors.ts';

export interface OrderedGuide {
  /** The guide's file, to name it in an error. */
  file: string;
  order: number;
}

/** By `order`; the lowest comes first. */
export function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order;
}

/** The items before and after `index`, when there are any. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = items[index + 1];
  return { ...(previous !== undefined && { previous }), ...(next !== undefined && { next }) };
}

/** Two guides with the same `order` would swap places at random: name both files. */
export function duplicateOrders(guides: readonly OrderedGuide[]): Problem[] {
  const first = new Map<number, string>();
  const problems: Problem[] = [];
  for (const guide of guides) {
    const other = first.get(guide.order);
    if (other === undefined) first.set(guide.order, guide.file);
    else
      problems.push({
        file: guide.file,
        field: 'order',
        message: `Số thứ tự ${guide.order} đã dùng cho ${other.split(/[\\/]/).at(-1)}. Mỗi hướng dẫn cần một số riêng, ví dụ: order: ${Math.max(...guides.map((g) => g.order)) + 1}`,
      });
  }
  return problems;
}
