/**
 * Content → published files, through the real build: an SVG reached through any markdown picture
 * syntax is refused, named by file and line; no published picture, originals included, keeps
 * the EXIF, XMP or IPTC its camera wrote (the GPS position, the artist's name); and the style
 * sheet is made from the product's own files, not from the folders around it.
 */
import { globSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { astro, copyContent } from './astro.ts';

const FIXTURE = 'tests/fixtures/tan-hung';
const NEWS = 'news/phuong-tan-hung-phat-dong-cuoc-thi-cong-dan-so.md';
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>';

it('refuses an SVG reached through every picture syntax, each on its line', () => {
  const dir = copyContent(FIXTURE);
  for (const name of ['ngoac', 'hai-dong', 'tham-chieu', 'co dau cach', 'the-img'])
    writeFileSync(path.join(dir, 'news', `${name}.svg`), SVG);
  const text = readFileSync(path.join(dir, NEWS), 'utf8');
  const bodyLine = text.split('\n').length + 1;
  const body = [
    '![Biểu đồ [mới]](./ngoac.svg)', // bodyLine
    '',
    '![Mô tả', // + 2
    'hai dòng](./hai-dong.svg)',
    '',
    '![Tham chiếu][r]', // + 5
    '',
    '[r]: ./tham-chieu.svg',
    '',
    '![Có dấu cách](<./co dau cach.svg>)', // + 9
    '',
    '<img alt="Thẻ img" src="./the-img.svg">', // + 11
  ];
  writeFileSync(path.join(dir, NEWS), `${text}\n${body.join('\n')}\n`);
  const run = astro(['build', '--outDir', mkdtempSync(path.join(tmpdir(), 'svg-build-'))], {
    SITE_CONTENT: dir,
  });
  expect(run.status).not.toBe(0);
  for (const [src, offset] of [
    ['./ngoac.svg', 0],
    ['./hai-dong.svg', 2],
    ['./tham-chieu.svg', 5],
    ['./co dau cach.svg', 9],
    ['./the-img.svg', 11],
  ] as const)
    expect(run.output).toContain(
      `${NEWS}, dòng ${bodyLine + offset}: Ảnh "${src}" không phải ảnh JPG, PNG, WebP hay AVIF.`,
    );
});

/** A successful build of `dir`, kept for the style sheet's test below. */
let lastBuild: string | undefined;
function build(dir: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'published-build-'));
  const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: dir });
  expect(run.status, run.output).toBe(0);
  return (lastBuild = outDir);
}

it('publishes every picture without EXIF, XMP or IPTC, and upright', async () => {
  const dir = copyContent(FIXTURE);
  const cover = path.join(dir, 'news/mo-cuoc-thi.jpg');
  // 1200 × 675 stored on its side (orientation 6: turn 90° clockwise to show), with a position
  // and a name in EXIF, and XMP.
  const tagged = await sharp(readFileSync(cover))
    .rotate(-90)
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Artist: 'Nguyễn Văn Chụp' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 51/1 0/1' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Nguyễn Văn Chụp</dc:creator></x:xmpmeta>',
    )
    .jpeg()
    .toBuffer();
  writeFileSync(cover, tagged);
  const before = await sharp(tagged).metadata();
  expect([before.width, before.height, before.orientation, !!before.exif]).toEqual([
    675,
    1200,
    6,
    true,
  ]);

  const outDir = build(dir);
  const pictures = readdirSync(path.join(outDir, '_astro')).filter((file) =>
    /\.(jpe?g|png|webp|avif)$/.test(file),
  );
  const original = pictures.find((file) => /^mo-cuoc-thi\.[\w-]{8}\.jpg$/.test(file));
  expect(original).toBeDefined();
  for (const file of pictures) {
    const data = readFileSync(path.join(outDir, '_astro', file));
    const metadata = await sharp(data).metadata();
    expect([file, !!metadata.exif, !!metadata.xmp, !!metadata.iptc]).toEqual([
      file,
      false,
      false,
      false,
    ]);
    expect(data.includes('Nguyễn Văn Chụp')).toBe(false);
  }
  const upright = await sharp(path.join(outDir, '_astro', original!)).metadata();
  expect([upright.width, upright.height]).toEqual([1200, 675]);
});

