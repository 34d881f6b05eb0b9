/**
 * QR codes as inline SVG, made at build time. The contest is about living safely online, so the
 * codes follow the project's rules: they encode the site's own address (printed under them as text
 * so a resident can check where a code leads), error correction M or higher, a quiet zone of four
 * modules, and on paper at least 40 mm wide with modules of at least 1 mm.
 */
import QRCode from 'qrcode';

/** Light modules around the symbol, in modules: the standard's minimum. */
export const QUIET_ZONE = 4;
/** Smallest printed width of a code, quiet zone included. */
export const MIN_PRINT_MM = 40;
/** Smallest printed module. */
export const MIN_MODULE_MM = 1;

export type ErrorCorrection = 'M' | 'Q' | 'H';

export interface QrSymbol {
  /** What the code encodes. */
  text: string;
  /** Modules on a side, without the quiet zone. */
  modules: number;
  version: number;
  errorCorrection: ErrorCorrection;
  /** SVG path data of the dark modules, one unit per module, offset by the quiet zone. */
  path: string;
}

export function qrSymbol(text: string, errorCorrection: ErrorCorrection = 'M'): QrSymbol {
  const code = QRCode.create(text, { errorCorrectionLevel: errorCorrection });
  const size = code.modules.size;
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const dark = col < size && code.modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
        start = -1;
      }
    }
  }
  return { text, modules: size, version: code.version, errorCorrection, path: runs.join('') };
}

/** Width of the whole code, quiet zone included, in modules. */
export function totalModules(symbol: Pick<QrSymbol, 'modules'>): number {
  return symbol.modules + 2 * QUIET_ZONE;
}

/**
 * The printed width, in millimetres, for a wanted width: never under 40 mm nor under 1 mm a
 * module, whichever is larger.
 */
export function printWidthMm(symbol: Pick<QrSymbol, 'modules'>, wantedMm = MIN_PRINT_MM): number {
  return Math.max(wantedMm, MIN_PRINT_MM, totalModules(symbol) * MIN_MODULE_MM);
}

/** The code as an SVG element: dark modules on a white square that includes the quiet zone. */
export function qrSvg(
  symbol: QrSymbol,
  label: string,
  attributes: Record<string, string> = {},
): string {
  const side = totalModules(symbol);
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" ` +
    `aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges"${extra}>` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path d="${symbol.path}" fill="#000"/></svg>`
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
