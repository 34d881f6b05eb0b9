/**
 * The spreadsheet tables: residential groups, household participation per group, and officials'
 * participation per unit. One row each; the column names are the keys below.
 */
import { z } from 'astro/zod';
import {
  countedDate,
  cellText,
  count,
  fields,
  phone,
  sampleCell,
  text,
  urlCode,
} from './common.ts';

/**
 * The longest group name allowed, in characters: real names ("Tổ dân phố số 12 – Khu dân cư
 * Đông Hải 2, phường …") fit, and a name this long still fits its A4 and A3 posters on one page.
 */
export const GROUP_NAME_MAX = 80;

/** `groups.csv`: one row per residential group (tổ dân phố). */
export const groupRowSchema = fields({
  /** Stable code, the last part of the group page's address (/to-dan-pho/<code>/) and of its QR code. */
  code: urlCode('mã tổ', 'to-1'),
  /** The group's name as residents say it. */
  name: cellText('tên tổ', 'Tổ dân phố số 1').refine((value) => value.length <= GROUP_NAME_MAX, {
    error: (issue) =>
      `Tên tổ dài ${String(issue.input).length} ký tự, nhiều nhất là ${GROUP_NAME_MAX} ký tự để vừa áp phích: viết gọn lại, ví dụ: Tổ dân phố số 1`,
  }),
  /** The group leader (tổ trưởng). */
  leader: cellText('tên tổ trưởng', 'Nguyễn Văn A').optional(),
  /** A phone number residents may call for help, if the leader agrees to publish it. */
  leader_phone: phone('số điện thoại tổ trưởng').optional(),
  /** Where help is given: the community hall (nhà văn hóa) and its address. */
  hall: cellText('nơi hỗ trợ', 'Nhà văn hóa tổ dân phố số 1').optional(),
  /** When help is given there, if known. */
  help_hours: cellText('giờ hỗ trợ', 'Tối thứ Bảy, 19:00–21:00').optional(),
  sample: sampleCell,
});

/** `participation.csv`: households in a group and how many have someone who took part, as of a date. */
export const participationRowSchema = fields({
  /** The day the figures were counted, YYYY-MM-DD. */
  date: countedDate('ngày thống kê', '05/11/2025'),
  /** The group's code from groups.csv. */
  group: text('mã tổ', 'to-1'),
  /** Optional: the group's name, only to make the spreadsheet easier to read; the code decides. */
  group_name: cellText('tên tổ', 'Tổ dân phố số 1').optional(),
  /** Households in the group. */
  households: count('số hộ', '120'),
  /** Households with at least one member who took part. */
  joined: count('số hộ đã tham gia', '85'),
  sample: sampleCell,
}).superRefine((row, context) => {
  if (row.households === 0) {
    context.addIssue({
      code: 'custom',
      path: ['households'],
      message: 'Tổng số hộ bằng 0: không tính được tỷ lệ. Ghi số hộ của tổ, hoặc xóa dòng này.',
    });
  }
  // Compare only figures that passed their own check; a bad one has been reported already.
  if (
    Number.isInteger(row.joined) &&
    Number.isInteger(row.households) &&
    row.joined > row.households
  ) {
    context.addIssue({
      code: 'custom',
      path: ['joined'],
      message: `Số hộ đã tham gia (${row.joined}) lớn hơn tổng số hộ (${row.households}). Kiểm tra lại hai số này.`,
    });
  }
});

/** `officials.csv`: officials in a ward office or unit and how many took part, as of a date. */
export const officialsRowSchema = fields({
  /** The day the figures were counted, YYYY-MM-DD. */
  date: countedDate('ngày thống kê', '05/11/2025'),
  /** The office or unit. */
  unit: cellText('tên đơn vị', 'Văn phòng HĐND và UBND'),
  /** Officials (cán bộ, công chức, viên chức) in the unit. */
  officials: count('số cán bộ', '25'),
  /** Of them, how many took part. */
  joined: count('số cán bộ đã tham gia', '25'),
  sample: sampleCell,
}).superRefine((row, context) => {
  if (row.officials === 0) {
    context.addIssue({
      code: 'custom',
      path: ['officials'],
      message:
        'Tổng số cán bộ bằng 0: không tính được tỷ lệ. Ghi số cán bộ của đơn vị, hoặc xóa dòng này.',
    });
  }
  if (
    Number.isInteger(row.joined) &&
    Number.isInteger(row.officials) &&
    row.joined > row.officials
  ) {
    context.addIssue({
      code: 'custom',
      path: ['joined'],
      message: `Số cán bộ đã tham gia (${row.joined}) lớn hơn tổng số cán bộ (${row.officials}). Kiểm tra lại hai số này.`,
    });
  }
});

export type GroupRow = z.output<typeof groupRowSchema>;
export type ParticipationRow = z.output<typeof participationRowSchema>;
export type OfficialsRow = z.output<typeof officialsRowSchema>;
