/**
 * `content/stories/`: "Tôi học số – Tôi lan tỏa" stories. They are real people's words: nothing is
 * published without `consent: true` and `published: true`.
 */
import { z } from 'astro/zod';
import { calendarDate, draft, fields, flag, sample, text } from './common.ts';
import type { ImageHelper } from './images.ts';

export const AUTHOR_DISPLAYS = ['full', 'first', 'anonymous'] as const;

/**
 * Codes are read from content (groups.csv, site.yaml), so a story naming an unknown one fails.
 * `undefined`: that file could not be read, so the code is not checked (the content check says so).
 */
export function storySchema<Image extends ReturnType<ImageHelper>>(
  image: () => Image,
  groupCodes: readonly string[] | undefined,
  categoryCodes: readonly string[] | undefined,
) {
  const oneOf = (label: string, codes: readonly string[] | undefined, file: string) =>
    codes === undefined
      ? z.string({ error: `Thiếu ${label}. Ghi một mã có trong ${file}.` })
      : z.enum(codes as [string, ...string[]], {
          error: (issue) =>
            issue.input === undefined
              ? `Thiếu ${label}. Dùng một mã trong ${file}: ${codes.join(', ')}`
              : `Không có ${label} "${String(issue.input)}" trong ${file}. Dùng một trong các mã: ${codes.join(', ')}`,
        });

  return fields({
    /** A short title in the author's words. */
    title: text('tiêu đề', 'title: "Bà tôi đã biết gọi video cho cháu"'),
    /** The author, and how their name may be shown. */
    author: fields({
      /** The name the author gave; never shown when display is anonymous. */
      name: text('tên người kể', 'name: "Nguyễn Thị Lan"'),
      /** full: whole name; first: given name only; anonymous: no name. */
      display: z
        .enum(AUTHOR_DISPLAYS, {
          error: 'display phải là full (tên đầy đủ), first (chỉ tên) hoặc anonymous (giấu tên).',
        })
        .default('first'),
      /** Age, if the author agreed to show it. */
      age: z.number({ error: 'age phải là một số, ví dụ: age: 68' }).int().positive().optional(),
    }),
    /** The author's residential group, by its code in groups.csv. */
    group: oneOf('tổ', groupCodes, 'groups.csv'),
    /** The story's category, by its code in site.yaml (stories.categories). */
    category: oneOf('nhóm câu chuyện', categoryCodes, 'site.yaml (stories.categories)'),
    /** The day the story was sent, YYYY-MM-DD. */
    date: calendarDate('ngày gửi'),
    /** One or two sentences for the gallery card. */
    summary: text('tóm tắt', 'summary: "Nhờ cháu hướng dẫn, bà đã tự học xong khóa học."'),
    /** A photo next to the file, sent with the story. */
    photo: image().optional(),
    /** What the photo shows, for people who cannot see it; required with a photo. */
    photoAlt: text('mô tả ảnh', 'photoAlt: "Bà Lan cầm điện thoại, cháu ngồi bên cạnh"').optional(),
    /** The author agreed in writing that the story may be published. */
    consent: flag('consent (đồng ý đăng)').default(false),
    /** Moderation: true once the culture centre has reviewed the story. */
    published: flag('published (đã duyệt)').default(false),
    /** The author asked for their phone number or e-mail to appear in the story. */
    allowContact: flag('allowContact').default(false),
    draft,
    sample,
  }).superRefine((entry, context) => {
    if (entry.photo && !entry.photoAlt) {
      context.addIssue({
        code: 'custom',
        path: ['photoAlt'],
        message:
          'Có ảnh (photo) thì phải mô tả ảnh cho người không nhìn thấy. Ví dụ: photoAlt: "Bà Lan cầm điện thoại, cháu ngồi bên cạnh"',
      });
    }
  });
}
