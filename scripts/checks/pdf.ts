/**
 * Reading printed output back, with poppler's tools (pdfinfo, pdffonts, pdftotext, pdftoppm) and
 * a real QR decoder (jsQR): what a printer gets and what a phone camera sees.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR, { type QRCode } from 'jsqr';
import { PNG } from 'pngjs';

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

export interface PdfInfo {
  pages: number;
  /** Page size in millimetres, rounded. */
  widthMm: number;
  heightMm: number;
}

export function pdfInfo(file: string): PdfInfo {
  const info = run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const [width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m
    .exec(info)!
    .slice(1)
    .map(Number) as [number, number];
  const mm = (pts: number) => Math.round((pts / 72) * 25.4);
  return { pages, widthMm: mm(width), heightMm: mm(height) };
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: columns[0]!, embedded: columns[columns.length - 5] === 'yes' };
    });
}

/** The text of a PDF (or of one page); `layout` keeps table rows on their lines. */
export function pdfText(file: string, page?: number, options: { layout?: boolean } = {}): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  const layout = options.layout ? ['-layout'] : [];
  return run('pdftotext', [...range, ...layout, file, '-']).normalize('NFC');
}

export interface Raster {
  data: Uint8ClampedArray;
  width: number;
  height: number;
  dpi: number;
}

export function rasterise(file: string, page = 1, dpi = 150): Raster {
  const dir = mkdtempSync(path.join(tmpdir(), 'raster-'));
  run('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-png',
    '-singlefile',
    file,
    path.join(dir, 'page'),
  ]);
  return { ...readPng(path.join(dir, 'page.png')), dpi };
}

export function readPng(file: string): Omit<Raster, 'dpi'> {
  const png = PNG.sync.read(readFileSync(file));
  return { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height };
}

export interface Decoded {
  text: string;
  /** Modules on a side (without the quiet zone), from the version the decoder read. */
  modules: number;
  /** Width of one module, in pixels of the raster. */
  modulePx: number;
}

/**
 * Every QR code on an image: decode one, paint it over, decode again, until none is left. jsQR
 * looks for one code at a time and can pair finder patterns of two different codes on a wide
 * page, so the page is also searched by parts; a code seen twice is counted once. Given the text
 * of the code `wanted`, the search stops once it is read.
 */
export function decodeAll(image: Omit<Raster, 'dpi'>, wanted?: string): Decoded[] {
  const found: (Decoded & { x: number; y: number })[] = [];
  // The whole page, its halves, and a 3 × 3 grid of overlapping quarter-size windows.
  const regions: [number, number, number, number][] = [
    [0, 0, 1, 1],
    [0, 0, 0.6, 1],
    [0.4, 0, 0.6, 1],
    [0, 0, 1, 0.6],
    [0, 0.4, 1, 0.6],
  ];
  for (const fx of [0, 0.25, 0.5])
    for (const fy of [0, 0.25, 0.5]) regions.push([fx, fy, 0.5, 0.5]);
  for (const [fx, fy, fw, fh] of regions) {
    const region = crop(
      image,
      Math.floor(fx * image.width),
      Math.floor(fy * image.height),
      Math.floor(fw * image.width),
      Math.floor(fh * image.height),
    );
    for (const code of decodeRegion(region)) {
      const x = code.x + Math.floor(fx * image.width);
      const y = code.y + Math.floor(fy * image.height);
      if (!found.some((other) => Math.hypot(other.x - x, other.y - y) < code.modulePx * 8))
        found.push({ ...code, x, y });
    }
    // A check that looks for one code stops as soon as it is read.
    if (wanted !== undefined && found.some((code) => code.text === wanted)) break;
  }
  return found.map(({ text, modules, modulePx }) => ({ text, modules, modulePx }));
}

function crop(
  image: Omit<Raster, 'dpi'>,
  left: number,
  top: number,
  width: number,
  height: number,
): Omit<Raster, 'dpi'> {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = ((top + y) * image.width + left) * 4;
    data.set(image.data.subarray(start, start + width * 4), y * width * 4);
  }
  return { data, width, height };
}

function decodeRegion(image: Omit<Raster, 'dpi'>): (Decoded & { x: number; y: number })[] {
  const data = new Uint8ClampedArray(image.data);
  const found: (Decoded & { x: number; y: number })[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    const code: QRCode | null = jsQR(data, image.width, image.height, {
      inversionAttempts: 'dontInvert',
    });
    if (!code) break;
    const modules = 17 + 4 * code.version;
    const {
      topLeftCorner: a,
      topRightCorner: b,
      bottomLeftCorner: c,
      bottomRightCorner: d,
    } = code.location;
    const modulePx = Math.hypot(b.x - a.x, b.y - a.y) / modules;
    const xs = [a.x, b.x, c.x, d.x];
    const ys = [a.y, b.y, c.y, d.y];
    found.push({ text: code.data, modules, modulePx, x: (a.x + d.x) / 2, y: (a.y + d.y) / 2 });
    const pad = modulePx * 2;
    for (
      let y = Math.max(0, Math.floor(Math.min(...ys) - pad));
      y < Math.min(image.height, Math.max(...ys) + pad);
      y++
    ) {
      for (
        let x = Math.max(0, Math.floor(Math.min(...xs) - pad));
        x < Math.min(image.width, Math.max(...xs) + pad);
        x++
      ) {
        data.fill(255, (y * image.width + x) * 4, (y * image.width + x) * 4 + 4);
      }
    }
  }
  return found;
}

/** Millimetres on paper of a length in pixels of a raster made at `dpi`. */
export function pxToMm(px: number, dpi: number): number {
  return (px / dpi) * 25.4;
}
