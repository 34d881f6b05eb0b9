/**
 * `npm run new -- <kind> "Tiêu đề"`: the starting file of a news item, letter, story or bulletin.
 * Every required field is filled with today's date or a placeholder in parentheses, and the entry
 * is a draft, so the file builds as it is and appears nowhere until an editor removes `draft: true`.
 */
import { markdownFile } from './frontmatter.ts';
import { placeName } from '../site/letters.ts';
import { slugFromTitle } from './text.ts';
import { formatDate } from '../site/dates.ts';

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
  const { data, comments } = TEMPLATES[kind](title, context);
  return {
    folder: SCAFFOLD_FOLDERS[kind],
    fileName: `${slug}.md`,
    text: markdownFile({
      data: { ...data, draft: true },
      comments: { ...comments, draft: DRAFT_COMMENT },
      body: BODIES[kind],
    }),
  };
}

const DRAFT_COMMENT = [
  'Bản nháp: chỉ hiện khi xem trước (npm run dev). Xóa dòng dưới để đăng lên trang.',
];

/** A kind's frontmatter, in order, with the comments that explain its fields to editors. */
interface Template {
  data: Record<string, unknown>;
  comments: Record<string, readonly string[]>;
}

const TEMPLATES: Record<ScaffoldKind, (title: string, context: ScaffoldContext) => Template> = {
  news: (title, { today }) => ({
    data: {
      title,
      date: formatDate(today),
      summary: '(Viết một hai câu tóm tắt tin.)',
      tags: [],
    },
    comments: {
      date: ['Ngày đăng, ngày/tháng/năm. Khi sửa tin đã đăng, thêm dòng updated: với ngày sửa.'],
      summary: ['Một hai câu, hiện trong danh sách tin và khi chia sẻ đường link.'],
      tags: [
        'Ảnh (không bắt buộc): chép ảnh vào cùng thư mục, bỏ dấu # ở hai dòng dưới và sửa tên ảnh.',
        'cover: ./ten-anh.jpg',
        'coverAlt: "Mô tả ảnh cho người không nhìn thấy"',
        'Chủ đề: mỗi chủ đề một dòng, bắt đầu bằng "- ".',
      ],
    },
  }),
  letter: (title, { today, wardName }) => ({
    data: {
      title,
      number: '(số)/UBND-VHXH',
      issuer: ['ỦY BAN NHÂN DÂN', wardName.toLocaleUpperCase('vi')],
      place: placeName(wardName),
      date: formatDate(today),
      recipients: ['(nơi nhận văn bản)'],
      signer: { authority: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: '(họ và tên người ký)' },
      distribution: ['Như trên;', 'Lưu: VT.'],
      summary: '(Viết một hai câu tóm tắt văn bản.)',
    },
    comments: {
      title: [
        'Trích yếu: tiêu đề hiện trên trang. Nếu dòng "V/v" của bản gốc viết khác (chữ thường ở đầu),',
        'bỏ dấu # ở dòng subject và chép dòng đó vào, không có chữ "V/v".',
      ],
      number: [
        `subject: ${JSON.stringify(title)}`,
        'Số văn bản, không ghi chữ "Số:". Ví dụ: "123/UBND-VHXH".',
      ],
      issuer: ['Cơ quan ban hành, mỗi dòng một dòng như trên văn bản.'],
      date: ['Ngày văn bản, ngày/tháng/năm.'],
      recipients: ['Kính gửi: mỗi nơi một dòng.'],
      signer: ['Người ký: chức vụ (mỗi dòng một dòng như trên văn bản) và họ tên.'],
      distribution: ['Nơi nhận bản sao (không bắt buộc).'],
      summary: [
        'Tệp PDF đính kèm (không bắt buộc): chép tệp vào cùng thư mục rồi ghi, ví dụ:',
        'attachments:',
        '  - title: Thể lệ cuộc thi',
        '    file: the-le-cuoc-thi.pdf',
        'Một hai câu, hiện trong danh sách văn bản.',
      ],
    },
  }),
  story: (title, { today, groupCode, categoryCode }) => ({
    data: {
      title,
      author: { name: '(họ và tên người kể)', display: 'first' },
      group: groupCode,
      category: categoryCode,
      date: formatDate(today),
      summary: '(Viết một hai câu tóm tắt câu chuyện.)',
      consent: false,
      published: false,
    },
    comments: {
      author: ['Người kể; display: full (tên đầy đủ), first (chỉ tên) hoặc anonymous (giấu tên).'],
      group: ['Mã tổ trong groups.csv và mã nhóm câu chuyện trong site.yaml.'],
      date: ['Ngày nhận câu chuyện, ngày/tháng/năm.'],
      consent: [
        'Chỉ đăng khi người kể đã đồng ý bằng văn bản (consent) và Trung tâm đã duyệt (published).',
      ],
    },
  }),
  bulletin: (title, { today }) => ({
    data: { title, date: formatDate(today), summary: '(Viết một câu tóm tắt bản tin.)' },
    comments: { date: ['Ngày phát lần đầu, ngày/tháng/năm.'] },
  }),
};

const BODIES: Record<ScaffoldKind, string> = {
  news: '(Viết nội dung tin ở đây. Mỗi đoạn cách nhau một dòng trống.)',
  letter: '(Chép nguyên văn nội dung văn bản ở đây, từ “Căn cứ …” đến hết phần nội dung.)',
  story: '(Chép câu chuyện bằng lời của người kể ở đây.)',
  bulletin: '(Viết bài đọc trên loa ở đây: câu ngắn, dễ nghe, đọc số bằng chữ khi cần.)',
};
