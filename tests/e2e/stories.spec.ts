/**
 * The "Tôi học số – Tôi lan tỏa" gallery on the built site: cards, static filter pages and
 * pagination on a 360 px phone without JavaScript; a story page with its pictures, sharing and
 * link preview; the page on sending a story; stories on the home page and the group pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { authorName, STORIES_PER_PAGE } from '../../src/lib/stories/stories.ts';
import { readGroups } from '../../src/lib/tables/read.ts';
import { absoluteUrl } from '../../src/lib/site/urls.ts';
import { isPublicEntry } from '../../src/lib/content-rules/visibility.ts';
import { parseFrontmatter } from '../../src/lib/content-rules/yaml-source.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const site = readSite();
const groups = (await readGroups()).map((row) => row.data);

interface Story {
  slug: string;
  title: string;
  summary: string;
  group: string;
  category: string;
  date: string;
  photo?: string;
  photoAlt?: string;
  author: { name: string; display: 'full' | 'first' | 'anonymous' };
  consent?: boolean;
  published?: boolean;
}

/** The content's stories, read as the editor wrote them. */
const all: Story[] = readdirSync(`${SAMPLE_WARD}/stories`)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const { data } = parseFrontmatter(readFileSync(`${SAMPLE_WARD}/stories/${name}`, 'utf8'), name);
    return { ...(data as Omit<Story, 'slug'>), slug: name.replace(/\.md$/, '') };
  });
const stories = all
  .filter((story) => isPublicEntry('stories', story as never))
  .sort((a, b) => b.date.localeCompare(a.date));
const hidden = all.filter((story) => !stories.includes(story));
const withPhoto = stories.find((story) => story.photo)!;
const withoutPhoto = stories.find((story) => !story.photo)!;

const cards = (page: Page) => page.getByRole('main').getByRole('article');

test.describe('on a 360 px phone without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  /** Nothing is wider than the screen. */
  async function fitsTheScreen(page: Page) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  }

  test('the gallery shows cards with photo, name, group and summary, newest first, a page at a time', async ({
    page,
  }) => {
    expect(stories.length).toBeGreaterThan(STORIES_PER_PAGE);
    await page.goto('/cau-chuyen/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Câu chuyện “${site.campaign.storyName}”`,
    );
    await expect(cards(page)).toHaveCount(STORIES_PER_PAGE);
    await expect(cards(page).getByRole('heading')).toHaveText(
      stories.slice(0, STORIES_PER_PAGE).map((story) => story.title),
    );

    const card = cards(page).filter({ hasText: withPhoto.title });
    await expect(card.getByRole('img')).toHaveAttribute('alt', withPhoto.photoAlt!);
    const group = groups.find((item) => item.code === withPhoto.group)!;
    await expect(card).toContainText(authorName(withPhoto.author, 'Người kể giấu tên'));
    await expect(card).toContainText(group.name);
    await expect(card).toContainText(withPhoto.summary);
    await fitsTheScreen(page);

    const pages = page.getByRole('navigation', { name: 'Các trang câu chuyện' });
    await expect(pages).toContainText('Trang 1/2');
    await pages.getByRole('link', { name: 'Trang sau' }).click();
    await expect(page).toHaveURL(/\/cau-chuyen\/2\/$/);
    await expect(cards(page)).toHaveCount(stories.length - STORIES_PER_PAGE);
    await expect(pages).toContainText('Trang 2/2');
    await pages.getByRole('link', { name: 'Trang trước' }).click();
    await expect(page).toHaveURL(/\/cau-chuyen\/$/);
  });

  test('a category filter is a page of its own that lists only that category', async ({ page }) => {
    await page.goto('/cau-chuyen/');
    const category = site.stories.categories.find((item) => item.code === 'nguoi-cao-tuoi')!;
    const expected = stories.filter((story) => story.category === category.code);
    const filters = page.getByRole('navigation', { name: 'Lọc câu chuyện' });
    await filters.getByRole('link', { name: `${category.name} (${expected.length})` }).click();
    await expect(page).toHaveURL(/\/cau-chuyen\/chu-de\/nguoi-cao-tuoi\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Câu chuyện chủ đề “${category.name}”`,
    );
    await expect(cards(page)).toHaveCount(expected.length);
    await expect(cards(page).getByRole('heading')).toHaveText(expected.map((story) => story.title));
    await expect(
      filters.getByRole('link', { name: `${category.name} (${expected.length})` }),
    ).toHaveAttribute('aria-current', 'page');
    await fitsTheScreen(page);
  });

  test('a group filter opens from its disclosure and lists only that group', async ({ page }) => {
    const group = groups[1]!;
    const expected = stories.filter((story) => story.group === group.code);
    await page.goto('/cau-chuyen/');
    const filters = page.getByRole('navigation', { name: 'Lọc câu chuyện' });
    const link = filters.getByRole('link', { name: `${group.name} (${expected.length})` });
    await expect(link).toBeHidden();
    await filters.getByText('Theo tổ dân phố').click();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/cau-chuyen/to/${group.code}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Câu chuyện của ${group.name}`,
    );
    await expect(cards(page).getByRole('heading')).toHaveText(expected.map((story) => story.title));
    // The chosen group stays in view, marked.
    await expect(
      page.getByRole('link', { name: `${group.name} (${expected.length})` }),
    ).toHaveAttribute('aria-current', 'page');
    await fitsTheScreen(page);
  });

  test('a story page reads fully, with share links that need no script', async ({ page }) => {
    await page.goto(`/cau-chuyen/${withPhoto.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(withPhoto.title);
    await expect(page.getByRole('main')).toContainText(withPhoto.summary);
    const url = absoluteUrl(site.site.url, `/cau-chuyen/${withPhoto.slug}/`);
    const share = page.getByRole('region', { name: 'Chia sẻ câu chuyện này' });
    await expect(share.getByRole('link', { name: 'Chia sẻ qua Zalo' })).toHaveAttribute(
      'href',
      `https://sp.zalo.me/share_inline?url=${encodeURIComponent(url)}`,
    );
    await expect(share.getByRole('link', { name: 'Chia sẻ lên Facebook' })).toHaveAttribute(
      'href',
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    );
    // Buttons that only work with a script are not shown without one.
    await expect(share.getByRole('button')).toHaveCount(0);
    await fitsTheScreen(page);
  });

  test('the page on sending a story lists the channels, what to include and the consent', async ({
    page,
  }) => {
    await page.goto('/cau-chuyen/');
    await page.getByRole('link', { name: 'Gửi câu chuyện của bạn' }).first().click();
    await expect(page).toHaveURL(/\/cau-chuyen\/gui-cau-chuyen\/$/);
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'mở nhóm Zalo' })).toHaveAttribute(
      'href',
      site.help.zalo!.url,
    );
    await main.getByText('Tổ trưởng các tổ dân phố').click();
    await expect(main).toContainText(`${groups[0]!.name}: ${groups[0]!.leader}`);
    await expect(main).toContainText(`Gửi cho ${site.stories.submit.cultureCenter!.name}.`);
    await expect(main.getByRole('heading', { name: 'Câu chuyện nên có' })).toBeVisible();
    await expect(main).toContainText(
      `Tôi đồng ý để ${site.stories.submit.cultureCenter!.name} đăng câu chuyện này`,
    );
    await fitsTheScreen(page);
  });
});

