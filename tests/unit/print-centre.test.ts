import { describe, expect, it } from 'vitest';
import type { PrintAsset } from '../../src/lib/print/print-assets.ts';
import { assetTitle, groupPosters, printSections } from '../../src/lib/print/print-centre.ts';

const asset = (fields: Partial<PrintAsset> & Pick<PrintAsset, 'id' | 'kind'>): PrintAsset => ({
  source: `/in-an/${fields.id}/`,
  file: `/in-an/tai-ve/${fields.id}.pdf`,
  format: 'pdf',
  preview: `/in-an/xem-truoc/${fields.id}.png`,
  ...fields,
});

const assets = [
  asset({ id: 'ap-phich-to-1-a4', kind: 'poster', paper: 'A4', group: 'to-1' }),
  asset({ id: 'ap-phich-to-1-a3', kind: 'poster', paper: 'A3', group: 'to-1' }),
  asset({ id: 'ap-phich-to-2-a4', kind: 'poster', paper: 'A4', group: 'to-2' }),
  asset({
    id: 'banner-1920x1080',
    kind: 'banner',
    format: 'png',
    viewport: { width: 1920, height: 1080 },
  }),
  asset({ id: 'ban-tin-moi-ba-con', kind: 'bulletin' }),
];

describe('the print centre', () => {
  it('names each printable in Vietnamese, a bulletin by its own title', () => {
    const titles = new Map([['moi-ba-con', 'Mời bà con tham gia']]);
    expect(assets.map((item) => assetTitle(item, titles))).toEqual([
      'Áp phích A4',
      'Áp phích A3',
      'Áp phích A4',
      'Banner điện tử 1920 × 1080',
      'Bản tin: Mời bà con tham gia',
    ]);
  });

  it('groups the files that are not one group’s into sections, leaving empty ones out', () => {
    expect(
      printSections(assets).map((section) => [section.id, section.assets.map((item) => item.id)]),
    ).toEqual([
      ['print-general', ['banner-1920x1080']],
      ['print-bulletins', ['ban-tin-moi-ba-con']],
    ]);
  });

  it('finds a group’s own posters', () => {
    expect(groupPosters(assets, 'to-1').map((item) => item.id)).toEqual([
      'ap-phich-to-1-a4',
      'ap-phich-to-1-a3',
    ]);
  });
});
