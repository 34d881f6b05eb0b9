/**
 * Colours are set once, as tokens in the @theme block of src/styles/global.css: components, pages,
 * layouts and the other stylesheets use var(--color-…), and print changes tokens, not elements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeColor, themeColors } from '../../src/lib/site/theme.ts';

/** Colour literals: #rgb… hex, rgb()/hsl()/hwb()/lab()/oklch(), and named colours in CSS values. */
const COLOUR =
  /(?<![&\w])#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|:\s*(?:white|black|red|gray|grey)\b/gi;

/** The colour literals of a file's text, with their line numbers. */
function colourLiterals(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      [...line.matchAll(COLOUR)].map((match) => `${index + 1}: ${match[0]}`),
    );
}

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts|css)$/.test(file))
    .map((file) => path.join(folder, file));
}

describe('colour literals', () => {
  it('the scan finds a planted colour in each form, and not an HTML entity', () => {
    expect(colourLiterals('a { color: #fff; }\nb { border: 1px solid rgb(0 0 0); }')).toEqual([
      '1: #fff',
      '2: rgb(',
    ]);
    expect(colourLiterals('.x { background: white }')).toHaveLength(1);
    expect(colourLiterals('<p>&#8203;</p> <a href="#main">')).toEqual([]);
  });

  it('none in components, pages and layouts', () => {
    const found = ['src/components', 'src/pages', 'src/layouts']
      .flatMap(files)
      .flatMap((file) => colourLiterals(readFileSync(file, 'utf8')).map((hit) => `${file}:${hit}`));
    expect(found).toEqual([]);
  });

  it('none in the stylesheets outside the @theme block that sets them', () => {
    const found = files('src/styles').flatMap((file) =>
      colourLiterals(
        readFileSync(file, 'utf8').replace(/@theme\s*\{[^}]*\}/, (block) =>
          block.replace(/[^\n]/g, ' '),
        ),
      ).map((hit) => `${file}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});

describe('themeColor', () => {
  it('reads a token of the @theme block', () => {
    const css =
      '@theme {\n  --font-sans: x;\n  --color-brand: #123456;\n  --color-on-brand:#fff;\n}';
    expect(Object.fromEntries(themeColors(css))).toEqual({ brand: '#123456', 'on-brand': '#fff' });
  });

  it('gives the manifest and the icon the site theme’s values', () => {
    expect(themeColor('brand')).toBe('#9b1c1c');
    expect(themeColor('paper')).toBe('#fff');
    expect(() => themeColor('nope')).toThrow('--color-nope');
  });
});
