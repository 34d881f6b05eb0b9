/**
 * The theme's colours where CSS cannot reach: the manifest, the browser bar and the app icon. They
 * are read from the `@theme` block of src/styles/global.css, the one place colours are set, so a
 * ward that changes its brand red there changes the icon and the manifest too.
 */
import { readFileSync } from 'node:fs';
import { productPath } from './paths.ts';

let tokens: Map<string, string> | undefined;

/** The `--color-*` tokens of a stylesheet's @theme block, by name without the prefix. */
export function themeColors(css: string): Map<string, string> {
  const block = /@theme\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map(
    [...block.matchAll(/--color-([\w-]+)\s*:\s*([^;]+);/g)].map((match) => [
      match[1]!,
      match[2]!.trim(),
    ]),
  );
}

/** A colour token of the site's theme: themeColor('brand') → "#9b1c1c". */
export function themeColor(name: string): string {
  tokens ??= themeColors(readFileSync(productPath('src/styles/global.css'), 'utf8'));
  const value = tokens.get(name);
  if (!value) throw new Error(`src/styles/global.css has no --color-${name} in its @theme block`);
  return value;
}