test('photos are responsive, in modern formats, sized, and lazy below the fold', async ({
  page,
}) => {
  await page.goto('/cau-chuyen/');
  const picture = cards(page).first().locator('picture');
  await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\d+w/);
  await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\d+w/);
  const img = picture.getByRole('img');
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(img).toHaveAttribute('width', /^\d+$/);
  await expect(img).toHaveAttribute('height', /^\d+$/);

  // At the top of its own page, the photo loads at once.
  await page.goto(`/cau-chuyen/${withPhoto.slug}/`);
  const top = page.getByRole('main').getByRole('img');
  await expect(top).toHaveAttribute('loading', 'eager');
  await expect(top).toHaveAttribute('fetchpriority', 'high');
});

test('a story’s link preview shows its photo, else the site’s banner', async ({ page }) => {
  await page.goto(`/cau-chuyen/${withPhoto.slug}/`);
  const image = page.locator('meta[property="og:image"]');
  await expect(image).toHaveAttribute('content', /\/_astro\/.+\.jpg$/);
  const response = await page.request.get(new URL((await image.getAttribute('content'))!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/jpeg');

  await page.goto(`/cau-chuyen/${withoutPhoto.slug}/`);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /banner-1200x630\.png$/,
  );
});

test('sharing: the phone’s share sheet, and copying the link', async ({ page, context }) => {
  await page.addInitScript(() => {
    // A share sheet that remembers what it was given.
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto(`/cau-chuyen/${withPhoto.slug}/`);
  const url = absoluteUrl(site.site.url, `/cau-chuyen/${withPhoto.slug}/`);
  await page.getByRole('button', { name: 'Chia sẻ…' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
    title: withPhoto.title,
    url,
  });
  await page.getByRole('button', { name: 'Sao chép đường link' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã sao chép đường link.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // Nothing was fetched from another origin.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((request) => !request.startsWith(origin))).toEqual([]);
});

test('the home page shows the newest stories; a group page shows its own', async ({ page }) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: `Câu chuyện “${site.campaign.storyName}”` });
  await expect(latest.getByRole('article').first()).toContainText(stories[0]!.title);
  await latest.getByRole('link', { name: 'Xem tất cả câu chuyện' }).click();
  await expect(page).toHaveURL(/\/cau-chuyen\/$/);

  const group = groups[0]!;
  const own = stories.filter((story) => story.group === group.code);
  await page.goto(`/to-dan-pho/${group.code}/`);
  const section = page.getByRole('region', { name: 'Câu chuyện của bà con trong tổ' });
  await expect(section.getByRole('article').getByRole('heading')).toHaveText(
    own.slice(0, 2).map((story) => story.title),
  );
  await expect(
    section.getByRole('link', { name: `Xem tất cả câu chuyện của tổ (${own.length})` }),
  ).toHaveAttribute('href', `/cau-chuyen/to/${group.code}/`);
});

test('a story awaiting review has no page and is in no list', async ({ page }) => {
  expect(hidden.length).toBeGreaterThan(0);
  for (const story of hidden) {
    const response = await page.goto(`/cau-chuyen/${story.slug}/`);
    expect(response?.status()).toBe(404);
    for (const list of ['/cau-chuyen/', '/cau-chuyen/2/', `/cau-chuyen/to/${story.group}/`]) {
      await page.goto(list);
      await expect(page.getByRole('main')).not.toContainText(story.title);
    }
  }
});
