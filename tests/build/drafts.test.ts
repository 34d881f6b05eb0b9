/**
 * Drafts appear nowhere: a copy of the Việt Hòa fixture gets published news (enough for two list
 * pages), a letter with an attached PDF and, of every kind, a draft whose title and address carry
 * a marker word. After `astro build` and the Pagefind index, no page, sitemap entry, feed item or
 * search fragment holds a marker, while the published items are in each of them (so the checks
 * can fail). The RSS feed is read with a real XML parser.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { astro, copyContent } from './astro.ts';

const SITE_URL = 'https://congdanso.viethoa.example/';
/** Words that only drafts contain, in their titles, bodies and file names. */
const MARKERS = ['zyxwv', 'qwerty', 'plokij', 'mnbvc'];
const PUBLISHED_NEWS = Array.from({ length: 7 }, (_, index) => `Tin công khai số ${index + 1}`);
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

function write(dir: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

function frontmatter(fields: string, body: string) {
  return `---\n${fields.trim()}\n---\n\n${body}\n`;
}

const LETTER_FIELDS = (title: string, extra = '') => `
title: ${title}
number: "12/UBND-VHXH"
issuer:
  - ỦY BAN NHÂN DÂN
  - PHƯỜNG VIỆT HÒA
place: Việt Hòa
date: 2025-10-20
recipients:
  - Tổ trưởng các khu dân cư.
signer:
  authority:
    - CHỦ TỊCH
  name: Nguyễn Văn Huy
summary: Tóm tắt ${title}.
${extra}`;

function addContent(dir: string) {
  PUBLISHED_NEWS.forEach((title, index) =>
    write(
      dir,
      `news/tin-cong-khai-so-${index + 1}.md`,
      frontmatter(
        `title: ${title}\ndate: 2025-10-${String(10 + index)}\nsummary: Tóm tắt ${title}.\ntags: [Thanh niên số]`,
        `Nội dung ${title}.`,
      ),
    ),
  );
  write(
    dir,
    'news/tin-nhap-zyxwv.md',
    frontmatter(
      'title: Tin nháp zyxwv\ndate: 2025-10-30\nsummary: Tóm tắt zyxwv.\ntags: [Chủ đề zyxwv]\ndraft: true',
      'Nội dung zyxwv.',
    ),
  );
  write(
    dir,
    'announcements/cong-van-co-dinh-kem.md',
    frontmatter(
      LETTER_FIELDS(
        'Công văn có đính kèm',
        'attachments:\n  - title: Thể lệ cuộc thi\n    file: the-le.pdf',
      ),
      'Nội dung công văn.',
    ),
  );
  write(dir, 'announcements/the-le.pdf', PDF);
  write(
    dir,
    'announcements/van-ban-nhap-qwerty.md',
    frontmatter(LETTER_FIELDS('Văn bản nháp qwerty', 'draft: true'), 'Nội dung qwerty.'),
  );
  write(
    dir,
    'bulletins/ban-tin-nhap-plokij.md',
    frontmatter(
      'title: Bản tin nháp plokij\ndate: 2025-10-21\nsummary: Tóm tắt plokij.\ndraft: true',
      'Nội dung plokij.',
    ),
  );
  write(
    dir,
    'stories/cau-chuyen-nhap-mnbvc.md',
    frontmatter(
      `title: Câu chuyện nháp mnbvc
author:
  name: Trần Thị Mnbvc
group: khu-1
category: thanh-nien-so
date: 2025-10-22
summary: Tóm tắt mnbvc.
consent: true
published: true
draft: true`,
      'Nội dung mnbvc.',
    ),
  );
}

/** Every text file of the build, and the decoded Pagefind fragments, by path. */
function builtTexts(outDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (/\.(html|xml|txt|json)$/.test(file)) {
      texts.set(file, readFileSync(path.join(outDir, file), 'utf8'));
    } else if (file.endsWith('.pf_fragment')) {
      const json = gunzipSync(readFileSync(path.join(outDir, file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      texts.set(file, json);
    }
  }
  return texts;
}

describe('a build with drafts of every kind', () => {
  let outDir: string;
  let texts: Map<string, string>;
  const at = (file: string) => {
    const text = texts.get(file);
    if (text === undefined) throw new Error(`${file} was not built`);
    return text;
  };

  beforeAll(async () => {
    const content = copyContent('tests/fixtures/viet-hoa');
    addContent(content);
    // One MDX page, whose compiled module starts with Astro's head-inject directive.
    mkdirSync(path.join(content, 'pages'), { recursive: true });
    writeFileSync(
      path.join(content, 'pages/hoi-dap.mdx'),
      '---\ntitle: Hỏi đáp\nsummary: Câu hỏi thường gặp.\nupdated: 2025-10-01\n---\n\nHỏi tổ trưởng.\n',
    );
    outDir = mkdtempSync(path.join(tmpdir(), 'drafts-'));
    const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: content });
    expect(run.status, run.output).toBe(0);
    // The log holds only what an editor can act on: no bundler notice per MDX file.
    expect(run.output).not.toContain('MODULE_LEVEL_DIRECTIVE');

    const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error('Pagefind did not start');
    const added = await index.addDirectory({ path: outDir });
    expect(added.errors).toEqual([]);
    await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    await pagefind.close();
    texts = builtTexts(outDir);
  });

  it('publishes no draft anywhere: pages, sitemap, feed or search index', () => {
    const leaks = [...texts].flatMap(([file, text]) =>
      MARKERS.filter((marker) => file.includes(marker) || text.toLowerCase().includes(marker)).map(
        (marker) => `${file}: ${marker}`,
      ),
    );
    expect(leaks).toEqual([]);
    expect(readdirSync(path.join(outDir, 'tin-tuc/the'))).toEqual(['thanh-nien-so']);
  });

  it('publishes the other items in each of those places', () => {
    const fragments = [...texts]
      .filter(([file]) => file.endsWith('.pf_fragment'))
      .map(([, text]) => JSON.parse(text) as { url: string });
    expect(fragments.map((fragment) => fragment.url)).toContain('/tin-tuc/tin-cong-khai-so-1/');
    expect(fragments.map((fragment) => fragment.url)).toContain('/van-ban/cong-van-co-dinh-kem/');
    const sitemap = at('sitemap-0.xml');
    expect(sitemap).toContain(`${SITE_URL}tin-tuc/tin-cong-khai-so-7/`);
    expect(sitemap).toContain(`${SITE_URL}tin-tuc/2/`);
    expect(sitemap).toContain(`${SITE_URL}van-ban/cong-van-co-dinh-kem/`);
  });

  it('lists only published news and letters in an RSS feed that parses', () => {
    const document = parseDocument(at('rss.xml'), { xmlMode: true });
    const [rss] = DomUtils.getElementsByTagName('rss', document.children, false);
    expect(rss?.attribs.version).toBe('2.0');
    const channel = DomUtils.getElementsByTagName('channel', rss?.children ?? [], false)[0]!;
    const child = (parent: typeof channel, name: string) =>
      DomUtils.textContent(DomUtils.getElementsByTagName(name, parent.children, false)[0] ?? []);
    expect(child(channel, 'link')).toBe(SITE_URL);
    const [self] = DomUtils.getElementsByTagName('atom:link', channel.children, false);
    expect(self?.attribs).toMatchObject({ href: `${SITE_URL}rss.xml`, rel: 'self' });
    const items = DomUtils.getElementsByTagName('item', channel.children, false).map((item) => ({
      title: child(item, 'title'),
      link: child(item, 'link'),
      date: new Date(child(item, 'pubDate')),
    }));
    expect(items.map((item) => item.title).sort()).toEqual(
      [
        ...PUBLISHED_NEWS,
        'Công văn có đính kèm',
        'Khuyến khích tham gia Cuộc thi “Công dân số Hải Phòng - sử dụng thông minh, sống an toàn”',
      ].sort(),
    );
    for (const item of items) {
      expect(item.link.startsWith(SITE_URL), item.link).toBe(true);
      expect(texts.has(`${new URL(item.link).pathname.slice(1)}index.html`), item.link).toBe(true);
      expect(Number.isNaN(item.date.getTime()), item.title).toBe(false);
    }
    const dates = items.map((item) => item.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('serves a letter’s attached PDF next to its page, and links it', () => {
    const pdf = readFileSync(path.join(outDir, 'van-ban/cong-van-co-dinh-kem/the-le.pdf'), 'utf8');
    expect(pdf).toBe(PDF);
    expect(at('van-ban/cong-van-co-dinh-kem/index.html')).toContain(
      'href="/van-ban/cong-van-co-dinh-kem/the-le.pdf"',
    );
  });
});
