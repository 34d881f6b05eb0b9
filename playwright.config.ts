/**
 * End-to-end tests on the production build (`npm run build` first), served by `astro preview`,
 * in Debian's Chromium: Playwright cannot download browsers here. CHROME_PATH overrides the path.
 */
import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.ts';
import { SAMPLE_WARD } from './tests/sample-ward.ts';
// Any read of content/ by a browser test fails it: tests read fixtures.
import './tests/no-content-reads.ts';

// `npm run test:site` builds the sample ward's fixture into dist/; the tests read the same folder.
process.env.SITE_CONTENT = SAMPLE_WARD;

const PORT = Number(process.env.E2E_PORT ?? 4322);
export const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions,
  },
  // Residents come on phones: every test runs at the phone's width. The desktop project runs what a
  // wide screen changes or what is used at an office computer: tests tagged @desktop (that width
  // only) or @wide (both widths), and the editor's and the staff tools' files. A test whose result
  // cannot depend on the width (search, the policy, the player, offline) runs once.
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 5'], browserName: 'chromium' },
      grepInvert: /@desktop\b/,
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], browserName: 'chromium' },
      grep: [/@desktop\b/, /@wide\b/, /\b(cms[\w-]*|table-checker|print-center)\.spec\.ts\b/],
    },
  ],
  webServer: {
    command: `node scripts/serve.ts --port ${PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
