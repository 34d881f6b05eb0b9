/**
 * The home page: what the contest is, the way in, and where the campaign stands. The campaign
 * state is checked with the browser clock fixed on either side of each boundary, which is how
 * an old build is corrected in a resident's browser.
 */
import { expect, test, type Page } from '@playwright/test';
import { campaignState } from '../../src/lib/site/campaign-state.ts';
import { readSite } from '../../src/lib/content-rules/site-file.ts';

const site = readSite();
const { campaign } = site;

async function openAt(page: Page, instant: string) {
  await page.clock.setFixedTime(new Date(instant));
  await page.goto('/');
}

const status = (page: Page) => page.locator('[data-campaign-show]:visible').first();

test('says what the contest is, who may join, the three steps, and links to the course', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(campaign.name);
  const main = page.getByRole('main');
  await expect(main).toContainText(campaign.audience);
  await expect(main).toContainText(`${campaign.questions} câu hỏi trắc nghiệm`);
  const steps = main
    .getByRole('heading', { name: 'Ba bước tham gia' })
    .locator('xpath=..')
    .getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(main.getByRole('link', { name: /^Gọi / })).toHaveAttribute('href', /^tel:\d+$/);
});

test('while the contest is open: days left, counted in Hanoi, and a "Tham gia ngay" button', async ({
  page,
}) => {
  await openAt(page, '2025-11-05T09:00:00+07:00');
  await expect(status(page)).toHaveText(
    'Cuộc thi đang diễn ra: còn 7 ngày, đến hết ngày 11/11/2025.',
  );
  const join = page.getByRole('link', { name: 'Tham gia ngay' });
  await expect(join).toBeVisible();
  await expect(join).toHaveAttribute('href', campaign.courseUrl);
});

test('before it opens, on its last day and after it closes', async ({ page }) => {
  await openAt(page, '2025-10-10T23:30:00+07:00');
  await expect(status(page)).toHaveText('Cuộc thi sắp bắt đầu: còn 1 ngày, mở ngày 11/10/2025.');

  await openAt(page, '2025-11-11T23:30:00+07:00');
  await expect(status(page)).toHaveText(
    'Hôm nay là ngày cuối cùng: cuộc thi kết thúc lúc 24 giờ đêm nay.',
  );
  await expect(page.getByRole('link', { name: 'Tham gia ngay' })).toBeVisible();

  // 18:00 UTC on 11/11 is already 12/11 in Hanoi.
  await openAt(page, '2025-11-11T18:00:00Z');
  await expect(status(page)).toHaveText('Cuộc thi đã kết thúc vào ngày 11/11/2025.');
  await expect(page.getByRole('link', { name: 'Tham gia ngay' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Xem khóa học của cuộc thi' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the state of the day the site was built, and only that one', async ({ page }) => {
    await page.goto('/');
    const built = campaignState(campaign, new Date());
    const visible = page.locator('[data-campaign-show]:visible');
    await expect(visible.first()).toBeVisible();
    const phases = await visible.evaluateAll((blocks) =>
      blocks.map((block) => block.getAttribute('data-campaign-show')),
    );
    // One status sentence and one button, both for the build day's phase.
    expect(phases).toEqual([built.phase, expect.stringContaining(built.phase)]);
  });
});
