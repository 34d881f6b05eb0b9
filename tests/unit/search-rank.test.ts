import { describe, expect, it } from 'vitest';
import { groupAliases, hasPhrase, rankResults } from '../../src/lib/search/search-rank.ts';

describe('groupAliases', () => {
  it('gives the ways people write a numbered group, folded, and its address code', () => {
    expect(groupAliases('Tổ dân phố số 5', 'to-5')).toEqual([
      'to dan pho so 5',
      'to so 5',
      'to dan pho 5',
      'to 5',
    ]);
  });

  it('keeps a name built otherwise as it is, folded, beside its code', () => {
    expect(groupAliases('Khu Đông Hải 2', 'dong-hai-2')).toEqual(['khu dong hai 2', 'dong hai 2']);
    // "số" that is not followed by a number is part of the name.
    expect(groupAliases('Tổ dân phố Số Dầu')).toEqual(['to dan pho so dau', 'to so dau']);
  });
});

describe('hasPhrase', () => {
  it('finds the query words side by side, folded, the last one maybe unfinished', () => {
    expect(hasPhrase('Bấm “Đăng ký”, rồi chờ.', 'dang ky')).toBe(true);
    expect(hasPhrase('Bấm Đăng kí', 'đăng k')).toBe(true);
    expect(hasPhrase('Đăng nhập, rồi đọc kỹ câu hỏi.', 'dang ky')).toBe(false);
  });

  it('never calls one word a phrase', () => {
    expect(hasPhrase('Đăng ký', 'dang')).toBe(false);
  });
});

describe('rankResults', () => {
  const result = (name: string, content: string, alias?: string) => ({
    name,
    content,
    meta: { title: name, ...(alias && { group_alias: alias }) },
  });

  it('puts the group the query names first, then phrases, keeping the given order within each', () => {
    const results = [
      result('Công văn', 'Gửi tổ dân phố số 1, tổ dân phố số 5 và các tổ.'),
      result('Hướng dẫn', 'Tổ trưởng hướng dẫn bước 5.'),
      result('Tổ dân phố số 5', 'Trang của tổ.', 'to dan pho so 5 | to so 5 | to dan pho 5 | to 5'),
      result(
        'Tổ dân phố số 15',
        'Trang của tổ.',
        'to dan pho so 15 | to so 15 | to dan pho 15 | to 15',
      ),
    ];
    // Tier 0: the group page named exactly. Tier 1: "to 5" as a phrase: none. The rest as given.
    expect(rankResults(results, 'Tổ 5', 'group_alias').map((page) => page.name)).toEqual([
      'Tổ dân phố số 5',
      'Công văn',
      'Hướng dẫn',
      'Tổ dân phố số 15',
    ]);
    // "tổ dân phố số 5" is also a phrase of the letter: second, before the apart ones.
    expect(rankResults(results, 'tổ dân phố số 5', 'group_alias').map((page) => page.name)).toEqual(
      ['Tổ dân phố số 5', 'Công văn', 'Hướng dẫn', 'Tổ dân phố số 15'],
    );
  });

  it('puts a page holding the phrase above one where the words are apart', () => {
    const results = [
      result('Làm bài thi', 'Đăng nhập, rồi đọc kỹ câu hỏi.'),
      result('Hỏi đáp', 'Ai xin mã OTP để “đăng ký giúp” là lừa đảo.'),
      result('Đăng ký tài khoản', 'Các bước.'),
    ];
    expect(rankResults(results, 'dang ky', 'group_alias').map((page) => page.name)).toEqual([
      'Hỏi đáp',
      'Đăng ký tài khoản',
      'Làm bài thi',
    ]);
  });
});
