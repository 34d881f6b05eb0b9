/** Loudspeaker bulletins: a readable page each, with its reading time and a print version. */
import { expect, test } from '@playwright/test';

test('the list and a bulletin show the reading time and link to the A4 version', async ({
  page,
}) => {
  await page.goto('/ban-tin/');
  const first = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
  const title = await first.textContent();
  await expect(page.getByRole('main')).toContainText(/Thời lượng đọc: khoảng \d+ phút/);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.getByRole('main')).toContainText(
    /Phát ngày \d{2}\/\d{2}\/\d{4}\s+·\s+Thời lượng đọc: khoảng \d+ phút/,
  );
  const pdf = page.getByRole('link', { name: 'Bản in A4 để đọc trên loa (PDF)' });
  await expect(pdf).toHaveAttribute('href', /^\/in-an\/tai-ve\/ban-tin-.+\.pdf$/);
});

test('a bulletin printed from the browser leaves out the site chrome', async ({ page }) => {
  await page.goto('/ban-tin/');
  await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Bản in A4 để đọc trên loa (PDF)' })).toBeHidden();
});
