/**
 * A page the build could not render is named by the content file it shows, with the error, in the
 * content check's list (scripts/checks/render-errors.ts), not as "not caused by content".
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { missingLink } from '../../src/lib/content-rules/site-link-fields.ts';
import { renderErrorProblems } from '../../scripts/checks/render-errors.ts';

const content = mkdtempSync(path.join(tmpdir(), 'render-errors-'));
mkdirSync(path.join(content, 'guides'));
writeFileSync(path.join(content, 'guides/xem-video.mdx'), '---\ntitle: Xem video\n---\n');
process.env.SITE_CONTENT = content;

it('names the guide a page failed to render from, with the field site.yaml lacks', () => {
  // As Astro 7 prints it (the component's message is the project's own, src/components/guides).
  const detail = missingLink('video');
  const output = [
    `23:02:56   ├─ /huong-dan/xem-video/index.html23:02:56 [ERROR] Error: ${detail}`,
    '    at file:///work/.astro/.prerender/chunks/mdx-components_usfcL3Lt.mjs:90:19',
    `23:02:56 [ERROR] [build] Caught error rendering /huong-dan/xem-video/: Error: ${detail}`,
    detail,
    '  Hint:',
    '    This issue often occurs when your MDX component encounters runtime errors.',
  ].join('\n');
  expect(renderErrorProblems(output)).toEqual([
    {
      file: path.join(content, 'guides/xem-video.mdx'),
      message: `Không dựng được trang /huong-dan/xem-video/ từ bài này: ${detail} Nếu không thấy chỗ cần sửa, gửi thông báo này cho người phụ trách kỹ thuật.`,
    },
  ]);
  expect(detail).toBe(
    'Thẻ <SiteLink to="video"> cần địa chỉ help.videoUrl trong site.yaml, nhưng site.yaml chưa có mục đó. Thêm help.videoUrl vào site.yaml, hoặc xóa liên kết này khỏi bài.',
  );
});

it('names the page when it shows no content file of its own', () => {
  const output = '[ERROR] [build] Caught error rendering /tien-do/: TypeError: x is undefined';
  expect(renderErrorProblems(output)).toEqual([
    {
      file: 'bản dựng',
      message:
        'Không dựng được trang /tien-do/: x is undefined. Nếu không thấy chỗ cần sửa, gửi thông báo này cho người phụ trách kỹ thuật.',
    },
  ]);
});
