/**
 * `content/site.yaml`: the ward, the campaign, its dates and links, who to call for help, and the
 * targets. Everything that makes this a given ward's site, so that `src/` holds none of it.
 */
import { z } from 'astro/zod';
import { daysBetween, formatDate, isCalendarDate, VIETNAM_TIME_ZONE } from '../lib/site/dates.ts';
import {
  calendarDate,
  fields,
  flag,
  httpsUrl,
  lines,
  phone,
  siteAddress,
  text,
  urlCode,
} from './common.ts';

/** The host of the contest's learning platform (One Touch): the course link is on it, and only on it. */
export const COURSE_HOST = 'onetouch.mic.gov.vn';
/** Zalo's own host for group links. */
export const ZALO_HOST = 'zalo.me';

const REPOSITORY_HINT =
  'Kho GitHub của trang (repository) viết dạng tên-tổ-chức/tên-kho, như trong địa chỉ https://github.com/tên-tổ-chức/tên-kho. Ví dụ: phuong-quang-trung/cong-dan-so';

const percent = (label: string, example: string) =>
  z
    .number({ error: `${label} phải là một số từ 0 đến 100, ví dụ: ${example}` })
    .min(0, `${label} phải từ 0 đến 100, ví dụ: ${example}`)
    .max(100, `${label} phải từ 0 đến 100, ví dụ: ${example}`);

