/**
 * Serves the built site (dist/) the way a plain static host does: files as they are, folder
 * addresses from their index.html, the 404 page with a 404 status for anything else, and the
 * security headers of dist/_headers (the Content-Security-Policy among them) on every response, as
 * Netlify or Cloudflare Pages would, and text compressed as such a host sends it: Brotli or gzip,
 * whichever the browser accepts (the `compression` middleware, on the fly; pictures, fonts and
 * Pagefind's files, compressed already, as they are). Used by `npm start`, the build's print step, the end-to-end
 * tests and the benchmark. Every request reads dist/ as it is now, so a server left running serves
 * a rebuild at once: new pages, changed lengths, new headers, without a restart.
 *
 *   node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist] [--no-headers]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import compression from 'compression';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { constants } from 'node:zlib';
import sirv from 'sirv';
import {
  headersFor,
  parseHeaders,
  unfilledPlaceholders,
} from '../src/lib/security/security-headers.ts';
import { readSite } from '../src/lib/content-rules/site-file.ts';

/** The rules of dist/_headers, or none when the site has no such file. */
function readHeaderRules(dir: string) {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const left = unfilledPlaceholders(text);
  if (left.length)
    throw new Error(`${file} still has ${left.join(', ')}: build the site with \`npm run build\`.`);
  return parseHeaders(text);
}

/** The rules of dist/_headers as the file is now: read again whenever a rebuild changed it. */
function currentHeaderRules(dir: string) {
  const file = path.join(dir, '_headers');
  let rules = readHeaderRules(dir);
  const stamp = () => {
    try {
      const stats = statSync(file);
      return `${stats.mtimeMs}:${stats.size}`;
    } catch {
      return 'none';
    }
  };
  let seen = stamp();
  return () => {
    const now = stamp();
    if (now !== seen) {
      // A build in progress may leave the file half-written or with placeholders: keep the last good rules.
      try {
        rules = readHeaderRules(dir);
        seen = now;
      } catch {
        /* keep the previous rules until the build finishes */
      }
    }
    return rules;
  };
}

export function serve(options: {
  dir: string;
  host: string;
  port: number;
  base?: string;
  /** Send the headers of dist/_headers (true unless told otherwise). */
  headers?: boolean;
}): Promise<Server> {
  // A site published under a path (https://example.gov.vn/congdanso/) is served under it here too.
  const base = options.base ?? new URL(readSite().site.url).pathname;
  const dir = path.resolve(options.dir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: run \`npm run build\` first.`);
  }
  const rules = options.headers === false ? () => [] : currentHeaderRules(dir);
  const notFoundPage = path.join(dir, '404.html');
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  };
  // `dev` makes sirv look each file up on disk per request instead of listing dist/ once at start.
  const files = sirv(dir, {
    dev: true,
    etag: true,
    extensions: ['html'],
    onNoMatch: (_request, response) => notFound(response),
  });
  // Brotli at quality 5 and gzip at level 6: close to what a CDN spends on the fly.
  // Typed for Express, but a plain (request, response, next) middleware of node:http.
  const compress = compression({
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    level: 6,
  }) as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  const server = createServer((request, response) =>
    compress(request, response, () => respond(request, response)),
  );
  function respond(request: IncomingMessage, response: ServerResponse) {
    const url = request.url ?? '/';
    const inside = url.startsWith(base);
    const pathname = new URL(inside ? `/${url.slice(base.length)}` : url, 'http://localhost');
    for (const [name, value] of headersFor(rules(), pathname.pathname))
      response.setHeader(name, value);
    if (!inside) return notFound(response);
    request.url = `/${url.slice(base.length)}`;
    files(request, response);
  }
  return new Promise((resolve) => server.listen(options.port, options.host, () => resolve(server)));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist' },
      headers: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  const port = Number(values.port);
  await serve({ dir: values.dir, host: values.host, port, headers: values.headers });
  console.log(`Serving ${values.dir}/ at http://${values.host}:${port}/ (Ctrl+C to stop)`);
}
