/** `content/news/`: news from the culture centre. */
import { z } from 'astro/zod';
import { tagSlug } from '../lib/site/news.ts';
import { textFault } from '../lib/content-rules/text-rule.ts';
import { calendarDate, draft, fields, sample, text } from './common.ts';
import type { ImageHelper } from './images.ts';

export function newsSchema(image: ImageHelper) {
  return fields({
    /** The headline. */
    title: text('tiêu đề', 'title: "Thanh niên số hỗ trợ người cao tuổi"'),
    /** Publication date, YYYY-MM-DD. */
    date: calendarDate('ngày đăng'),
    /** Date of the last real change, when the item was edited after publication. */
    updated: calendarDate('ngày cập nhật').optional(),
    /** One or two sentences for lists, search results and link previews. */
    summary: text('tóm tắt', 'summary: "Tối 20/10, ..."'),
    /** A picture next to the file, shown on the list and at the top. */
    cover: image().optional(),
    /** What the cover shows, for people who cannot see it; required with a cover. */
    coverAlt: text('mô tả ảnh', 'coverAlt: "Đoàn viên hướng dẫn bà con cài ứng dụng"').optional(),
    /** Topics, each a short phrase; each gets its own page. */
    tags: z
      .array(
        // A tag the text rule refuses is named by it already.
        text('chủ đề', '"Thanh niên số"').refine(
          (tag) => textFault(tag) !== undefined || tagSlug(tag) !== '',
          {
            error: (issue) =>
              `Chủ đề "${String(issue.input)}" không có chữ nào dùng được làm địa chỉ trang chủ đề. Viết chủ đề bằng chữ, ví dụ: "Thanh niên số"`,
          },
        ),
      )
      .default([]),
    draft,
    sample,
  }).superRefine((entry, context) => {
    if (entry.cover && !entry.coverAlt) {
      context.addIssue({
        code: 'custom',
        path: ['coverAlt'],
        message:
          'Có ảnh (cover) thì phải mô tả ảnh cho người không nhìn thấy. Ví dụ: coverAlt: "Đoàn viên hướng dẫn bà con cài ứng dụng"',
      });
    }
  });
}
