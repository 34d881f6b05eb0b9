/**
 * The site as an installed app and offline: the web app manifest, its icons drawn from the
 * ward's name, and which pages the service worker keeps for reading without a signal.
 */

import { themeColor } from './theme.ts';

/** The brand red of the theme (global.css --color-brand): the browser bar and the icon. */
export const THEME_COLOR = themeColor('brand');

/** The icon sizes the manifest lists: Android's launcher and splash screen. */
export const ICON_SIZES = [192, 512] as const;

/** The page shown for an address the phone has not kept while offline. */
export const OFFLINE_PATH = '/ngoai-tuyen/';

/**
 * The help kept on the phone for reading without a signal (paths on the site, patterns for glob):
 * the guides and their list, the rules, the FAQ and the self-check. Kept at the first visit on an
 * ordinary connection; when the phone saves data, as they are read or when the resident asks
 * (src/sw/service-worker.ts). The offline page is kept at the first visit whatever the connection.
 */
export const HELP_PAGES = [
  'huong-dan/index.html',
  'huong-dan/*/index.html',
  'the-le/index.html',
  'hoi-dap/index.html',
  'tu-kiem-tra/index.html',
];

/** "Phường Quang Trung" → "QT": the initials of the ward's own name, for the icon. */
export function wardInitials(wardName: string): string {
  const name = wardName.normalize('NFC').replace(/^(phường|xã|thị trấn)\s+/iu, '');
  const words = name.split(/\s+/u).filter(Boolean);
  return words
    .slice(0, 3)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi'))
    .join('');
}

/** A square icon: the initials in white on the brand red, inside the maskable safe zone. */
export function iconSvg(initials: string, size: number): string {
  const fontSize = Math.round(size * (initials.length > 2 ? 0.26 : 0.34));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="${THEME_COLOR}"/><text x="50%" y="50%" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Noto Sans, sans-serif" font-weight="700" font-size="${fontSize}" fill="${themeColor('on-brand')}">${initials}</text></svg>`;
}
