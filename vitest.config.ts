import { defineConfig } from 'vitest/config';
import { SAMPLE_WARD } from './tests/sample-ward.ts';

// The product's tests read the sample ward's fixture, never `content/`, which a ward replaces. The
// guard of tests/no-content-reads.ts refuses content/ in the tests and in every process they start.
const env = { SITE_CONTENT: SAMPLE_WARD };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env,
          setupFiles: ['tests/no-content-reads.ts'],
        },
      },
      {
        // Runs `astro sync` and `astro build` on fixture content: slower, one at a time.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // No default content folder: each test names its own, and a script it starts without
          // one is refused by the guard rather than reading content/.
          setupFiles: ['tests/no-content-reads.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Reads back the PDFs and PNGs of the print step in dist/: run after `npm run build`.
        test: {
          name: 'print',
          include: ['tests/print/**/*.test.ts'],
          env,
          setupFiles: ['tests/no-content-reads.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
