/**
 * Runs in /quan-tri/ before the editor (Sveltia CMS) loads, and stands between it and GitHub's API
 * (bundled by src/lib/editor/cms-scripts.ts as guard.js):
 *
 * - the editor's interface follows the browser's language: it gets Vietnamese first;
 * - the access token is typed into a password field;
 * - no connection to GitHub is said in Vietnamese (the editor shows the browser's own words,
 *   "Failed to fetch"; a refused token it reports in Vietnamese itself);
 * - a save is checked before it is committed, by the build's own schemas, readers and rules
 *   (save-check.js, loaded the first time something is saved): what the build would refuse is
 *   refused here, with the build's message, and nothing is committed;
 * - a table uploaded under a name the site does not read ("Số liệu tháng 11.xlsx") is offered the
 *   name it reads (participation.xlsx, known from its columns), or not committed;
 * - an entry that would be saved but not shown (a draft, a story approved without consent, news
 *   dated later) is saved only once the staff member, told why, confirms;
 * - a table uploaded in the other format (participation.xlsx beside participation.csv) replaces
 *   the old one in the same commit: the build refuses a pair.
 */
import type { SaveCheck } from './save-check.ts';

declare const GUARD_STRINGS: {
  network: string;
  refused: string;
  refusedUpload: string;
  refusedTitle: string;
  unchecked: string;
  close: string;
  tokenLabel: string;
  renameTitle: string;
  renameIntro: string;
  renameSave: string;
  renameCancel: string;
  renameDeclined: string;
  hiddenTitle: string;
  hiddenIntro: string;
  hiddenSave: string;
  hiddenBack: string;
  hiddenDeclined: string;
};
declare const SAVE_CHECK_URL: string;
/** The build's table names and file extensions (src/lib/tables/check.ts, src/lib/tables/read.ts). */
declare const TABLES: { kinds: readonly string[]; extensions: readonly string[] };

const API_HOST = 'api.github.com';

// The editor's interface follows the browser's language: Vietnamese first, whatever the browser
// is set to. A staff member can still choose another in its settings.
const languages = Object.freeze([
  'vi',
  ...navigator.languages.filter((code) => !code.startsWith('vi')),
]);
for (const [name, value] of [
  ['language', 'vi'],
  ['languages', languages],
] as const)
  Object.defineProperty(navigator, name, { get: () => value, configurable: true });

// The token is a password: the editor's field shows it in clear, on office computers people share
// and screens others see. Its field is made a password field as soon as it is drawn.
new MutationObserver(() => {
  for (const field of document.querySelectorAll<HTMLInputElement>(
    `input[aria-label="${GUARD_STRINGS.tokenLabel}"]:not([type="password"])`,
  )) {
    field.type = 'password';
    field.autocomplete = 'off';
  }
}).observe(document.documentElement, { childList: true, subtree: true });

/** The save check, loaded once, when something is first saved. */
let saveCheck: Promise<SaveCheck> | undefined;
function loadSaveCheck(): Promise<SaveCheck> {
  saveCheck ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(SAVE_CHECK_URL, document.baseURI).href;
    script.onload = () => {
      const check = (globalThis as { cmsSaveCheck?: SaveCheck }).cmsSaveCheck;
      if (check) resolve(check);
      else reject(new Error('save check did not load'));
    };
    script.onerror = () => reject(new Error('save check did not load'));
    document.head.append(script);
  });
  return saveCheck;
}

// The editor shows a failed save's reason in one paragraph: one problem a line.
const style = document.createElement('style');
style.textContent = `[role="alertdialog"] .error { white-space: pre-line }
dialog.save-refused { max-width: 40rem; padding: 1.5rem; font: 1rem/1.5 system-ui, sans-serif;
  color: CanvasText; background: Canvas; border: 2px solid CanvasText; border-radius: 0.5rem }
dialog.save-refused li { margin-block: 0.5rem }
dialog.save-refused .buttons { display: flex; flex-wrap: wrap; gap: 0.75rem }
dialog.save-refused button { font: inherit; padding: 0.5rem 1.5rem; min-height: 44px }`;
document.head.append(style);

/**
 * A modal dialog of the guard's own: a title, a paragraph, a list, and buttons; resolves with the
 * index of the button pressed (Escape: the last, which is always the way back).
 */
function ask(title: string, intro: string, items: string[], buttons: string[]): Promise<number> {
  const dialog = document.createElement('dialog');
  dialog.className = 'save-refused';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-labelledby', 'save-refused-title');
  const heading = Object.assign(document.createElement('h2'), {
    id: 'save-refused-title',
    textContent: title,
  });
  const paragraph = Object.assign(document.createElement('p'), { textContent: intro });
  const list = document.createElement('ul');
  for (const item of items)
    list.append(Object.assign(document.createElement('li'), { textContent: item }));
  const row = document.createElement('p');
  row.className = 'buttons';
  let chosen = buttons.length - 1;
  buttons.forEach((text, index) => {
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: text,
    });
    button.addEventListener('click', () => {
      chosen = index;
      dialog.close();
    });
    row.append(button);
  });
  dialog.append(heading, paragraph, list, row);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(chosen);
    });
    dialog.showModal();
  });
}

