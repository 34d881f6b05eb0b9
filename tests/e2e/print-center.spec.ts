/** The print center: every printable asset, previewed, with its paper and a download link. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { PrintAsset } from '../../src/lib/print/print-assets.ts';
import { readGroups } from '../../src/lib/tables/read.ts';

const assets: PrintAsset[] = JSON.parse(readFileSync('dist/in-an/print-jobs.json', 'utf8'));
const groups = (await readGroups()).map((row) => row.data);

test('links every asset, with a loaded preview, its paper or size, and a working download', async ({
  page,
  request,
}) => {
  await page.goto('/in-an/');
  for (const asset of assets) {
    const download = page.locator(`a[href="${asset.file}"]`);
    await expect(download, asset.file).toHaveCount(1);
    await expect(download).toHaveAttribute('download', '');
    const response = await request.get(asset.file);
    expect(response.status(), asset.file).toBe(200);
    expect(response.headers()['content-type']).toBe(
      asset.format === 'pdf' ? 'application/pdf' : 'image/png',
    );
  }
  const previews = page.locator('img[src^="/in-an/xem-truoc/"]');
  await expect(previews).toHaveCount(assets.length);
  for (const preview of await previews.all()) {
    await preview.scrollIntoViewIfNeeded();
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
  }
  await expect(page.getByRole('main')).toContainText('Khổ A3 · 1 trang · PDF');
  await expect(page.getByRole('main')).toContainText('Ảnh 1200 × 630 điểm ảnh · PNG');
});

test("finds a group's posters by typing its name", async ({ page }) => {
  await page.goto('/in-an/');
  const items = page.locator('#poster-list > li');
  await expect(items).toHaveCount(groups.length);
  await page.getByLabel('Tìm tổ theo tên hoặc mã').fill(groups[2]!.name.toUpperCase());
  await expect(items.filter({ visible: true })).toHaveCount(1);
  await expect(items.filter({ visible: true }).getByRole('link', { name: /^Tải về/ })).toHaveCount(
    2,
  );
  // The button's name says what it downloads, as one phrase (no space and colon after "Tải về").
  await expect(
    page.getByRole('link', { name: `Tải về Áp phích A4 – ${groups[2]!.name}`, exact: true }),
  ).toHaveAttribute('download', '');
});

test("the leaflet's code is captioned at 9 pt or more, read at hand distance", async ({ page }) => {
  await page.goto('/in-an/to-roi/');
  const sizes = await page
    .locator('.leaflet .qr-code figcaption p')
    .evaluateAll((captions) => captions.map((caption) => getComputedStyle(caption).fontSize));
  expect(sizes.length).toBeGreaterThan(0);
  // 9 pt is 12 CSS px.
  for (const size of sizes) expect(parseFloat(size)).toBeGreaterThanOrEqual(12);
});

test('a poster page shows the sheet on screen with a print button and the paper to choose', async ({
  page,
}) => {
  await page.goto(`/in-an/ap-phich/${groups[0]!.code}/a3/`);
  await expect(page.getByRole('button', { name: 'In trang này' })).toBeVisible();
  await expect(
    page.getByText('Khi in, chọn khổ giấy A3, tỉ lệ 100% (không co giãn).'),
  ).toBeVisible();
  const sheet = page.locator('.sheet');
  // 297 mm at 96 CSS pixels an inch.
  await expect
    .poll(async () => Math.round((await sheet.boundingBox())!.width))
    .toBe(Math.round((297 / 25.4) * 96));
});
