/**
 * What keeps a ward from being set up wrong without a word: the repository the editor saves to,
 * and the site's address against the one GitHub Pages serves.
 */
import { describe, expect, it } from 'vitest';
import { editorRepository } from '../../src/integrations/cms.ts';
import { ContentError } from '../../src/lib/content-rules/content-errors.ts';
import { pagesAddressProblem } from '../../src/lib/content-rules/pages-address.ts';
import { readSite } from '../../src/lib/content-rules/site-file.ts';

const site = readSite();
const withRepository = { ...site, site: { ...site.site, repository: 'phuong-a/trang' } };
const without = { ...site, site: { ...site.site, repository: undefined } };

describe('the repository the editor saves to', () => {
  it('is the one GitHub Actions builds, else site.repository', () => {
    expect(editorRepository(withRepository, { GITHUB_REPOSITORY: 'to-chuc/kho' })).toBe(
      'to-chuc/kho',
    );
    expect(editorRepository(withRepository, {})).toBe('phuong-a/trang');
  });

  it('is refused in a production build that names none, naming the field to add', () => {
    const refuse = () => editorRepository(without, { SITE_ENV: 'production' });
    expect(refuse).toThrow(ContentError);
    expect(refuse).toThrow(
      /site\.yaml không có site\.repository\. Thêm vào mục site: một dòng repository: tên-tổ-chức\/tên-kho/,
    );
  });

  it('is a name that cannot exist in a preview build that names none', () => {
    expect(editorRepository(without, {})).toBe('chua-dat-kho/chua-dat-kho');
  });
});

describe('the site’s address against GitHub Pages', () => {
  it('accepts the same address, written with or without the last slash or capitals', () => {
    expect(
      pagesAddressProblem('https://phuong-a.github.io/trang/', 'https://phuong-a.github.io/trang'),
    ).toBeUndefined();
    expect(
      pagesAddressProblem('https://Phuong-A.github.io/trang/', 'https://phuong-a.github.io/trang/'),
    ).toBeUndefined();
  });

  it('refuses another path or host, giving both addresses and what to change', () => {
    const problem = pagesAddressProblem(
      'https://congdanso.phuong-a.gov.vn/',
      'https://phuong-a.github.io/trang',
    );
    expect(problem?.field).toBe('site.url');
    expect(problem?.message).toContain(
      'Địa chỉ trang web trong site.yaml là https://congdanso.phuong-a.gov.vn/, nhưng GitHub Pages đăng trang này tại https://phuong-a.github.io/trang/.',
    );
    expect(problem?.message).toContain('Sửa site.url thành https://phuong-a.github.io/trang/');
  });
});
