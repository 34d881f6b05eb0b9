/**
 * What the "Nghe" player costs a reader: a guide loaded in Chromium (Pixel 5, empty cache) with a
 * Vietnamese voice offered by a stand-in speechSynthesis (headless Chromium has no voice), then
 * its button pressed. Before the press: the JavaScript of the scripts that name the player's file
 * (its loader, gzip as sent); on the press: the requests it makes, and to which origin.
 */
import { devices } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { wireBytes } from './weight.ts';

export interface ListenFigures {
  /** The "Nghe" button showed once a Vietnamese voice was offered. */
  shown: boolean;
  /** Bytes (gzip) of the page's scripts that load the player: what every reader downloads. */
  loaderBytes: number;
  /** Requests the page made before the press, every kind. */
  requestsBefore: number;
  /** Requests the first press made (the player's code), and how many went to another origin. */
  pressRequests: number;
  otherOrigin: number;
  /** Bytes (gzip) the press loaded. */
  pressBytes: number;
}

/** A speechSynthesis with one Vietnamese voice that says nothing. */
function standIn() {
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => [{ lang: 'vi-VN', name: 'Tiếng Việt', default: true, localService: true }],
    speak() {},
    cancel() {},
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

export async function measureListen(origin: string, guide: string): Promise<ListenFigures> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ ...devices['Pixel 5'] });
    await context.addInitScript(standIn);
    const page = await context.newPage();
    const scripts = new Map<string, Buffer>();
    const pressed: { url: string; bytes: Promise<number> }[] = [];
    let requestsBefore = 0;
    let afterPress = false;
    page.on('response', (response) => {
      const contentType = response.headers()['content-type'] ?? '';
      if (afterPress) {
        pressed.push({
          url: response.url(),
          bytes: response.body().then(
            (body) => wireBytes(body, contentType),
            () => 0,
          ),
        });
        return;
      }
      requestsBefore++;
      if (/javascript/.test(contentType))
        void response.body().then(
          (body) => scripts.set(response.url(), body),
          () => undefined,
        );
    });
    await page.goto(`${origin}${guide}`, { waitUntil: 'networkidle' });
    const button = page.getByRole('button', { name: 'Nghe', exact: true });
    const shown = await button.isVisible();
    if (!shown)
      return {
        shown,
        loaderBytes: 0,
        requestsBefore,
        pressRequests: 0,
        otherOrigin: 0,
        pressBytes: 0,
      };
    afterPress = true;
    await button.click();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const loaded = pressed.map(({ url }) => new URL(url).pathname);
    const loaders = [...scripts.entries()].filter(([, body]) =>
      loaded.some((path) => body.includes(path)),
    );
    return {
      shown,
      loaderBytes: loaders.reduce((sum, [, body]) => sum + wireBytes(body, 'text/javascript'), 0),
      requestsBefore,
      pressRequests: pressed.length,
      otherOrigin: pressed.filter(({ url }) => new URL(url).origin !== origin).length,
      pressBytes: (await Promise.all(pressed.map(({ bytes }) => bytes))).reduce((a, b) => a + b, 0),
    };
  } finally {
    await browser.close();
  }
}

/** The figures in one line of the benchmark's notes. */
export const listenNote = (listen: ListenFigures) =>
  listen.shown
    ? `"Nghe" on a guide with a Vietnamese voice: ${listen.loaderBytes} B of JS (gzip) before the press, ` +
      `${listen.requestsBefore} requests; the press: ${listen.pressRequests} request(s), ` +
      `${listen.pressBytes} B, ${listen.otherOrigin} to another origin`
    : '"Nghe": no button on the guide with a Vietnamese voice';
