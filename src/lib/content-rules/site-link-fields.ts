/**
 * The addresses of site.yaml a guide's `<SiteLink to>` may need, and what to say when one is
 * missing: for the content rule (./site-links.ts) and for the component itself
 * (src/components/guides/SiteLink.astro), which must not pull the markdown parser into the pages.
 */

/** The site.yaml field each optional `<SiteLink to>` needs (the others always have an address). */
export const SITE_LINK_FIELDS: Readonly<Record<string, string>> = {
  zalo: 'help.zalo',
  guide: 'help.guideUrl',
  video: 'help.videoUrl',
};

/**
 * What is wrong with a `<SiteLink to>` that site.yaml gives no address for, naming the field:
 * also the component's own error, should a page reach rendering with one.
 */
export function missingLink(to: string, siteFile = 'site.yaml'): string {
  const field = Object.hasOwn(SITE_LINK_FIELDS, to) ? SITE_LINK_FIELDS[to] : undefined;
  return field
    ? `Thẻ <SiteLink to="${to}"> cần địa chỉ ${field} trong ${siteFile}, nhưng ${siteFile} chưa có mục đó. Thêm ${field} vào ${siteFile}, hoặc xóa liên kết này khỏi bài.`
    : `Thẻ <SiteLink to="${to}">: ${siteFile} không có địa chỉ nào tên "${to}". Dùng course, hotline, zalo, guide hoặc video, hoặc xóa liên kết này khỏi bài.`;
}
