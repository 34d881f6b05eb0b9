/**
 * A syntax error of an MDX body, as Sätteri's parser reports it in English, said in Vietnamese on
 * the one line of the file, with the fix: for a closing tag that does not match, which tag to
 * change into which, or which to close first (each tried on the body before it is advised).
 */
import { parseBody } from './body-tree.ts';
import type { Problem } from './content-errors.ts';

/** Where Sätteri's MDX parser stops on `body`: its 1-based line, or undefined when it parses. */
function syntaxLine(body: string): number | undefined {
  try {
    parseBody(body, true);
    return undefined;
  } catch (error) {
    return Number(/^(\d+):/.exec(String((error as Error).message))?.[1] ?? 0);
  }
}

/**
 * `</Step>` where `<Steps>` is open: which one edit fixes this spot, tried on the body itself (the
 * parse then passes, or stops only further down). Either the closing tag is the wrong one (change
 * it), or an inner tag was left open (close it first).
 */
function mismatchAdvice(body: string, line: number, closing: string, open: string): string {
  const lines = body.split('\n');
  const changed = [...lines];
  changed[line - 1] = lines[line - 1]!.replace(`</${closing}>`, `</${open}>`);
  const after = syntaxLine(changed.join('\n'));
  if (after === undefined || after > line)
    return `Đổi </${closing}> thành </${open}>: thẻ đang mở ở đây là <${open}>, nên thẻ đóng phải là </${open}>.`;
  return `Thêm </${open}> vào trước </${closing}>: thẻ <${open}> mở ở trên chưa được đóng, mà thẻ mở sau phải được đóng trước.`;
}

/**
 * A syntax error of Sätteri's MDX parser ("3:1: Expected a closing tag for `<Note>` (3:1) (…)"), in
 * Vietnamese with the one line of the file. The parser's English words (and its lines, counted
 * from the body) go to `detail`: the build's log, not the staff's message.
 */
export function syntaxProblem(
  file: string,
  message: string,
  bodyLine: number,
  body: string,
): Problem {
  const place = /^(\d+):(\d+):\s*/.exec(message);
  const line = place ? Number(place[1]) + bodyLine - 1 : undefined;
  const detail = message.slice(place?.[0].length ?? 0).trim();
  const unclosed = /^Expected a closing tag for `<([^>]+)>`/.exec(detail);
  const mismatched =
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]+)>`/.exec(
      detail,
    );
  const stray = /^Unexpected closing tag `<\/([^>]*)>`, expected an open tag first/.exec(detail);
  let text: string;
  if (unclosed)
    text = `Thẻ <${unclosed[1]}> mở ở đây nhưng không có thẻ đóng. Thêm </${unclosed[1]}> ở cuối đoạn mà thẻ bao quanh (mỗi thẻ mở phải có thẻ đóng, ví dụ <Note> … </Note>).`;
  else if (mismatched && place)
    text = mismatchAdvice(body, Number(place[1]), mismatched[1]!, mismatched[2]!);
  else if (stray)
    text = `Có thẻ đóng </${stray[1]}> mà không có thẻ mở tương ứng ở trước. Xóa thẻ đóng này, hoặc thêm <${stray[1]}> ở đầu đoạn.`;
  else if (/comment in MDX/.test(detail))
    text =
      'Trang hướng dẫn không dùng được ghi chú kiểu <!-- … -->. Xóa ghi chú này (trang không hiện ghi chú cho người đọc).';
  else if (/in expression|closing brace/.test(detail))
    text =
      'Có dấu ngoặc nhọn { không được đóng. Muốn viết dấu ngoặc nhọn như chữ thường, viết \\{ và \\}.';
  else
    text =
      'Trang hướng dẫn viết sai cú pháp ở đây nên không dựng được. Kiểm tra các thẻ <…> quanh dòng này: tên thẻ viết hoa chữ đầu, mỗi thẻ mở có thẻ đóng; muốn viết dấu < hay { như chữ thường, viết \\< hay \\{.';
  return { file, line, message: text, detail };
}
