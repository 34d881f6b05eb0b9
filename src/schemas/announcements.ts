/**
 * `content/announcements/`: the ward's official letters (văn bản), published as issued. The fields
 * follow the parts of a Vietnamese administrative letter, top to bottom.
 */
import { z } from 'astro/zod';
import { calendarDate, draft, fields, lines, sample, text } from './common.ts';

export const announcementSchema = fields({
  /** The subject after "V/v", without those letters. */
  title: text('trích yếu (tiêu đề, phần sau "V/v")', 'title: "Triển khai cuộc thi ..."'),
  /** The "V/v" line exactly as printed, without "V/v", when it differs from the title (lower case, for instance). */
  subject: text(
    'trích yếu như bản in (phần sau "V/v")',
    'subject: "triển khai cuộc thi ..."',
  ).optional(),
  /** The number as printed ("Số: 123/UBND-VHXH"), without "Số:"; keep the blank if the letter has one. */
  number: text('số văn bản', 'number: "123/UBND-VHXH"'),
  /** The body the issuer belongs to, printed above it ("UBND PHƯỜNG QUANG TRUNG" above a centre); one line per line. */
  parent: lines('cơ quan chủ quản', '"UBND PHƯỜNG QUANG TRUNG"').optional(),
  /** The issuing body, one line per line of the letter's heading. */
  issuer: lines('cơ quan ban hành', '"ỦY BAN NHÂN DÂN"'),
  /** Where it was signed ("Quang Trung"). */
  place: text('địa danh', 'place: "Quang Trung"'),
  /** The date of the letter, used to sort and to show; YYYY-MM-DD. */
  date: calendarDate('ngày văn bản'),
  /** The place-and-date line exactly as printed, when it differs from "<place>, ngày … tháng … năm …" (a blank day, for instance). */
  dateLine: text(
    'dòng địa danh, ngày tháng',
    'dateLine: "Quang Trung, ngày      tháng 10 năm 2025"',
  ).optional(),
  /** Kính gửi: who it is addressed to. */
  recipients: lines('nơi gửi (Kính gửi)', '"Tổ trưởng các tổ dân phố"'),
  /** Who signs, as printed. */
  signer: fields(
    {
      /** The lines above the signature ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
      authority: lines('chức vụ người ký', '"KT. CHỦ TỊCH"'),
      /** The signer's name. */
      name: text('tên người ký', 'name: "Nguyễn Văn A"'),
    },
    'người ký (signer)',
  ),
  /** Nơi nhận: where copies go. */
  distribution: lines('nơi nhận', '"Như trên;"').optional(),
  /** Files attached to the letter (PDF), in the same folder as the letter. */
  attachments: z
    .array(
      fields({
        /** What the file is. */
        title: text('tên tệp đính kèm', 'title: "Thể lệ cuộc thi"'),
        /** The file name, next to the letter ("the-le.pdf"). */
        file: text('tên tệp', 'file: "the-le.pdf"').refine(
          (value) => /^[a-z0-9][a-z0-9-]*\.pdf$/.test(value),
          'Tệp đính kèm phải là PDF, tên viết thường không dấu, ví dụ: file: "the-le-cuoc-thi.pdf"',
        ),
      }),
    )
    .default([]),
  /** One or two sentences for lists, search results and link previews. */
  summary: text('tóm tắt', 'summary: "UBND phường triển khai cuộc thi ..."'),
  draft,
  sample,
});

export type Announcement = z.output<typeof announcementSchema>;
