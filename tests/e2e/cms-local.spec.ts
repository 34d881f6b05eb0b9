/**
 * What the content editor saves is what the build accepts. The built /quan-tri/ is opened in its
 * local-folder workflow (Chrome's folder picker, here backed by the browser's origin-private file
 * system filled with a copy of content/ and the minimal .git the editor looks for), and through the
 * real interface a staff member creates a news item, creates a story with the resident's consent
 * and replaces the participation table. The saved files are copied back, built with Astro, and
 * shown on the built pages.
 *
 * On the way it takes screenshots of the staff guide (docs/huong-dan-quan-tri.md) into
 * docs/anh-quan-tri/ (tests/e2e/screens.ts), so the guide always shows the editor as it is built;
 * the sign-in screen is taken by cms-github.spec.ts, in the workflow staff sign in with.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_WARD } from '../sample-ward.ts';
import { fillBody, fillField, newEntry, newStory, save } from './editor-form.ts';
import { shot } from './screens.ts';

test.skip(({ isMobile }) => isMobile, 'the editor is used on office computers');
// Many ward computers run an English Windows: the browser's language is English, and a date
// typed day-first must still be read day-first.
test.use({ actionTimeout: 15_000, locale: 'en-US' });

/** Every file of the sample ward, as the repository's content/, plus a minimal .git, as [path, base64] pairs. */
function repositoryFiles(): [string, string][] {
  const files: [string, string][] = [];
  for (const entry of readdirSync(SAMPLE_WARD, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(SAMPLE_WARD, entry);
    try {
      const inRepository = path.join('content', entry).split(path.sep).join('/');
      files.push([inRepository, readFileSync(file).toString('base64')]);
    } catch {
      // a folder
    }
  }
  files.push(['.git/HEAD', Buffer.from('ref: refs/heads/main\n').toString('base64')]);
  files.push(['.git/config', Buffer.from('[core]\n\tbare = false\n').toString('base64')]);
  return files;
}

/** Opens the editor on a local folder that holds a copy of the repository's content. */
export async function openLocalFolder(page: Page) {
  await page.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() });
  });
  await page.goto('/quan-tri/');
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    for (const [name, data] of files) {
      const parts = name.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1))
        dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (
        await dir.getFileHandle(parts.at(-1)!, { create: true })
      ).createWritable();
      await writable.write(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, repositoryFiles());
  await expect(
    page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await expect(page.getByRole('treeitem', { name: 'Tin tức' })).toBeVisible();
  await shot(page, '2-danh-sach-tin');
}

/** The files under content/ in the browser's folder, as text, by path inside content/. */
async function savedContent(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const found: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory')
          await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else if (/\.(md|mdx|csv|yaml)$/.test(name))
          found[`${prefix}${name}`] = await (
            await (handle as FileSystemFileHandle).getFile()
          ).text();
      }
    };
    const root = await navigator.storage.getDirectory();
    await walk(await root.getDirectoryHandle('content'), '');
    return found;
  });
}

