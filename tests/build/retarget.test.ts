/**
 * Another ward's content gives another ward's site: building from the Việt Hòa fixture yields
 * pages that name Việt Hòa and never Tân Hưng, because no ward-specific text lives in src/.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astro, copyContent } from './astro.ts';

const FIXTURE = 'tests/fixtures/viet-hoa';

describe('SITE_CONTENT retargets the site to another ward', () => {
  it('builds Việt Hòa from its own content, with none of Tân Hưng', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'viet-hoa-'));
    const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: FIXTURE });
    expect(run.status, run.output).toBe(0);

    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(html|xml|txt|json)$/.test(file),
    );
    expect(pages).toContain('index.html');
    for (const page of pages) {
      const text = readFileSync(path.join(outDir, page), 'utf8');
      expect(text, page).not.toMatch(/Tân Hưng|tanhung/i);
    }
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('Phường Việt Hòa');
    expect(home).toContain('https://congdanso.viethoa.example/');
  });

  it('a production build accepts content with no sample data', () => {
    const dir = copyContent(FIXTURE);
    const site = path.join(dir, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('  urlIsSample: true\n', ''));
    const groups = path.join(dir, 'groups.csv');
    writeFileSync(groups, readFileSync(groups, 'utf8').replace(/,x$/gm, ','));
    const run = astro(['sync'], { SITE_CONTENT: dir, SITE_ENV: 'production' });
    expect(run.status, run.output).toBe(0);
  });
});
