/** The site shell: what every page has, on a phone and with JavaScript off. */
import { expect, test } from '@playwright/test';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { NOT_FOUND_PATH, sitemapPaths } from './site.ts';

const site = readSite();

test('every page has Vietnamese language, a description, Open Graph tags and the footer help', async ({
  page,
}) => {
  const pages = sitemapPaths();
  test.setTimeout(pages.length * 2_000 + 30_000);
  for (const pagePath of pages) {
    await page.goto(pagePath);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    for (const property of [
      'og:title',
      'og:description',
      'og:url',
      'og:site_name',
      'og:locale',
      'og:image',
    ]) {
      await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /\S/);
    }
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: site.help.hotline.number })).toHaveAttribute(
      'href',
      `tel:${site.help.hotline.number.replace(/\D/g, '')}`,
    );
    await expect(footer).toContainText(site.ward.committee);
  }
});

// Keyboard navigation is a desktop concern.
test(
  'the skip link is the first thing to focus and leads to the main content',
  {
    tag: '@desktop',
  },
  async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main-content$/);
    await expect(page.locator('#main-content')).toBeFocused();
  },
);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the phone menu opens and its links work', async ({ page }) => {
    await page.goto(NOT_FOUND_PATH);
    const menu = page.getByText('Mục lục', { exact: true });
    await expect(menu).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Các trang chính' });
    await expect(nav).toBeHidden();
    await menu.click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Trang chủ' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(site.campaign.name);
  });

  test('the desktop navigation is always shown', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Mục lục', { exact: true })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Các trang chính' })).toBeVisible();
  });
});

// The wide-screen bar; the phone menu is tested above.
test(
  'at 1280 px the menu has a row of its own and no link falls alone onto a row',
  {
    tag: '@desktop',
  },
  async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const header = page.getByRole('banner');
    const nav = header.getByRole('navigation', { name: 'Các trang chính' });
    const rows = await nav.getByRole('listitem').evaluateAll((items) => {
      const byTop = new Map<number, number>();
      for (const item of items) {
        const top = Math.round(item.getBoundingClientRect().top);
        byTop.set(top, (byTop.get(top) ?? 0) + 1);
      }
      return [...byTop.values()];
    });
    // Eleven links in a 736 px header: at most two rows, none with a lone link.
    expect(rows.length).toBeLessThanOrEqual(2);
    for (const count of rows) expect(count).toBeGreaterThan(1);
    // The bar starts below the title and the search link, not squeezed between them.
    const navTop = (await nav.boundingBox())!.y;
    const title = (await header.getByRole('link', { name: site.site.title }).boundingBox())!;
    const search = (await header.getByRole('link', { name: 'Tìm kiếm' }).boundingBox())!;
    expect(navTop).toBeGreaterThanOrEqual(title.y + title.height);
    expect(navTop).toBeGreaterThanOrEqual(search.y + search.height);
  },
);

test('an unknown address shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto(NOT_FOUND_PATH);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('main').getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute(
    'href',
    '/',
  );
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

// Requests to other origins and the Content-Security-Policy are checked on every page, print pages
// and the 404 page included, in security.spec.ts.
