/**
 * The two switches that change what a build accepts:
 * - `SITE_ENV=production` is the ward's real publication: sample content is refused.
 * - the dev server (`astro dev`) previews drafts and unpublished stories, labelled as such.
 */
import type { Problem } from './content-errors.ts';

export function isProductionBuild(): boolean {
  return process.env.SITE_ENV === 'production';
}

export interface SampleItem {
  file: string;
  line?: number | undefined;
  field?: string;
}

/** In a production build, one problem per piece of sample content; otherwise none. */
export function refuseSamples(items: SampleItem[]): Problem[] {
  if (!isProductionBuild()) return [];
  return items.map((item) => ({
    file: item.file,
    line: item.line,
    field: item.field ?? 'sample',
    message:
      'Đây là dữ liệu mẫu, bản chính thức (SITE_ENV=production) không đăng dữ liệu mẫu. Thay bằng nội dung thật rồi bỏ đánh dấu mẫu, hoặc xóa mục này.',
  }));
}
