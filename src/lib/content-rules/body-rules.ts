/**
 * What a body (the text under the frontmatter) may hold, checked before anything is rendered, with
 * each problem on its file and line in the editors' language:
 *
 * - **MDX is declarative.** Guides and pages are MDX so that they can use the guide components,
 *   but staff edit them as plain text, and MDX can run code while the site builds (`export`,
 *   `import`, `{expressions}`). A body may hold markdown, the components of {@link MDX_COMPONENTS}
 *   with literal attribute values, and the HTML elements and attributes that markdown's own
 *   allow-list keeps (src/lib/content-rules/markdown.ts); nothing else. It is parsed with Sätteri, the parser
 *   Astro's MDX integration compiles with, so a syntax error is found here, in Vietnamese, rather
 *   than by the compiler in English.
 * - **Every picture has a description** (`![mô tả](./anh.jpg)`, `<img alt="…">`), in markdown and
 *   MDX alike: a picture without one is a blank to a screen reader.
 *
 * The pictures a body shows are read from the same parse (src/lib/content-rules/body-tree.ts).
 */
import { decodeHTML } from 'entities';
import {
  htmlImages,
  isJsxImage,
  lineOf,
  parseBody,
  visit,
  type Attribute,
  type Node,
} from './body-tree.ts';
import type { Problem } from './content-errors.ts';
import { SANITIZE_SCHEMA } from './markdown.ts';
import { syntaxProblem } from './mdx-syntax.ts';

/**
 * The components a guide or a page may use, with the attributes each takes (the same names as
 * `src/components/guides/mdx-components.ts`, which a unit test keeps in step).
 */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Fact: ['name'],
  Note: [],
  PageLink: ['href'],
  SiteLink: ['to'],
  Step: ['title'],
  Steps: [],
};

const COMPONENT_LIST = Object.keys(MDX_COMPONENTS).join(', ');

/**
 * The values an attribute of a component may take, where they are a closed set: the facts and
 * links of site.yaml (src/components/guides/Fact.astro and SiteLink.astro, kept in step by a unit
 * test). Any other value (`name="constructor"`, `to="toString"`) is refused here, by file and line.
 */
export const MDX_VALUES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Fact: {
    name: [
      'opens',
      'closes',
      'reportDeadline',
      'questions',
      'platform',
      'campaign',
      'organizer',
      'storyName',
      'ward',
      'audience',
      'officials',
      'households',
      'hotline',
      'courseHost',
    ],
  },
  SiteLink: { to: ['course', 'hotline', 'zalo', 'guide', 'video'] },
};

/** Problems of an MDX body; `bodyLine` is the file's line of the body's first line. */
export function mdxBodyProblems(file: string, body: string, bodyLine: number): Problem[] {
  let tree: Node;
  try {
    tree = parseBody(body, true);
  } catch (error) {
    return [syntaxProblem(file, String((error as Error).message), bodyLine, body)];
  }
  const problems: Problem[] = [];
  visit(tree, (node) => {
    const line = lineOf(node, bodyLine);
    const at = (message: string) => problems.push({ file, line, message });
    if (node.type === 'mdxjsEsm')
      at(
        'Trang hướng dẫn không được chứa mã lệnh (import, export). Xóa dòng này: các khối có sẵn như <Note> hay <Steps> dùng được ngay, không cần import.',
      );
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      at(
        'Dấu ngoặc nhọn { } trong trang hướng dẫn là chỗ chạy mã lệnh, trang web không cho phép. Muốn viết dấu ngoặc nhọn như chữ thường, viết \\{ và \\}; muốn ghi ngày, số điện thoại hay đường link của cuộc thi, dùng <Fact> hoặc <SiteLink>.',
      );
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      problems.push(...elementProblems(file, node, line));
    // MDX is not sanitised as markdown is: a markdown link must be a web address too.
    const isLink = node.type === 'link' || node.type === 'definition';
    if ((isLink || node.type === 'image') && !safeUrl(isLink ? 'href' : 'src', node.url ?? ''))
      at(
        `Đường link "${node.url}" không phải địa chỉ web. Dùng địa chỉ bắt đầu bằng https:// hoặc một trang của website, bắt đầu bằng /.`,
      );
  });
  return [...problems, ...pictureProblems(file, tree, bodyLine)];
}

/** Problems of a markdown body: pictures without a description. */
export function markdownBodyProblems(file: string, body: string, bodyLine: number): Problem[] {
  return pictureProblems(file, parseBody(body, false), bodyLine);
}

