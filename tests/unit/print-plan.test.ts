import { describe, expect, it } from 'vitest';
import { BATCH_SIZE, planBatches } from '../../scripts/print-plan.ts';
import { printAssets } from '../../src/lib/print/print-assets.ts';

/** A print page as the build writes it: a shell around one sheet in <main>. */
const page = (title: string, paper: string, sheet = `<div class="sheet">${title}</div>`) =>
  `<!doctype html><html><head><title>${title}</title><style>.sheet{}</style></head>` +
  `<body><p>Khổ ${paper}</p><main> ${sheet} </main></body></html>`;

describe('planBatches', () => {
  const groups = Array.from({ length: 3 }, (_, index) => `to-${index + 1}`);
  const assets = printAssets({ groups, bulletins: ['ban-tin-so-1'] });
  const pages = new Map(
    assets.map((asset) => [
      asset.source,
      page(asset.id, asset.source.endsWith('/a3/') ? 'A3' : 'A4'),
    ]),
  );

  it('puts the posters of one shell together, whatever their titles, and prints the rest alone', () => {
    const { batches, singles } = planBatches(assets, (source) => pages.get(source));
    expect(batches.map((batch) => batch.map((asset) => asset.id))).toEqual([
      ['ap-phich-to-1-a4', 'ap-phich-to-2-a4', 'ap-phich-to-3-a4'],
      ['ap-phich-to-1-a3', 'ap-phich-to-2-a3', 'ap-phich-to-3-a3'],
    ]);
    expect(singles.map((asset) => asset.id)).toEqual([
      'tat-ca-ap-phich-a4',
      'to-roi-a5',
      'banner-1200x630',
      'banner-1920x1080',
      'bao-cao-tien-do',
      'ban-tin-ban-tin-so-1',
    ]);
  });

  it('prints alone a poster whose page has a script in its sheet, no <main> or no page', () => {
    const odd = new Map(pages);
    odd.set('/in-an/ap-phich/to-1/a4/', page('to-1', 'A4', '<div><script>x()</script></div>'));
    odd.set('/in-an/ap-phich/to-2/a4/', '<html><body><div>no main</div></body></html>');
    odd.delete('/in-an/ap-phich/to-3/a4/');
    const posters = assets.filter((asset) => asset.kind === 'poster');
    const { batches, singles } = planBatches(posters, (source) => odd.get(source));
    expect(batches).toHaveLength(1);
    expect(singles.map((asset) => asset.id)).toEqual([
      'ap-phich-to-1-a4',
      'ap-phich-to-2-a4',
      'ap-phich-to-3-a4',
    ]);
  });

  it('cuts the A4 posters from the sheet of all posters when its <main> is theirs, in order', () => {
    const a4 = assets.filter((asset) => asset.kind === 'poster' && asset.paper === 'A4');
    const sheets = a4.map((asset) => `<div class="sheet">${asset.id}</div>`);
    const whole = new Map(pages);
    whole.set('/in-an/tat-ca-ap-phich/a4/', page('tat-ca', 'A4', sheets.join(' ')));
    const read = (source: string) => whole.get(source);

    const { sheet, batches, singles } = planBatches(assets, read);
    expect(sheet?.asset.id).toBe('tat-ca-ap-phich-a4');
    expect(sheet?.pages).toEqual(a4);
    expect(sheet?.cut).toEqual(a4);
    expect(batches.map((batch) => batch.map((asset) => asset.paper))).toEqual([['A3', 'A3', 'A3']]);
    expect(singles.map((asset) => asset.kind)).not.toContain('posters');

    // One group renamed: the sheet prints again, and only that group's A4 poster is cut from it.
    const renamed = [a4[1]!, assets.find((asset) => asset.kind === 'posters')!];
    expect(planBatches(renamed, read, assets).sheet?.cut).toEqual([a4[1]]);

    // Posters in another order than the sheet's: printed in batches, the sheet alone.
    const shuffled = new Map(whole);
    shuffled.set('/in-an/tat-ca-ap-phich/a4/', page('tat-ca', 'A4', sheets.reverse().join(' ')));
    const plan = planBatches(assets, (source) => shuffled.get(source));
    expect(plan.sheet).toBeUndefined();
    expect(plan.batches).toHaveLength(2);
    expect(plan.singles.map((asset) => asset.kind)).toContain('posters');
  });

  it(`cuts a long run of posters into batches of ${BATCH_SIZE}`, () => {
    const many = printAssets({
      groups: Array.from({ length: 120 }, (_, index) => `to-${index + 1}`),
      bulletins: [],
    }).filter((asset) => asset.paper === 'A3');
    const { batches } = planBatches(many, () => page('any', 'A3'));
    expect(batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
  });
});
