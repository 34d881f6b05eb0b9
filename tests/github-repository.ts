/**
 * The repository behind the GitHub stand-in (tests/github-stub.ts): files kept as Git blobs, a
 * branch's history of commits, and the answers to the GraphQL queries Sveltia 0.221's GitHub
 * backend sends (services/backends/git/github/*.js): the default branch, the branch's last commit
 * (`history(first: 1)`) and head (`ref { target { oid } }`), batches of aliased blob texts
 * (`content_N: object(oid:)`), of each file's last commit (`commit_N: ref(...) { history(path:) }`),
 * of commits' deployment status (`commit_N: object(oid:) { ... on Commit }`), and the
 * `createCommitOnBranch` mutation, which is checked against the head and recorded.
 */
import { createHash } from 'node:crypto';

/** One commit made through the API, as the test reads it. */
export interface RecordedCommit {
  oid: string;
  message: string;
  /** Files written: path in the repository and the decoded bytes. */
  additions: { path: string; bytes: Buffer }[];
  /** Paths removed. */
  deletions: string[];
}

/** The mutation's input, as Sveltia sends it (github/commits.js). */
interface CommitInput {
  branch?: { repositoryNameWithOwner?: string; branchName?: string };
  expectedHeadOid?: string;
  fileChanges?: {
    additions?: { path: string; contents: string }[];
    deletions?: { path: string }[];
  };
  message?: { headline?: string };
}

/** The variables of a GraphQL request: the repository, and the mutation's input. */
interface Variables {
  owner?: string;
  repo?: string;
  expression?: string;
  input?: CommitInput;
}

interface Commit {
  oid: string;
  message: string;
  date: string;
  /** The whole tree after the commit, path → blob sha. */
  tree: Map<string, string>;
  /** The paths it changed. */
  touched: Set<string>;
}

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');
/** Git's blob id: the SHA-1 of "blob <size>\0" and the bytes. */
const blobSha = (bytes: Buffer) =>
  sha1(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]));
/** A JSON string literal, as Sveltia writes paths and oids into its queries. */
const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;