test('a news item, a story with consent and a new participation table, saved by the editor, build and show on the site', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await openLocalFolder(page);

  // A news item. Its title has "đ" and accents: the file name must fold them.
  await newEntry(page, 'Tin tức');
  await fillField(page, 'Tiêu đề', 'Đường vào nhà văn hóa đã sửa xong');
  // Typed day-first, as the field's hint says: 11 October, not 10 November.
  await expect(page.getByText('Ngày/tháng/năm, ví dụ 11/10/2025.').first()).toBeVisible();
  await fillField(page, 'Ngày đăng', '11/10/2025');
  await fillField(page, 'Tóm tắt', 'Bà con đến học tối thứ Bảy đi lại dễ hơn.');
  await fillBody(page, 'Tổ dân phố đã đổ bê tông đoạn đường.');
  await page.getByRole('textbox', { name: 'Tiêu đề' }).scrollIntoViewIfNeeded();
  await shot(page, '3-tao-tin');
  await save(page);

  // A story the resident agreed, in writing, to publish.
  await newStory(page);
  await page.getByRole('switch', { name: 'Đồng ý đăng' }).check();
  await page.getByRole('switch', { name: 'Đã duyệt' }).check();
  await fillBody(page, 'Bà tôi 75 tuổi, nay đã tự làm bài thi.');
  // The form and its preview each show the consent, whatever the editor's scroll syncing did.
  await page
    .getByRole('switch', { name: 'Đồng ý đăng' })
    .evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await page
    .getByText('Đồng ý đăng', { exact: true })
    .last()
    .evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await shot(page, '4-cau-chuyen-dong-y');
  await save(page);

  // The participation table, replaced by the file the office keeps: to-2 now counts 131 of 150.
  const table = `${readFileSync(`${SAMPLE_WARD}/participation.csv`, 'utf8').trimEnd()}\n2025-11-12,to-2,Tổ dân phố số 2,150,131,x\n`;
  const upload = testInfo.outputPath('participation.csv');
  writeFileSync(upload, table);
  await page.getByRole('radio', { name: 'Thư viện' }).click();
  await page.getByRole('option', { name: /Tệp dùng chung/ }).click();
  // The file library's details, untranslated in the installed version, come from src/i18n/cms-vi.json.
  await expect(page.getByText('Đường dẫn thư mục')).toBeVisible();
  await expect(page.getByText('Folder Path')).toHaveCount(0);
  // "Tải lên" opens the system's file dialog on this hidden input.
  await page.locator('input[type="file"]').first().setInputFiles(upload);
  const dialog = page.getByRole('alertdialog', { name: 'Tải tệp lên' });
  // Same name as the table in the folder: the editor offers to replace it, and that is the default.
  await expect(dialog.getByRole('radio', { name: 'Thay thế' })).toBeChecked();
  await shot(page, '5-thay-bang-so-lieu');
  await dialog.getByRole('button', { name: 'Tải lên', exact: true }).click();
  await expect
    .poll(async () => (await savedContent(page))['participation.csv'], { timeout: 15_000 })
    .toBe(table);

  // What was saved: file names by the project's rule, dates as the schemas read them.
  const saved = await savedContent(page);
  const news = saved['news/duong-vao-nha-van-hoa-da-sua-xong.md'];
  expect(
    news,
    Object.keys(saved)
      .filter((file) => file.startsWith('news/'))
      .join(', '),
  ).toBeDefined();
  expect(news).toMatch(/^date: 11\/10\/2025$/m);
  const story = saved['stories/toi-giup-ba-dang-ky-du-thi.md'];
  expect(
    story,
    Object.keys(saved)
      .filter((file) => file.startsWith('stories/'))
      .join(', '),
  ).toBeDefined();
  expect(story).toMatch(/^consent: true$/m);
  expect(story).toMatch(/^group: to-2$/m);

  // Copied back into a copy of content/, they pass the schemas and build.
  const content = mkdtempSync(path.join(tmpdir(), 'cms-saved-'));
  cpSync(SAMPLE_WARD, content, { recursive: true });
  for (const [file, text] of Object.entries(saved)) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
  const outDir = mkdtempSync(path.join(tmpdir(), 'cms-built-'));
  const run = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    {
      encoding: 'utf8',
      env: { ...process.env, SITE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    },
  );
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const built = (file: string) =>
    readFileSync(path.join(outDir, file), 'utf8')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
  expect(built('tin-tuc/duong-vao-nha-van-hoa-da-sua-xong/index.html')).toContain(
    'Tổ dân phố đã đổ bê tông đoạn đường.',
  );
  // The build reads the typed date as 11 October 2025.
  expect(
    readFileSync(path.join(outDir, 'tin-tuc/duong-vao-nha-van-hoa-da-sua-xong/index.html'), 'utf8'),
  ).toContain('datetime="2025-10-11"');
  expect(built('cau-chuyen/toi-giup-ba-dang-ky-du-thi/index.html')).toContain(
    'Bà tôi 75 tuổi, nay đã tự làm bài thi.',
  );
  // The group's page shows the uploaded figure, which the site built from content/ does not.
  expect(readFileSync('dist/to-dan-pho/to-2/index.html', 'utf8')).not.toContain('131');
  expect(built('to-dan-pho/to-2/index.html')).toContain('131');
});