export const siteSchema = fields({
  /** The published site itself. */
  site: fields({
    /** The public address; QR codes and feeds are built from it, so it must be final before printing. */
    url: siteAddress(
      'địa chỉ trang web',
      'https://congdanso.quangtrung.haiphong.gov.vn/',
    ).transform((value) => (value.endsWith('/') ? value : `${value}/`)),
    /** true while `url` is a placeholder: a production build refuses it. */
    urlIsSample: flag('urlIsSample').default(false),
    /**
     * The ward's own OAuth service for the editor's "sign in with GitHub" button (for example
     * Sveltia's Cloudflare Worker): an origin only. Without it the editor offers token sign-in alone.
     */
    authService: siteAddress(
      'địa chỉ dịch vụ đăng nhập GitHub (authService)',
      'https://dang-nhap.quangtrung.workers.dev',
    )
      .refine((value) => new URL(value).pathname === '/', {
        error: (issue) =>
          `Địa chỉ dịch vụ đăng nhập (authService) chỉ gồm https:// và tên miền, không có đường dẫn phía sau: bỏ "${new URL(String(issue.input)).pathname}". Ví dụ: https://dang-nhap.quangtrung.workers.dev`,
      })
      .optional(),
    /**
     * The GitHub repository the editor saves to, `owner/name`, for a site built outside GitHub
     * Actions (Cloudflare Pages, nginx); on GitHub Actions the run names it (GITHUB_REPOSITORY).
     */
    repository: z
      .string({ error: REPOSITORY_HINT })
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/, { error: REPOSITORY_HINT })
      .meta({ title: 'kho GitHub của trang', examples: ['phuong-quang-trung/cong-dan-so'] })
      .optional(),
    /** Shown in the header and the browser tab. */
    title: text('tên trang web', 'Công dân số Quang Trung'),
    /** Under the icon when the site is added to a phone's home screen: 12 letters or fewer. */
    shortName: text('tên ngắn của trang web', 'Công dân số')
      .refine((value) => value.length <= 12, {
        error: (issue) =>
          `Tên ngắn "${String(issue.input)}" dài quá: điện thoại chỉ hiện khoảng 12 chữ cái dưới biểu tượng. Ví dụ: Công dân số`,
      })
      .optional(),
    /** The default meta description of pages that have none of their own. */
    description: text('mô tả trang web', 'Trang thông tin Cuộc thi ... của phường ...'),
  }),
  /** The ward that runs this site. */
  ward: fields({
    /** Its name with the word "phường": "Phường Quang Trung". */
    name: text('tên phường', 'Phường Quang Trung'),
    /** The people's committee, as it signs: "Ủy ban nhân dân phường Quang Trung". */
    committee: text('tên Ủy ban nhân dân phường', 'Ủy ban nhân dân phường Quang Trung'),
    /** The unit that publishes the news (the culture centre). */
    publisher: text(
      'đơn vị đăng tin',
      'Trung tâm Văn hóa, Thể thao và Truyền thông phường Quang Trung',
    ),
    /** The city: "Hải Phòng". */
    city: text('tên thành phố', 'Hải Phòng'),
  }),
  /** The contest, as the letters describe it. */
  campaign: fields({
    /** Full official name, with its en dash. */
    name: text('tên cuộc thi', '"Công dân số Hải Phòng – sử dụng thông minh, sống an toàn"'),
    /** Short name for tight places (poster headline, tab title). */
    shortName: text('tên ngắn của cuộc thi', 'Công dân số Hải Phòng'),
    /** The body that organises it city-wide. */
    organizer: text('đơn vị tổ chức', 'Sở Khoa học và Công nghệ thành phố Hải Phòng'),
    /** The learning platform, as residents know it. */
    platform: text('tên nền tảng', 'One Touch – Học tập suốt đời'),
    /** Who may take part, one sentence from the letter. */
    audience: text(
      'đối tượng tham gia',
      'Cán bộ, công chức, viên chức và Nhân dân trên địa bàn phường.',
    ),
    /** Link to the contest's course on One Touch: the "Tham gia ngay" button. */
    courseUrl: httpsUrl(
      'đường link khóa học trên One Touch',
      `https://${COURSE_HOST}/khoa-hoc/...`,
      { host: COURSE_HOST },
    ),
    /** First day, YYYY-MM-DD. */
    opens: calendarDate('ngày mở cuộc thi'),
    /** Last day (entries close at the end of it), YYYY-MM-DD. */
    closes: calendarDate('ngày kết thúc cuộc thi', '11/11/2025'),
    /** The day the ward's units report their results, YYYY-MM-DD. */
    reportDeadline: calendarDate('hạn gửi báo cáo', '08/11/2025').optional(),
    /** The time zone the dates are in; Vietnam's unless a ward says otherwise. */
    timeZone: text('múi giờ', VIETNAM_TIME_ZONE).default(VIETNAM_TIME_ZONE),
    /** How many multiple-choice questions the test has. */
    questions: z
      .number({
        error: (issue) =>
          issue.input === undefined
            ? 'Thiếu số câu hỏi. Ví dụ: questions: 20'
            : 'Số câu hỏi phải là một số, ví dụ: 20',
      })
      .int('Số câu hỏi phải là số nguyên, ví dụ: 20')
      .positive('Số câu hỏi phải lớn hơn 0, ví dụ: 20'),
    /** The name of the story part: "Tôi học số – Tôi lan tỏa". */
    storyName: text('tên phần chia sẻ câu chuyện', '"Tôi học số – Tôi lan tỏa"'),
    /** Where the official rules are, when the organiser publishes them as a link. */
    rulesUrl: httpsUrl('đường link thể lệ chính thức', 'https://...').optional(),
  }),
  /** The self-check page (/tu-kiem-tra/): practice questions written from the guides. */
  selfCheck: fields({
    /** How many questions one round draws at random; the contest's own number when left out. */
    questions: z
      .number({ error: 'selfCheck.questions phải là một số nguyên, ví dụ: questions: 20' })
      .int('selfCheck.questions phải là một số nguyên, ví dụ: questions: 20')
      .positive('selfCheck.questions phải lớn hơn 0, ví dụ: questions: 20')
      .optional(),
  }).optional(),
  /** Participation targets, in percent. */
  targets: fields({
    /** Share of the ward's officials who must take part. */
    officials: percent('Chỉ tiêu cán bộ (officials)', '100'),
    /** Share of households in every residential group that must have someone taking part. */
    households: percent('Chỉ tiêu hộ gia đình (households)', '70'),
  }),
  /** The ward's participation report to the city, printed from /in-an/bao-cao-tien-do/. */
  report: fields({
    /** The issuing body's heading, one line each, as on the ward's letters. */
    issuer: lines('cơ quan báo cáo', '"ỦY BAN NHÂN DÂN"'),
    /** The reference after "Số:", the number itself left blank for the office: "/BC-UBND". */
    reference: text('ký hiệu văn bản', '/BC-UBND'),
    /** The place written before the date: "Quang Trung, ngày … tháng … năm …". */
    place: text('địa danh', 'Quang Trung'),
    /** Who the report goes to (Kính gửi). */
    recipient: text('nơi nhận báo cáo (Kính gửi)', 'Sở Khoa học và Công nghệ thành phố Hải Phòng'),
    /** The signer's position, one line each: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
    signer: lines('chức vụ người ký', '"KT. CHỦ TỊCH"'),
    /** Where copies go (Nơi nhận), one line each. */
    distribution: lines('nơi nhận', '"Như trên;"').optional(),
  }).optional(),
  /** Where residents get help. */
  help: fields({
    /** The technical hotline. */
    hotline: fields({
      number: phone('số hotline'),
      label: text('tên đường dây', 'Hotline hỗ trợ kỹ thuật One Touch'),
    }),
    /** The contest's Zalo support group. */
    zalo: fields({
      url: httpsUrl('đường link nhóm Zalo', `https://${ZALO_HOST}/g/...`, { host: ZALO_HOST }),
      label: text('tên nhóm Zalo', 'Nhóm Zalo hỗ trợ Cuộc thi'),
    }).optional(),
    /** The written guide, as published by the organiser. */
    guideUrl: httpsUrl('đường link hướng dẫn chi tiết', 'https://docs.google.com/...').optional(),
    /** The video guide. */
    videoUrl: httpsUrl('đường link video hướng dẫn', 'https://drive.google.com/...').optional(),
  }),
  /** The "Tôi học số – Tôi lan tỏa" gallery. */
  stories: fields({
    /** The categories a story can be filed under; a story names one by its code. */
    categories: z
      .array(
        fields({
          code: urlCode('mã nhóm câu chuyện', 'thanh-nien-so'),
          name: text('tên nhóm câu chuyện', 'Thanh niên số'),
        }),
        { error: 'categories phải là một danh sách, mỗi mục có code và name.' },
      )
      .min(1, 'Cần ít nhất một nhóm câu chuyện (code và name).'),
    /** How residents send a story: the channels the page "Gửi câu chuyện" lists. */
    submit: fields(
      {
        /** true: stories are sent in the Zalo group of `help.zalo`. */
        zalo: flag('zalo (gửi qua nhóm Zalo)').default(false),
        /** true: group leaders collect stories (their names and numbers come from groups.csv). */
        groupLeaders: flag('groupLeaders (gửi qua tổ trưởng)').default(false),
        /** The unit that reviews and publishes stories, usually the culture centre. */
        cultureCenter: fields(
          {
            /** Its name, as residents know it. */
            name: text(
              'tên đơn vị nhận câu chuyện',
              'Trung tâm Văn hóa, Thể thao và Truyền thông phường Quang Trung',
            ),
            /** Where a story can be handed in. */
            place: text('nơi nhận câu chuyện', 'Trụ sở UBND phường, phòng 102').optional(),
            /** A number to call or to send a story to by Zalo. */
            phone: phone('số điện thoại nhận câu chuyện').optional(),
            /** An address to send a story to by e-mail. */
            email: text('địa chỉ e-mail', 'vanhoa.quangtrung@haiphong.gov.vn')
              .refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
                error: (issue) =>
                  `"${String(issue.input)}" không phải địa chỉ e-mail. Ví dụ: vanhoa.quangtrung@haiphong.gov.vn`,
              })
              .optional(),
          },
          'đơn vị nhận câu chuyện (cultureCenter)',
        ).optional(),
      },
      'cách gửi câu chuyện (submit)',
    ),
  }),
});