/** An element of an MDX body: an allowed component or HTML element, with literal attributes only. */
function elementProblems(file: string, node: Node, line: number | undefined): Problem[] {
  const name = node.name ?? '';
  const problems: Problem[] = [];
  const at = (message: string) => problems.push({ file, line, message });
  const component =
    /^[A-Z]/.test(name) && Object.hasOwn(MDX_COMPONENTS, name) ? MDX_COMPONENTS[name] : undefined;
  const htmlAttributes = /^[a-z][a-z0-9]*$/.test(name) ? allowedHtmlAttributes(name) : undefined;
  if (!component && !htmlAttributes) {
    at(
      name === ''
        ? 'Thẻ rỗng <> … </> không dùng được trong trang hướng dẫn. Xóa hai thẻ này, giữ phần chữ bên trong.'
        : `Thẻ <${name}> không có trong các khối trang hướng dẫn dùng được (${COMPONENT_LIST}) và không phải định dạng chữ thông thường. Sửa tên thẻ cho đúng, hoặc xóa thẻ và viết bằng định dạng markdown.`,
    );
    return problems;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      at(
        `Thẻ <${name}> có phần {…} là mã lệnh, không phải thuộc tính. Xóa phần đó; thuộc tính viết dạng ten="giá trị".`,
      );
      continue;
    }
    const key = attribute.name;
    const allowed = component
      ? component.includes(key)
      : htmlAttributes!.has(key.toLowerCase().replace(/-/g, ''));
    if (!allowed) {
      const list = component ? component.join(', ') || 'không có thuộc tính nào' : '';
      at(
        component
          ? `Thẻ <${name}> không có thuộc tính "${key}" (thuộc tính dùng được: ${list}). Xóa hoặc sửa tên thuộc tính.`
          : `Thuộc tính "${key}" của thẻ <${name}> không được dùng trong trang hướng dẫn. Xóa thuộc tính này.`,
      );
      continue;
    }
    if (attribute.value !== null && typeof attribute.value !== 'string') {
      at(
        `Thuộc tính ${key} của thẻ <${name}> phải là chữ trong dấu ngoặc kép, ví dụ ${key}="…", không dùng dấu ngoặc nhọn { }.`,
      );
      continue;
    }
    const values = component && Object.hasOwn(MDX_VALUES, name) ? MDX_VALUES[name]! : {};
    const closed = Object.hasOwn(values, key) ? values[key]! : undefined;
    if (closed && typeof attribute.value === 'string' && !closed.includes(attribute.value)) {
      at(
        `Thẻ <${name}> không có ${key}="${attribute.value}". Dùng một trong: ${closed.join(', ')}.`,
      );
      continue;
    }
    if (typeof attribute.value === 'string' && !safeUrl(key, attribute.value))
      at(
        `Đường link ${key}="${attribute.value}" của thẻ <${name}> không phải địa chỉ web. Dùng địa chỉ bắt đầu bằng https:// hoặc một trang của website, bắt đầu bằng /.`,
      );
  }
  return problems;
}

/** The attributes markdown's allow-list keeps on an HTML element, folded; undefined: not kept. */
function allowedHtmlAttributes(tag: string): Set<string> | undefined {
  if (!SANITIZE_SCHEMA.tagNames?.includes(tag)) return undefined;
  const listed = [
    ...(SANITIZE_SCHEMA.attributes?.[tag] ?? []),
    ...(SANITIZE_SCHEMA.attributes?.['*'] ?? []),
  ];
  const fold = (name: string) =>
    (name === 'className' ? 'class' : name).toLowerCase().replace(/-/g, '');
  return new Set(listed.map((entry) => fold(Array.isArray(entry) ? String(entry[0]) : entry)));
}

/** Schemes a link or a picture may use; any other (javascript:, data:, vbscript:…) is refused. */
const URL_SCHEMES: Readonly<Record<string, readonly string[]>> = {
  href: ['http', 'https', 'mailto', 'tel'],
  src: ['http', 'https'],
};

/** A link or picture address that is relative or of an allowed scheme. */
function safeUrl(attribute: string, value: string): boolean {
  const schemes = URL_SCHEMES[attribute.toLowerCase()];
  if (!schemes) return true;
  // Read as the browser reads it: "&#106;avascript&colon;" is "javascript:".
  const url = decodeHTML(value).replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || schemes.includes(scheme);
}

/** Pictures without a description: markdown images, and <img> in HTML or JSX. */
function pictureProblems(file: string, tree: Node, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const missing = (line: number | undefined, src: string) =>
    problems.push({
      file,
      line,
      message: `Ảnh "${src}" chưa có mô tả cho người không nhìn thấy. Viết mô tả trong ngoặc vuông: ![Bà Lan cầm điện thoại, cháu ngồi bên cạnh](${src}), hoặc thêm alt="…" vào thẻ <img>.`,
    });
  visit(tree, (node) => {
    const line = lineOf(node, bodyLine);
    if (node.type === 'image' && !node.alt?.trim()) missing(line, String(node.url ?? ''));
    if (isJsxImage(node)) {
      const attribute = (key: string) =>
        node.attributes?.find((a: Attribute) => a.name === key)?.value;
      const alt = attribute('alt');
      if (typeof alt !== 'string' || !alt.trim()) missing(line, String(attribute('src') ?? ''));
    }
    if (node.type === 'html' && typeof node.value === 'string')
      htmlImages(node.value, line, (attributes, at) => {
        if (!attributes.alt?.trim()) missing(at, attributes.src ?? '');
      });
  });
  return problems;
}
