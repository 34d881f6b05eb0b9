/**
 * Lets Node run the product's TypeScript from inside node_modules. Node strips types itself only
 * outside node_modules, and a ward's repository installs the product there; this hook strips
 * them from the product's own `.ts` files with Node's own stripper (`module.stripTypeScriptTypes`),
 * the same erasable-syntax-only rules the product is written to. Loaded with `--import` by the
 * `cong-dan-so` command, for itself and, through NODE_OPTIONS, every Node process it starts.
 */
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const product = pathToFileURL(`${path.resolve(import.meta.dirname, '..')}${path.sep}`).href;

/** A module of the product's own: under its folder, not in a node_modules inside it. */
const ownTypeScript = (url) =>
  url.startsWith(product) &&
  url.endsWith('.ts') &&
  !url.slice(product.length).includes('node_modules/');

registerHooks({
  load(url, context, nextLoad) {
    if (!ownTypeScript(url)) return nextLoad(url, context);
    const source = readFileSync(fileURLToPath(url), 'utf8');
    return { format: 'module', source: stripTypeScriptTypes(source), shortCircuit: true };
  },
});