/** Checks across fields: the dates must make a sensible campaign. */
export const siteConfigSchema = siteSchema.superRefine((site, context) => {
  const { opens, closes, reportDeadline } = site.campaign;
  // Dates that failed their own check have been reported already.
  const valid = (date: string | undefined): date is string => !!date && isCalendarDate(date);
  if (valid(opens) && valid(closes) && daysBetween(opens, closes) < 0) {
    context.addIssue({
      code: 'custom',
      path: ['campaign', 'closes'],
      message: `Ngày kết thúc (${formatDate(closes)}) đứng trước ngày mở (${formatDate(opens)}). Kiểm tra lại hai ngày này.`,
    });
  }
  if (valid(opens) && valid(reportDeadline) && daysBetween(opens, reportDeadline) < 0) {
    context.addIssue({
      code: 'custom',
      path: ['campaign', 'reportDeadline'],
      message: `Hạn báo cáo (${formatDate(reportDeadline)}) đứng trước ngày mở cuộc thi (${formatDate(opens)}). Kiểm tra lại ngày.`,
    });
  }
  const { submit } = site.stories;
  if (submit.zalo && !site.help.zalo) {
    context.addIssue({
      code: 'custom',
      path: ['stories', 'submit', 'zalo'],
      message:
        'zalo: true nghĩa là nhận câu chuyện qua nhóm Zalo ở mục help.zalo, nhưng mục đó chưa có. Thêm help.zalo (url, label) hoặc viết zalo: false.',
    });
  }
  if (!submit.zalo && !submit.groupLeaders && !submit.cultureCenter) {
    context.addIssue({
      code: 'custom',
      path: ['stories', 'submit'],
      message:
        'Chưa có cách nào để gửi câu chuyện. Viết zalo: true, groupLeaders: true, hoặc thêm cultureCenter (name: tên đơn vị nhận).',
    });
  }
  const codes = site.stories.categories.map((category) => category.code);
  codes.forEach((code, index) => {
    if (codes.indexOf(code) !== index) {
      context.addIssue({
        code: 'custom',
        path: ['stories', 'categories', index, 'code'],
        message: `Mã "${code}" bị trùng. Mỗi nhóm câu chuyện cần một mã riêng.`,
      });
    }
  });
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
