/** Phone numbers and e-mail addresses in residents' stories, and what is not one. */
import { describe, expect, it } from 'vitest';
import { findContactDetails, lineAt, nationalNumber } from '../../src/lib/content-rules/privacy.ts';

const found = (text: string) => findContactDetails(text).map((match) => [match.kind, match.text]);

describe('findContactDetails', () => {
  it.each([
    ['0901234567', '0901234567'],
    ['090 123 4567', '0901234567'],
    ['090.123.4567', '0901234567'],
    ['0901-234-567', '0901234567'],
    ['0901 234 567', '0901234567'],
    ['+84 90 123 4567', '0901234567'],
    ['(+84) 90 123 4567', '0901234567'],
    ['+84901234567', '0901234567'],
    ['84901234567', '0901234567'],
    ['0325 123 456', '0325123456'],
    ['0225 3123 456', '02253123456'],
  ])('finds the phone number written %s', (written, national) => {
    const text = `Có gì cần hỏi, bà con gọi cho tôi số ${written}, tôi luôn sẵn lòng.`;
    expect(found(text)).toEqual([['phone', written]]);
    expect(nationalNumber(written)).toBe(national);
  });

  it('finds a number at the very start and end of the text, and next to punctuation', () => {
    expect(found('0912345678 là số của tôi. Zalo:0987654321.')).toEqual([
      ['phone', '0912345678'],
      ['phone', '0987654321'],
    ]);
  });

  it('finds e-mail addresses, and reports digits inside one as the address only', () => {
    expect(found('Viết cho tôi: lan.nguyen@example.com hoặc lan0901234567@mail.vn nhé.')).toEqual([
      ['email', 'lan.nguyen@example.com'],
      ['email', 'lan0901234567@mail.vn'],
    ]);
  });

  it.each([
    ['a year', 'Năm 2025 tôi mới biết dùng điện thoại thông minh, từ năm 1998 đến nay.'],
    ['a date with slashes', 'Ngày 11/10/2025 cuộc thi bắt đầu, đến 11/11/2025 thì kết thúc.'],
    ['a date with hyphens and dots', 'Hôm 2025-10-11, rồi 05.11.2025 và 05-11-2025.'],
    ['money with dots', 'Tôi chuyển 1.500.000 đồng, rồi 84.000.000.000đ qua ứng dụng ngân hàng.'],
    ['money with spaces', 'Cả tổ góp được 15 000 000 000 đồng và 090 000 000 đ.'],
    ['money in words', 'Học phí 0 đồng, điện thoại giá 3 triệu, tiết kiệm 500k.'],
    ['a time and a percentage', 'Lúc 19:30, 70% hộ đã tham gia, 0,5% chưa.'],
    ['a longer identifier', 'Số căn cước 001099012345 và mã 0901234567890.'],
    ['a count and an address', 'Tổ có 120 hộ, nhà số 84 phố Lạch Tray, tầng 3.'],
    ['a hotline without a leading zero', 'Tổng đài 1900 1234 và 18001091.'],
  ])('leaves %s alone', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('contact details spelt to slip past a check', () => {
  it('finds numbers in brackets, with +84, and in full-width digits', () => {
    expect(found('Gọi (090) 123 4567 nhé')).toEqual([['phone', '(090) 123 4567']]);
    expect(found('hoặc +84 (90) 1234567.')).toEqual([['phone', '+84 (90) 1234567']]);
    expect(found('số 0９0１２３４５６７ của tôi')).toEqual([['phone', '0901234567']]);
  });

  it('finds addresses written with a full-width @, (a), [at], [dot] or a space', () => {
    expect(found('dung.do＠gmail.com')).toEqual([['email', 'dung.do@gmail.com']]);
    expect(found('hoa(a)gmail.com')).toEqual([['email', 'hoa@gmail.com']]);
    expect(found('dung [at] gmail [dot] com')).toEqual([['email', 'dung@gmail.com']]);
    expect(found('hoa@gmail .com')).toEqual([['email', 'hoa@gmail.com']]);
  });

  it('leaves list markers, years and prices alone', () => {
    expect(
      found('Các bước: a) mở máy; (a) gọi video. Năm 2025, giá 500.000 đồng (3) lần.'),
    ).toEqual([]);
  });

  it('keeps each finding on its line', () => {
    const text = 'Dòng một.\nDòng hai: hoa [at] gmail [dot] com\nDòng ba: (090) 123 4567';
    expect(findContactDetails(text).map((match) => lineAt(text, match.index))).toEqual([2, 3]);
  });
});

describe('lineAt', () => {
  it('counts lines from the first line given', () => {
    const text = 'một\nhai\nba 0901234567';
    const [match] = findContactDetails(text);
    expect(lineAt(text, match!.index)).toBe(3);
    expect(lineAt(text, match!.index, 8)).toBe(10);
  });
});
