/**
 * The one picture rule, for every picture an entry names: the image fields of every schema (a
 * news cover, a story's photo: the fields built with `storedImage`, src/loaders/store-entry.ts)
 * and the pictures of markdown bodies (`![mô tả](./anh.jpg)`). A picture is
 *
 * - a file inside the entry's own folder (`./anh.jpg`, `anh/ba-lan.jpg`): never an address on
 *   another site, an absolute path or a `../` path, which would publish any file of the build
 *   machine (`/etc/passwd`, `../../package.json`);
 * - a raster image, JPEG, PNG, WebP or AVIF, by its content and not only its name: an SVG can
 *   hold a script, and a renamed text file is not a picture;
 * - whole (a truncated JPEG shows half a picture) and at most 40 megapixels (larger ones are
 *   shipped unresized, and take minutes and gigabytes to decode).
 *
 * Anything else is refused in Vietnamese, naming the file, the line and the field.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Problem } from './content-errors.ts';
import { findFile } from './nfc-path.ts';

/** Formats a picture may have, as sharp names them ("heif" is how it reports AVIF). */
const RASTER_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif']);
const RASTER_EXTENSIONS = /\.(jpe?g|png|webp|avif)$/i;
export const MAX_MEGAPIXELS = 40;

export interface PictureRef {
  /** The value as the editor wrote it. */
  src: string;
  line?: number | undefined;
  /** The frontmatter field, for a field; none for a picture in the body. */
  field?: string | undefined;
}

const HOW =
  'Chép ảnh (JPG, PNG, WebP hoặc AVIF) vào thư mục của bài, cạnh tệp nội dung, rồi ghi tên ảnh bắt đầu bằng ./, ví dụ: ./ten-anh.jpg';

/** The problem of one picture, or undefined when it follows the rule. */
export async function pictureProblem(
  entryFile: string,
  ref: PictureRef,
): Promise<Problem | undefined> {
  const at = (message: string): Problem => ({
    file: entryFile,
    line: ref.line,
    field: ref.field,
    message: `Ảnh "${ref.src}" ${message}`,
  });
  const folder = path.dirname(entryFile);
  const src = ref.src.trim();
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src))
    return at(`lấy từ một trang web khác; trang web chỉ đăng ảnh của chính mình. ${HOW}`);
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    /* shown as written */
  }
  const named = path.resolve(folder, decoded);
  if (path.isAbsolute(decoded) || !named.startsWith(`${folder}${path.sep}`))
    return at(`nằm ngoài thư mục của bài (${path.basename(folder)}/). ${HOW}`);
  // Names compared in NFC: "ảnh.jpg" typed here finds "ảnh.jpg" saved in NFD on a Mac.
  const file = findFile(named);
  if (!file)
    return at(
      `không có trong thư mục ${path.basename(folder)}/. ${HOW}, đúng từng chữ, kể cả phần đuôi .jpg hay .png.`,
    );
  // A symbolic link (the picture's or a folder's on the way) may point anywhere on the machine.
  if (path.relative(realpathSync(folder), realpathSync(file)) !== path.relative(folder, file))
    return at(
      'là một lối tắt (symbolic link), không phải tệp ảnh thật, nên trang web không đăng. Xóa lối tắt và chép tệp ảnh thật vào thư mục của bài.',
    );
  if (!RASTER_EXTENSIONS.test(file)) return at(`không phải ảnh JPG, PNG, WebP hay AVIF. ${HOW}`);
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // The header only, whatever its size: the size is checked here, before anything is decoded.
    metadata = await sharp(file, { limitInputPixels: false }).metadata();
  } catch {
    return at(
      'không đọc được như một ảnh: tệp hỏng, hoặc là tệp khác được đặt tên như ảnh. Mở ảnh gốc, lưu lại dạng JPG hoặc PNG rồi chép lại.',
    );
  }
  if (metadata.format === 'svg')
    return at(
      'là ảnh SVG, loại ảnh có thể chứa mã lệnh nên trang web không đăng. Lưu ảnh dạng PNG hoặc JPG rồi dùng tệp đó.',
    );
  if (!RASTER_FORMATS.has(metadata.format ?? ''))
    return at(
      `thực ra là tệp ${String(metadata.format).toUpperCase()}, dù tên tệp là ảnh. Lưu lại dạng JPG hoặc PNG rồi dùng tệp đó.`,
    );
  const megapixels = ((metadata.width ?? 0) * (metadata.height ?? 0)) / 1e6;
  if (megapixels > MAX_MEGAPIXELS)
    return at(
      `quá lớn: ${metadata.width} × ${metadata.height} điểm ảnh (${Math.round(megapixels)} triệu), nhiều nhất ${MAX_MEGAPIXELS} triệu. Thu nhỏ ảnh (ví dụ còn 2000 điểm ảnh chiều ngang) rồi lưu lại.`,
    );
  try {
    await sharp(file, { failOn: 'truncated' }).raw().toBuffer();
  } catch {
    return at(
      'bị hỏng hoặc chép chưa hết, nên chỉ hiện được một phần. Chép lại ảnh từ bản gốc (điện thoại hoặc máy ảnh).',
    );
  }
  return undefined;
}

/** The problems of several pictures of one entry, in order. */
export async function pictureProblems(
  entryFile: string,
  refs: readonly PictureRef[],
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const ref of refs) {
    const problem = await pictureProblem(entryFile, ref);
    if (problem) problems.push(problem);
  }
  return problems;
}
