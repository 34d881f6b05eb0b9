/**
 * The pages of the built sitemap, the print pages, the 404 and the offline page through axe at the
 * desktop width, against WCAG 2.0–2.2 A and AA: every page of its own kind, and two of each kind
 * that repeats (two guides, two group pages, two stories …), since those share one layout and differ
 * only in content. At the phone's width the content check does the same for every page of this
 * build (`check:content --no-build` in `npm run test:fixture-site`, with the same tags): the phone
 * project here runs only the table checker, which that check leaves out with the rest of /quan-tri/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { OFFLINE_PATH } from '../../src/lib/site/app.ts';
import { TABLE_CHECKER_PATH } from '../../src/lib/tables/check.ts';
import { NOT_FOUND_PATH, printPagePaths, sitemapPaths } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Two pages of each kind that repeats (/huong-dan/<guide>/, /in-an/ap-phich/<group>/a4/ …), all
 * the others: a page is left out when two others share its folder, or its last name under the
 * same folder two levels up (the A4 posters of two groups stand for the others').
 */
function twoOfEachKind(paths: string[]): string[] {
  const seen = new Map<string, number>();
  const count = (kind: string) => {
    seen.set(kind, (seen.get(kind) ?? 0) + 1);
    return seen.get(kind)!;
  };
  return paths.filter((pagePath) => {
    const segments = pagePath.split('/').filter(Boolean);
    if (segments.length < 2) return true;
    const inFolder = count(`/${segments.slice(0, -1).join('/')}/*/`);
    const sameName =
      segments.length < 3 ? 0 : count(`/${segments.slice(0, -2).join('/')}/*/${segments.at(-1)}/`);
    return inFolder <= 2 && sameName <= 2;
  });
}

// The offline page is left out of the sitemap but shown to people without a signal; the table
// checker is left out too, but staff use it.
for (const pagePath of [
  ...twoOfEachKind([...sitemapPaths(), ...printPagePaths()]),
  NOT_FOUND_PATH,
  OFFLINE_PATH,
  TABLE_CHECKER_PATH,
]) {
  // At a phone's width check:content does every page but the table checker (see above).
  const tag = pagePath === TABLE_CHECKER_PATH ? '@wide' : '@desktop';
  test(`axe finds no WCAG A/AA violation on ${pagePath}`, { tag }, async ({ page }) => {
    await page.goto(pagePath);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}