it("builds its style sheet from the product's own files, not the tests or content around them", () => {
  const outDir = lastBuild ?? build(copyContent(FIXTURE));
  const product = globSync('src/**/*.{astro,ts,css,md,mdx}')
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const css = readdirSync(path.join(outDir, '_astro'))
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(path.join(outDir, '_astro', file), 'utf8'))
    .join('\n');
  // Every class a selector names (the text before each `{`), unescaped: `.\\[data-x\\]\\:visible`
  // is the class `[data-x]:visible`.
  const selectors = [...css.matchAll(/(?:^|[{};])([^{};]*)\{/g)].map((match) => match[1]!);
  const classes = new Set(
    selectors.flatMap((selector) =>
      [...selector.matchAll(/\.((?:\\.|[\w-])+)/g)].map((match) =>
        match[1]!.replace(/\\(.)/g, '$1'),
      ),
    ),
  );
  expect(classes.size).toBeGreaterThan(50);
  // A class no file of src/ names came from a file Tailwind should not have read (before, the
  // browser tests' `[data-campaign-show]:visible` locator became a rule).
  expect([...classes].filter((name) => !product.includes(name))).toEqual([]);
});

it('names the guide, its line and site.yaml when a guide links an address site.yaml leaves out', () => {
  const dir = copyContent(FIXTURE);
  const site = path.join(dir, 'site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^ {2}videoUrl: .*\n/m, ''));
  const run = astro(['build', '--outDir', mkdtempSync(path.join(tmpdir(), 'video-build-'))], {
    SITE_CONTENT: dir,
  });
  expect(run.status).not.toBe(0);
  // Lines counted by hand in the fixture's files. Guides and pages load side by side and the build
  // stops at the first of them with problems, so one of the two folders is reported.
  const USES = [
    'guides/tao-tai-khoan.mdx, dòng 60',
    'guides/tim-khoa-hoc.mdx, dòng 45',
    'pages/the-le.mdx, dòng 42',
  ];
  const siteYaml = path.join(dir, 'site.yaml');
  const expected = USES.map(
    (use) =>
      `${use}: Thẻ <SiteLink to="video"> cần địa chỉ help.videoUrl trong ${siteYaml}, nhưng ${siteYaml} chưa có mục đó. Thêm help.videoUrl vào ${siteYaml}, hoặc xóa liên kết này khỏi bài.`,
  );
  const problems = run.output
    .split('\n')
    .filter((line) => line.includes('<SiteLink to="video">'))
    .map((line) => line.replace(/^.*?((guides|pages)\/)/, '$1'));
  const folders = new Set(problems.map((line) => line.split('/')[0]));
  expect(folders.size).toBe(1);
  expect(problems).toEqual(expected.filter((line) => folders.has(line.split('/')[0]!)));
});

it('finds a picture saved with an NFD name and written in NFC, in a field and in the body', () => {
  const dir = copyContent(FIXTURE);
  const photo = readFileSync(path.join(dir, 'news/mo-cuoc-thi.jpg'));
  writeFileSync(path.join(dir, 'news', 'ảnh bà Lan.jpg'.normalize('NFD')), photo);
  writeFileSync(path.join(dir, 'news', 'bìa tin.jpg'.normalize('NFD')), photo);
  const text = readFileSync(path.join(dir, NEWS), 'utf8')
    .replace('cover: ./mo-cuoc-thi.jpg', 'cover: ./bìa tin.jpg'.normalize('NFC'))
    .concat(`\n![Bà Lan cầm điện thoại](<./${'ảnh bà Lan.jpg'.normalize('NFC')}>)\n`);
  writeFileSync(path.join(dir, NEWS), text);
  const outDir = mkdtempSync(path.join(tmpdir(), 'nfd-build-'));
  const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: dir });
  expect(run.status, run.output).toBe(0);
  const page = readFileSync(
    path.join(outDir, 'tin-tuc/phuong-tan-hung-phat-dong-cuoc-thi-cong-dan-so/index.html'),
    'utf8',
  );
  expect(page).toMatch(/<img[^>]*alt="Bà Lan cầm điện thoại"[^>]*>/);
  expect(page.match(/<img[^>]*alt="Bà Lan cầm điện thoại"[^>]*>/)![0]).toMatch(
    /src="[^"]*_astro\//,
  );
});
