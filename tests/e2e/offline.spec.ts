/**
 * Offline: after one page has loaded, the service worker keeps the help readable without a signal.
 * Visit one guide and one group page, cut the network, then reload the guide, open a guide never
 * visited, the FAQ and the group page: they render; an unknown address shows the offline page.
 */
import { expect, test } from '@playwright/test';
import { readGroups } from '../../src/lib/tables.ts';
import { readSite } from '../../src/lib/site-file.ts';

const site = readSite();

test('the help keeps working when the signal drops', async ({ page, context }) => {
  const group = (await readGroups())[0]!.data;
  await page.goto('/huong-dan/tao-tai-khoan/');
  // Installed and in control once every page to keep has been stored.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
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
  await page.goto(`/to-dan-pho/${group.code}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(group.name);

  await page.goto('/trang-chua-tung-mo/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điện thoại đang không có mạng');
  const call = page
    .getByRole('main')
    .getByRole('link', { name: `Gọi ${site.help.hotline.number}` });
  await expect(call).toHaveAttribute('href', /^tel:/);
});
