/**
 * An in-memory stand-in for GitHub's REST and GraphQL API, for browser tests of the content editor
 * (Sveltia CMS) in its GitHub workflow: a Node HTTP server on a random loopback port that serves one
 * repository (tests/github-repository.ts) and answers exactly what Sveltia 0.221's GitHub backend
 * asks (services/backends/git/github/*.js):
 *
 * - REST `GET /user` (token sign-in), `GET /repos/:o/:r/collaborators/:login` (access check),
 *   `GET /repos/:o/:r/git/trees/:ref?recursive=1` (file list), `GET /repos/:o/:r/git/blobs/:sha`
 *   (a picture, or a text too big for GraphQL, raw);
 * - `POST /graphql`: reads and the `createCommitOnBranch` mutation, every commit recorded with its
 *   files decoded for the test to read.
 *
 * A request with any token but the one given gets GitHub's `401 {"message":"Bad credentials"}`,
 * except an outsider's (`outsiders`): a real account whose fine-grained token cannot reach the
 * repository (made for the person's own account, while the repository belongs to someone else
 * who added them as a collaborator). GitHub knows who they are (`GET /user`) but answers `404` for
 * the repository and everything in it, as it hides what a token cannot reach. A request the stub
 * does not know is answered 404 and listed in `unhandled`, so a test sees when the
 * editor starts asking something new.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRepository, type RecordedCommit } from './github-repository.ts';

export type { RecordedCommit } from './github-repository.ts';

export interface GitHubStub {
  /** http://127.0.0.1:<port>, to forward https://api.github.com to. */
  origin: string;
  /** Commits made since the start, oldest first (the repository's first commit is not one). */
  commits: RecordedCommit[];
  /** Requests the stub does not implement ("METHOD path" or "graphql: query"). */
  unhandled: string[];
  /** The repository's files now, by path. */
  files(): Map<string, Buffer>;
  close(): Promise<void>;
}

export async function startGitHubStub(options: {
  /** "owner/name", as in the editor's config.yml. */
  repo: string;
  branch: string;
  /** The token that signs in; any other is refused. */
  token: string;
  user: { login: string; name: string };
  /** Tokens of real accounts that cannot reach the repository, with their accounts. */
  outsiders?: { token: string; user: { login: string; name: string } }[];
  /** The repository's files at its first commit, by path. */
  files: Map<string, Buffer>;
}): Promise<GitHubStub> {
  const repository = createRepository(options);
  const { unhandled } = repository;
  const repoPath = `/repos/${options.repo}`;

  /** GitHub's answer to `GET /user`. */
  const account = (user: { login: string; name: string }, id: number) => ({
    id,
    login: user.login,
    name: user.name,
    email: null,
    // No picture: the editor would load it from another origin.
    avatar_url: null,
    html_url: `https://github.com/${user.login}`,
  });

  /** A REST call: status, body (JSON, or bytes with their type), or 404 for anything else. */
  const rest = (method: string, url: URL): [number, unknown, string?] => {
    if (method === 'GET' && url.pathname === '/user') return [200, account(options.user, 1001)];
    // GitHub answers "204 No Content" for a collaborator.
    if (method === 'GET' && url.pathname === `${repoPath}/collaborators/${options.user.login}`)
      return [204, undefined];
    const tree = url.pathname.match(new RegExp(`^${repoPath}/git/trees/([^/]+)$`));
    const found = tree && url.searchParams.get('recursive') === '1' && repository.tree(tree[1]!);
    if (method === 'GET' && found) return [200, found];
    const blob = url.pathname.match(new RegExp(`^${repoPath}/git/blobs/([0-9a-f]{40})$`));
    const bytes = blob && repository.blob(blob[1]!);
    // The raw media type: the bytes themselves, which the editor reads as binary by this type.
    if (method === 'GET' && bytes) return [200, bytes, 'application/octet-stream'];
    unhandled.push(`${method} ${url.pathname}${url.search}`);
    return [404, { message: 'Not Found' }];
  };

  const answer = (response: ServerResponse, status: number, body: unknown, type?: string) => {
    // The browser calls api.github.com from the site's origin: GitHub answers with open CORS.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Expose-Headers', 'Content-Type');
    if (body === undefined) {
      response.writeHead(status).end();
      return;
    }
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    response.writeHead(status, { 'Content-Type': type ?? 'application/json; charset=utf-8' });
    response.end(bytes);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
      return answer(response, 204, undefined);
    }
    // Sveltia sends "Authorization: token <token>"; GitHub takes "Bearer" too.
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const outsider = options.outsiders?.find((entry) => entry.token === token);
    if (outsider && ['token', 'bearer'].includes(scheme?.toLowerCase() ?? '')) {
      if (method === 'GET' && url.pathname === '/user')
        return answer(response, 200, account(outsider.user, 2002));
      return answer(response, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      });
    }
    if (!['token', 'bearer'].includes(scheme?.toLowerCase() ?? '') || token !== options.token)
      return answer(response, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    if (method === 'POST' && url.pathname === '/graphql') {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      return answer(response, 200, repository.graphql(String(query), variables ?? {}));
    }
    const [status, body, type] = rest(method, url);
    return answer(response, status, body, type);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      unhandled.push(`error: ${String(error)}`);
      answer(response, 500, { message: String(error) });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    commits: repository.commits,
    unhandled,
    files: repository.files,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
