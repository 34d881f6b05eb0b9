/** What a poster page must never do, measured in Chromium before printing it. */
import type { Page } from 'playwright-core';

/**
 * Every part of the poster that is cut off or covers another: anything below the sheet's bottom
 * edge (the sheet clips it), and anything of the code and the steps reaching into the warning
 * below them (they share a box of fixed height, `.main` in Poster.astro). Empty when it fits.
 */
export function posterClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (node: Element, past: number) =>
      `${node.tagName}.${node.getAttribute('class')} +${Math.round(past)}px`;
    const sheet = document.querySelector('.sheet')!.getBoundingClientRect();
    const warning = document.querySelector('.sheet .safety')!.getBoundingClientRect();
    const below = [...document.querySelectorAll('.sheet *')]
      .filter((node) => node.getBoundingClientRect().bottom > sheet.bottom + 0.5)
      .map((node) => name(node, node.getBoundingClientRect().bottom - sheet.bottom));
    const covering = [...document.querySelectorAll('.sheet .main *')]
      .filter((node) => node.getBoundingClientRect().bottom > warning.top + 0.5)
      .map((node) => name(node, node.getBoundingClientRect().bottom - warning.top));
    return [...below, ...covering];
  });
}
