/**
 * Debian's Chromium, as every tool here starts it: the build's print step, the browser tests and
 * the benchmark. Playwright cannot download a browser on these machines; CHROME_PATH overrides
 * the path. The flags stop Chromium from reaching out to Google's services at start-up.
 */
import type { Browser, LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

export const launchOptions: LaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

/** Loads Playwright only when a browser is started: a print step with nothing to print skips it. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch(launchOptions);
}
