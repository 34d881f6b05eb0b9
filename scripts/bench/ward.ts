/**
 * A ward's own minutes, timed on the package as it ships (`npm pack`), in a ward's repository made
 * by `cong-dan-so init` with another ward's content (tests/fixtures/package-ward):
 *
 * - **cold set-up**: `npm install` of the product into the new repository with an empty npm cache,
 *   as a new IT person's first install (every package downloaded), its package count and size;
 * - **save to live**: the deploy's path after a staff member's one-line news edit, with what the
 *   deploy keeps between runs (npm's cache, Astro's store and the build caches): node_modules
 *   removed, `npm ci` from the cache, the caches restored, then `cong-dan-so check` (the production
 *   build and every content check), ready to upload. A first check fills the caches, untimed.
 *
 * Budgets (DESIGN.md): cold set-up ≤ 90 s, save to live ≤ 90 s, at most 550 packages and 400 MB.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { table, type Findings } from './report.ts';
import { timed as timedIn } from './setup.ts';

/** npm pack names the tarball after the package and its version. */
const PRODUCT = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};

export const WARD_BUDGET = {
  setupSeconds: 90,
  saveToLiveSeconds: 90,
  packages: 550,
  megabytes: 400,
};

export interface WardFigures {
  setupSeconds: number;
  packages: number;
  megabytes: number;
  installFromCacheSeconds: number;
  checkSeconds: number;
}

/** Runs a command with the project's Node first on PATH; its time in seconds and its output. */
function timed(command: string, args: string[], cwd: string) {
  return timedIn(command, args, cwd, {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
    FORCE_COLOR: '0',
  });
}

/** Bytes of every file under `dir`. */
function folderBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) bytes += readFileSync(path.join(entry.parentPath, entry.name)).length;
  return bytes;
}

export async function wardFigures(): Promise<WardFigures> {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-ward-'));
  const ward = path.join(work, 'phuong');
  const cache = path.join(work, 'npm-cache');
  await timed('npm', ['pack', '--pack-destination', work], '.');
  const tarball = path.join(work, `${PRODUCT.name}-${PRODUCT.version}.tgz`);
  await timed(process.execPath, ['bin/cong-dan-so.js', 'init', ward, '--no-install'], '.');
  rmSync(path.join(ward, 'content'), { recursive: true });
  cpSync('tests/fixtures/package-ward', path.join(ward, 'content'), { recursive: true });

  console.log(`ward: cold install of the package in ${ward}, empty npm cache …`);
  const npm = ['--no-audit', '--no-fund', '--cache', cache];
  const setup = await timed('npm', ['install', ...npm, tarball], ward);
  const packages = (await timed('npm', ['ls', '--all', '--parseable'], ward)).output
    .trim()
    .split('\n').length;
  const megabytes = folderBytes(path.join(ward, 'node_modules')) / 1e6;

  console.log('ward: first check, filling the caches (untimed) …');
  await timed('npx', ['cong-dan-so', 'check'], ward);
  // What the deploy keeps between runs: npm's cache (setup-node), and these two (actions/cache).
  const kept = path.join(work, 'kept');
  for (const folder of ['.astro', '.cache'])
    cpSync(path.join(ward, 'node_modules', folder), path.join(kept, folder), { recursive: true });

  console.log('ward: a one-line news edit, then the deploy’s install and check …');
  const news = path.join(ward, 'content/news/phat-dong-cuoc-thi.md');
  writeFileSync(news, readFileSync(news, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (cập nhật)'));
  rmSync(path.join(ward, 'node_modules'), { recursive: true });
  const install = await timed('npm', ['ci', '--prefer-offline', ...npm], ward);
  cpSync(kept, path.join(ward, 'node_modules'), { recursive: true });
  const check = await timed('npx', ['cong-dan-so', 'check'], ward);
  rmSync(work, { recursive: true, force: true });
  return {
    setupSeconds: setup.seconds,
    packages,
    megabytes,
    installFromCacheSeconds: install.seconds,
    checkSeconds: check.seconds,
  };
}

/** The ward's table, and its verdicts among the findings. */
export function reportWard(ward: WardFigures, findings: Findings): void {
  const saveToLive = ward.installFromCacheSeconds + ward.checkSeconds;
  table(
    'A ward’s repository (cong-dan-so init, the packed product, the package-ward fixture)',
    ['what', 'measured', 'budget'],
    [
      [
        'cold set-up: npm install, empty cache (s)',
        ward.setupSeconds.toFixed(1),
        WARD_BUDGET.setupSeconds,
      ],
      ['packages installed', ward.packages, WARD_BUDGET.packages],
      ['node_modules (MB)', ward.megabytes.toFixed(0), WARD_BUDGET.megabytes],
      ['save to live: npm ci from cache (s)', ward.installFromCacheSeconds.toFixed(1), ''],
      ['save to live: check after a news edit (s)', ward.checkSeconds.toFixed(1), ''],
      ['save to live: in all (s)', saveToLive.toFixed(1), WARD_BUDGET.saveToLiveSeconds],
    ],
  );
  findings.failures.push(...wardVerdicts(ward));
}

export function wardVerdicts(ward: WardFigures): string[] {
  const failures: string[] = [];
  const saveToLive = ward.installFromCacheSeconds + ward.checkSeconds;
  if (ward.setupSeconds > WARD_BUDGET.setupSeconds)
    failures.push(
      `a ward's cold set-up took ${ward.setupSeconds.toFixed(1)} s (budget ${WARD_BUDGET.setupSeconds} s)`,
    );
  if (saveToLive > WARD_BUDGET.saveToLiveSeconds)
    failures.push(
      `a ward's save to live took ${saveToLive.toFixed(1)} s (budget ${WARD_BUDGET.saveToLiveSeconds} s)`,
    );
  if (ward.packages > WARD_BUDGET.packages)
    failures.push(`a ward installs ${ward.packages} packages (budget ${WARD_BUDGET.packages})`);
  if (ward.megabytes > WARD_BUDGET.megabytes)
    failures.push(
      `a ward's node_modules is ${ward.megabytes.toFixed(0)} MB (budget ${WARD_BUDGET.megabytes} MB)`,
    );
  return failures;
}
