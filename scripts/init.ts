/**
 * `cong-dan-so init <thư-mục> [--city] [--no-install]`: writes a new ward's repository (or, with
 * `--city`, a city hub's) into a folder that does not exist yet or is empty. A ward's holds only
 * what is the ward's: `content/` (the sample ward, marked `sample`, which a production build
 * refuses until it is replaced), the staff guides, `package.json` naming this product with a `^`
 * range of its major version, the workflows (content check and deploy, product updates), the
 * Dependabot configuration, a `.gitignore` and a Vietnamese README. A city's holds `city.yaml` and
 * the hub's hourly workflow. Then `npm install` writes the lockfile, unless `--no-install`.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { productPath } from '../src/lib/site/paths.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    city: { type: 'boolean', default: false },
    install: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

const [target] = positionals;
if (!target) {
  console.error('Cách dùng: cong-dan-so init <thư-mục-mới> [--city] [--no-install]');
  process.exit(2);
}
const folder = path.resolve(target);
if (existsSync(folder) && readdirSync(folder).length) {
  console.error(
    `Thư mục ${folder} đã có tệp. Chọn một thư mục mới hoặc trống, để không ghi đè lên gì.`,
  );
  process.exit(1);
}

const product = JSON.parse(readFileSync(productPath('package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const major = product.version.split('.')[0];
const kind = values.city ? 'city' : 'ward';

mkdirSync(folder, { recursive: true });
cpSync(productPath('templates', kind), folder, { recursive: true });
// npm leaves dotfiles like .gitignore out of a package: the templates keep them without the dot.
renameSync(path.join(folder, 'gitignore'), path.join(folder, '.gitignore'));
renameSync(path.join(folder, 'github'), path.join(folder, '.github'));
if (kind === 'ward') {
  cpSync(productPath('content'), path.join(folder, 'content'), { recursive: true });
  mkdirSync(path.join(folder, 'docs'));
  for (const guide of ['huong-dan-quan-tri.md', 'huong-dan-bien-tap.md', 'kiem-tra-bang.md'])
    cpSync(productPath('docs', guide), path.join(folder, 'docs', guide));
  cpSync(productPath('docs', 'anh-quan-tri'), path.join(folder, 'docs', 'anh-quan-tri'), {
    recursive: true,
  });
  cpSync(productPath('docs', 'nginx.conf'), path.join(folder, 'docs', 'nginx.conf'));
}

const name =
  path
    .basename(folder)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-') || kind;
const scripts =
  kind === 'ward'
    ? {
        check: 'cong-dan-so check',
        build: 'cong-dan-so build',
        start: 'cong-dan-so start',
        dev: 'cong-dan-so dev',
      }
    : { build: 'cong-dan-so city' };
const manifest = {
  name,
  private: true,
  type: 'module',
  engines: { node: '>=24' },
  scripts,
  dependencies: { [product.name]: `^${major}.0.0` },
};
writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

if (values.install) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], {
    cwd: folder,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(
      `Đã tạo ${folder} nhưng chưa cài được gói (npm install lỗi). Vào thư mục đó chạy lại: npm install`,
    );
    process.exit(1);
  }
}

console.log(
  [
    `Đã tạo kho ${kind === 'ward' ? 'của phường' : 'của thành phố'} tại ${folder}.`,
    `Bước tiếp theo: đọc ${path.join(folder, 'README.md')}.`,
  ].join('\n'),
);
