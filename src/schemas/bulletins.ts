/** `content/bulletins/`: loudspeaker bulletins (bản tin phát thanh), read out by the ward's radio. */
import { z } from 'astro/zod';
import { calendarDate, draft, fields, sample, text } from './common.ts';

export const bulletinSchema = fields({
  /** The bulletin's title, as announced. */
  title: text('tiêu đề', 'title: "Bản tin số 1: Mời bà con tham gia cuộc thi"'),
  /** The day it is first read out, YYYY-MM-DD. */
  date: calendarDate('ngày phát'),
  /** One sentence for lists and search. */
  summary: text('tóm tắt', 'summary: "Giới thiệu cuộc thi và cách tham gia."'),
  draft,
  sample,
});

export type Bulletin = z.output<typeof bulletinSchema>;
