/** `content/pages/`: stand-alone pages such as the rules (the-le) and the FAQ (hoi-dap). */
import { z } from 'astro/zod';
import { calendarDate, draft, fields, text } from './common.ts';

export const pageSchema = fields({
  /** The page's heading. */
  title: text('tiêu đề', 'title: "Thể lệ cuộc thi"'),
  /** One or two sentences for search results and link previews. */
  summary: text('tóm tắt', 'summary: "Ai được tham gia, thời gian và cách thi."'),
  /** Date of the last real change, YYYY-MM-DD. */
  updated: calendarDate('ngày cập nhật'),
  draft,
});

export type Page = z.output<typeof pageSchema>;
