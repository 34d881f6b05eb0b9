/**
 * Tags and self-check choices that would show wrong: a tag that folds to no address, the same
 * choice written three ways, several answers where one is asked for. Each refused on its own.
 */
import { z } from 'astro/zod';
import { expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { validateFrontmatter } from '../../src/lib/content-rules/validate.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { selfCheckSchema } from '../../src/schemas/self-check.ts';

const messages = (schema: z.ZodType, source: string, file: string) => {
  const { result } = validateFrontmatter(schema, `---\n${source}---\n`, file);
  return result.ok ? [] : result.problems.map(formatProblem);
};

it('refuses tags that fold to nothing', () => {
  expect(
    messages(
      newsSchema(() => z.string()),
      'title: Tin\ndate: 2025-10-20\nsummary: Tóm tắt.\ntags: ["..", "#", "🙂", "Thanh niên số", "中文"]\n',
      'content/news/x.md',
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/news/x.md, dòng 5, trường "tags.0": Chủ đề không có chữ hay số nào nhìn thấy được. Viết nội dung bằng chữ.",
      "content/news/x.md, dòng 5, trường "tags.1": Chủ đề không có chữ hay số nào nhìn thấy được. Viết nội dung bằng chữ.",
      "content/news/x.md, dòng 5, trường "tags.2": Chủ đề không có chữ hay số nào nhìn thấy được. Viết nội dung bằng chữ.",
      "content/news/x.md, dòng 5, trường "tags.4": Chủ đề "中文" không có chữ nào dùng được làm địa chỉ trang chủ đề. Viết chủ đề bằng chữ, ví dụ: "Thanh niên số"",
    ]
  `);
});

it('refuses the same choice written three ways, and a list of answers', () => {
  const nfd = 'Gọi hotline'.normalize('NFD');
  expect(
    messages(
      selfCheckSchema,
      `question: Ai được hỏi mã OTP?\nchoices:\n  - Gọi hotline\n  - Không ai cả\n  - "${nfd}"\n  - "Gọi hotline  "\nanswer: 2\nexplanation: Không ai.\nguide: an-toan\n`,
      'content/self-check/x.md',
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/self-check/x.md, dòng 6, trường "choices.2": Phương án 3 giống phương án 1 ("Gọi hotline"). Mỗi phương án phải khác nhau: sửa hoặc xóa phương án này.",
      "content/self-check/x.md, dòng 7, trường "choices.3": Phương án 4 giống phương án 1 ("Gọi hotline"). Mỗi phương án phải khác nhau: sửa hoặc xóa phương án này.",
    ]
  `);
  expect(
    messages(
      selfCheckSchema,
      'question: Ai được hỏi mã OTP?\nchoices: [Gọi hotline, Không ai cả]\nanswer: [1, 2]\nexplanation: Không ai.\nguide: an-toan\n',
      'content/self-check/x.md',
    ),
  ).toMatchInlineSnapshot(`
    [
      "content/self-check/x.md, dòng 4, trường "answer": Mỗi câu hỏi có đúng một đáp án (answer), là một số, không phải danh sách [1, 2]. Giữ một phương án đúng, ví dụ: answer: 2; nếu nhiều ý cùng đúng, gộp chúng thành một phương án.",
    ]
  `);
});
