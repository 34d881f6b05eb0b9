/**
 * `t('home.steps.title')`, `t('campaign.dates', { opens, closes })`: the one way user-facing
 * strings reach a page. A missing placeholder value is an error, not a silent "{name}".
 */
import { vi, type MessageKey } from './vi.ts';

export type { MessageKey };

export type MessageValues = Record<string, string | number>;

/** Counts the Vietnamese way: a dot between thousands (10.442 hộ). */
const COUNT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A count as it is written in a table cell: 10.442. */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

export function t(key: MessageKey, values: MessageValues = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`t('${key}'): no value for {${name}}`);
    return typeof value === 'number' ? COUNT.format(value) : value;
  });
}

/**
 * A message split around one placeholder, for when that value needs markup of its own
 * (a live day count, a bold number): returns the text before and after it.
 */
export function tAround(
  key: MessageKey,
  name: string,
  values: MessageValues = {},
): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = t(key, { ...values, [name]: marker }).split(marker);
  return [before, after];
}
