/**
 * The staff guide's screenshots (docs/huong-dan-quan-tri.md shows docs/anh-quan-tri/*.png), taken
 * by the editor's browser tests as they go, so the guide always shows the editor as it is built.
 * Shared by the local-folder spec (cms-local.spec.ts) and the GitHub spec (cms-github.spec.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';

/** Where the staff guide's pictures go. */
const SCREENSHOTS = 'docs/anh-quan-tri';

/**
 * Takes a screenshot for the guide, and writes it only when it shows something else than the
 * picture already there (pixel by pixel, within resampling noise): a test run leaves the
 * repository as it was unless the editor's screens changed. Animations are stopped, the caret
 * hidden, notices waited out and the pointer moved off the content, and the screen is taken once
 * it has settled, so it is drawn the same way each time.
 */
export async function shot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // A saved entry's notice goes away by itself: wait for it, so no screen shows it half faded.
  await expect(page.getByText('Đã lưu')).toHaveCount(0, { timeout: 15_000 });
  // The pointer rests in a blank corner, so no row is drawn hovered.
  await page.mouse.move(page.viewportSize()!.width - 2, page.viewportSize()!.height - 2);
  const pixels = async (png: Buffer) => {
    const { data, info } = await sharp(png)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, size: `${info.width}x${info.height}` };
  };
  // The same screen: no pixel differs by more than Chromium's resampling of a thumbnail does
  // from one run to the next (a sum of 15 over the channels, measured); a changed word or
  // layout differs by hundreds.
  const same = (a: Awaited<ReturnType<typeof pixels>>, b: Awaited<ReturnType<typeof pixels>>) => {
    if (a.size !== b.size) return false;
    for (let i = 0; i < a.data.length; i += 4) {
      const d =
        Math.abs(a.data[i]! - b.data[i]!) +
        Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
        Math.abs(a.data[i + 2]! - b.data[i + 2]!);
      if (d > 32) return false;
    }
    return true;
  };
  // The screen is taken once it has settled: two captures in a row, 250 ms apart, that match
  // pixel for pixel (a dialog still fading in, a font still loading would differ), as
  // Playwright's toHaveScreenshot waits for a stable page.
  const capture = () => page.screenshot({ animations: 'disabled', caret: 'hide' });
  let image = await capture();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(250);
    const next = await capture();
    if (same(await pixels(image), await pixels(next))) break;
    image = next;
  }
  if (existsSync(file) && same(await pixels(readFileSync(file)), await pixels(image))) return;
  writeFileSync(file, image);
}
