/** What e2e tests need to know of the built site: its pages, from the sitemap that was built. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DIST = 'dist';

/** Every page path in the built sitemap ("/", "/huong-dan/..."), in order. */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  const paths = files.flatMap((file) =>
    [...readFileSync(path.join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1]!).pathname,
    ),
  );
  if (paths.length === 0)
    throw new Error('The built sitemap lists no pages: run `npm run build` first.');
  return paths;
}

/** The page that is not in the sitemap but is still shown to people. */
export const NOT_FOUND_PATH = '/trang-khong-co-that/';

/** The pages made for print (posters, leaflet, banners, bulletins), which the sitemap leaves out. */
export function printPagePaths(): string[] {
  const assets: { source: string }[] = JSON.parse(
    readFileSync(path.join(DIST, 'in-an/print-jobs.json'), 'utf8'),
  );
  return [...new Set(assets.map((asset) => asset.source))];
}
