/**
 * No chained module imports: a page's module script that imports another file (a chunk Vite
 * shares between two scripts) would only ask for it once it has arrived itself, one more round
 * trip before `load` (800 ms on an EDGE-like link). Every file a page's module scripts import,
 * directly or not, is listed in its <head> as <link rel="modulepreload">, so the browser asks for
 * all of them at once (src/integrations/module-preload.ts writes them after the build).
 * Imports are read with es-module-lexer (the parser Vite itself uses), never matched by a regex.
 */
import path from 'node:path/posix';
import { DomUtils, parseDocument } from 'htmlparser2';
import { init, parse } from 'es-module-lexer';

/** The addresses of the module scripts a page loads (`<script type="module" src>`). */
export function moduleScripts(html: string): string[] {
  const document = parseDocument(html);
  return DomUtils.findAll(
    (element) =>
      element.name === 'script' && element.attribs.type === 'module' && !!element.attribs.src,
    document.children,
  ).map((element) => element.attribs.src!);
}

/**
 * Every file the scripts at `entries` import statically, directly or not, in the order found, not
 * the entries themselves. `read` gives a script's code by its address (undefined when the site
 * has no such file: it is then left alone).
 */
export async function staticImports(
  entries: readonly string[],
  read: (address: string) => string | undefined,
): Promise<string[]> {
  await init;
  const found = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const address = queue.shift()!;
    const code = read(address);
    if (code === undefined) continue;
    const [imports] = parse(code);
    for (const entry of imports) {
      // Static imports only (d === -1); a dynamic import is fetched when the page asks for it.
      if (entry.d !== -1 || !entry.n || !entry.n.startsWith('.')) continue;
      const target = path.join(path.dirname(address), entry.n);
      if (found.has(target) || entries.includes(target)) continue;
      found.add(target);
      queue.push(target);
    }
  }
  return [...found];
}

/** The page with a modulepreload link for each file in `files`, at the end of its <head>. */
export function withModulePreloads(html: string, files: readonly string[]): string {
  if (!files.length) return html;
  const links = files.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}
