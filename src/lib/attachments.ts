/** Files named in an entry (a letter's PDFs, a news cover) must be next to it: a missing one fails the build. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './content-errors.ts';
import { lineAt } from './privacy.ts';

export function missingAttachments(
  file: string,
  attachments: readonly { file: string }[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const folder = path.dirname(file);
  return attachments.flatMap((attachment, index) =>
    existsSync(path.join(folder, attachment.file))
      ? []
      : [
          {
            file,
            line: lineOf(['attachments', index, 'file']),
            field: `attachments.${index}.file`,
            message: `Không thấy tệp "${attachment.file}" trong thư mục ${path.basename(folder)}/, cạnh văn bản. Chép tệp PDF vào đó, hoặc sửa tên cho đúng với tên tệp.`,
          },
        ],
  );
}

/** A picture named in frontmatter (a news cover) that is not where the entry says. */
export function missingImage(
  file: string,
  image: unknown,
  field: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  if (typeof image !== 'string' || existsSync(path.resolve(path.dirname(file), image))) return [];
  return [
    {
      file,
      line: lineOf([field]),
      field,
      message: `Không thấy ảnh "${image}". Chép ảnh vào thư mục ${path.basename(path.dirname(file))}/, cạnh bài viết, và ghi tên ảnh bắt đầu bằng ./ (ví dụ: ${field}: ./ten-anh.jpg), đúng từng chữ, kể cả phần đuôi .jpg hay .png.`,
    },
  ];
}

/**
 * Pictures a markdown body shows (`![mô tả](./anh.jpg)`) that are not next to the entry, one
 * problem each with its line: Astro would stop with an English "ImageNotFound" naming neither.
 */
export function missingBodyImages(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  for (const match of body.matchAll(/!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?[^)\n]*\)/g)) {
    const src = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || src.startsWith('/')) continue;
    if (existsSync(path.resolve(path.dirname(file), decodeURI(src)))) continue;
    problems.push({
      file,
      line: lineAt(body, match.index, bodyLine),
      message: `Không thấy ảnh "${src}" mà bài chèn vào. Chép ảnh vào thư mục ${path.basename(path.dirname(file))}/, cạnh bài viết, và ghi tên ảnh bắt đầu bằng ./ (ví dụ: ![Mô tả ảnh](./ten-anh.jpg)), đúng từng chữ, kể cả phần đuôi .jpg hay .png.`,
    });
  }
  return problems;
}
