/**
 * Vietnamese folded to plain ASCII, as a resident types it without diacritics: "Đăng ký" → "dang
 * ky". "đ" has no Unicode decomposition, so removing combining marks alone leaves it; it is mapped
 * to "d" explicitly. No dependencies: browser scripts use it too.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}
