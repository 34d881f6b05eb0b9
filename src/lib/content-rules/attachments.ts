/** Files named in an entry (a letter's PDFs) must be next to it: a missing one fails the build. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './content-errors.ts';

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
