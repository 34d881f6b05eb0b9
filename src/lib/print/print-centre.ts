/**
 * What the print centre (/in-an/) shows of each printable: its title, and the sections the files
 * that are not one group's fall into. Pure, so the route only lays them out.
 */
import { t, type MessageKey } from '../../i18n/index.ts';
import type { AssetKind, PrintAsset } from './print-assets.ts';

/** The title of a printable; a bulletin is named by its title, found by its file name. */
export function assetTitle(asset: PrintAsset, bulletinTitles: ReadonlyMap<string, string>): string {
  switch (asset.kind) {
    case 'poster':
      return t('print.kind.poster', { size: t(`print.paper.${asset.paper ?? 'A4'}`) });
    case 'posters':
      return t('print.allPosters');
    case 'leaflet':
      return t('print.kind.leaflet');
    case 'banner':
      return t('print.kind.banner', {
        // Pixel sizes are written as the screens' settings show them (1920 × 1080), not as counts.
        width: String(asset.viewport?.width ?? 0),
        height: String(asset.viewport?.height ?? 0),
      });
    case 'report':
      return t('print.kind.report');
    case 'bulletin':
      return t('print.kind.bulletin', {
        title: bulletinTitles.get(asset.id.replace(/^ban-tin-/, '')) ?? asset.id,
      });
  }
}

/** The sections of the files that are not one group's, in order. */
const SECTIONS: { id: string; title: MessageKey; kinds: readonly AssetKind[] }[] = [
  { id: 'print-general', title: 'print.section.general', kinds: ['posters', 'leaflet', 'banner'] },
  { id: 'print-report', title: 'print.section.report', kinds: ['report'] },
  { id: 'print-bulletins', title: 'print.section.bulletins', kinds: ['bulletin'] },
];

export interface PrintSection {
  id: string;
  title: string;
  assets: PrintAsset[];
}

/** Those sections with their files; a section with nothing in it is left out. */
export function printSections(assets: readonly PrintAsset[]): PrintSection[] {
  return SECTIONS.map((section) => ({
    id: section.id,
    title: t(section.title),
    assets: assets.filter((asset) => section.kinds.includes(asset.kind)),
  })).filter((section) => section.assets.length > 0);
}

/** A group's own posters. */
export function groupPosters(assets: readonly PrintAsset[], code: string): PrintAsset[] {
  return assets.filter((asset) => asset.kind === 'poster' && asset.group === code);
}
