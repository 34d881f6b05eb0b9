/**
 * The content editor in the workflow a ward uses on its hosted site: signed in to GitHub with an
 * access token, saving through GitHub's API. GitHub is an in-memory stand-in on a loopback port
 * (tests/github-stub.ts) holding the sample ward under content/; the page's calls to
 * https://api.github.com are forwarded to it and any other origin is refused, so nothing leaves
 * the machine. Through the real interface a staff member meets no connection and a wrong token,
 * signs in, writes a news item with a cover picture, and replaces the participation table with a
 * workbook; the commits the editor made are read back from the stand-in. A second staff member's
 * saves that the build would refuse are refused before anything is committed, saying why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { startGitHubStub, type GitHubStub } from '../github-stub.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';
import { fillBody, fillField, newEntry, newStory, save } from './editor-form.ts';
import { coverPicture, participationWorkbook } from './upload-files.ts';
import { shot } from './screens.ts';

test.skip(({ isMobile }) => isMobile, 'the editor is used on office computers');
// Many ward computers run an English Windows: the editor is tried with the browser in English.
test.use({ actionTimeout: 15_000, locale: 'en-US' });

/** The token the stand-in accepts, and one it refuses. */
const TOKEN = 'github_pat_11TANHUNG0000thunghiem';
const WRONG_TOKEN = 'ghp_ma_cu_da_het_han';
/** A real token of a staff member whose token cannot reach the repository (see github-stub.ts). */
const OUTSIDER_TOKEN = 'github_pat_11CANBO0000taikhoanrieng';
const GITHUB_API = 'https://api.github.com';

const NEWS_TITLE = 'Tập huấn ngày 12.11 ở nhà văn hóa';
const SUMMARY = 'Đoàn viên hướng dẫn bà con cài và dùng ứng dụng One Touch.';
const COVER_ALT = 'Đoàn viên cầm điện thoại hướng dẫn một bà cụ ở nhà văn hóa';
/**
 * The file names, folded by hand with Sveltia's slug rules (services/common/slug/index.js) and the
 * config's `slug: { encoding: ascii, clean_accents: true, sanitize_replacement: '-' }`: accents
 * transliterated ("ậ" → "a", "ở" → "o"), every character but ASCII letters, digits, "_", "-" and
 * "~" (the spaces, the dot of "12.11") made a hyphen, hyphens merged, lower case. A picture's name
 * is folded without its extension (services/utils/file.js, formatFileName).
 */
const NEWS_SLUG = 'tap-huan-ngay-12-11-o-nha-van-hoa';
const FOLDED_PICTURE = 'anh-tap-huan-ngay-12-11.jpg';
/** The picture as a staff member's camera or phone names it: accents, spaces, a dot. */
const PICTURE_NAME = 'Ảnh tập huấn ngày 12.11.jpg';

/** The sample ward as the repository holds it: every fixture file under content/. */
function repositoryFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(SAMPLE_WARD, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      const inRepository = path.relative(SAMPLE_WARD, file).split(path.sep).join('/');
      files.set(`content/${inRepository}`, readFileSync(file));
    }
  return files;
}

/** An alert's text without its icon (the ligature "error", hidden from assistive technology). */
function alertText(alert: Locator): Promise<string> {
  return alert.evaluate((node) =>
    [...node.childNodes]
      .filter((child) => !(child instanceof Element && child.ariaHidden === 'true'))
      .map((child) => child.textContent)
      .join('')
      .trim(),
  );
}

/** The repository and branch the built editor is configured for. */
function configuredRepository(): { repo: string; branch: string } {
  const config = parse(readFileSync('dist/quan-tri/config.yml', 'utf8'));
  return { repo: config.backend.repo, branch: config.backend.branch ?? 'main' };
}

/**
 * Sends the page's GitHub API calls to the stand-in and refuses every other origin but the site's:
 * each refused address is listed in `foreign`.
 */
