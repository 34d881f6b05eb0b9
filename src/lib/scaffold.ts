/**
 * `npm run new -- <kind> "Tiêu đề"`: the starting file of a news item, letter, story or bulletin.
 * Every required field is filled with today's date or a placeholder in parentheses, and the entry
 * is a draft, so the file builds as it is and appears nowhere until an editor removes `draft: true`.
 */
import { placeName } from './letters.ts';
import { slugFromTitle } from './text.ts';

/** What editors type, and the content folder each kind lives in. */
export const SCAFFOLD_FOLDERS = {
  news: 'news',
  letter: 'announcements',
  story: 'stories',
  bulletin: 'bulletins',
} as const;

export type ScaffoldKind = keyof typeof SCAFFOLD_FOLDERS;

export interface ScaffoldContext {
  /** Today in the campaign's time zone, YYYY-MM-DD. */
  today: string;
  /** The ward's name as site.yaml gives it ("Phường Quang Trung"). */
  wardName: string;
  /** A group code from groups.csv and a story category from site.yaml, so a story is valid. */
  groupCode: string;
  categoryCode: string;
}

export interface Scaffold {
  /** The folder inside the content folder. */
  folder: (typeof SCAFFOLD_FOLDERS)[ScaffoldKind];
  fileName: string;
  text: string;
}

/** A problem with what the editor typed, in their language. */
export class ScaffoldError extends Error {}

export const SCAFFOLD_USAGE = `Cách dùng: npm run new -- <loại> "Tiêu đề"
  loại: news (tin tức), letter (văn bản), story (câu chuyện), bulletin (bản tin phát thanh)
  ví dụ: npm run new -- news "Thanh niên số hỗ trợ người cao tuổi"`;

export function isScaffoldKind(kind: string): kind is ScaffoldKind {
  return Object.hasOwn(SCAFFOLD_FOLDERS, kind);
}

/** A YAML scalar that reads back as exactly `value`, whatever quotes or colons it holds. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

export function scaffold(kind: string, rawTitle: string, context: ScaffoldContext): Scaffold {
  if (!isScaffoldKind(kind)) {
    throw new ScaffoldError(`Không có loại nội dung "${kind}".\n${SCAFFOLD_USAGE}`);
  }
  const title = rawTitle.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!title) throw new ScaffoldError(`Thiếu tiêu đề.\n${SCAFFOLD_USAGE}`);
  const slug = slugFromTitle(title);
  if (!slug) {
    throw new ScaffoldError(
      `Tiêu đề "${title}" không có chữ hay số nào để làm tên tệp. Viết tiêu đề bằng chữ.`,
    );
  }
  const frontmatter = TEMPLATES[kind](title, context);
  return {
    folder: SCAFFOLD_FOLDERS[kind],
    fileName: `${slug}.md`,
    text: `---\n${frontmatter.join('\n')}\n---\n\n${BODIES[kind]}\n`,
  };
}

const DRAFT = [
  '# Bản nháp: chỉ hiện khi xem trước (npm run dev). Xóa dòng dưới để đăng lên trang.',
  'draft: true',
];

const TEMPLATES: Record<ScaffoldKind, (title: string, context: ScaffoldContext) => string[]> = {
  news: (title, { today }) => [
    `title: ${quoted(title)}`,
    '# Ngày đăng, năm-tháng-ngày. Khi sửa tin đã đăng, thêm dòng updated: với ngày sửa.',
    `date: ${today}`,
    '# Một hai câu, hiện trong danh sách tin và khi chia sẻ đường link.',
    'summary: "(Viết một hai câu tóm tắt tin.)"',
    '# Ảnh (không bắt buộc): chép ảnh vào cùng thư mục, bỏ dấu # ở hai dòng dưới và sửa tên ảnh.',
    '# cover: ./ten-anh.jpg',
    '# coverAlt: "Mô tả ảnh cho người không nhìn thấy"',
    '# Chủ đề: mỗi chủ đề một dòng, bắt đầu bằng "- ".',
    'tags: []',
    ...DRAFT,
  ],
  letter: (title, { today, wardName }) => [
    '# Trích yếu: tiêu đề hiện trên trang. Nếu dòng "V/v" của bản gốc viết khác (chữ thường ở đầu),',
    '# bỏ dấu # ở dòng subject và chép dòng đó vào, không có chữ "V/v".',
    `title: ${quoted(title)}`,
    `# subject: ${quoted(title)}`,
    '# Số văn bản, không ghi chữ "Số:". Ví dụ: "123/UBND-VHXH".',
    'number: "(số)/UBND-VHXH"',
    '# Cơ quan ban hành, mỗi dòng một dòng như trên văn bản.',
    'issuer:',
    '  - ỦY BAN NHÂN DÂN',
    `  - ${quoted(wardName.toLocaleUpperCase('vi'))}`,
    `place: ${quoted(placeName(wardName))}`,
    '# Ngày văn bản, năm-tháng-ngày.',
    `date: ${today}`,
    '# Kính gửi: mỗi nơi một dòng.',
    'recipients:',
    '  - "(nơi nhận văn bản)"',
    '# Người ký: chức vụ (mỗi dòng một dòng như trên văn bản) và họ tên.',
    'signer:',
    '  authority:',
    '    - KT. CHỦ TỊCH',
    '    - PHÓ CHỦ TỊCH',
    '  name: "(họ và tên người ký)"',
    '# Nơi nhận bản sao (không bắt buộc).',
    'distribution:',
    '  - Như trên;',
    '  - "Lưu: VT."',
    '# Tệp PDF đính kèm (không bắt buộc): chép tệp vào cùng thư mục rồi ghi, ví dụ:',
    '# attachments:',
    '#   - title: Thể lệ cuộc thi',
    '#     file: the-le-cuoc-thi.pdf',
    '# Một hai câu, hiện trong danh sách văn bản.',
    'summary: "(Viết một hai câu tóm tắt văn bản.)"',
    ...DRAFT,
  ],
  story: (title, { today, groupCode, categoryCode }) => [
    `title: ${quoted(title)}`,
    '# Người kể; display: full (tên đầy đủ), first (chỉ tên) hoặc anonymous (giấu tên).',
    'author:',
    '  name: "(họ và tên người kể)"',
    '  display: first',
    '# Mã tổ trong groups.csv và mã nhóm câu chuyện trong site.yaml.',
    `group: ${quoted(groupCode)}`,
    `category: ${quoted(categoryCode)}`,
    '# Ngày nhận câu chuyện, năm-tháng-ngày.',
    `date: ${today}`,
    'summary: "(Viết một hai câu tóm tắt câu chuyện.)"',
    '# Chỉ đăng khi người kể đã đồng ý bằng văn bản (consent) và Trung tâm đã duyệt (published).',
    'consent: false',
    'published: false',
    ...DRAFT,
  ],
  bulletin: (title, { today }) => [
    `title: ${quoted(title)}`,
    '# Ngày phát lần đầu, năm-tháng-ngày.',
    `date: ${today}`,
    'summary: "(Viết một câu tóm tắt bản tin.)"',
    ...DRAFT,
  ],
};

const BODIES: Record<ScaffoldKind, string> = {
  news: '(Viết nội dung tin ở đây. Mỗi đoạn cách nhau một dòng trống.)',
  letter: '(Chép nguyên văn nội dung văn bản ở đây, từ “Căn cứ …” đến hết phần nội dung.)',
  story: '(Chép câu chuyện bằng lời của người kể ở đây.)',
  bulletin: '(Viết bài đọc trên loa ở đây: câu ngắn, dễ nghe, đọc số bằng chữ khi cần.)',
};
