/**
 * Offline, and what the first visit costs in the background.
 *
 * On an ordinary connection: after one page has loaded, the service worker keeps the help readable
 * without a signal, spending at most 110 kB (the budget of DESIGN.md) and never fetching the page
 * just loaded a second time. Visit one guide and one group page, cut the network, then reload the
 * guide, open a guide never visited, the FAQ, the self-check and the group page: they work; an
 * unknown address shows the offline page with its call button.
 *
 * When the phone asks to save data (Save-Data, or a 2G-class connection): the first visit spends
 * at most 20 kB (the worker and the offline page); a guide read is kept as it is read, one never
 * opened is not, until the resident presses "Lưu để đọc khi mất mạng" on the guides page.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readGroups } from '../../src/lib/tables/read.ts';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { builtWorker, workerTraffic as traffic } from '../../scripts/bench/worker-bytes.ts';

const site = readSite();
const worker = builtWorker('dist');
/** How many files of help the built worker lists. */
const helpFiles = worker.helpFiles;

/** What the worker downloads, as the benchmark counts it (scripts/bench/worker-bytes.ts). */
const workerTraffic = (context: BrowserContext) => traffic(context, worker.bytes);

/** Waits until the worker controls the page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
}

const helpKept = (page: Page) =>
  page.evaluate(async () => (await (await caches.open('offline-help')).keys()).length);

test('the help keeps working when the signal drops', async ({ page, context }) => {
  const traffic = workerTraffic(context);
  const group = (await readGroups())[0]!.data;
  await page.goto('/huong-dan/tao-tai-khoan/');
  await controlled(page);
  await expect.poll(() => helpKept(page), { timeout: 30_000 }).toBe(helpFiles);

  // The whole first visit in the background, and not the page just loaded a second time.
  expect(await traffic.bytes()).toBeLessThanOrEqual(110_000);
  const downloaded = (await traffic.sizes()).filter((request) => request.bytes > 0);
  expect(downloaded.map((request) => request.path)).not.toContain('/huong-dan/tao-tai-khoan/');
  expect(downloaded.map((request) => request.path)).toContain('/huong-dan/lam-bai-thi/');

  await page.goto(`/to-dan-pho/${group.code}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(group.name);

  await context.setOffline(true);
  await page.goto('/huong-dan/tao-tai-khoan/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Đăng ký tài khoản One Touch và đăng nhập',
  );
  await page.goto('/huong-dan/lam-bai-thi/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Làm bài thi trắc nghiệm');
  await page.goto('/hoi-dap/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hỏi đáp');
  await page.goto('/tu-kiem-tra/');
  // Shown by its script: the self-check runs, not only its text.
  await expect(page.getByRole('main').getByRole('button', { name: 'Chấm điểm' })).toBeVisible();
  await page.goto(`/to-dan-pho/${group.code}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(group.name);

  await page.goto('/trang-chua-tung-mo/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điện thoại đang không có mạng');
  const call = page
    .getByRole('main')
    .getByRole('link', { name: `Gọi ${site.help.hotline.number}` });
  await expect(call).toHaveAttribute('href', /^tel:/);
});

for (const [name, connection] of [
  ['Save-Data', { saveData: true, effectiveType: '4g' }],
  ['a 2G connection', { saveData: false, effectiveType: '2g' }],
] as const)
  test(`with ${name}, the first visit keeps only the offline page, the rest on request`, async ({
    page,
    context,
  }) => {
    await context.addInitScript((value) => {
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => value });
    }, connection);
    const traffic = workerTraffic(context);
    await page.goto('/huong-dan/tao-tai-khoan/');
    await controlled(page);
    // Time for anything the worker would fetch unasked.
    await page.waitForTimeout(1500);
    expect(await traffic.bytes()).toBeLessThanOrEqual(20_000);
    const paths = (await traffic.sizes()).map((request) => request.path);
    expect(paths.filter((path) => path !== '/sw.js')).toEqual([
      expect.stringMatching(/^\/ngoai-tuyen\//),
      expect.stringMatching(/RegisterServiceWorker/),
    ]);

    // A guide read while online is kept as it is read.
    await page.goto('/huong-dan/lam-bai-thi/');
    await context.setOffline(true);
    await page.goto('/huong-dan/lam-bai-thi/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Làm bài thi trắc nghiệm');
    // One never opened is not: the offline page says so, with the call button.
    await page.goto('/hoi-dap/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Điện thoại đang không có mạng',
    );

    // The resident asks for all of it on the guides page.
    await context.setOffline(false);
    await page.goto('/huong-dan/');
    await page.getByRole('button', { name: 'Lưu để đọc khi mất mạng' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText('Đã lưu', {
      timeout: 30_000,
    });
    expect(await helpKept(page)).toBe(helpFiles);
    await context.setOffline(true);
    await page.goto('/hoi-dap/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hỏi đáp');
  });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guides page offers no button that cannot work', async ({ page }) => {
    await page.goto('/huong-dan/');
    await expect(page.getByRole('button', { name: 'Lưu để đọc khi mất mạng' })).toBeHidden();
  });
});