/** A GraphQL answer that fails the request with `message`, as GitHub's own errors look. */
function graphQLError(message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message }] }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

interface CommitInput {
  branch: { repositoryNameWithOwner: string; branchName: string };
  fileChanges: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] };
}

/** Whether `path` is in the repository, asked with the editor's own credentials. */
async function exists(
  send: typeof fetch,
  url: string,
  headers: Headers,
  input: CommitInput,
  path: string,
): Promise<boolean> {
  const [owner, repo] = input.branch.repositoryNameWithOwner.split('/');
  const query =
    'query($owner: String!, $repo: String!, $expression: String!) { repository(owner: $owner, name: $repo) { object(expression: $expression) { oid } } }';
  const variables = { owner, repo, expression: `${input.branch.branchName}:${path}` };
  const response = await send(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: { repository?: { object?: unknown } } };
  return Boolean(result.data?.repository?.object);
}

/** The table's other files (`content/participation.csv` for `.xlsx`), when `path` is a table. */
function otherFormats(path: string): string[] {
  const extension = TABLES.extensions.find((candidate) => path.endsWith(candidate));
  const name = extension && path.slice('content/'.length, -extension.length);
  if (!path.startsWith('content/') || !name || !TABLES.kinds.includes(name)) return [];
  return TABLES.extensions
    .filter((other) => other !== extension)
    .map((other) => `content/${name}${other}`);
}

const send = globalThis.fetch.bind(globalThis);

/**
 * A commit as the editor would make it, checked and completed; a Response when it is refused.
 * `init` is the editor's request to GitHub's GraphQL API.
 */
async function guardCommit(url: string, init: RequestInit): Promise<RequestInit | Response> {
  if (typeof init.body !== 'string') return init;
  const { query, variables } = JSON.parse(init.body) as {
    query: string;
    variables?: { input?: CommitInput };
  };
  const input = variables?.input;
  if (!query.includes('createCommitOnBranch') || !input) return init;
  let additions = input.fileChanges.additions ?? [];
  const check = async () => {
    try {
      return await (
        await loadSaveCheck()
      )(additions);
    } catch {
      return undefined;
    }
  };
  let result = await check();
  if (!result) return graphQLError(GUARD_STRINGS.unchecked);
  // An entry's save shows the message in the editor's own dialog; an upload does not.
  const upload = !additions.some(({ path }) => /\.mdx?$|\.ya?ml$/.test(path));
  if (result.renames.length) {
    const [{ to }] = result.renames as [{ from: string; to: string }];
    const name = to.slice(to.lastIndexOf('/') + 1);
    const choice = await ask(
      GUARD_STRINGS.renameTitle,
      GUARD_STRINGS.renameIntro,
      result.problems,
      [GUARD_STRINGS.renameSave.replace('{name}', name), GUARD_STRINGS.renameCancel],
    );
    if (choice !== 0) return graphQLError(GUARD_STRINGS.renameDeclined);
    const renamed = new Map(result.renames.map(({ from, to }) => [from, to]));
    additions = additions.map((addition) => ({
      ...addition,
      path: renamed.get(addition.path) ?? addition.path,
    }));
    input.fileChanges.additions = additions;
    result = await check();
    if (!result) return graphQLError(GUARD_STRINGS.unchecked);
  }
  if (result.problems.length) {
    const intro = upload ? GUARD_STRINGS.refusedUpload : GUARD_STRINGS.refused;
    if (upload) void ask(GUARD_STRINGS.refusedTitle, intro, result.problems, [GUARD_STRINGS.close]);
    return graphQLError(`${intro}\n${result.problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
  if (result.hidden.length) {
    const choice = await ask(GUARD_STRINGS.hiddenTitle, GUARD_STRINGS.hiddenIntro, result.hidden, [
      GUARD_STRINGS.hiddenSave,
      GUARD_STRINGS.hiddenBack,
    ]);
    if (choice !== 0)
      return graphQLError(
        `${GUARD_STRINGS.hiddenDeclined}\n${result.hidden.map((reason) => `- ${reason}`).join('\n')}`,
      );
  }
  // A table in the other format goes, in the same commit.
  const deletions = [...(input.fileChanges.deletions ?? [])];
  const headers = new Headers(init.headers);
  for (const other of additions.flatMap(({ path }) => otherFormats(path))) {
    if (deletions.some((deletion) => deletion.path === other)) continue;
    if (await exists(send, url, headers, input, other)) deletions.push({ path: other });
  }
  input.fileChanges.deletions = deletions;
  return { ...init, body: JSON.stringify({ query, variables }) };
}

globalThis.fetch = async (resource, init = {}) => {
  const url = new URL(resource instanceof Request ? resource.url : String(resource));
  if (url.hostname !== API_HOST || resource instanceof Request) return send(resource, init);
  if (init.method === 'POST' && url.pathname === '/graphql') {
    const guarded = await guardCommit(url.href, init);
    if (guarded instanceof Response) return guarded;
    init = guarded;
  }
  try {
    return await send(resource, init);
  } catch {
    throw new TypeError(GUARD_STRINGS.network);
  }
};
