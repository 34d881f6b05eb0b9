/** Files named in an entry (a letter's PDFs) must be next to it: a missing one fails the build. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './content-errors.ts';
import type { PictureRef } from './pictures.ts';
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

/**
 * The pictures a markdown body shows (`![mô tả](./anh.jpg)`, `<img src="./anh.jpg">`), each with
 * its line, for the one picture rule (src/lib/pictures.ts).
 */
export function bodyPictures(body: string, bodyLine: number): PictureRef[] {
  const refs: PictureRef[] = [];
  const patterns = [
    /!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?[^)\n]*\)/g,
    /<img\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/gi,
  ];
  for (const pattern of patterns)
    for (const match of body.matchAll(pattern))
      refs.push({ src: match[1]!, line: lineAt(body, match.index, bodyLine) });
  return refs.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
