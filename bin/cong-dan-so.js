#!/usr/bin/env node
/**
 * `cong-dan-so`: the product's one command, run in a ward's folder (the one holding `content/`)
 * or a city's (holding `city.yaml`). Plain JavaScript, so it runs before anything is set up: it
 * checks Node's version, names the product's folder for every process it starts
 * (`CONG_DAN_SO_PRODUCT`, read by src/lib/site/paths.ts), lets Node run the product's TypeScript from
 * node_modules (bin/strip-types.js), then hands over to scripts/cli.ts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `cong-dan-so cần Node.js 24 trở lên, máy này đang có Node.js ${process.versions.node}. ` +
      'Cài Node.js 24 (bản LTS) từ https://nodejs.org rồi chạy lại lệnh.',
  );
  process.exit(1);
}

const product = path.resolve(import.meta.dirname, '..');
process.env.CONG_DAN_SO_PRODUCT = product;
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// Installed in a ward's node_modules, Node would refuse to strip the product's types: the hook does
// it, here and in every Node process started from here.
if (product.split(path.sep).includes('node_modules')) {
  const hook = pathToFileURL(path.join(product, 'bin', 'strip-types.js')).href;
  const options = [`--import=${hook}`, '--disable-warning=ExperimentalWarning'];
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, ...options].filter(Boolean).join(' ');
  // Node's stripper is still marked experimental: say nothing of it to a ward's IT person.
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) => {
    const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
    if (type !== 'ExperimentalWarning') emitWarning(warning, ...rest);
  };
  await import(hook);
}

const { main } = await import(pathToFileURL(path.join(product, 'scripts', 'cli.ts')).href);
process.exitCode = await main(process.argv.slice(2));
