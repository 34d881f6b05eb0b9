/** Official letters and news, as residents read them on a phone and on a desktop. */
import { expect, test } from '@playwright/test';

const LETTER = '/van-ban/trien-khai-cuoc-thi-cong-dan-so-hai-phong-2025/';

test('a letter reads like the paper one: heading, number, V/v, recipients, signer', async ({
  page,
}) => {
  await page.goto('/van-ban/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Triển khai cuộc thi/ })
    .click();
  await expect(page).toHaveURL(LETTER);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Triển khai cuộc thi “Công dân số Hải Phòng – sử dụng thông minh, sống an toàn” năm 2025',
  );
  const main = page.getByRole('main');
  for (const text of [
    'ỦY BAN NHÂN DÂN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'V/v triển khai cuộc thi “Công dân số Hải Phòng – sử dụng thông minh, sống an toàn” năm 2025',
    'Tân Hưng, ngày      tháng 10 năm 2025',
  ]) {
    await expect(main.getByText(text, { exact: true })).toBeVisible();
  }
  await expect(main.getByText('/UBND-VHXH')).toHaveText(/^\s*Số:\s+\/UBND-VHXH\s*$/);
  // Each list stands right after its visible label, as on the paper letter.
  const listAfter = (label: string) =>
    main.getByText(label, { exact: true }).locator('xpath=following-sibling::ul[1]');
  await expect(listAfter('Kính gửi:').getByRole('listitem')).toHaveCount(14);
  await expect(listAfter('Nơi nhận:')).toContainText('Lưu: VT, VHXH.');
  await expect(main.getByText('Nguyễn Văn Dân', { exact: true })).toBeVisible();
});

test(
  'the letter heading is side by side on a desktop and stacked on a phone',
  {
    tag: '@wide',
  },
  async ({ page, isMobile }) => {
    await page.goto(LETTER);
    const issuer = await page.getByText('PHƯỜNG TÂN HƯNG', { exact: true }).boundingBox();
    const motto = await page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').boundingBox();
    if (isMobile) expect(motto!.y).toBeGreaterThan(issuer!.y + issuer!.height);
    else expect(motto!.x).toBeGreaterThan(issuer!.x + issuer!.width);
  },
);

test('news is paged, newest first, and an edited item shows when it was updated', async ({
  page,
}) => {
  await page.goto('/tin-tuc/');
  const headlines = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  await expect(headlines).toHaveCount(6);
  const dates = await page
    .getByRole('main')
    .getByText(/^Đăng ngày /)
    .allTextContents();
  const iso = dates.map((date) => date.replace(/^Đăng ngày (\d\d)\/(\d\d)\/(\d{4})$/, '$3-$2-$1'));
  expect(iso).toEqual([...iso].sort().reverse());

  const pages = page.getByRole('navigation', { name: 'Các trang tin' });
  await expect(pages).toContainText('Trang 1/2');
  await pages.getByRole('link', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL('/tin-tuc/2/');
  await expect(headlines).toHaveCount(1);
  await page
    .getByRole('navigation', { name: 'Các trang tin' })
    .getByRole('link', { name: 'Trang trước' })
    .click();
  await expect(page).toHaveURL('/tin-tuc/');

  await page.getByRole('link', { name: /^Đoàn viên “Thanh niên số”/ }).click();
  await expect(page.getByRole('main')).toContainText(
    'Đăng ngày 20/10/2025 · Cập nhật ngày 22/10/2025',
  );
  const cover = page.getByRole('img', { name: /^Hình minh họa hai người ngồi cạnh nhau/ });
  await expect(cover).toHaveAttribute('width', /^\d+$/);
  await expect(cover).toHaveAttribute('height', /^\d+$/);
  await expect(cover).toHaveAttribute('srcset', /360w/);
  expect(await cover.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
});

test('a topic has its own page with an ASCII address', async ({ page }) => {
  await page.goto('/tin-tuc/thanh-nien-so-ho-tro-nguoi-cao-tuoi/');
  await page.getByRole('link', { name: 'Thanh niên số', exact: true }).click();
  await expect(page).toHaveURL('/tin-tuc/the/thanh-nien-so/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin về chủ đề “Thanh niên số”');
  await expect(
    page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link'),
  ).toHaveText([
    'Còn ít ngày nữa là kết thúc cuộc thi',
    'Đoàn viên “Thanh niên số” hỗ trợ người cao tuổi đăng ký dự thi',
  ]);
});

test('the home page shows the latest news, and every page links the RSS feed', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: 'Tin mới' });
  await expect(latest.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(latest.getByRole('heading', { level: 3 }).first()).toHaveText(
    'Còn ít ngày nữa là kết thúc cuộc thi',
  );
  for (const path of ['/', LETTER, '/to-dan-pho/']) {
    await page.goto(path);
    const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(feed).toHaveAttribute('href', 'https://congdanso.tanhung.example/rss.xml');
  }
  const rss = await (await request.get('/rss.xml')).text();
  expect(rss).toContain(`<link>https://congdanso.tanhung.example${LETTER}</link>`);
});
