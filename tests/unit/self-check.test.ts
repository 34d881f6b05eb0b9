/**
 * The self-check: its schema with the messages editors read pinned, the guide reference checked
 * against published guides only, the real sample questions, and the browser's random draw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { choiceLetter, drawIndices } from '../../src/lib/site/draw.ts';
import { publicGuideIds, unknownGuide } from '../../src/lib/site/self-check.ts';
import { validateFrontmatter } from '../../src/lib/content-rules/validate.ts';
import { parseFrontmatter } from '../../src/lib/content-rules/yaml-source.ts';
import { selfCheckSchema } from '../../src/schemas/self-check.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const FILE = 'content/self-check/x.md';
const question = (lines: string) =>
  `---\nquestion: Ai được hỏi mã OTP của bạn?\n${lines}\nexplanation: Không ai cả.\nguide: an-toan-tren-mang\n---\n`;

function problems(source: string): string[] {
  const { result } = validateFrontmatter(selfCheckSchema, source, FILE);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('self-check schema', () => {
  it('accepts a question with 2 to 6 choices and one right answer', () => {
    expect(problems(question('choices:\n  - Cán bộ\n  - Không ai cả\nanswer: 2'))).toEqual([]);
  });

  it('refuses one choice, seven choices and an answer past the last choice', () => {
    expect(problems(question('choices:\n  - Không ai cả\nanswer: 1'))).toMatchInlineSnapshot(`
      [
        "content/self-check/x.md, dòng 4, trường "choices": Cần ít nhất 2 phương án trả lời: viết mỗi phương án một dòng, bắt đầu bằng "- ", ví dụ: - "Gọi hotline của cuộc thi"",
      ]
    `);
    const seven = Array.from({ length: 7 }, (_, i) => `  - Phương án ${i + 1}`).join('\n');
    expect(problems(question(`choices:\n${seven}\nanswer: 1`))).toMatchInlineSnapshot(`
      [
        "content/self-check/x.md, dòng 4, trường "choices": Nhiều nhất 6 phương án trả lời: bỏ bớt cho đủ 6",
      ]
    `);
    expect(problems(question('choices:\n  - Cán bộ\n  - Không ai cả\nanswer: 3')))
      .toMatchInlineSnapshot(`
      [
        "content/self-check/x.md, dòng 6, trường "answer": Câu hỏi chỉ có 2 phương án nên không có phương án số 3. Ghi số thứ tự của phương án đúng, từ 1 đến 2.",
      ]
    `);
  });

  it('refuses a missing answer and an answer that is not a number', () => {
    expect(problems(question('choices:\n  - Cán bộ\n  - Không ai cả'))).toMatchInlineSnapshot(`
      [
        "content/self-check/x.md, dòng 2, trường "answer": Thiếu đáp án đúng (answer): ghi số thứ tự của phương án đúng, 1 là phương án đầu tiên, ví dụ: answer: 2",
      ]
    `);
    expect(problems(question('choices:\n  - Cán bộ\n  - Không ai cả\nanswer: B')))
      .toMatchInlineSnapshot(`
        [
          "content/self-check/x.md, dòng 6, trường "answer": Đáp án (answer) "B" phải là số thứ tự của phương án đúng, viết bằng chữ số, ví dụ: answer: 2",
        ]
      `);
  });

  it('names a guide that does not exist or is a draft, and lists the published ones', () => {
    const guides = publicGuideIds('tests/fixtures/self-check/guides');
    // hai-nhap is a draft and _bo-qua is ignored: only mot is published.
    expect(guides).toEqual(['mot']);
    const source = parseFrontmatter(question('choices:\n  - A\n  - B\nanswer: 1'), FILE);
    expect(unknownGuide(FILE, 'mot', guides, source)).toEqual([]);
    expect(unknownGuide(FILE, 'hai-nhap', guides, source).map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "content/self-check/x.md, dòng 8, trường "guide": Không có hướng dẫn "hai-nhap" (hoặc hướng dẫn đó còn là bản nháp). Ghi tên tệp của một hướng dẫn trong content/guides, không có đuôi .mdx: mot.",
      ]
    `);
  });
});

describe('the sample questions', () => {
  const folder = `${SAMPLE_WARD}/self-check`;
  const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
  const guides = publicGuideIds(`${SAMPLE_WARD}/guides`);

  it('are at least 30, all valid, all marked sample, each from a published guide', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files) {
      const full = path.join(folder, file);
      const { result, frontmatter } = validateFrontmatter(
        selfCheckSchema,
        readFileSync(full, 'utf8'),
        full,
      );
      expect(result.ok ? [] : result.problems.map(formatProblem), file).toEqual([]);
      if (!result.ok) continue;
      expect(result.data.sample, file).toBe(true);
      expect(unknownGuide(full, result.data.guide, guides, frontmatter), file).toEqual([]);
    }
  });
});

describe('drawIndices', () => {
  it('draws count distinct indices in order, with a fixed random source', () => {
    // random() = 0 always picks the first remaining place: no swap, so the first three.
    expect(drawIndices(10, 3, () => 0)).toEqual([0, 1, 2]);
    // random() just under 1 always picks the last place (9): 9 comes first, then the 0 swapped
    // into place 9, then the 1 swapped in after it: [9, 0, 1], in order [0, 1, 9].
    expect(drawIndices(10, 3, () => 0.999)).toEqual([0, 1, 9]);
  });

  it('never repeats and never exceeds the total', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let round = 0; round < 50; round++) {
      const drawn = drawIndices(40, 20, random);
      expect(new Set(drawn).size).toBe(20);
      expect(drawn.every((index) => index >= 0 && index < 40)).toBe(true);
    }
    expect(drawIndices(5, 20, random)).toEqual([0, 1, 2, 3, 4]);
  });

  it('letters choices A to F', () => {
    expect([1, 2, 6].map(choiceLetter)).toEqual(['A', 'B', 'F']);
  });
});
