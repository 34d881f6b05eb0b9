/**
 * The content the product's tests build and read: a copy of the sample ward, kept as a fixture so
 * that a ward replacing `content/` changes nothing the tests expect. The figures worked out by hand
 * in `tests/sample-progress.ts` and the names the browser tests look for come from this folder.
 *
 * `npm test` builds it into `dist/` (`npm run test:site`), and Vitest and Playwright read it through
 * `SITE_CONTENT`, so `readSite()` and the table readers default to it in every test.
 */
export const SAMPLE_WARD = 'tests/fixtures/tan-hung';