async function routeToStub(
  page: Page,
  stub: GitHubStub,
  siteOrigin: string,
  foreign: string[],
  offline = { down: false },
) {
  await page.context().route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === GITHUB_API && offline.down) return route.abort('internetdisconnected');
    if (url.origin === GITHUB_API) {
      try {
        const response = await route.fetch({ url: `${stub.origin}${url.pathname}${url.search}` });
        return await route.fulfill({ response });
      } catch (error) {
        // The page gave up on the request while the stand-in answered (the editor cancels
        // loads it no longer needs, or the test is over): nobody waits for the answer.
        if (/disposed|closed|already handled/i.test(String(error))) return;
        throw error;
      }
    }
    if (url.origin === siteOrigin) return route.fallback();
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });
}

/**
 * The stand-in GitHub holding the sample ward, with the page's calls routed to it; `foreign` lists
 * what the page asked of any other origin. Close `stub` when done.
 */
async function sampleRepository(page: Page, siteOrigin: string, offline = { down: false }) {
  const stub = await startGitHubStub({
    ...configuredRepository(),
    token: TOKEN,
    user: { login: 'can-bo-tan-hung', name: 'Cán bộ Tân Hưng' },
    outsiders: [{ token: OUTSIDER_TOKEN, user: { login: 'can-bo-moi', name: 'Cán bộ mới' } }],
    files: repositoryFiles(),
  });
  const foreign: string[] = [];
  await routeToStub(page, stub, siteOrigin, foreign, offline);
  return { stub, foreign };
}

