/**
 * Residential groups: the list, a group's page (the target of its QR code), and the way from the
 * page to its poster.
 */
import { expect, test } from '@playwright/test';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { readGroups } from '../../src/lib/tables/read.ts';
import { absoluteUrl } from '../../src/lib/site/urls.ts';

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

test.describe('the Zalo message for the group’s chat', () => {
  const pageUrl = absoluteUrl(site.site.url, `/to-dan-pho/${group.code}/`);
  const expectMessage = async (message: import('@playwright/test').Locator) => {
    await expect(message).toContainText(`Kính gửi bà con ${group.name}:`);
    await expect(message).toContainText(`Hướng dẫn và tiến độ của tổ: ${pageUrl}`);
    if (group.hall) await expect(message).toContainText(group.hall);
    if (group.help_hours) await expect(message).toContainText(group.help_hours);
    await expect(message).toContainText(/Gọi hỗ trợ: 090\s454\s0490\./);
    // The sample campaign closed on 11/11/2025: the message gives the result instead of the deadline.
    await expect(message).toContainText('Cuộc thi đã kết thúc ngày 11/11/2025.');
  };

  test('is plain text on the group page without JavaScript, and the link preview names the group', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/to-dan-pho/${group.code}/`);
    const section = page.getByRole('region', { name: 'Tin nhắn gửi nhóm Zalo của tổ' });
    await expectMessage(section.locator('[data-message]'));
    await expect(section.getByRole('button', { name: 'Sao chép tin nhắn' })).toBeHidden();
    await expect(
      section.getByRole('link', { name: 'Chia sẻ trang của tổ qua Zalo' }),
    ).toHaveAttribute('href', `https://sp.zalo.me/share_inline?url=${encodeURIComponent(pageUrl)}`);
    const meta = (property: string) =>
      page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await meta('og:title')).toContain(group.name);
    expect(await meta('og:description')).toContain(group.name);
    expect(await meta('og:image')).toBe(
      absoluteUrl(site.site.url, `/in-an/xem-truoc/ap-phich-${group.code}-a4.png`),
    );
    await context.close();
  });

  test('is copied by its button where JavaScript runs, and offered per group in the print center', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/to-dan-pho/${group.code}/`);
    const section = page.getByRole('region', { name: 'Tin nhắn gửi nhóm Zalo của tổ' });
    await section.getByRole('button', { name: 'Sao chép tin nhắn' }).click();
    await expect(section.getByRole('status')).toContainText('Đã sao chép tin nhắn.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[1]).toBe(`Hướng dẫn và tiến độ của tổ: ${pageUrl}`);

    await page.goto('/in-an/');
    for (const { code, name } of groups) {
      const item = page.locator(`#to-${code}`);
      await item.getByText(`Tin nhắn Zalo cho ${name}`, { exact: true }).first().click();
      await expect(item.locator('[data-message]')).toContainText(
        absoluteUrl(site.site.url, `/to-dan-pho/${code}/`),
      );
    }
  });
});
