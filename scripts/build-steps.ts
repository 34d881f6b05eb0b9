/**
 * The build's steps, listed once. `cong-dan-so build` (and `npm run build` here), the content
 * check and the benchmark all run these, in this order, each as its own Node process:
 *
 * 1. `astro`: the pages, from the product's `src/` and the site's content, into `dist`;
 * 2. `search`: the Pagefind index of the built pages;
 * 3. `print`: the print assets (PDF and PNG), printed by Chromium from the built print pages;
 * 4. `worker`: the service worker, over the finished `dist`.
 *
 * Paths are the product's own (src/lib/site/paths.ts), so the steps run the same from this repository
 * and from the installed package in a ward's folder.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { packageDir, productPath, productRoot } from '../src/lib/site/paths.ts';

export type StepName = 'astro' | 'search' | 'print' | 'worker';

export interface BuildStep {
  name: StepName;
  /** What the step makes, for logs. */
  label: string;
  /** The arguments of `node`. */
  args: string[];
}

export interface StepOptions {
  /** false: leave out the print step (the benchmark's page-weight builds). */
  print?: boolean;
  /** false: print everything, neither reading nor filling the print cache. */
  printCache?: boolean;
}

export function buildSteps(dist: string, options: StepOptions = {}): BuildStep[] {
  const script = (name: string) => productPath('scripts', name);
  const out = path.resolve(dist);
  const steps: BuildStep[] = [
    {
      name: 'astro',
      label: 'astro build',
      args: [
        path.join(packageDir('astro'), 'bin/astro.mjs'),
        'build',
        '--root',
        productRoot(),
        '--outDir',
        out,
      ],
    },
    { name: 'search', label: 'search index', args: [script('index-search.ts'), '--dist', out] },
    {
      name: 'print',
      label: 'print assets',
      args: [
        script('print-assets.ts'),
        '--dist',
        out,
        ...(options.printCache === false ? ['--no-cache'] : []),
      ],
    },
    { name: 'worker', label: 'service worker', args: [script('service-worker.ts'), '--dist', out] },
  ];
  return options.print === false ? steps.filter((step) => step.name !== 'print') : steps;
}

/** Runs one step with this Node; `onOutput` sees its output as it comes (else it is shown). */
export function runStep(
  step: BuildStep,
  env: NodeJS.ProcessEnv = process.env,
  onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void,
): Promise<number | null> {
  const child = spawn(process.execPath, step.args, {
    env,
    stdio: onOutput ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (onOutput) {
    child.stdout!.on('data', (chunk: Buffer) => onOutput(chunk, 'stdout'));
    child.stderr!.on('data', (chunk: Buffer) => onOutput(chunk, 'stderr'));
  }
  return new Promise((resolve) => child.on('close', resolve));
}
