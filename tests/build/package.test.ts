/**
 * The product as a ward gets it: `npm pack` of this repository, `cong-dan-so init` into a folder
 * outside it, the tarball installed there as a ward's `npm install` would, the starter content
 * replaced by another ward's (tests/fixtures/package-ward: no sample, its own group codes and
 * figures, published under a path on GitHub Pages), then `cong-dan-so check` and `build`.
 *
 * Installing reaches the npm registry (or npm's own cache): it takes a minute or two.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageText } from './astro.ts';

const FIXTURE = path.resolve('tests/fixtures/package-ward');
/** The design's budget for a ward's install: what building and checking a ward needs. */
const MAX_PACKAGES = 550;
const MAX_MEGABYTES = 400;

/** npm pack names the tarball after the package and its version. */
const PRODUCT = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};

interface Run {
  status: number | null;
  output: string;
}

/** Runs a command with the project's Node first on the PATH, as `npx` in a ward would. */
function run(command: string, args: string[], options: SpawnSyncOptions = {}): Run {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  // npm reads content/ to pack the sample: the tests' guard against reading content/ is for the
  // product's own code, not npm's.
  delete env.NODE_OPTIONS;
  // Vitest's own variables (BASE_URL, MODE, NODE_ENV …) are not a ward's: Vite would read them.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'])
    delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  env.PATH = `${path.dirname(process.execPath)}${path.delimiter}${env.PATH}`;
  const result = spawnSync(command, args, { ...options, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the package, as a new ward installs it', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'cong-dan-so-package-'));
  const ward = path.join(work, 'phuong-moi');
  let tarball = '';

  beforeAll(() => {
    const packed = run('npm', ['pack', '--pack-destination', work], { cwd: '.' });
    expect(packed.status, packed.output).toBe(0);
    tarball = path.join(work, `${PRODUCT.name}-${PRODUCT.version}.tgz`);
    const unpacked = path.join(work, 'unpacked');
    run('mkdir', ['-p', unpacked]);
    expect(run('tar', ['-xzf', tarball, '-C', unpacked]).status).toBe(0);
    const init = run(
      process.execPath,
      [path.join(unpacked, 'package/bin/cong-dan-so.js'), 'init', ward, '--no-install'],
      { cwd: work },
    );
    expect(init.status, init.output).toBe(0);
    expect(init.output).toContain(`Đã tạo kho của phường tại ${ward}.`);
  }, 120_000);

  it("writes a repository that holds the ward's content and nothing of the product", () => {
    expect(readdirSync(ward).sort()).toEqual([
      '.github',
      '.gitignore',
      'README.md',
      'content',
      'docs',
      'package.json',
    ]);
    expect(readdirSync(path.join(ward, '.github')).sort()).toEqual(['dependabot.yml', 'workflows']);
    expect(readdirSync(path.join(ward, '.github/workflows')).sort()).toEqual([
      'deploy.yml',
      'update.yml',
    ]);
    const manifest = JSON.parse(readFileSync(path.join(ward, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ 'cong-dan-so': '^1.0.0' });
    expect(manifest.devDependencies).toBeUndefined();
    // The starter content is this repository's content/ (the sample, in a release): whatever it
    // holds, the repository gets all of it.
    expect(readdirSync(path.join(ward, 'content'))).toContain('site.yaml');
  });

  it('installs, then checks and builds another ward with no product code in its folder', () => {
    const install = run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball],
      { cwd: ward },
    );
    expect(install.status, install.output).toBe(0);
    const packages = run('npm', ['ls', '--all', '--parseable'], { cwd: ward }).output.trim();
    expect(packages.split('\n').length).toBeLessThanOrEqual(MAX_PACKAGES);
    const kilobytes = Number(
      run('du', ['-sk', 'node_modules'], { cwd: ward }).output.split('\t')[0],
    );
    expect(kilobytes / 1024).toBeLessThanOrEqual(MAX_MEGABYTES);
    for (const tool of [
      'vitest',
      'eslint',
      'prettier',
      'lighthouse',
      'typescript',
      '@astrojs/check',
    ])
      expect(existsSync(path.join(ward, 'node_modules', tool)), tool).toBe(false);

    rmSync(path.join(ward, 'content'), { recursive: true });
    cpSync(FIXTURE, path.join(ward, 'content'), { recursive: true });

    const check = run('npx', ['cong-dan-so', 'check'], { cwd: ward });
    expect(check.status, check.output.slice(-3000)).toBe(0);
    expect(check.output).toContain('check:content: nội dung đạt mọi kiểm tra, sẵn sàng đăng');

    rmSync(path.join(ward, 'dist'), { recursive: true });
    const build = run('npx', ['cong-dan-so', 'build'], { cwd: ward });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    // The fixture's own groups and figures, under its base path: 61 of 95 households is
    // 64.21 %, shown as 64,2 %; 70 % of 95 is 66.5, so 67 are needed, 6 more.
    const group = pageText(path.join(ward, 'dist'), 'to-dan-pho/khu-b');
    expect(group).toContain('Khu dân cư Tây');
    expect(group).toContain('61 trên 95 hộ đã có người tham gia: 64,2%');
    expect(group).toContain('Còn 6 hộ nữa để đạt chỉ tiêu 70%');
    const home = readFileSync(path.join(ward, 'dist/index.html'), 'utf8');
    expect(home).toContain('href="/cong-dan-so/huong-dan/"');
    expect(existsSync(path.join(ward, 'dist/sw.js'))).toBe(true);
    expect(readdirSync(ward).filter((name) => ['src', 'scripts', 'tests'].includes(name))).toEqual(
      [],
    );
  }, 1_200_000);
});
