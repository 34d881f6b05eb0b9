/**
 * `content/self-check/`: practice questions for the self-check page, one file a question, written
 * by the ward from its own guides. They are not the contest's question bank.
 */
import { z } from 'astro/zod';
import { draft, fields, sample, text, urlCode } from './common.ts';

export const MIN_CHOICES = 2;
export const MAX_CHOICES = 6;

const choicesHow =
  'viết mỗi phương án một dòng, bắt đầu bằng "- ", ví dụ: - "Gọi hotline của cuộc thi"';

export const selfCheckSchema = fields({
  /** The question, as a resident would read it. */
  question: text('câu hỏi', 'question: "Ai được hỏi mã OTP của bạn?"'),
  /** The choices, in the order shown: 2 to 6. */
  choices: z
    .array(text('phương án', '- "Không ai cả"'), {
      error: (issue) =>
        issue.input === undefined
          ? `Thiếu các phương án trả lời (choices): ${choicesHow}`
          : `Các phương án (choices) phải là một danh sách: ${choicesHow}`,
    })
    .min(MIN_CHOICES, `Cần ít nhất ${MIN_CHOICES} phương án trả lời: ${choicesHow}`)
    .max(MAX_CHOICES, `Nhiều nhất ${MAX_CHOICES} phương án trả lời: bỏ bớt cho đủ ${MAX_CHOICES}`),
  /** Which choice is right, counted from 1 (the first choice): exactly one is right. */
  answer: z
    .number({
      error: (issue) =>
        Array.isArray(issue.input)
          ? `Mỗi câu hỏi có đúng một đáp án (answer), là một số, không phải danh sách [${issue.input.join(', ')}]. Giữ một phương án đúng, ví dụ: answer: 2; nếu nhiều ý cùng đúng, gộp chúng thành một phương án.`
          : issue.input === undefined || issue.input === null
            ? `Thiếu đáp án đúng (answer): ghi số thứ tự của phương án đúng, 1 là phương án đầu tiên, ví dụ: answer: 2`
            : `Đáp án (answer) "${String(issue.input)}" phải là số thứ tự của phương án đúng, viết bằng chữ số, ví dụ: answer: 2`,
    })
    .int('Đáp án (answer) phải là một số nguyên: số thứ tự của phương án đúng, ví dụ: answer: 2')
    .positive('Đáp án (answer) phải từ 1 trở lên: 1 là phương án đầu tiên, ví dụ: answer: 2'),
  /** One or two sentences: why that choice is right, in the guide's words. */
  explanation: text('lời giải thích', 'explanation: "Không ai được hỏi mã OTP của bạn."'),
  /** The guide the question comes from, by its file name without ".mdx": checked at build time. */
  guide: urlCode('hướng dẫn (guide)', 'guide: an-toan-tren-mang'),
  sample,
  draft,
}).superRefine((data, context) => {
  // Choices that read the same once written the same way (NFC, no spaces around) show as one.
  data.choices.forEach((choice, index) => {
    const first = data.choices.findIndex(
      (other) => other.toLocaleLowerCase('vi') === choice.toLocaleLowerCase('vi'),
    );
    if (first < index)
      context.addIssue({
        code: 'custom',
        path: ['choices', index],
        message: `Phương án ${index + 1} giống phương án ${first + 1} ("${data.choices[first]}"). Mỗi phương án phải khác nhau: sửa hoặc xóa phương án này.`,
      });
  });
  if (data.answer > data.choices.length)
    context.addIssue({
      code: 'custom',
      path: ['answer'],
      message: `Câu hỏi chỉ có ${data.choices.length} phương án nên không có phương án số ${data.answer}. Ghi số thứ tự của phương án đúng, từ 1 đến ${data.choices.length}.`,
    });
});

export type SelfCheckQuestion = z.output<typeof selfCheckSchema>;
