/**
 * Checks the built site for broken internal links and #anchors (scripts/checks/links.ts). Exits
 * non-zero with a list of what to fix. Part of `npm test` and of `npm run check:content`.
 *
 *   node scripts/check-links.ts [dist]
 */
import path from 'node:path';
import { builtPages } from './checks/findings.ts';
import { brokenLinks } from './checks/links.ts';
import { readSite } from '../src/lib/content-rules/site-file.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const pages = builtPages(dist);
const broken = brokenLinks(dist, pages, readSite().site.url);
if (broken.length) {
  console.error(
    `Đường link hỏng (${broken.length}):\n${broken.map(({ page, message }) => `  - ${page.file}: ${message}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`links: ${pages.length} pages checked, no broken internal links or anchors.`);
