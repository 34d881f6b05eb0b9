import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugFromTitle } from '../../src/lib/content-rules/text.ts';

describe('foldVietnamese', () => {
  it('removes every diacritic, including đ, whatever the Unicode form', () => {
    expect(foldVietnamese('Đăng ký tài khoản')).toBe('dang ky tai khoan');
    expect(foldVietnamese('Hải Phòng')).toBe('hai phong');
    expect(foldVietnamese('LỪA ĐẢO')).toBe('lua dao');
    expect(foldVietnamese('Tôi học số – Tôi lan tỏa'.normalize('NFD'))).toBe(
      'toi hoc so – toi lan toa',
    );
    expect(foldVietnamese('Ượm, ữ, ỹ, ẫ')).toBe('uom, u, y, a');
  });
});

describe('slugFromTitle', () => {
  it('makes hard Vietnamese titles into ASCII addresses', () => {
    expect(slugFromTitle('Đăng ký tài khoản One Touch')).toBe('dang-ky-tai-khoan-one-touch');
    expect(slugFromTitle('ĐỒNG CHÍ Đỗ Thị Ượm: “Học số” ở tuổi 70!')).toBe(
      'dong-chi-do-thi-uom-hoc-so-o-tuoi-70',
    );
    expect(slugFromTitle('Quyết định số 12/QĐ-UBND')).toBe('quyet-dinh-so-12-qd-ubnd');
    expect(slugFromTitle('Bước 1, 2 & 3')).toBe('buoc-1-2-va-3');
    expect(slugFromTitle('  Tôi học số – Tôi lan tỏa  ')).toBe('toi-hoc-so-toi-lan-toa');
  });

  it('folds the titles editors write: đ/Đ, stacked tones, dashes, quotes and punctuation', () => {
    expect(slugFromTitle('Đường đến Đồng Hòa – Ngày hội số!')).toBe(
      'duong-den-dong-hoa-ngay-hoi-so',
    );
    expect(slugFromTitle('“Phụ nữ học số cùng con” — ra quân!')).toBe(
      'phu-nu-hoc-so-cung-con-ra-quan',
    );
    expect(slugFromTitle('Ưu tiên người già: Bà Đặng Thị Hường, 82 tuổi')).toBe(
      'uu-tien-nguoi-gia-ba-dang-thi-huong-82-tuoi',
    );
    expect(slugFromTitle('THÔNG BÁO KHẨN!!! Lịch trực “Thanh niên số” 08/11')).toBe(
      'thong-bao-khan-lich-truc-thanh-nien-so-08-11',
    );
    // Decomposed input (as some Mac and Word copies give) folds the same as composed.
    expect(slugFromTitle('Đường đến Đồng Hòa'.normalize('NFD'))).toBe('duong-den-dong-hoa');
  });
});
