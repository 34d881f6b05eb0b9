import { describe, expect, it } from 'vitest';
import { excerpt, queryTerms } from '../../src/lib/search/excerpt.ts';
import { foldedMeta, foldStrokeD, withFoldedMeta } from '../../src/lib/search/search-fold.ts';

const page = (body: string, head = '') =>
  `<html><head><title>x</title>${head}</head><body><header>Đường dây nóng</header><main data-pagefind-body>${body}</main><footer>Điện thoại</footer></body></html>`;

describe('foldStrokeD', () => {
  it('writes đ as d and leaves every other mark alone', () => {
    expect(foldStrokeD('Đăng ký đi ĐƯỜNG')).toBe('Dăng ký di DƯỜNG');
  });
});

describe('foldedMeta', () => {
  it('lists the words with đ of the indexed text, folded, once each, and folds the title', () => {
    const meta = foldedMeta(
      page(
        '<h1>Đăng ký tài khoản</h1><p>Bấm <strong>Đăng ký</strong>, rồi đăng nhập.</p><p data-pagefind-ignore>Đồng ý</p><script>const đ = 1</script>',
      ),
    );
    expect(meta).toEqual({ title: 'Dăng ký tài khoản', words: 'dăng' });
  });

  it('leaves out the header and footer, and a page search does not index', () => {
    expect(foldedMeta(page('<h1>Hải Phòng</h1><p>Học số</p>'))).toEqual({ words: '' });
    expect(foldedMeta('<html><head></head><body><h1>Đăng ký</h1></body></html>')).toBeNull();
  });

  it('gives a help page its title as written and folded, to rank it above news', () => {
    const help = (body: string) =>
      page(body).replace('<main data-pagefind-body>', '<main data-pagefind-body data-search-help>');
    expect(foldedMeta(help('<h1>Đăng ký tài khoản</h1>'))?.help).toBe(
      'Đăng ký tài khoản Dăng ký tài khoản',
    );
    expect(foldedMeta(help('<h1>Thể lệ</h1>'))?.help).toBe('Thể lệ');
    expect(foldedMeta(page('<h1>Đăng ký tài khoản</h1>'))?.help).toBeUndefined();
  });

  it('does not run words of separate blocks together', () => {
    expect(foldedMeta(page('<ul><li>lừa</li><li>đảo</li></ul>'))?.words).toBe('dảo');
  });
});

describe('withFoldedMeta', () => {
  it('adds the folded fields as Pagefind metadata in <head>, escaped', () => {
    const html = withFoldedMeta(page('<h1>Đăng ký "ngay" & đúng</h1>'));
    expect(html).toContain(
      '<meta data-pagefind-meta="fold_title[content]" content="Dăng ký &quot;ngay&quot; &amp; dúng">',
    );
    expect(html).toContain('<meta data-pagefind-meta="fold_words[content]" content="dăng dúng">');
    expect(html.indexOf('fold_title')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves a page without đ unchanged', () => {
    const html = page('<h1>Hải Phòng</h1>');
    expect(withFoldedMeta(html)).toBe(html);
  });
});

describe('excerpt', () => {
  const text = (parts: ReturnType<typeof excerpt>) =>
    parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

  it('folds the query: "dang ky" marks "Đăng ký" as written', () => {
    expect(queryTerms('ĐĂNG  ký!')).toEqual(['dang', 'ky']);
    expect(text(excerpt('Bấm nút Đăng ký (màu đỏ).', 'dang ky'))).toBe(
      'Bấm nút [Đăng] [ký] (màu đỏ).',
    );
  });

  it('cuts around the place with the most query words, and marks the cut', () => {
    const content = `${'một '.repeat(40)}lừa đảo qua mạng ${'hai '.repeat(40)}lừa`;
    const result = text(excerpt(content, 'lua dao', 10));
    expect(result).toBe('… một một một một một [lừa] [đảo] qua mạng hai …');
  });

  it('marks the word, not the punctuation around it', () => {
    expect(text(excerpt('“Tôi học số – Tôi lan tỏa”.', 'lan toa'))).toBe(
      '“Tôi học số – Tôi [lan] [tỏa]”.',
    );
  });

  it('starts at the beginning when nothing matches', () => {
    expect(text(excerpt('một hai ba bốn', 'xyz', 2))).toBe('một hai …');
  });
});
