/**
 * A production build (SITE_ENV=production) stops before anything is built when the content
 * folder holds sample data, and lists every piece of it.
 */
import type { AstroIntegration } from 'astro';
import { isProductionBuild, refuseSamples } from '../lib/build-mode.ts';
import { throwIfProblems } from '../lib/content-errors.ts';
import { findSamples } from '../lib/samples.ts';

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
