/** Vietnamese text as file names and addresses: plain ASCII, "đ" as "d". */
import slugify from '@sindresorhus/slugify';
import { foldVietnamese } from './fold.ts';

export { foldVietnamese };

/** "Tôi học số – Tôi lan tỏa" → "toi-hoc-so-toi-lan-toa": a file name or address segment. */
export function slugFromTitle(title: string): string {
  return slugify(foldVietnamese(title), { customReplacements: [['&', ' va ']] });
}
