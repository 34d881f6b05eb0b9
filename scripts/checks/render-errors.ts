/**
 * A build that stops while rendering a page, with no content problem recorded: Astro names the
 * page it was rendering ("Caught error rendering /huong-dan/xem-video/: Error: …"), and the content
 * file that page shows is named here (src/lib/content-rules/page-source.ts), with the error, so the
 * editor knows which file to look at instead of reading "not caused by content".
 */
import type { Problem } from '../../src/lib/content-rules/content-errors.ts';
import { contentFileOfPage } from '../../src/lib/content-rules/page-source.ts';

const RENDERING = /Caught error rendering (\/\S*?): (?:\w*Error: )?(.+)/g;

/** One problem per page Astro could not render, named by its content file where it has one. */
export function renderErrorProblems(output: string): Problem[] {
  const seen = new Set<string>();
  return [...output.matchAll(RENDERING)].flatMap(([, route = '/', detail = '']) => {
    if (seen.has(route)) return [];
    seen.add(route);
    const page = `${route.replace(/^\/+/, '').replace(/\/?$/, '/')}index.html`;
    const file = contentFileOfPage(page);
    return [
      {
        file: file ?? 'bản dựng',
        message: `Không dựng được trang ${route}${file ? ' từ bài này' : ''}: ${detail.trim().replace(/([^.!?])$/, '$1.')} Nếu không thấy chỗ cần sửa, gửi thông báo này cho người phụ trách kỹ thuật.`,
      },
    ];
  });
}
