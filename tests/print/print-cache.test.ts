/**
 * The print cache never serves a stale print. The Việt Hòa fixture (two groups) is built and
 * printed into an empty cache; printed again with nothing changed, nothing is printed; after one
 * group is renamed and the site rebuilt (astro build empties the output folder, the cache is kept
 * apart), exactly what shows that name is printed again: that group's two posters, the sheet of
 * all posters and the report (which lists every group), and the renamed poster's text has the new
 * name; the other group's poster is the very file printed the first time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { astro, copyContent } from '../build/astro.ts';
import { pdfText } from '../../scripts/checks/pdf.ts';

const content = copyContent('tests/fixtures/viet-hoa');
const cache = mkdtempSync(path.join(tmpdir(), 'print-cache-'));
const env = { SITE_CONTENT: content, PRINT_CACHE_DIR: cache };

/** Builds the site into a fresh folder and prints it; returns the folder and the files printed. */
function buildAndPrint(outDir = mkdtempSync(path.join(tmpdir(), 'print-cache-site-'))) {
  const build = astro(['build', '--outDir', outDir], env);
  expect(build.status, build.output).toBe(0);
  return { outDir, ...print(outDir) };
}

function print(outDir: string) {
  const run = spawnSync(process.execPath, ['scripts/print-assets.ts', '--dist', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const printed = [...run.stdout.matchAll(/^print: \[\d+\/\d+\] \/in-an\/tai-ve\/(\S+)/gm)]
    .map((match) => match[1]!)
    .sort();
  return { printed, summary: run.stdout.split('\n').find((line) => / printed /.test(line)) };
}

const assetCount = (outDir: string) =>
  (JSON.parse(readFileSync(path.join(outDir, 'in-an/print-jobs.json'), 'utf8')) as unknown[])
    .length;
const poster = (outDir: string, code: string) =>
  path.join(outDir, `in-an/tai-ve/ap-phich-${code}-a4.pdf`);

const first = buildAndPrint();

it('prints everything into an empty cache', () => {
  expect(first.printed).toHaveLength(assetCount(first.outDir));
  expect(first.printed).toContain('ap-phich-khu-1-a4.pdf');
  expect(pdfText(poster(first.outDir, 'khu-1'))).toContain('Khu dân cư số 1');
});

it('prints nothing when nothing changed, and leaves every file in place', () => {
  const again = print(first.outDir);
  expect(again.printed).toEqual([]);
  expect(again.summary).toMatch(/^print: 0 printed \(0 PDF\), \d+ unchanged from the cache/);
  expect(pdfText(poster(first.outDir, 'khu-1'))).toContain('Khu dân cư số 1');
});

it('after a group is renamed, prints again only what shows its name, with the new name', () => {
  const firstOther = readFileSync(poster(first.outDir, 'khu-2'));
  const groups = path.join(content, 'groups.csv');
  writeFileSync(
    groups,
    readFileSync(groups, 'utf8').replace('khu-1,Khu dân cư số 1,', 'khu-1,Khu Hoa Phượng,'),
  );
  const renamed = buildAndPrint();
  expect(renamed.printed).toEqual([
    'ap-phich-khu-1-a3.pdf',
    'ap-phich-khu-1-a4.pdf',
    'bao-cao-tien-do.pdf',
    'tat-ca-ap-phich-a4.pdf',
  ]);
  const text = pdfText(poster(renamed.outDir, 'khu-1'));
  expect(text).toContain('Khu Hoa Phượng');
  expect(text).not.toContain('Khu dân cư số 1');
  expect(pdfText(path.join(renamed.outDir, 'in-an/tai-ve/tat-ca-ap-phich-a4.pdf'))).toContain(
    'Khu Hoa Phượng',
  );
  expect(readFileSync(poster(renamed.outDir, 'khu-2')).equals(firstOther)).toBe(true);
});
