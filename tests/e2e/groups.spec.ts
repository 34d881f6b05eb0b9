/**
 * Residential groups: the list, a group's page (the target of its QR code), and the way from the
 * page to its poster.
 */
import { expect, test } from '@playwright/test';
import { readSite } from '../../src/lib/site-file.ts';
import { readGroups } from '../../src/lib/tables.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';

const site = readSite();
const groups = (await readGroups()).map((row) => row.data);
const group = groups[0]!;

test('each group has a page at /to-dan-pho/<code>/ that says how to take part and where to get help', async ({
  page,
}) => {
  for (const { code, name } of groups) {
    const response = await page.goto(`/to-dan-pho/${code}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  }
  await page.goto(`/to-dan-pho/${group.code}/`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Ba bước tham gia' })).toBeVisible();
  await expect(main).toContainText(`Tổ trưởng: ${group.leader}`);
  await expect(main).toContainText(`Hạn cuối: hết ngày 11/11/2025.`);
  await expect(main.getByRole('link', { name: /^Gọi / })).toHaveAttribute('href', /^tel:/);
  // The group's own label, in its heading's section (its stories carry labels of their own).
  const header = main.getByRole('region', { name: group.name, exact: true });
  if (group.sample) await expect(header.getByText('Dữ liệu mẫu', { exact: true })).toBeVisible();
});

test("the group's page shows its own QR code, with the address it encodes printed under it", async ({
  page,
}) => {
  await page.goto(`/to-dan-pho/${group.code}/`);
  const url = absoluteUrl(site.site.url, `/to-dan-pho/${group.code}/`);
  const qr = page.getByRole('img', { name: `Mã QR mở trang ${url}` });
  await expect(qr).toBeVisible();
  await expect(page.locator('figure.qr-code figcaption')).toHaveText(url);
  await page.getByRole('link', { name: 'Áp phích của tổ để in (A4, A3)' }).click();
  await expect(page).toHaveURL(new RegExp(`/in-an/#to-${group.code}$`));
  await expect(page.locator(`#to-${group.code}`)).toBeInViewport();
});

test('the list finds a group typed without diacritics', async ({ page }) => {
  await page.goto('/to-dan-pho/');
  const items = page.locator('#group-list > li');
  await expect(items).toHaveCount(groups.length);
  await page.getByLabel('Tìm tổ theo tên hoặc mã').fill('to dan pho so 2');
  await expect(items.filter({ visible: true })).toHaveCount(1);
  await expect(items.filter({ visible: true })).toContainText('Tổ dân phố số 2');
  await page.getByLabel('Tìm tổ theo tên hoặc mã').fill('không có tổ này');
  await expect(page.getByRole('status')).toHaveText('Không có tổ nào khớp với “không có tổ này”.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list shows every group and no dead filter box', async ({ page }) => {
    await page.goto('/to-dan-pho/');
    await expect(page.locator('#group-list > li')).toHaveCount(groups.length);
    await expect(page.getByLabel('Tìm tổ theo tên hoặc mã')).toBeHidden();
  });
});
