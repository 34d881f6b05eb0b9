/**
 * What the editor is about to commit, checked as the build will check it (bundled by
 * src/lib/editor/cms-scripts.ts as save-check.js, loaded by guard.js the first time something is saved):
 * an entry's frontmatter by its collection's schema, site.yaml by the site's, a table by the
 * build's readers and rules (as the table checker does), with the build's own messages. Checks that need the whole repository (a picture's file, a
 * guide's components) are left to the build, which reports them after publishing.
 *
 * What the checks need from the content (group codes, story categories, the target) is read at
 * build time into save-check.json, next to the script, with each form's field labels: a refusal
 * names the field by the label the form shows ("Mô tả ảnh"), never the file, line or key, which
 * the form does not show (src/lib/editor/form-words.ts). An upload's refusal names the file, its
 * sheet and row, as the library and Excel show them.
 *
 * Two more things are found before anything is committed: a file uploaded at the top of the
 * content folder under a name the site does not read (a table is offered its right name), and an
 * entry that would be saved but not shown (a draft, a story approved without consent, news dated
 * later), which the staff member confirms.
 */
import '../components/tables/buffer-global.ts';
import { z } from 'astro/zod';
import { formatProblemAs, type Problem } from '../lib/content-rules/content-errors.ts';
import { CONTENT_FILES } from '../lib/content-rules/content-files.ts';
import { formProblem } from '../lib/editor/form-words.ts';
import { calendarDateIn, formatDate } from '../lib/site/dates.ts';
import { checkTableFile, KIND_NAMES, kindOfColumns, kindOfFile } from '../lib/tables/check.ts';
import { validate, validateFrontmatter } from '../lib/content-rules/validate.ts';
import { isPublishedStory } from '../lib/content-rules/visibility.ts';
import { parseYaml } from '../lib/content-rules/yaml-source.ts';
import { folderSchemas } from '../schemas/folders.ts';
import { siteConfigSchema } from '../schemas/site.ts';

/** What the build wrote into save-check.json. */
export interface SaveCheckContext {
  groups: { code: string; name: string }[];
  /** The groups table's file, named in messages about unknown group codes. */
  groupsFile: string;
  categories: string[];
  /** The households' target, in percent. */
  target: number;
  /**
   * Each form's field labels by dotted path (src/lib/editor/form-words.ts): by collection folder
   * ("news"), and "site" for site.yaml's form.
   */
  labels: Record<string, Record<string, string>>;
}

/** What a save's check found. */
export interface SaveCheckResult {
  /** What the build would refuse, in the words of the screen it was saved from. */
  problems: string[];
  /** What would be saved but not shown on the site, and why: the staff member confirms. */
  hidden: string[];
  /** A table uploaded under a name the site does not read, and the name it reads. */
  renames: { from: string; to: string }[];
}

/** Checks a commit's added files (base64, as GitHub's API takes them). */
export type SaveCheck = (
  additions: { path: string; contents: string }[],
  today?: string,
) => Promise<SaveCheckResult>;

const picture = () => z.string();

function schemas(context: SaveCheckContext): Record<string, z.ZodType> {
  return folderSchemas(
    picture,
    context.groups.map((group) => group.code),
    context.categories,
  );
}

const ENTRY = /^content\/([^/]+)\/[^/]+\.mdx?$/;
const TOP = /^content\/([^/]+)$/;

/**
 * A file uploaded at the top of the content folder under a name the site does not read: it would
 * stop every publication until moved or removed. A table (known by its columns) is offered the
 * name it should have.
 */
async function unreadFile(
  path: string,
  bytes: Uint8Array,
  result: SaveCheckResult,
): Promise<boolean> {
  const name = TOP.exec(path)?.[1];
  if (!name || CONTENT_FILES.includes(name)) return false;
  const extension = /\.(xlsx|csv)$/i.exec(name)?.[0].toLowerCase();
  const kind = extension && (kindOfFile(name) ?? (await kindOfColumns(bytes, name)));
  const reads = `Ở đây trang web chỉ đọc các tệp tên: ${CONTENT_FILES.join(', ')}. Tệp tên khác làm trang web dừng đăng cho tới khi tệp được đổi tên hoặc xóa.`;
  if (kind) {
    const to = `${kind}${extension}`;
    result.renames.push({ from: path, to: `content/${to}` });
    result.problems.push(
      `${name}: Tệp này có vẻ là ${KIND_NAMES[kind]}, nhưng trang web chỉ đọc ${KIND_NAMES[kind]} tên ${to}. ${reads} Bấm “Lưu với tên ${to}”.`,
    );
  } else
    result.problems.push(
      `${name}: Trang web không dùng tệp này. ${reads} Ảnh của một bài thì tải lên ngay trong bài đó (nút Duyệt tệp ở ô ảnh).`,
    );
  return true;
}