test('a staff member signs in with a token and saves a news item with a picture through GitHub', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const siteOrigin = new URL(baseURL!).origin;
  const offline = { down: false };
  const { stub, foreign } = await sampleRepository(page, siteOrigin, offline);
  try {
    /** Addresses the screen's links and forms lead to that are not the site, GitHub or the stub. */
    const strayAddresses = async () =>
      (
        await page
          .locator('a[href], [formaction], form[action]')
          .evaluateAll((nodes) =>
            nodes.map(
              (node) => (node as HTMLAnchorElement).href || (node as HTMLFormElement).action,
            ),
          )
      ).filter(
        (href) => ![siteOrigin, 'https://github.com', stub.origin].includes(new URL(href).origin),
      );

    // The sign-in screen: token sign-in only, as the ward has no sign-in service for GitHub.
    await page.goto('/quan-tri/');
    const tokenButton = page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' });
    await expect(tokenButton).toBeVisible({ timeout: 20_000 });
    // The editor wraps "GitHub" in bidi isolates (U+2068, U+2069): \W* lets the name match them.
    await expect(
      page.getByRole('button', { name: /Đăng nhập bằng\W*GitHub/ }),
      'no sign-in service in site.yaml: no GitHub button',
    ).toHaveCount(0);
    expect(await strayAddresses()).toEqual([]);
    await shot(page, '1-dang-nhap');

    // No connection to GitHub: the editor says so in Vietnamese, not the browser's "Failed to fetch".
    const tokenDialog = page.getByRole('alertdialog', { name: 'Đăng nhập bằng mã truy cập' });
    const tokenBox = tokenDialog.getByRole('textbox', { name: 'Mã truy cập cá nhân' });
    const signInButton = tokenDialog.getByRole('button', { name: 'Đăng nhập', exact: true });
    offline.down = true;
    await tokenButton.click();
    await tokenBox.fill(TOKEN);
    await signInButton.click();
    const noConnection = page.getByRole('alert').filter({ hasText: 'GitHub' });
    await expect(noConnection).toBeVisible();
    expect(await alertText(noConnection)).toBe(
      'Không kết nối được tới GitHub. Kiểm tra kết nối Internet của máy rồi thử lại.',
    );
    offline.down = false;

    // A wrong token: GitHub answers 401, the editor says so in its own Vietnamese words.
    await page.reload();
    await tokenButton.click();
    await tokenBox.fill(WRONG_TOKEN);
    await signInButton.click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Mã truy cập' });
    await expect(refusal).toBeVisible();
    expect(await alertText(refusal)).toBe(
      'Mã truy cập được cung cấp không hợp lệ. Vui lòng kiểm tra và thử lại.',
    );

    // A token GitHub knows, whose owner cannot reach the repository (a token made for a personal
    // account while the repository is someone else's): refused, naming the repository.
    await page.reload();
    await tokenButton.click();
    await tokenBox.fill(OUTSIDER_TOKEN);
    await signInButton.click();
    const noAccess = page.getByRole('alert').filter({ hasText: 'quyền truy cập' });
    await expect(noAccess).toBeVisible();
    // The editor names the repository without its owner, in bidi isolates (U+2068, U+2069).
    const [, repositoryName] = configuredRepository().repo.split('/');
    expect(await alertText(noAccess)).toBe(
      `Đã xảy ra lỗi khi tải dữ liệu trang web. Bạn không có quyền truy cập vào kho mã nguồn “\u2068${repositoryName}\u2069”.`,
    );

    // The right token, typed into the dialog after a fresh start, as the guide shows it: the
    // token hidden, no earlier error under the dialog.
    await page.reload();
    await tokenButton.click();
    await tokenBox.fill(TOKEN);
    await expect(tokenBox, 'the token is typed into a password field').toHaveAttribute(
      'type',
      'password',
    );
    // The dialog may open with the last token typed, selected: the screen shows no selection.
    await tokenBox.press('End');
    expect(await strayAddresses()).toEqual([]);
    await shot(page, '1b-nhap-ma');
    await signInButton.click();
    await expect(page.getByRole('treeitem', { name: 'Tin tức' })).toBeVisible({ timeout: 30_000 });
    // The first list links the table checker.
    await expect(page.getByRole('link', { name: 'Kiểm tra bảng số liệu' })).toHaveAttribute(
      'href',
      '/quan-tri/kiem-tra-bang/',
    );

    // A news item with a cover picture uploaded through the picture dialog.
    await newEntry(page, 'Tin tức');
    await fillField(page, 'Tiêu đề', NEWS_TITLE);
    await fillField(page, 'Ngày đăng', '2025-11-12');
    await fillField(page, 'Tóm tắt', SUMMARY);
    await page.getByRole('button', { name: 'Duyệt tệp' }).click();
    const pictures = page.getByRole('dialog', { name: 'Chọn ảnh' });
    // The ward's own pictures only: no stock photo services.
    await expect(pictures.getByText('Unsplash')).toHaveCount(0);
    const chooser = page.waitForEvent('filechooser');
    await pictures.getByRole('button', { name: 'Tải lên', exact: true }).click();
    const picture = await coverPicture(testInfo.outputPath(PICTURE_NAME));
    await (await chooser).setFiles(picture);
    // The upload is chosen, not yet saved, and shown under the name it will be saved with.
    const uploaded = pictures
      .getByRole('listbox', { name: 'Ảnh có sẵn' })
      .getByRole('option', { selected: true });
    await expect(uploaded).toContainText('Chưa lưu');
    await expect(uploaded, 'slugify_filename: true').toHaveAccessibleName(FOLDED_PICTURE);
    await shot(page, '3b-chon-anh');
    await pictures.getByRole('button', { name: 'Chèn', exact: true }).click();
    await expect(pictures).toBeHidden();
    await fillField(page, 'Mô tả ảnh', COVER_ALT);
    await fillBody(page, 'Chiều 12.11, đoàn viên hướng dẫn bà con làm bài thi trên điện thoại.');
    // The form holds what was typed before it is saved (a save refused by the form stays open).
    for (const [name, value] of [
      ['Tiêu đề', NEWS_TITLE],
      ['Ngày đăng', '2025-11-12'],
      ['Tóm tắt', SUMMARY],
      ['Mô tả ảnh', COVER_ALT],
    ])
      await expect(page.getByRole('textbox', { name: name!, exact: true })).toHaveValue(value!);
    await save(page);

    // The commit: the entry and its picture side by side under content/news/, folded names.
    await expect.poll(() => stub.commits.length, { timeout: 30_000 }).toBe(1);
    const [news] = stub.commits;
    const paths = news!.additions.map((file) => file.path);
    expect(paths).toContain(`content/news/${NEWS_SLUG}.md`);
    const saved = news!.additions.find((file) => file.path === `content/news/${NEWS_SLUG}.md`)!;
    const cover = news!.additions.filter((file) => file.path.endsWith('.jpg'));
    expect(cover.map((file) => path.posix.dirname(file.path))).toEqual(['content/news']);
    expect(cover[0]!.bytes.equals(readFileSync(picture)), 'the picture as uploaded').toBe(true);
    expect(cover[0]!.path, 'slugify_filename: true').toBe(`content/news/${FOLDED_PICTURE}`);
    const frontmatter = parse(saved.bytes.toString('utf8').split(/^---$/m)[1]!);
    expect(frontmatter).toMatchObject({ title: NEWS_TITLE, summary: SUMMARY, coverAlt: COVER_ALT });
    expect(frontmatter.cover).toBe(`./${path.posix.basename(cover[0]!.path)}`);
    expect(frontmatter.cover).toBe(`./${FOLDED_PICTURE}`);
    expect(news!.deletions).toEqual([]);

    // The participation table replaced by the workbook the office keeps, in the file library.
    const workbook = await participationWorkbook(testInfo.outputPath('participation.xlsx'));
    await page.getByRole('radio', { name: 'Thư viện' }).click();
    await page.getByRole('option', { name: /Tệp dùng chung/ }).click();
    const folder = page.getByRole('main', { name: /Thư mục tệp\W*Tệp dùng chung/ });
    await expect(folder.getByRole('row', { name: 'participation.csv' })).toBeVisible();
    // "Tải lên" opens a dialog to drop files on or browse for them.
    await folder.getByRole('button', { name: 'Tải tệp lên', exact: true }).click();
    const dropDialog = page.getByRole('dialog', { name: 'Tải tệp lên' });
    const fileChooser = page.waitForEvent('filechooser');
    await dropDialog.getByRole('button', { name: 'Chọn tệp' }).click();
    await (await fileChooser).setFiles(workbook);
    const uploadDialog = page.getByRole('alertdialog', { name: 'Tải tệp lên' });
    await uploadDialog.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await expect.poll(() => stub.commits.length, { timeout: 30_000 }).toBeGreaterThan(1);
    const table = stub.commits.find((commit) =>
      commit.additions.some((file) => file.path === 'content/participation.xlsx'),
    );
    expect(table, 'a commit adds content/participation.xlsx').toBeDefined();
    const added = table!.additions.find((file) => file.path === 'content/participation.xlsx')!;
    expect(added.bytes.equals(readFileSync(workbook)), 'the workbook as uploaded').toBe(true);
    expect(table!.deletions, "the table's .csv goes with its replacement").toEqual([
      'content/participation.csv',
    ]);

    // Every saved path is ASCII without spaces; nothing was asked of another origin.
    const allPaths = stub.commits.flatMap((c) => [
      ...c.additions.map((f) => f.path),
      ...c.deletions,
    ]);
    expect(
      allPaths.filter((file) => !/^[\x21-\x7e]+$/.test(file)),
      'saved paths with a space or a non-ASCII letter',
    ).toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(stub.unhandled, 'GitHub calls the stand-in does not know').toEqual([]);
  } finally {
    await page.context().unrouteAll({ behavior: 'ignoreErrors' });
    await stub.close();
  }
});

