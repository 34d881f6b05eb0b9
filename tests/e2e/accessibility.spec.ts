/**
 * Every page of the built sitemap, every print page, the 404 and the offline page through axe at
 * the desktop width, against WCAG 2.0–2.2 A and AA. At the phone's width the content check does
 * the same for every page of this build (`check:content --no-build` in `npm run test:site`, with
 * the same tags): the phone project here runs only the table checker, which that check leaves out
 * with the rest of /quan-tri/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { OFFLINE_PATH } from '../../src/lib/site/app.ts';
import { TABLE_CHECKER_PATH } from '../../src/lib/tables/check.ts';
import { NOT_FOUND_PATH, printPagePaths, sitemapPaths } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The offline page is left out of the sitemap but shown to people without a signal; the table
// checker is left out too, but staff use it.
for (const pagePath of [
  ...sitemapPaths(),
  ...printPagePaths(),
  NOT_FOUND_PATH,
  OFFLINE_PATH,
  TABLE_CHECKER_PATH,
]) {
  test(`axe finds no WCAG A/AA violation on ${pagePath}`, async ({ page, isMobile }) => {
    test.skip(
      isMobile && pagePath !== TABLE_CHECKER_PATH,
      "checked at a phone's width by check:content in test:site",
    );
    await page.goto(pagePath);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}
