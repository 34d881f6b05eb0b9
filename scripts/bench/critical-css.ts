/**
 * By how much each measured page shrank when its <head> came to hold only the CSS rules it uses
 * (src/lib/security/critical-css.ts) instead of the whole of each of its stylesheets: the gzip bytes of
 * its HTML both ways. "Before" is the page of the build with linked stylesheets
 * (CRITICAL_CSS=off) with each link replaced by its whole stylesheet, as the step did before.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, table } from './report.ts';
import type { Target } from './weight.ts';

export interface Shrink {
  kind: string;
  before: number;
  now: number;
}

const gzipped = (text: string) => gzipSync(text, { level: 6 }).length;

function pageFile(dist: string, page: string): string {
  return path.join(dist, page.replace(/^\/+/, ''), 'index.html');
}

/** The page of a build with linked stylesheets, each link replaced by the whole stylesheet. */
export function wholeStylesheetsInline(html: string, dist: string): string {
  return html.replace(
    /<link rel="stylesheet" href="[^"]*?(_astro\/[^"]+\.css)"\s*\/?>/g,
    (_, file: string) => `<style>${readFileSync(path.join(dist, file), 'utf8').trim()}</style>`,
  );
}

export function cssShrink(before: string, dist: string, list: readonly Target[]): Shrink[] {
  return list.flatMap(({ kind, path: page }) => {
    if (!page || !existsSync(pageFile(before, page))) return [];
    const whole = wholeStylesheetsInline(readFileSync(pageFile(before, page), 'utf8'), before);
    return [
      { kind, before: gzipped(whole), now: gzipped(readFileSync(pageFile(dist, page), 'utf8')) },
    ];
  });
}

export function shrinkTable(shrinks: readonly Shrink[]): void {
  table(
    'Critical CSS: the page’s HTML (kB gzip) with all of its stylesheets inline (before) and with the rules it uses (now)',
    ['page', 'before', 'now', 'shrank by', '%'],
    shrinks.map(({ kind, before, now }) => [
      kind,
      kb(before),
      kb(now),
      kb(before - now),
      `${Math.round((100 * (before - now)) / before)} %`,
    ]),
  );
}
