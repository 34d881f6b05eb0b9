/**
 * A production build (SITE_ENV=production) stops before anything is built when the content
 * folder holds sample data, and lists every piece of it.
 */
import type { AstroIntegration } from 'astro';
import { isProductionBuild, refuseSamples } from '../lib/content-rules/build-mode.ts';
import { throwIfProblems } from '../lib/content-rules/content-errors.ts';
import { findSamples } from '../lib/content-rules/samples.ts';

export function refuseSampleContent(): AstroIntegration {
  return {
    name: 'refuse-sample-content',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (isProductionBuild() && (command === 'build' || command === 'sync')) {
          throwIfProblems(refuseSamples(await findSamples()));
        }
      },
    },
  };
}
