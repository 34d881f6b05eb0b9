import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  MIN_MODULE_MM,
  MIN_PRINT_MM,
  printWidthMm,
  qrSvg,
  qrSymbol,
  QUIET_ZONE,
  totalModules,
} from '../../src/lib/print/qr.ts';

const URL_OF_GROUP = 'https://congdanso.example.vn/to-dan-pho/to-12/';

describe('qrSymbol', () => {
  it('uses error correction M and a symbol size that matches its version', () => {
    const symbol = qrSymbol(URL_OF_GROUP);
    expect(symbol.errorCorrection).toBe('M');
    expect(symbol.modules).toBe(17 + 4 * symbol.version);
  });

  it('draws an SVG with a four-module quiet zone that a real decoder reads back', async () => {
    const symbol = qrSymbol(URL_OF_GROUP);
    const svg = qrSvg(symbol, 'Mã QR');
    const side = totalModules(symbol);
    expect(side).toBe(symbol.modules + 2 * QUIET_ZONE);
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Mã QR"');

    const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
      .resize(side * 8)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(decoded?.data).toBe(URL_OF_GROUP);
  });

  it('keeps the quiet zone light: no dark module within four modules of the edge', () => {
    const symbol = qrSymbol(URL_OF_GROUP);
    const starts = [...symbol.path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) =>
      m.slice(1).map(Number),
    );
    for (const [x, y, length] of starts) {
      expect(x).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(y).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(x! + length!).toBeLessThanOrEqual(QUIET_ZONE + symbol.modules);
      expect(y).toBeLessThan(QUIET_ZONE + symbol.modules);
    }
  });
});

describe('printWidthMm', () => {
  it('never goes under 40 mm nor under 1 mm a module', () => {
    expect(printWidthMm({ modules: 25 })).toBe(MIN_PRINT_MM);
    expect(printWidthMm({ modules: 25 }, 70)).toBe(70);
    // A long address: 57 modules plus the quiet zone need 65 mm at 1 mm a module.
    expect(printWidthMm({ modules: 57 }, 50)).toBe((57 + 8) * MIN_MODULE_MM);
  });
});
