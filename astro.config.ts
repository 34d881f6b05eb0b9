// @ts-check
import path from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentEditor } from './src/integrations/cms.ts';
import { criticalCss } from './src/integrations/critical-css.ts';
import { nfcContentPaths } from './src/integrations/nfc-paths.ts';
import { modulePreloads } from './src/integrations/module-preload.ts';
import { normaliseBuiltHtml } from './src/integrations/normalise-html.ts';
import { refuseSampleContent } from './src/integrations/refuse-samples.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { stripPictureMetadata } from './src/integrations/strip-metadata.ts';
import { sanitizeMarkdown } from './src/lib/content-rules/markdown.ts';
import { readSite } from './src/lib/content-rules/site-file.ts';
import { contentDir, siteRoot } from './src/lib/site/paths.ts';

// Each page's CSS in its <head>; the security headers list the hashes of exactly those styles.
const critical = criticalCss();

// The public address comes from content, so another ward's content gives another site.
const site = readSite();

// Astro's content store and optimised pictures are kept in the site folder (a ward's repository,
// where the deploy keeps them between runs), not beside the product. Another content folder
// (SITE_CONTENT) gets its own, so builds of two wards never mix entries.
const cacheDir = path.join(
  siteRoot(),
  'node_modules/.astro',
  process.env.SITE_CONTENT ? contentDir().replace(/[^a-z0-9]+/gi, '-') : '',
);

export default defineConfig({
  cacheDir,
  site: site.site.url,
  // A site published under a path (https://example.gov.vn/congdanso/) is built for that path.
  base: new URL(site.site.url).pathname,
  trailingSlash: 'always',
  // Astro writes styles in files; the critical-css integration then writes each page's into its
  // <head>, all from src/lib/security/critical-css.ts, so the policy hashes only the project's stylesheets.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default ('jsx') drops the space between inline elements, which runs Vietnamese
  // words together; `true` compresses without changing what is read.
  compressHTML: true,
  // Markdown is data: raw HTML in it is parsed, then cleaned by an allow-list (src/lib/content-rules/markdown.ts).
  markdown: {
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeMarkdown] }),
  },
  integrations: [
    refuseSampleContent(),
    mdx(),
    // Pages made for printing are for the print center, not for search engines.
    // The offline page is for the service worker, not for search engines either; staff tools
    // under /quan-tri/ neither.
    sitemap({
      filter: (page) => !/\/in-an\/.+|\/ngoai-tuyen\/$|\/quan-tri\//.test(new URL(page).pathname),
    }),
    normaliseBuiltHtml(),
    // No published picture keeps its GPS position or a name (originals included).
    stripPictureMetadata(),
    // What each page's scripts import, asked for at once: no chained imports before `load`.
    modulePreloads(new URL(site.site.url).pathname),
    // The CSS each page uses, in its <head>: it paints from its first response.
    critical,
    // The editor at /quan-tri/: outside the pages, so out of the sitemap and the search index.
    contentEditor(),
    // After normalising: the policy lists hashes of the inline scripts as they are served.
    securityHeaders({ criticalStyles: critical.stylesWritten }),
  ],
  vite: {
    // A picture named in NFD on disk and in NFC in the text is found (src/lib/content-rules/nfc-path.ts).
    plugins: [nfcContentPaths(), tailwindcss()],
    build: {
      // Scripts are files, never inlined into pages: the Content-Security-Policy then needs no hash
      // for them, and lists only the inline code registered in src/lib/security/inline-code.ts.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro's own MDX output starts with a "use astro:head-inject" directive that the bundler
        // warns about once per MDX file; Astro handles it. Dropping it keeps the build log to what
        // an editor can act on.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            /astro:head-inject/.test(warning.message)
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
