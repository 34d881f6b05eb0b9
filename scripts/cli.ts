/**
 * The `cong-dan-so` command's subcommands (bin/cong-dan-so.js starts here). Each runs one of the
 * product's scripts in the folder it is called from, with that folder's `content/`:
 *
 *   cong-dan-so init <thư-mục> [--city] [--no-install]   a new ward's (or city's) repository
 *   cong-dan-so build [--no-print]                         the complete dist/
 *   cong-dan-so check [--report tệp.md] …                  what the deploy runs before publishing
 *   cong-dan-so dev                                        preview while writing, drafts shown
 *   cong-dan-so start [--port 4321]                        build, then serve dist/
 *   cong-dan-so serve [--port 4321]                        serve the dist/ already built
 *   cong-dan-so new <news|letter|story|bulletin> "Tiêu đề" a draft
 *   cong-dan-so import-stories tệp.csv                     a form export to draft stories
 *   cong-dan-so report refused|published …                 the staff's GitHub issue (the deploy)
 *   cong-dan-so city [--out dist-city]                     the city hub, in a folder with city.yaml
 *
 * What it prints is for a ward's IT person: Vietnamese.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageDir, productPath, productRoot } from '../src/lib/site/paths.ts';

/** A subcommand: the product's script it runs, and what it says in the help. */
interface Command {
  script: string;
  help: string;
  env?: NodeJS.ProcessEnv;
}

const COMMANDS: Record<string, Command> = {
  init: { script: 'init.ts', help: 'tạo kho của một phường mới (--city: của thành phố)' },
  build: { script: 'build.ts', help: 'dựng toàn bộ trang web vào dist/' },
  check: {
    script: 'check-content.ts',
    help: 'kiểm tra nội dung như khi đăng (bản dựng chính thức và mọi bước kiểm tra)',
  },
  dev: { script: '', help: 'xem thử khi đang viết, có cả bản nháp' },
  start: { script: '', help: 'dựng trang rồi mở tại http://127.0.0.1:4321/' },
  serve: { script: 'serve.ts', help: 'mở dist/ đã dựng tại http://127.0.0.1:4321/' },
  new: { script: 'new.ts', help: 'tạo bài nháp: news, letter, story hoặc bulletin, rồi tiêu đề' },
  'import-stories': {
    script: 'import-stories.ts',
    help: 'chuyển tệp xuất từ biểu mẫu thành câu chuyện nháp',
  },
  report: {
    script: 'deploy-status.ts',
    help: 'báo cho cán bộ trên GitHub (quy trình đăng bài dùng)',
  },
  city: {
    script: 'build-city.ts',
    help: 'dựng trang tổng hợp của thành phố, trong thư mục có city.yaml',
    env: { SITE_CONTENT: '.' },
  },
};

function version(): string {
  const manifest = JSON.parse(readFileSync(productPath('package.json'), 'utf8'));
  return String(manifest.version);
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    `cong-dan-so ${version()}: trang web của phường cho cuộc thi Công dân số.`,
    'Chạy trong thư mục của phường (thư mục có content/).',
    '',
    ...Object.entries(COMMANDS).map(
      ([name, { help }]) => `  cong-dan-so ${name.padEnd(width)}  ${help}`,
    ),
    '',
    'Hướng dẫn: README.md trong kho của phường.',
  ].join('\n');
}

/** Runs `node <args>` with the output shown; resolves to its exit code. */
function node(args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const child = spawn(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const astro = (args: string[]) =>
  node([path.join(packageDir('astro'), 'bin/astro.mjs'), ...args, '--root', productRoot()]);

export async function main(argv: string[]): Promise<number> {
  const [name = 'help', ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    console.log(help());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(version());
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    console.error(`Không có lệnh "${name}".\n\n${help()}`);
    return 2;
  }
  if (name === 'dev') return astro(['dev', ...rest]);
  if (name === 'start') {
    const built = await node([productPath('scripts/build.ts')]);
    return built === 0 ? node([productPath('scripts/serve.ts'), ...rest]) : built;
  }
  const command = COMMANDS[name]!;
  return node([productPath('scripts', command.script), ...rest], command.env);
}
