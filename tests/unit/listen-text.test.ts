import { describe, expect, it } from 'vitest';
import { digitGroups, sentenceSpans, speakable } from '../../src/lib/site/listen-text.ts';

const NB = '\u00a0';

describe('digitGroups', () => {
  it('says each digit, with a pause between the groups the number is written in', () => {
    expect(digitGroups('090 454 0490')).toBe('0 9 0, 4 5 4, 0 4 9 0');
    expect(digitGroups(`0225${NB}3842${NB}123`)).toBe('0 2 2 5, 3 8 4 2, 1 2 3');
    expect(digitGroups('0904.540.490')).toBe('0 9 0 4, 5 4 0, 4 9 0');
    expect(digitGroups('+84 90 454 0490')).toBe('+ 8 4, 9 0, 4 5 4, 0 4 9 0');
  });
});

describe('speakable', () => {
  it('reads the phone numbers the text holds group by group, and leaves other figures', () => {
    expect(speakable(`Gọi đường dây hỗ trợ 090${NB}454${NB}0490 hoặc hỏi tổ trưởng.`)).toBe(
      'Gọi đường dây hỗ trợ 0 9 0, 4 5 4, 0 4 9 0 hoặc hỏi tổ trưởng.',
    );
    expect(speakable('Hạn chót 11/11/2025, 20 câu hỏi, 10.442 hộ.')).toBe(
      'Hạn chót 11/11/2025, 20 câu hỏi, 10.442 hộ.',
    );
  });

  it('reads a number the page marks as one (a tel: link, a .phone) group by group, keeping its words', () => {
    // "Gọi 1900 1234": a hotline the phone rule does not know, marked from character 0 to 14.
    expect(speakable('Gọi 1900 1234 ngay', [{ start: 0, end: 14 }])).toBe(
      'Gọi 1 9 0 0, 1 2 3 4 ngay',
    );
  });

  it('makes white space single', () => {
    expect(speakable('  Bước 1:\n   Mở đường link  ')).toBe('Bước 1: Mở đường link');
  });
});

describe('sentenceSpans', () => {
  it('cuts a block into its sentences, without the white space around them', () => {
    const text = ' Bấm: Mở khóa học. Bạn cũng có thể quét mã QR! Xong chưa? ';
    expect(sentenceSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Bấm: Mở khóa học.',
      'Bạn cũng có thể quét mã QR!',
      'Xong chưa?',
    ]);
  });

  it('does not cut inside an address or a date', () => {
    const text = 'Phải là onetouch.mic.gov.vn, trước 11.11.2025 nhé.';
    expect(sentenceSpans(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('gives nothing for white space alone', () => {
    expect(sentenceSpans(' \n ')).toEqual([]);
  });
});
