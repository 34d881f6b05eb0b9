/** Runs the Astro CLI on a content folder, as `npm run build` would, and captures what it prints. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Run {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

// Vitest puts Vite's `import.meta.env` (BASE_URL '/', MODE …) in the test's process.env; a build
// started from a test must not inherit them: BASE_URL replaced the base path of a site under a path.
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

export function astro(args: string[], env: Record<string, string> = {}): Run {
  const inherited = Object.entries(process.env).filter(([name]) => !VITE_ENV.has(name));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
    encoding: 'utf8',
    env: {
      ...Object.fromEntries(inherited),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** A fresh copy of a content folder, to break or edit without touching the original. */
export function copyContent(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** A built page (its folder in `outDir`) as plain text: tags become spaces, runs of space one. */
export function pageText(outDir: string, page: string): string {
  return readFileSync(path.join(outDir, page, 'index.html'), 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}
