/** `content/guides/`: step-by-step guides for residents. */
import { z } from 'astro/zod';
import { calendarDate, draft, fields, text } from './common.ts';

export const guideSchema = fields({
  /** What the guide helps do, as a resident would say it. */
  title: text('tiêu đề', 'title: "Tạo tài khoản One Touch"'),
  /** One sentence: what the reader will be able to do. */
  summary: text('tóm tắt', 'summary: "Đăng ký tài khoản bằng số điện thoại trong 5 phút."'),
  /** Position in the list and in previous/next links: 1 first. */
  order: z
    .number({ error: 'order phải là một số nguyên: 1 là hướng dẫn đầu tiên, ví dụ: order: 1' })
    .int('order phải là một số nguyên, ví dụ: order: 1')
    .positive('order phải từ 1 trở lên, ví dụ: order: 1'),
  /** Date the steps were last checked against the platform, YYYY-MM-DD. */
  updated: calendarDate('ngày cập nhật'),
  draft,
});

export type Guide = z.output<typeof guideSchema>;
