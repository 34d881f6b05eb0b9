/**
 * Serves the built site (dist/) the way a plain static host does: files as they are, folder
 * addresses from their index.html, and the 404 page with a 404 status for anything else. Used by
 * `npm start`, the end-to-end tests and the benchmark.
 *
 *   node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { readSite } from '../src/lib/site-file.ts';

export function serve(options: {
  dir: string;
  host: string;
  port: number;
  base?: string;
}): Promise<Server> {
  // A site published under a path (https://example.gov.vn/congdanso/) is served under it here too.
  const base = options.base ?? new URL(readSite().site.url).pathname;
  const dir = path.resolve(options.dir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: run \`npm run build\` first.`);
  }
  const notFoundPage = path.join(dir, '404.html');
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  };
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    onNoMatch: (_request, response) => notFound(response),
  });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) return notFound(response);
    request.url = `/${url.slice(base.length)}`;
    files(request, response);
  });
  return new Promise((resolve) => server.listen(options.port, options.host, () => resolve(server)));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist' },
    },
  });
  const port = Number(values.port);
  await serve({ dir: values.dir, host: values.host, port });
  console.log(`Serving ${values.dir}/ at http://${values.host}:${port}/ (Ctrl+C to stop)`);
}
