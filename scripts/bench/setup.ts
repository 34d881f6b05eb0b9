/**
 * A newcomer's first minutes, timed: a fresh copy of the repository's files (no node_modules, so
 * no npm packages and no print or service-worker cache), `bash scripts/setup.sh` run with the
 * machine's own Node and npm (the project's node_modules/.bin taken off PATH, npm's variables
 * dropped), then the first `npm run build` of the sample content. npm's download cache is the
 * machine's, as for a second clone; a machine that never installed the project also downloads.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { table, type Findings } from './report.ts';

export interface ColdSetup {
  /** The machine's own Node (`node --version` outside the project). */
  machineNode: string;
  setupSeconds: number;
  /** Lines set-up printed (stdout and stderr), what a newcomer reads. */
  setupLines: number;
  /** Of those, npm's warnings about an older Node: the set-up should print none. */
  engineWarnings: number;
  buildSeconds: number;
}

/** The environment of a shell opened on the machine: no npm script's PATH or variables. */
function machineEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^npm_/i.test(name) && !['NODE', 'INIT_CWD', 'SITE_CONTENT'].includes(name),
    ),
  );
  env.PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => !dir.includes('node_modules'))
    .join(path.delimiter);
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
}

/**
 * Runs a command in `cwd` (with the machine's environment unless `env` is given); its time in
 * seconds and everything it printed.
 */
export function timed(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = machineEnv(),
): Promise<{ seconds: number; output: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) => {
      if (code === 0) return resolve({ seconds: (performance.now() - started) / 1000, output });
      const tail = output.split('\n').slice(-25).join('\n');
      reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${tail}`));
    });
  });
}

export async function coldSetup(): Promise<ColdSetup> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-setup-'));
  // The repository's files as a clone has them (tracked, and new files not ignored).
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    cpSync(file, path.join(dir, file));
  }
  const machineNode = execFileSync('node', ['--version'], {
    env: machineEnv(),
    encoding: 'utf8',
  }).trim();
  console.log(
    `cold set-up: bash scripts/setup.sh in ${dir} with the machine's Node ${machineNode} …`,
  );
  const setup = await timed('bash', ['scripts/setup.sh'], dir);
  console.log('cold set-up: first npm run build …');
  const build = await timed('npm', ['run', 'build'], dir);
  const lines = setup.output.split('\n').filter((line) => line.trim());
  return {
    machineNode,
    setupSeconds: setup.seconds,
    setupLines: lines.length,
    engineWarnings: lines.filter((line) => line.includes('EBADENGINE')).length,
    buildSeconds: build.seconds,
  };
}

/** A newcomer's set-up says one sentence about an older Node, not npm's engine warnings. */
export function setupVerdicts(setup: { engineWarnings: number } | undefined): string[] {
  if (!setup?.engineWarnings) return [];
  return [
    `cold set-up printed ${setup.engineWarnings} lines of npm engine warnings (EBADENGINE); scripts/setup.sh should print one sentence instead`,
  ];
}

/** The set-up's table, and its verdict among the findings. */
export function reportSetup(setup: ColdSetup, findings: Findings): void {
  table(
    `Cold set-up and first build: a fresh copy, the machine's Node ${setup.machineNode}, npm's cache as on this machine`,
    ['step', 'seconds', 'lines printed', 'engine warnings'],
    [
      [
        'bash scripts/setup.sh',
        setup.setupSeconds.toFixed(1),
        setup.setupLines,
        setup.engineWarnings,
      ],
      ['npm run build (first)', setup.buildSeconds.toFixed(1), '', ''],
    ],
  );
  findings.failures.push(...setupVerdicts(setup));
}
