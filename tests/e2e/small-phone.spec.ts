/**
 * On the smallest phones the campaign reaches (360 × 740 px): pages read without scrolling
 * sideways, and the hotline is on the first screen where someone is stuck (offline, lost).
 */
import { expect, test, type Page } from '@playwright/test';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { SAMPLE_GROUPS } from '../sample-progress.ts';
import { NOT_FOUND_PATH } from './site.ts';

const WIDTH = 360;
const HEIGHT = 740;
const site = readSite();

test.use({ viewport: { width: WIDTH, height: HEIGHT } });

/** Every element that reaches past the right edge of the viewport, named for the failure message. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const wide: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.right > width + 0.5)
        wide.push(
          `<${element.localName} class="${element.className}"> ${Math.round(box.width)} px`,
        );
    }
    return wide;
  }, WIDTH);
}

test.describe('the progress page', () => {
  const CAPTION = 'Số hộ tham gia theo tổ dân phố';
  // Group 5: 61 of 110 households, 55,4 %, short of 70 % (tests/sample-progress.ts).
  const { name, figures } = SAMPLE_GROUPS.find((group) => group.code === 'to-5')!;

  test('has no element wider than the phone', async ({ page }) => {
    await page.goto('/tien-do/');
    expect(await overflowing(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(WIDTH);
  });

  test("shows each group's row as a block, and is still a table to screen readers", async ({
    page,
  }) => {
    await page.goto('/tien-do/');
    const table = page.getByRole('table', { name: CAPTION });
    await expect(table).toMatchAriaSnapshot(`
      - table "${CAPTION}":
        - rowgroup:
          - row:
            - columnheader "Tổ dân phố"
            - columnheader "Số hộ"
            - columnheader "Số hộ tham gia"
            - columnheader "Tỷ lệ"
            - columnheader "Đạt 70%"
        - rowgroup:
          - row:
            - rowheader "${name}"
            - cell "${figures!.total}"
            - cell "${figures!.joined}"
            - cell "${figures!.percent}"
            - cell "Chưa đạt"
    `);
    // On screen, the name has a line of its own and each figure follows its column's name.
    const row = table.getByRole('row', { name: new RegExp(`^${name} `) });
    const nameBox = (await row.getByRole('rowheader').boundingBox())!;
    const totalCell = row.getByRole('cell', { name: String(figures!.total), exact: true });
    expect((await totalCell.boundingBox())!.y).toBeGreaterThanOrEqual(
      nameBox.y + nameBox.height - 0.5,
    );
    expect(await totalCell.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe(
      '"Số hộ: " / ""',
    );
  });

  test('prints the table as a table', async ({ page }) => {
    await page.goto('/tien-do/');
    await page.emulateMedia({ media: 'print' });
    const table = page.getByRole('table', { name: CAPTION });
    expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe('table');
    await expect(table.getByRole('columnheader', { name: 'Tỷ lệ' })).toBeVisible();
  });
});

test.describe('the hotline on the first screen', () => {
  for (const [what, path] of [
    ['the offline page', '/ngoai-tuyen/'],
    ['the page for an unknown address', NOT_FOUND_PATH],
  ] as const)
    test(`of ${what}, as a production build shows it`, async ({ page }) => {
      await page.goto(path);
      // A production build refuses sample content, so it has no sample notice above the header.
      await page.getByRole('note').evaluate((notice) => notice.remove());
      const call = page
        .getByRole('main')
        .getByRole('link', { name: `Gọi ${site.help.hotline.number}` });
      await expect(call).toHaveAttribute('href', /^tel:/);
      const box = (await call.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
    });
});
