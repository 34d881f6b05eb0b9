/**
 * The one picture rule (src/lib/content-rules/pictures.ts): a whole raster picture of at most 40 megapixels,
 * inside the entry's own folder. Each refusal names the file, the line and the field.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { pictureProblems } from '../../src/lib/content-rules/pictures.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const root = mkdtempSync(path.join(tmpdir(), 'pictures-'));
const folder = path.join(root, 'news');
mkdirSync(path.join(folder, 'anh'), { recursive: true });
const entry = path.join(folder, 'tin.md');
const photo = path.join(SAMPLE_WARD, 'news/mo-cuoc-thi.jpg');
copyFileSync(photo, path.join(folder, 'tot.jpg'));
copyFileSync(photo, path.join(folder, 'anh/tot.jpg'));
const jpeg = readFileSync(photo);
writeFileSync(path.join(folder, 'nua.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
writeFileSync(
  path.join(folder, 'ma.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>',
);
writeFileSync(path.join(folder, 'ma.png'), readFileSync(path.join(folder, 'ma.svg')));
writeFileSync(path.join(folder, 'chu.png'), '{ "name": "not a picture" }');

/** A PNG whose header says 17,000 × 17,000 pixels (289 million), with one row of them. */
function hugePng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(17_000, 0);
  header.writeUInt32BE(17_000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    // The first row of pixels only: the picture is cut short, as a header is all that is read.
    chunk('IDAT', deflateSync(Buffer.alloc(1 + 17_000 * 3))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
writeFileSync(path.join(folder, 'lon.png'), hugePng());

it('accepts a whole picture beside the entry or in a folder of it', async () => {
  expect(
    await pictureProblems(entry, [
      { src: './tot.jpg', field: 'cover', line: 5 },
      { src: 'anh/tot.jpg', line: 9 },
    ]),
  ).toEqual([]);
});

it('refuses anything else, naming the field or the line of the body', async () => {
  const problems = await pictureProblems(entry, [
    { src: '/some/absolute/photo.png', field: 'cover', line: 5 },
    { src: '../../../../x.png', field: 'photo', line: 6 },
    { src: '/etc/passwd', line: 10 },
    { src: 'https://anh.example/a.jpg', line: 11 },
    { src: './khong-co.jpg', line: 12 },
    { src: './ma.svg', line: 13 },
    { src: './ma.png', line: 14 },
    { src: './chu.png', line: 15 },
    { src: './nua.jpg', line: 16 },
    { src: './lon.png', line: 17 },
  ]);
  expect(problems.map((problem) => formatProblem(problem).replace(root, '…')))
    .toMatchInlineSnapshot(`
    [
      "…/news/tin.md, dòng 5, trường "cover": Ảnh "/some/absolute/photo.png" nằm ngoài thư mục của bài (news/). Chép ảnh (JPG, PNG, WebP hoặc AVIF) vào thư mục của bài, cạnh tệp nội dung, rồi ghi tên ảnh bắt đầu bằng ./, ví dụ: ./ten-anh.jpg",
      "…/news/tin.md, dòng 6, trường "photo": Ảnh "../../../../x.png" nằm ngoài thư mục của bài (news/). Chép ảnh (JPG, PNG, WebP hoặc AVIF) vào thư mục của bài, cạnh tệp nội dung, rồi ghi tên ảnh bắt đầu bằng ./, ví dụ: ./ten-anh.jpg",
      "…/news/tin.md, dòng 10: Ảnh "/etc/passwd" nằm ngoài thư mục của bài (news/). Chép ảnh (JPG, PNG, WebP hoặc AVIF) vào thư mục của bài, cạnh tệp nội dung, rồi ghi tên ảnh bắt đầu bằng ./, ví dụ: ./ten-anh.jpg",
      "…/news/tin.md, dòng 11: Ảnh "https://anh.example/a.jpg" lấy từ một trang web khác; trang web chỉ đăng ảnh của chính mình. Chép ảnh (JPG, PNG, WebP hoặc AVIF) vào thư mục của bài, cạnh tệp nội dung, rồi ghi tên ảnh bắt đầu bằng ./, ví dụ: ./ten-anh.jpg",
      "…/news/tin.md, dòng 12: Ảnh "./khong-co.jpg" không có trong thư mục news/. Chép ảnh (JPG, PNG, WebP hoặc AVIF) vào thư mục của bài, cạnh tệp nội dung, rồi ghi tên ảnh bắt đầu bằng ./, ví dụ: ./ten-anh.jpg, đúng từng chữ, kể cả phần đuôi .jpg hay .png.",
      "…/news/tin.md, dòng 13: Ảnh "./ma.svg" không phải ảnh JPG, PNG, WebP hay AVIF. Chép ảnh (JPG, PNG, WebP hoặc AVIF) vào thư mục của bài, cạnh tệp nội dung, rồi ghi tên ảnh bắt đầu bằng ./, ví dụ: ./ten-anh.jpg",
      "…/news/tin.md, dòng 14: Ảnh "./ma.png" là ảnh SVG, loại ảnh có thể chứa mã lệnh nên trang web không đăng. Lưu ảnh dạng PNG hoặc JPG rồi dùng tệp đó.",
      "…/news/tin.md, dòng 15: Ảnh "./chu.png" không đọc được như một ảnh: tệp hỏng, hoặc là tệp khác được đặt tên như ảnh. Mở ảnh gốc, lưu lại dạng JPG hoặc PNG rồi chép lại.",
      "…/news/tin.md, dòng 16: Ảnh "./nua.jpg" bị hỏng hoặc chép chưa hết, nên chỉ hiện được một phần. Chép lại ảnh từ bản gốc (điện thoại hoặc máy ảnh).",
      "…/news/tin.md, dòng 17: Ảnh "./lon.png" quá lớn: 17000 × 17000 điểm ảnh (289 triệu), nhiều nhất 40 triệu. Thu nhỏ ảnh (ví dụ còn 2000 điểm ảnh chiều ngang) rồi lưu lại.",
    ]
  `);
});

it('refuses a picture reached through a symbolic link, of the file or of a folder', async () => {
  symlinkSync(path.resolve(photo), path.join(folder, 'lien-ket.jpg'));
  symlinkSync(path.resolve(SAMPLE_WARD, 'news'), path.join(folder, 'thu-muc'));
  const problems = await pictureProblems(entry, [
    { src: './lien-ket.jpg', line: 20 },
    { src: './thu-muc/mo-cuoc-thi.jpg', line: 21 },
  ]);
  expect(problems.map((problem) => formatProblem(problem).replace(root, '…')))
    .toMatchInlineSnapshot(`
      [
        "…/news/tin.md, dòng 20: Ảnh "./lien-ket.jpg" là một lối tắt (symbolic link), không phải tệp ảnh thật, nên trang web không đăng. Xóa lối tắt và chép tệp ảnh thật vào thư mục của bài.",
        "…/news/tin.md, dòng 21: Ảnh "./thu-muc/mo-cuoc-thi.jpg" là một lối tắt (symbolic link), không phải tệp ảnh thật, nên trang web không đăng. Xóa lối tắt và chép tệp ảnh thật vào thư mục của bài.",
      ]
    `);
});
