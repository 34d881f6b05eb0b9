/**
 * `cong-dan-so build` (`npm run build` here): the complete `dist/` of the site folder, every step
 * of scripts/build-steps.ts in turn; stops at the first that fails, with its exit code.
 *
 *   node scripts/build.ts [--dist dist] [--no-print]
 */
import { parseArgs } from 'node:util';
import { buildSteps, runStep } from './build-steps.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, print: { type: 'boolean', default: true } },
  allowNegative: true,
});

for (const step of buildSteps(values.dist, { print: values.print })) {
  const code = await runStep(step);
  if (code !== 0) process.exit(code ?? 1);
}