/** Why an entry the build accepts would still not be on the site, in the form's words. */
function hiddenReasons(
  folder: string,
  data: Record<string, unknown>,
  labels: Record<string, string>,
  today: string,
): string[] {
  const label = (field: string) => labels[field] ?? field;
  const reasons: string[] = [];
  if (data.draft === true)
    reasons.push(
      `Ô “${label('draft')}” đang được chọn: bài được lưu nhưng không hiện trên trang web. Muốn đăng thì bỏ chọn ô này.`,
    );
  if (folder === 'stories' && data.published === true && !isPublishedStory(data))
    reasons.push(
      `Câu chuyện đã chọn “${label('published')}” nhưng chưa chọn “${label('consent')}”: câu chuyện không hiện trên trang web khi chưa có đồng ý bằng văn bản của người kể. Có đồng ý rồi thì chọn ô “${label('consent')}”.`,
    );
  if (folder === 'news' && typeof data.date === 'string' && data.date > today)
    reasons.push(
      `${label('date')} ${formatDate(data.date)} chưa tới: tin được lưu nhưng chỉ hiện trên trang web từ ngày đó. Muốn đăng ngay thì sửa thành ngày hôm nay.`,
    );
  return reasons;
}

async function checkOne(
  path: string,
  bytes: Uint8Array,
  context: SaveCheckContext,
  result: SaveCheckResult,
  today: string,
): Promise<void> {
  if (await unreadFile(path, bytes, result)) return;
  const name = path.slice(path.lastIndexOf('/') + 1);
  const kind = kindOfFile(name);
  // An upload: its file's name (as the library shows it), sheet and row (as Excel shows them).
  if (kind && TOP.test(path)) {
    for (const problem of (await checkTableFile(bytes, path, kind, context)).problems)
      result.problems.push(formatProblemAs(problem, name));
    return;
  }
  const text = new TextDecoder().decode(bytes);
  const form = (problems: Problem[], labels: Record<string, string> = {}) =>
    result.problems.push(...problems.map((problem) => formProblem(problem, labels)));
  if (path === 'content/site.yaml') {
    const yaml = parseYaml(text, path);
    if (yaml.problems.length) return void form(yaml.problems);
    const site = validate(siteConfigSchema, yaml.data ?? {}, { file: path, lineOf: yaml.lineOf });
    if (!site.ok) form(site.problems, context.labels.site);
    return;
  }
  const folder = ENTRY.exec(path)?.[1] ?? '';
  const schema = schemas(context)[folder];
  if (!schema) return;
  const labels = context.labels[folder] ?? {};
  const { result: entry } = validateFrontmatter(schema, text, path);
  if (!entry.ok) return void form(entry.problems, labels);
  result.hidden.push(
    ...hiddenReasons(folder, entry.data as Record<string, unknown>, labels, today),
  );
}

/**
 * The problems of a commit's added files (base64, as GitHub's API takes them). `today` is the
 * day in Vietnam (YYYY-MM-DD), as the build decides what is published.
 */
export async function checkAdditions(
  additions: readonly { path: string; contents: string }[],
  context: SaveCheckContext,
  today: string = calendarDateIn(new Date()),
): Promise<SaveCheckResult> {
  const result: SaveCheckResult = { problems: [], hidden: [], renames: [] };
  for (const { path, contents } of additions) {
    const bytes = Uint8Array.from(atob(contents), (char) => char.charCodeAt(0));
    await checkOne(path, bytes, context, result, today);
  }
  return result;
}

let context: Promise<SaveCheckContext> | undefined;

// In the editor's page, the check guard.js calls, with the context read once from beside it.
(globalThis as { cmsSaveCheck?: SaveCheck }).cmsSaveCheck = async (additions, today) => {
  context ??= fetch(new URL('save-check.json', document.baseURI)).then(
    (response) => response.json() as Promise<SaveCheckContext>,
  );
  return checkAdditions(additions, await context, today);
};
