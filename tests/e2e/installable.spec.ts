/**
 * Installable: Lighthouse 13 has no PWA category, so ask Chromium itself through the DevTools
 * protocol whether the built home page can be installed, and read back the manifest it parsed.
 */
import { expect, test } from '@playwright/test';
import { readSite } from '../../src/lib/content-rules/site-file.ts';

const site = readSite();

// Asked of Chromium on a desktop, where the install prompt is offered beside the address bar.
test(
  'the home page installs like an app, with a Vietnamese manifest from site.yaml',
  {
    tag: '@desktop',
  },
  async ({ page }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await page.context().newCDPSession(page);

    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's browser contexts are incognito, where Chromium never offers to install: that one
    // error is about the test's browser, not the site, and is the only one set aside.
    const siteErrors = installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
    expect(siteErrors).toEqual([]);

    const { errors, url } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(url).toMatch(/manifest\.webmanifest$/);
    const manifest = (await (await page.request.get(url)).json()) as {
      lang: string;
      name: string;
      short_name: string;
      theme_color: string;
      icons: { sizes: string; type: string }[];
    };
    expect(manifest.lang).toBe('vi');
    // Vietnamese names from content/site.yaml, never from src/.
    expect(manifest.name).toBe(site.site.title);
    expect(site.site.shortName).toBe('Công dân số');
    expect(manifest.short_name).toBe(site.site.shortName);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const size of [192, 512]) {
      const icon = await page.request.get(`/icon/${size}.png`);
      expect(icon.status()).toBe(200);
      expect(icon.headers()['content-type']).toContain('image/png');
    }
  },
);
