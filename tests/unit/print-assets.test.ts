import { describe, expect, it } from 'vitest';
import { posterPage, previewSize, printAssets } from '../../src/lib/print/print-assets.ts';
import { readingMinutes, countWords } from '../../src/lib/site/reading-time.ts';
import { compareVietnamese } from '../../src/lib/site/sort.ts';
import { addressWithoutScheme, breakableUrlHtml } from '../../src/lib/site/urls.ts';

describe('printAssets', () => {
  const assets = printAssets({ groups: ['to-1', 'to-2'], bulletins: ['ban-tin-so-1'] });

  it('has an A4 and an A3 poster per group, the batch, the leaflet, two banners, the report and each bulletin', () => {
    expect(assets.map((asset) => asset.id)).toEqual([
      'ap-phich-to-1-a4',
      'ap-phich-to-1-a3',
      'ap-phich-to-2-a4',
      'ap-phich-to-2-a3',
      'tat-ca-ap-phich-a4',
      'to-roi-a5',
      'banner-1200x630',
      'banner-1920x1080',
      'bao-cao-tien-do',
      'ban-tin-ban-tin-so-1',
    ]);
    expect(assets.find((asset) => asset.id === 'tat-ca-ap-phich-a4')?.pages).toBe(2);
  });

  it('gives every asset its own file and preview, at stable addresses', () => {
    const files = assets.map((asset) => asset.file);
    expect(new Set(files).size).toBe(files.length);
    expect(assets[0]).toMatchObject({
      source: posterPage('to-1', 'a4'),
      file: '/in-an/tai-ve/ap-phich-to-1-a4.pdf',
      preview: '/in-an/xem-truoc/ap-phich-to-1-a4.png',
      paper: 'A4',
    });
  });

  it('reserves the right shape for each preview', () => {
    expect(previewSize({ paper: 'A4' })).toEqual({ width: 240, height: 339 });
    expect(previewSize({ paper: 'A4 landscape' })).toEqual({ width: 240, height: 170 });
    expect(previewSize({ viewport: { width: 1200, height: 630 } })).toEqual({
      width: 240,
      height: 126,
    });
  });
});

describe('reading time', () => {
  it('counts Vietnamese syllables, not markdown', () => {
    expect(countWords('Kính thưa **bà con**! [Trang web](https://x.example/) – 20 câu hỏi.')).toBe(
      9,
    );
  });

  it('reads about 150 words a minute, at least one minute', () => {
    expect(readingMinutes('một hai ba')).toBe(1);
    expect(readingMinutes(Array(450).fill('chữ').join(' '))).toBe(3);
  });
});

describe('helpers', () => {
  it('orders groups the way people count', () => {
    expect(['Tổ 10', 'Tổ 2', 'Tổ 1'].sort(compareVietnamese)).toEqual(['Tổ 1', 'Tổ 2', 'Tổ 10']);
  });

  it('lets a printed address wrap only after a slash or a dot', () => {
    expect(breakableUrlHtml('https://a.vn/to-1/?x=1&y=<')).toBe(
      'https:/<wbr>/<wbr>a.<wbr>vn/<wbr>to-1/<wbr>?x=1&amp;y=&lt;',
    );
  });

  it("prints a Zalo group's address as typed, wrapping only after a slash", () => {
    expect(
      breakableUrlHtml(addressWithoutScheme('https://zalo.me/g/lechan2025cds'), {
        slashesOnly: true,
      }),
    ).toBe('zalo.me/<wbr>g/<wbr>lechan2025cds');
  });
});
