/** Vietnamese text as file names and addresses: plain ASCII, "đ" as "d". */
import slugify from '@sindresorhus/slugify';
import { foldVietnamese } from '../search/fold.ts';

export { foldVietnamese };

/** "Tôi học số – Tôi lan tỏa" → "toi-hoc-so-toi-lan-toa": a file name or address segment. */
export function slugFromTitle(title: string): string {
  return slugify(foldVietnamese(title), { customReplacements: [['&', ' va ']] });
}

/**
 * A title cut into the parts a line should break between: after a dash, a colon or a comma. A printed
 * title shows each part unbroken where it fits, so "Công dân số Hải Phòng – sử dụng thông minh"
 * breaks at the dash, never between "sử" and "dụng".
 */
export function titleParts(title: string): string[] {
  return title
    .split(/(?<=\s[–—-]|[:,])\s+/u)
    .map((part) => part.trim())
    .filter(Boolean);
}
