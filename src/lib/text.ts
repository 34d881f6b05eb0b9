/**
 * Vietnamese text folded to plain ASCII: what a resident types without diacritics, and what a file
 * name or an address may contain. "đ" has no Unicode decomposition, so removing combining marks
 * alone leaves it: it is mapped to "d" explicitly.
 */
import slugify from '@sindresorhus/slugify';

/** "Đăng ký" → "dang ky": lower case, no diacritics, đ as d. Keeps spaces and punctuation. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** "Tôi học số – Tôi lan tỏa" → "toi-hoc-so-toi-lan-toa": a file name or address segment. */
export function slugFromTitle(title: string): string {
  return slugify(foldVietnamese(title), { customReplacements: [['&', ' va ']] });
}
