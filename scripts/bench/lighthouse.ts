/**
 * Lighthouse's mobile scores in all four categories, with Debian's Chromium. A run that could not
 * measure (a page that timed out on a busy machine) is tried again, twice at most.
 */
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { BUDGET } from './budgets.ts';
import type { Findings } from './report.ts';
import type { Target } from './weight.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

export async function lighthouseScores(origin: string, list: Target[], findings: Findings) {
  const chrome = await launchChrome({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const scores: { kind: string; scores: number[] }[] = [];
  try {
    for (const target of list) {
      if (!target.path) continue;
      // A run that could not measure (a page that timed out on a busy machine: no score, a
      // runtimeError) is tried again, twice at most, rather than counted as a score of 0.
      let lhr: Report | undefined;
      for (let attempt = 1; attempt <= 3; attempt++) {
        const result = await lighthouse(`${origin}${target.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${target.path}`);
        const report = result.lhr;
        lhr = report;
        const measured = CATEGORIES.every((id) => typeof report.categories[id]?.score === 'number');
        if (measured && !report.runtimeError) break;
        console.log(
          `lighthouse: ${target.path} not measured (${lhr.runtimeError?.code ?? 'no score'}), attempt ${attempt}`,
        );
      }
      if (!lhr) continue;
      if (lhr.runtimeError)
        findings.failures.push(
          `${target.kind}: Lighthouse could not measure: ${lhr.runtimeError.message}`,
        );
      const row = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
      scores.push({ kind: target.kind, scores: row });
      CATEGORIES.forEach((id, index) => {
        if (row[index]! >= BUDGET.lighthouse) return;
        const failing = Object.values(lhr.audits)
          .filter(
            (audit) =>
              (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1)) &&
              lhr.categories[id]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
          )
          .map((audit) =>
            audit.scoreDisplayMode === 'error' ? `${audit.id} (${audit.errorMessage})` : audit.id,
          );
        // DESIGN.md's Lighthouse budget names home, guide, group, story and search; the
        // self-check page is held to its weight budget and its score reported beside them.
        (target.kind === 'self-check' ? findings.notes : findings.failures).push(
          `${target.kind}: Lighthouse ${id} ${row[index]} (budget ${BUDGET.lighthouse}); audits: ${failing.join(', ')}`,
        );
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