test('a save the build would refuse is not committed, and the editor says why', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const { stub } = await sampleRepository(page, new URL(baseURL!).origin);
  try {
    await page.goto('/quan-tri/');
    await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
    await page.getByRole('textbox', { name: 'Mã truy cập cá nhân' }).fill(TOKEN);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect(page.getByRole('treeitem', { name: 'Tin tức' })).toBeVisible({ timeout: 30_000 });

    // A cover picture with no description: the form cannot require one only with a picture.
    await newEntry(page, 'Tin tức');
    await fillField(page, 'Tiêu đề', 'Ảnh chưa có mô tả');
    // The browser is English (test.use above): the date is typed day-first all the same, and a
    // day not on the calendar is refused by the build's own rule.
    await fillField(page, 'Ngày đăng', '31/02/2025');
    await fillField(page, 'Tóm tắt', SUMMARY);
    await page.getByRole('button', { name: 'Duyệt tệp' }).click();
    const pictures = page.getByRole('dialog', { name: 'Chọn ảnh' });
    const chooser = page.waitForEvent('filechooser');
    await pictures.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await (await chooser).setFiles(await coverPicture(testInfo.outputPath('anh.jpg')));
    await pictures.getByRole('button', { name: 'Chèn', exact: true }).click();
    await fillBody(page, 'Nội dung.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const refused = page.getByRole('alertdialog', { name: 'Chưa lưu được' });
    await expect(refused).toContainText(
      'Ngày đăng: Ngày "31/02/2025" không có trên lịch. Kiểm tra lại ngày và tháng (ngày/tháng/năm), ví dụ: 11/10/2025',
    );
    await refused.getByRole('button', { name: 'Đồng ý' }).click();
    await fillField(page, 'Ngày đăng', '12/11/2025');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(refused).toContainText('Bài viết chưa được lưu.');
    // The build's rule in the form's words: the field's label, no file, line or key (the form
    // shows none of them), and the way on from this screen.
    await expect(refused).toContainText(
      'Mô tả ảnh: Có ảnh thì phải mô tả ảnh cho người không nhìn thấy. Ví dụ: "Đoàn viên hướng dẫn bà con cài ứng dụng"',
    );
    await expect(refused).toContainText('Bấm Đồng ý, sửa từng ô dưới đây trong bài, rồi bấm Lưu.');
    await expect(refused).not.toContainText(/content\/|dòng \d|coverAlt|Lưu lại|Ngày đăng/);
    await shot(page, '6-chua-luu-duoc');
    await refused.getByRole('button', { name: 'Đồng ý' }).click();
    // A date not written as a date is stopped by the form itself, in Vietnamese.
    await fillField(page, 'Ngày đăng', 'Nov 12, 2025');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(
      page.getByText('Viết ngày theo dạng ngày/tháng/năm bằng số, ví dụ 11/10/2025.'),
    ).toBeVisible();
    await fillField(page, 'Ngày đăng', '12/11/2025');
    // The form's notice of a field in error goes away by itself, before the next screenshot.
    await expect(page.getByText('Xem lỗi')).toHaveCount(0, { timeout: 30_000 });
    // Still in the form, nothing committed: the staff member writes the description and saves.
    await fillField(page, 'Mô tả ảnh', COVER_ALT);
    await save(page);
    await expect.poll(() => stub.commits.length, { timeout: 30_000 }).toBe(1);
    // Saved as typed; the build reads it as 12 November 2025.
    const saved = stub.commits[0]!.additions.find((file) => file.path.endsWith('.md'));
    expect(saved?.bytes.toString('utf8')).toMatch(/^date: 12\/11\/2025$/m);

    // A story marked approved, its teller's consent not ticked: it would be saved and never shown.
    await newStory(page);
    await page.getByRole('switch', { name: 'Đã duyệt' }).check();
    await fillBody(page, 'Bà tôi 75 tuổi, nay đã tự làm bài thi.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const hidden = page.getByRole('alertdialog', { name: 'Bài này sẽ không hiện trên trang web' });
    await expect(hidden).toContainText(
      'Câu chuyện đã chọn “Đã duyệt” nhưng chưa chọn “Đồng ý đăng”',
    );
    await shot(page, '7-bai-se-khong-hien');
    await hidden.getByRole('button', { name: 'Quay lại sửa' }).click();
    const back = page.getByRole('alertdialog', { name: 'Chưa lưu được' });
    await expect(back).toContainText('Chưa lưu: bạn đã chọn quay lại sửa.');
    await back.getByRole('button', { name: 'Đồng ý' }).click();
    expect(stub.commits, 'the story is not committed before the choice').toHaveLength(1);
    await page.getByRole('switch', { name: 'Đồng ý đăng' }).check();
    await save(page);
    await expect.poll(() => stub.commits.length, { timeout: 30_000 }).toBe(2);

    // The office's workbook uploaded under its own name: offered the name the site reads.
    const misnamed = await participationWorkbook(testInfo.outputPath('Số liệu tháng 11.xlsx'));
    await page.getByRole('radio', { name: 'Thư viện' }).click();
    await page.getByRole('option', { name: /Tệp dùng chung/ }).click();
    const library = page.getByRole('main', { name: /Thư mục tệp\W*Tệp dùng chung/ });
    await library.getByRole('button', { name: 'Tải tệp lên', exact: true }).click();
    const misnamedChooser = page.waitForEvent('filechooser');
    await page
      .getByRole('dialog', { name: 'Tải tệp lên' })
      .getByRole('button', { name: 'Chọn tệp' })
      .click();
    await (await misnamedChooser).setFiles(misnamed);
    await page
      .getByRole('alertdialog', { name: 'Tải tệp lên' })
      .getByRole('button', { name: 'Tải lên', exact: true })
      .click();
    const rename = page.getByRole('alertdialog', { name: 'Tên tệp chưa đúng' });
    await expect(rename).toContainText(
      'Tệp này có vẻ là bảng tham gia, nhưng trang web chỉ đọc bảng tham gia tên participation.xlsx.',
    );
    await shot(page, '8-ten-tep-chua-dung');
    await rename.getByRole('button', { name: 'Lưu với tên participation.xlsx' }).click();
    await expect.poll(() => stub.commits.length, { timeout: 30_000 }).toBe(3);
    const renamed = stub.commits[2]!;
    expect(renamed.additions.map((file) => file.path)).toEqual(['content/participation.xlsx']);
    expect(renamed.additions[0]!.bytes.equals(readFileSync(misnamed))).toBe(true);
    expect(renamed.deletions, "the table's .csv goes with its replacement").toEqual([
      'content/participation.csv',
    ]);

    // A participation workbook counting 163 households joined of 150 in one group.
    const workbook = await participationWorkbook(testInfo.outputPath('participation.xlsx'), [
      ['2025-11-12', 'to-2', 'Tổ dân phố số 2', 150, 163, 'x'],
    ]);
    await page.getByRole('radio', { name: 'Thư viện' }).click();
    await page.getByRole('option', { name: /Tệp dùng chung/ }).click();
    const folder = page.getByRole('main', { name: /Thư mục tệp\W*Tệp dùng chung/ });
    await folder.getByRole('button', { name: 'Tải tệp lên', exact: true }).click();
    const fileChooser = page.waitForEvent('filechooser');
    await page
      .getByRole('dialog', { name: 'Tải tệp lên' })
      .getByRole('button', { name: 'Chọn tệp' })
      .click();
    await (await fileChooser).setFiles(workbook);
    await page
      .getByRole('alertdialog', { name: 'Tải tệp lên' })
      .getByRole('button', { name: 'Tải lên', exact: true })
      .click();
    // The editor only says the upload failed; the guard's own dialog says why. The fixture's six
    // rows are sheet rows 2 to 7 under the header: the added row is row 8.
    const tableRefused = page.getByRole('alertdialog', { name: 'Chưa lưu được' });
    // An upload is named by its file, sheet and row, as the library and Excel show them.
    await expect(tableRefused).toContainText(
      'participation.xlsx, trang tính "participation", dòng 8',
    );
    await expect(tableRefused).not.toContainText('content/');
    await expect(tableRefused).toContainText('Sửa tệp trên máy');
    await expect(tableRefused).toContainText('163');
    expect(stub.commits, 'the refused workbook is not committed').toHaveLength(3);
  } finally {
    await page.context().unrouteAll({ behavior: 'ignoreErrors' });
    await stub.close();
  }
});
