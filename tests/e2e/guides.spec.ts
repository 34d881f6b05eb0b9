/**
 * Guides, rules and FAQ: the step-by-step pattern, previous/next in order, reading on a 360 px
 * phone and without JavaScript, and printing on A4 with the chrome left out and addresses shown.
 */
import { expect, test, type Page } from '@playwright/test';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { sitemapPaths } from './site.ts';

/** The step-by-step list: the list whose items are headed "Bước 1", "Bước 2"… */
const stepList = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { name: /^Bước 1\b/ }) })
    .first();

const site = readSite();
const FIRST = '/huong-dan/tao-tai-khoan/';
const SECOND = '/huong-dan/tim-khoa-hoc/';
const LAST = '/huong-dan/an-toan-tren-mang/';

test('the guide list is in order, and each guide leads to the next', async ({ page }) => {
  await page.goto('/huong-dan/');
  const titles = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(7);
  await expect(titles.first()).toHaveText('Đăng ký tài khoản One Touch và đăng nhập');
  await titles.first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${FIRST}$`));

  const pager = page.getByRole('navigation', { name: 'Hướng dẫn trước và sau' });
  await expect(pager.getByRole('link', { name: /Hướng dẫn trước/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Hướng dẫn tiếp theo/ }).click();
  await expect(page).toHaveURL(new RegExp(`${SECOND}$`));
  await expect(page.getByText('Hướng dẫn 2/7')).toBeVisible();
  await pager.getByRole('link', { name: /Hướng dẫn trước/ }).click();
  await expect(page).toHaveURL(new RegExp(`${FIRST}$`));

  await page.goto(LAST);
  await expect(pager.getByRole('link', { name: /Hướng dẫn tiếp theo/ })).toHaveCount(0);
});

test('a guide is numbered steps with headings, a last-updated date and help', async ({ page }) => {
  await page.goto(FIRST);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Đăng ký tài khoản One Touch và đăng nhập',
  );
  await expect(
    page.getByRole('main').getByText(/Cập nhật lần cuối:\s+\d{2}\/\d{2}\/\d{4}/),
  ).toBeVisible();
  const steps = stepList(page).getByRole('listitem');
  await expect(steps).toHaveCount(6);
  await expect(
    steps.nth(1).getByRole('heading', { level: 2, name: 'Bước 2: Bấm nút Đăng ký' }),
  ).toBeVisible();
  // The course and the hotline come from site.yaml.
  const main = page.getByRole('main');
  await expect(
    main.getByRole('link', { name: 'Mở khóa học của cuộc thi' }).first(),
  ).toHaveAttribute('href', site.campaign.courseUrl);
  await expect(
    main.getByRole('link', { name: site.help.hotline.number, exact: true }).first(),
  ).toHaveAttribute('href', `tel:${site.help.hotline.number.replace(/\D/g, '')}`);
});

test('no page shows an update after the campaign closed as news', async ({ request }) => {
  // Every "Cập nhật…" line on the built site, with the date it gives (dd/mm/yyyy).
  const shown: string[] = [];
  for (const pagePath of sitemapPaths()) {
    const html = await (await request.get(pagePath)).text();
    for (const [, day, month, year] of html.matchAll(
      /Cập nhật[\s\S]{0,120}?(\d{2})\/(\d{2})\/(\d{4})/g,
    )) {
      shown.push(`${year}-${month}-${day} ${pagePath}`);
    }
  }
  // The guides, rules and FAQ say when they were last updated: inside the campaign.
  expect(shown.filter((line) => line.includes('/huong-dan/tao-tai-khoan/'))).toHaveLength(1);
  const late = shown.filter(
    (line) => line < site.campaign.opens || line.slice(0, 10) > site.campaign.closes,
  );
  expect(late).toEqual([]);
});

test('the FAQ is grouped by topic and its answers link to the guides', async ({ page }) => {
  await page.goto('/hoi-dap/');
  const main = page.getByRole('main');
  await expect(
    main.getByRole('heading', { level: 2, name: 'Tài khoản và đăng nhập' }),
  ).toBeVisible();
  await expect(
    main.getByRole('heading', { level: 3, name: 'Tôi quên mật khẩu thì sao?' }),
  ).toBeVisible();
  await main.getByRole('link', { name: 'hướng dẫn đăng ký tài khoản và đăng nhập' }).click();
  await expect(page).toHaveURL(new RegExp(`${FIRST}$`));
});

test('the rules give the dates from site.yaml and point to the official rules for prizes', async ({
  page,
}) => {
  await page.goto('/the-le/');
  const main = page.getByRole('main');
  await expect(main).toContainText(
    'Từ ngày 11/10/2025 đến hết ngày 11/11/2025, theo giờ Việt Nam.',
  );
  await expect(main).toContainText('Văn bản của phường không nêu giải thưởng hay cách chấm điểm.');
  await expect(main).toContainText(`${site.targets.households}% hộ gia đình`);
});

test(
  'the main navigation leads to the guides, rules and FAQ',
  { tag: '@wide' },
  async ({ page, isMobile }) => {
    await page.goto('/');
    if (isMobile) await page.getByText('Mục lục', { exact: true }).click();
    const nav = page.getByRole('navigation', { name: 'Các trang chính' }).filter({ visible: true });
    for (const [name, path] of [
      ['Hướng dẫn', '/huong-dan/'],
      ['Thể lệ', '/the-le/'],
      ['Hỏi đáp', '/hoi-dap/'],
    ] as const)
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', path);
  },
);

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('guides, rules and FAQ fit the width without sideways scrolling', async ({ page }) => {
    for (const path of ['/huong-dan/', FIRST, LAST, '/the-le/', '/hoi-dap/', '/tim-kiem/']) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step of a guide is shown', async ({ page }) => {
    await page.goto(LAST);
    const steps = stepList(page).getByRole('listitem');
    await expect(steps.first()).toBeVisible();
    for (const step of await steps.all()) await expect(step).toBeVisible();
  });
});

test.describe('printed', () => {
  test('a guide prints on A4 without the site chrome, with full addresses and whole steps', async ({
    page,
  }) => {
    await page.goto(FIRST);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hướng dẫn trước và sau' })).toBeHidden();
    await expect(stepList(page)).toBeVisible();

    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element, '::after').content);
    expect(await after(`main a[href="${site.campaign.courseUrl}"]`)).toContain(
      site.campaign.courseUrl,
    );
    // A link to another page of the site prints its full address, not just a path.
    expect(await after('main a[href="/huong-dan/tim-khoa-hoc/"]')).toContain(
      new URL('huong-dan/tim-khoa-hoc/', site.site.url).href,
    );
    const steps = stepList(page).getByRole('listitem');
    expect(await steps.first().evaluate((step) => getComputedStyle(step).breakInside)).toBe(
      'avoid',
    );

    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    // A4 is 595.28 × 841.89 points; Chromium rounds the page box slightly.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    expect(Number(box?.[1])).toBeCloseTo(595, -1);
    expect(Number(box?.[2])).toBeCloseTo(842, -1);
  });
});