/** The repository: its history, its blobs, and what it answers to GraphQL. */
export function createRepository(options: {
  /** "owner/name", as in the editor's config.yml. */
  repo: string;
  branch: string;
  user: { login: string; name: string };
  /** The files at the first commit, by path. */
  files: Map<string, Buffer>;
}) {
  const blobs = new Map<string, Buffer>();
  const store = (bytes: Buffer) => {
    const sha = blobSha(bytes);
    blobs.set(sha, bytes);
    return sha;
  };
  const history: Commit[] = [];
  const recorded: RecordedCommit[] = [];
  /** Queries the repository does not know, for the test to see. */
  const unhandled: string[] = [];
  const author = {
    name: options.user.name,
    email: `${options.user.login}@example.org`,
    avatarUrl: '',
    user: { id: 1001, login: options.user.login },
  };
  const commit = (message: string, tree: Map<string, string>, touched: Set<string>) => {
    const date = new Date(Date.UTC(2025, 10, 1) + history.length * 60_000).toISOString();
    const oid = sha1(`${history.length}\n${message}\n${[...tree].join('\n')}`);
    history.push({ oid, message, date, tree, touched });
    return history.at(-1)!;
  };
  const first = new Map([...options.files].map(([path, bytes]) => [path, store(bytes)]));
  commit('Nội dung mẫu của phường Tân Hưng', first, new Set(first.keys()));
  const head = () => history.at(-1)!;

  /** A ref's target: the head, with its history (of one path, when given), newest first. */
  const refTarget = (path?: string) => ({
    oid: head().oid,
    history: {
      nodes: history
        .filter((c) => path === undefined || c.touched.has(path))
        .reverse()
        .map(({ oid, message, date }) => ({ oid, message, author, committedDate: date })),
    },
  });

  /** The mutation: checks the expected head as GitHub does, then applies and records the change. */
  const createCommit = (query: string, input: CommitInput) => {
    const { repositoryNameWithOwner, branchName } = input.branch ?? {};
    if (repositoryNameWithOwner !== options.repo || branchName !== options.branch)
      return { errors: [{ type: 'NOT_FOUND', message: `No branch ${branchName}` }] };
    if (input.expectedHeadOid !== head().oid)
      return {
        errors: [{ type: 'STALE_DATA', message: 'Expected branch to point to another oid' }],
      };
    const tree = new Map(head().tree);
    const touched = new Set<string>();
    const additions = (input.fileChanges?.additions ?? []).map(({ path, contents }) => {
      const bytes = Buffer.from(contents, 'base64');
      tree.set(path, store(bytes));
      touched.add(path);
      return { path, bytes };
    });
    const deletions = (input.fileChanges?.deletions ?? []).map(({ path }) => {
      tree.delete(path);
      touched.add(path);
      return path;
    });
    const { oid, date } = commit(input.message?.headline ?? '', tree, touched);
    recorded.push({ oid, message: input.message?.headline ?? '', additions, deletions });
    const files = Object.fromEntries(
      [...query.matchAll(new RegExp(`(file_\\d+): file\\(path: (${JSON_STRING})\\)`, 'g'))].map(
        ([, alias, path]) => [alias, { oid: tree.get(JSON.parse(path!)) ?? null }],
      ),
    );
    return { data: { createCommitOnBranch: { commit: { oid, committedDate: date, ...files } } } };
  };

  /** An aliased field of `repository`: a blob's text, a commit, or a file's last commits. */
  const aliased = (fragment: string) => {
    const object = fragment.match(new RegExp(`^object\\(oid: (${JSON_STRING})\\)`));
    if (object) {
      const oid = JSON.parse(object[1]!) as string;
      const bytes = blobs.get(oid);
      if (bytes) return { text: bytes.toString('utf8'), isTruncated: false };
      const found = history.find((c) => c.oid === oid);
      // A commit's deployment status: no status, no deployment, no check ran.
      return found
        ? { oid, status: null, deployments: { nodes: [] }, checkSuites: { nodes: [] } }
        : null;
    }
    if (fragment.startsWith('ref(')) {
      const path = fragment.match(new RegExp(`history\\(first: \\d+, path: (${JSON_STRING})\\)`));
      return { target: refTarget(path ? (JSON.parse(path[1]!) as string) : undefined) };
    }
    return undefined;
  };

  const graphql = (query: string, variables: Variables) => {
    if (query.includes('createCommitOnBranch')) return createCommit(query, variables.input ?? {});
    if (`${variables.owner}/${variables.repo}` !== options.repo)
      return { data: { repository: null } };
    // Whether a path is on a branch ("main:content/participation.csv"), as the editor's guard asks.
    if (/object\(expression: \$expression\)/.test(query)) {
      const [branch, path] = String(variables.expression).split(':');
      const oid = branch === options.branch ? head().tree.get(path!) : undefined;
      return { data: { repository: { object: oid ? { oid } : null } } };
    }
    if (query.includes('defaultBranchRef'))
      return { data: { repository: { defaultBranchRef: { name: options.branch } } } };
    const aliases = [...query.matchAll(/(\w+_\d+):\s+/g)];
    if (aliases.length === 0 && /repository\([^)]*\) \{ ref\(qualifiedName: \$branch\)/.test(query))
      return { data: { repository: { ref: { target: refTarget() } } } };
    const repository: Record<string, unknown> = {};
    for (const [index, match] of aliases.entries()) {
      const start = match.index + match[0].length;
      const value = aliased(query.slice(start, aliases[index + 1]?.index ?? query.length));
      if (value === undefined)
        unhandled.push(`graphql: ${match[0]}${query.slice(start, start + 80)}`);
      repository[match[1]!] = value ?? null;
    }
    if (aliases.length === 0) unhandled.push(`graphql: ${query.slice(0, 200)}`);
    return { data: { repository } };
  };

  /** The tree at a branch or commit: its commit id and each file's path, blob id and size. */
  const tree = (ref: string) => {
    const at = ref === options.branch ? head() : history.find((c) => c.oid === ref);
    if (!at) return undefined;
    const entries = [...at.tree].map(([path, sha]) => {
      return { path, mode: '100644', type: 'blob', sha, size: blobs.get(sha)!.length };
    });
    return { sha: at.oid, tree: entries, truncated: false };
  };

  return {
    commits: recorded,
    unhandled,
    graphql,
    tree,
    blob: (sha: string) => blobs.get(sha),
    files: () => new Map([...head().tree].map(([path, sha]) => [path, blobs.get(sha)!])),
  };
}
