/**
 * "Nghe": the page read aloud by the phone's Vietnamese voice. Headless Chromium has no voices, so
 * an init script replaces speechSynthesis and SpeechSynthesisUtterance with a stand-in that
 * records what it is asked to say (in sessionStorage, which outlives the page within the tab, and is
 * written at once even as the page is left), offers the voices a test gives it, and ends an utterance when the test says so, or by itself
 * after a few milliseconds.
 */
import { expect, test, type Page } from '@playwright/test';

const GUIDE = '/huong-dan/tim-khoa-hoc/';

interface Entry {
  kind: 'speak' | 'cancel' | 'pause' | 'resume';
  text?: string;
  rate?: number;
  lang?: string;
  url: string;
}

interface StandIn {
  /** The voices getVoices() returns. */
  voices: { lang: string; name: string }[];
  /** An utterance ends by itself after this many milliseconds; never when 0. */
  autoEndMs: number;
}

const LOG = 'speech-stand-in';

/** Installs the stand-in before the page's scripts run. */
async function standIn(page: Page, options: StandIn): Promise<void> {
  await page.addInitScript(
    ({ voices, autoEndMs, log }: StandIn & { log: string }) => {
      const record = (entry: object) =>
        sessionStorage.setItem(
          log,
          JSON.stringify([
            ...JSON.parse(sessionStorage.getItem(log) ?? '[]'),
            { ...entry, url: location.pathname },
          ]),
        );
      type Fake = EventTarget & {
        text: string;
        onend?: (event: Event) => void;
        onerror?: (event: Event) => void;
      };
      const fire = (utterance: Fake | undefined, type: 'end' | 'error') => {
        if (!utterance) return;
        const event = new Event(type);
        utterance[type === 'end' ? 'onend' : 'onerror']?.(event);
        utterance.dispatchEvent(event);
      };
      let queue: Fake[] = [];
      let list = voices;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const next = () => {
        if (!autoEndMs || timer || queue.length === 0) return;
        timer = setTimeout(() => {
          timer = undefined;
          fire(queue.shift(), 'end');
          next();
        }, autoEndMs);
      };
      const synth = Object.assign(new EventTarget(), {
        getVoices: () => list.map((voice) => ({ ...voice, default: false, localService: true })),
        speak(utterance: Fake & { rate: number; lang: string }) {
          record({
            kind: 'speak',
            text: utterance.text,
            rate: utterance.rate,
            lang: utterance.lang,
          });
          queue.push(utterance);
          next();
        },
        cancel() {
          record({ kind: 'cancel' });
          const dropped = queue;
          queue = [];
          clearTimeout(timer);
          timer = undefined;
          for (const utterance of dropped) fire(utterance, 'error');
        },
        pause: () => record({ kind: 'pause' }),
        resume: () => record({ kind: 'resume' }),
      });
      class Utterance extends EventTarget {
        lang = '';
        rate = 1;
        voice: unknown = null;
        text: string;
        constructor(text = '') {
          super();
          this.text = text;
        }
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: Utterance,
        configurable: true,
      });
      Object.assign(window, {
        speechStandIn: {
          /** Ends the utterance being said: the player then says the next one. */
          finish: () => fire(queue.shift(), 'end'),
          setVoices(next: typeof voices) {
            list = next;
            synth.dispatchEvent(new Event('voiceschanged'));
          },
        },
      });
    },
    { ...options, log: LOG },
  );
}

/** What the stand-in was asked, in order, on every page of the tab so far. */
const entriesOf = async (page: Page): Promise<Entry[]> =>
  JSON.parse((await page.evaluate((log) => sessionStorage.getItem(log), LOG)) ?? '[]');

const VIETNAMESE = [{ lang: 'vi-VN', name: 'Tiếng Việt' }];
const ENGLISH = [{ lang: 'en-US', name: 'English' }];
const spoken = async (page: Page) =>
  (await entriesOf(page)).filter((entry) => entry.kind === 'speak');
const said = async (page: Page) => (await spoken(page)).map((entry) => entry.text);
const finish = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { speechStandIn: { finish(): void } }).speechStandIn.finish(),
  );
const listenButton = (page: Page) => page.getByRole('button', { name: 'Nghe', exact: true });

test('no button without a Vietnamese voice, one once the phone has it', async ({ page }) => {
  await standIn(page, { voices: ENGLISH, autoEndMs: 0 });
  await page.goto(GUIDE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(listenButton(page)).toHaveCount(0);

  // Chrome often lists its voices only after the page has loaded: voiceschanged.
  await page.evaluate(
    (voices) =>
      (
        window as unknown as { speechStandIn: { setVoices(v: typeof voices): void } }
      ).speechStandIn.setVoices(voices),
    VIETNAMESE,
  );
  await expect(listenButton(page)).toBeVisible();
});

test('the button is there at once when the voice is, before the text', async ({ page }) => {
  await standIn(page, { voices: VIETNAMESE, autoEndMs: 0 });
  await page.goto(GUIDE);
  await expect(listenButton(page)).toBeVisible();
  const button = await listenButton(page).boundingBox();
  const summary = await page.getByText('Mở đúng khóa học “Công dân số Hải Phòng”').boundingBox();
  expect(button!.y).toBeLessThan(summary!.y);
});

test('it reads the guide in order, steps with their numbers, the phone number digit by digit', async ({
  page,
}) => {
  await standIn(page, { voices: VIETNAMESE, autoEndMs: 5 });
  await page.goto(GUIDE);
  await listenButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đọc hết trang.' })).toBeVisible();
  // Written from tests/fixtures/tan-hung/guides/tim-khoa-hoc.mdx, its site.yaml and the guide page:
  // no kicker ("Hướng dẫn 2/7"), no step circles, no navigation, no footer.
  expect(await said(page)).toEqual([
    'Tìm khóa học của cuộc thi',
    'Mở đúng khóa học “Công dân số Hải Phòng” trên One Touch và ghi danh vào khóa học.',
    'Cập nhật lần cuối: 13/10/2025',
    'Cuộc thi nằm trong một khóa học trên nền tảng One Touch – Học tập suốt đời.',
    'Cách nhanh nhất là mở thẳng đường link của khóa học, không cần tìm.',
    'Bước 1: Mở đường link của khóa học',
    'Bấm: Mở khóa học của cuộc thi.',
    'Bạn cũng có thể quét mã QR trên áp phích tại nhà văn hóa, rồi bấm nút “Tham gia ngay” trên trang của tổ.',
    'Trang khóa học hiện ra, có tên “Công dân số Hải Phòng – sử dụng thông minh, sống an toàn”.',
    'Bước 2: Kiểm tra địa chỉ trang',
    'Nhìn thanh địa chỉ ở trên cùng màn hình: phải là onetouch.mic.gov.vn.',
    'Nếu là địa chỉ lạ, đóng trang lại và xem hướng dẫn an toàn trên mạng.',
    'Bước 3: Đăng nhập nếu chưa đăng nhập',
    'Nếu góc trên chưa có tên bạn, bấm Đăng nhập.',
    'Chưa có tài khoản thì làm theo hướng dẫn đăng ký tài khoản.',
    'Sau khi đăng nhập, màn hình quay lại trang khóa học.',
    'Bước 4: Ghi danh vào khóa học',
    'Nếu trang khóa học có nút để tham gia hoặc bắt đầu học (ví dụ “Tham gia khóa học”, “Ghi danh” hay “Học ngay”), bấm nút đó.',
    'Màn hình hiện danh sách các chuyên đề của khóa học.',
    'Bạn đã sẵn sàng để học.',
    'Bước 5: Lưu lại để lần sau mở nhanh',
    'Trên điện thoại, bấm nút ba chấm ⋮ của trình duyệt rồi chọn “Thêm vào màn hình chính” (tên có thể khác tùy máy).',
    'Lần sau chỉ cần chạm vào biểu tượng đó.',
    'Tên nút trên One Touch ở đây là ví dụ, chưa đối chiếu với từng màn hình: giao diện có thể thay đổi.',
    'Nếu không thấy, xem Video hướng dẫn của cuộc thi hoặc hỏi trong Nhóm Zalo hỗ trợ Cuộc thi.',
    'Vẫn cần giúp đỡ?',
    'Gặp khó khăn khi đăng ký hay làm bài, bà con gọi đường dây hỗ trợ hoặc hỏi trong nhóm Zalo.',
    'Hotline hỗ trợ kỹ thuật One Touch',
    'Gọi 0 9 0, 4 5 4, 0 4 9 0',
    'Tham gia Nhóm Zalo hỗ trợ Cuộc thi',
    'Hướng dẫn chi tiết (văn bản)',
    'Video hướng dẫn',
  ]);
  expect((await spoken(page)).every((entry) => entry.lang === 'vi-VN')).toBe(true);
  await expect(listenButton(page)).toBeVisible();
});

test('pause, resume and stop, each with its label and said to screen readers', async ({ page }) => {
  await standIn(page, { voices: VIETNAMESE, autoEndMs: 0 });
  await page.goto(GUIDE);
  const status = page.getByRole('status').filter({ hasText: /./ });
  await listenButton(page).click();
  const pause = page.getByRole('button', { name: 'Tạm dừng' });
  await expect(pause).toBeVisible();
  await expect(status).toHaveText('Đang đọc trang cho bạn nghe.');
  // The sentence being read is highlighted.
  const highlighted = () =>
    page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('nghe') ?? [])];
      return ranges.map((range) => range.toString().replace(/\s+/g, ' ').trim());
    });
  expect(await highlighted()).toEqual(['Tìm khóa học của cuộc thi']);
  await finish(page);
  await expect.poll(async () => (await said(page)).length).toBe(2);
  expect(await highlighted()).toEqual([
    'Mở đúng khóa học “Công dân số Hải Phòng” trên One Touch và ghi danh vào khóa học.',
  ]);

  await pause.click();
  const resume = page.getByRole('button', { name: 'Nghe tiếp' });
  await expect(resume).toBeVisible();
  await expect(status).toHaveText('Đã tạm dừng. Bấm “Nghe tiếp” để nghe tiếp.');
  expect((await entriesOf(page)).at(-1)?.kind).toBe('cancel');
  // Nothing more is said while paused, even if the voice reports an end.
  await finish(page);
  await page.waitForTimeout(200);
  expect(await said(page)).toHaveLength(2);

  // Resuming says the interrupted sentence again, from its start.
  await resume.click();
  await expect(pause).toBeVisible();
  await expect.poll(async () => (await said(page)).length).toBe(3);
  expect((await said(page))[2]).toBe((await said(page))[1]);
  await finish(page);
  await expect.poll(async () => (await said(page)).at(-1)).toBe('Cập nhật lần cuối: 13/10/2025');

  await page.getByRole('button', { name: 'Dừng', exact: true }).click();
  await expect(status).toHaveText('Đã dừng đọc.');
  await expect(listenButton(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dừng', exact: true })).toBeHidden();
  expect(await highlighted()).toEqual([]);
  const count = (await said(page)).length;
  await finish(page);
  await page.waitForTimeout(200);
  expect(await said(page)).toHaveLength(count);

  // Starting again reads from the title.
  await listenButton(page).click();
  await expect.poll(async () => (await said(page)).at(-1)).toBe('Tìm khóa học của cuộc thi');
});

test('"Đọc chậm hơn" slows the voice and is remembered on the phone', async ({ page }) => {
  await standIn(page, { voices: VIETNAMESE, autoEndMs: 0 });
  await page.goto(GUIDE);
  await listenButton(page).click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1);
  await page.getByRole('checkbox', { name: 'Đọc chậm hơn' }).check();
  // The sentence being read starts again at the slower speed.
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBeLessThan(1);
  expect((await said(page)).at(-1)).toBe('Tìm khóa học của cuộc thi');

  await page.goto('/the-le/');
  await listenButton(page).click();
  await expect(page.getByRole('checkbox', { name: 'Đọc chậm hơn' })).toBeChecked();
  expect((await spoken(page)).at(-1)).toMatchObject({
    url: '/the-le/',
    rate: expect.any(Number),
  });
  expect((await spoken(page)).at(-1)!.rate).toBeLessThan(1);
});

test('nothing is read after leaving the page', async ({ page }) => {
  await standIn(page, { voices: VIETNAMESE, autoEndMs: 250 });
  await page.goto(GUIDE);
  await listenButton(page).click();
  // Left mid-way: 32 sentences of 250 ms each take 8 s.
  await expect.poll(async () => (await said(page)).length).toBeGreaterThan(2);
  await page
    .getByRole('navigation', { name: 'Hướng dẫn trước và sau' })
    .getByRole('link')
    .first()
    .click();
  await expect(page).not.toHaveURL(new RegExp(`${GUIDE}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(300);
  // The voice was silenced as the guide was left, and nothing was said after.
  const entries = await entriesOf(page);
  const last = entries.findLastIndex((entry) => entry.url === GUIDE);
  expect(entries[last]?.kind).toBe('cancel');
  expect(entries.slice(last + 1).filter((entry) => entry.kind === 'speak')).toEqual([]);
});

test('a news item and a letter have the button too, the sample label is not read', async ({
  page,
}) => {
  await standIn(page, { voices: VIETNAMESE, autoEndMs: 0 });
  for (const list of ['/tin-tuc/', '/van-ban/']) {
    await page.goto(list);
    await page
      .getByRole('main')
      .getByRole('heading', { level: 2 })
      .first()
      .getByRole('link')
      .click();
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await listenButton(page).click();
    await expect
      .poll(async () => (await said(page)).at(-1))
      .toBe(title.replace(/\s+/g, ' ').trim());
  }
  expect((await said(page)).some((text) => /dữ liệu mẫu/i.test(text ?? ''))).toBe(false);
});

test('it reads a page the service worker keeps without a signal', async ({ page, context }) => {
  await standIn(page, { voices: VIETNAMESE, autoEndMs: 0 });
  await page.goto(GUIDE);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
  // The help (the guides and the player among them) is kept once the page has asked: wait until
  // every file the worker lists is in its cache.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const listed = ((await (await fetch('/sw.js')).text()).match(/sha256:/g) ?? []).length;
          const kept = (await (await caches.open('offline-help')).keys()).length;
          return listed > 0 && kept === listed;
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
  await context.setOffline(true);
  // A guide never opened: its page and the player come from what the worker kept.
  await page.goto('/huong-dan/lam-bai-thi/');
  await listenButton(page).click();
  await expect.poll(async () => (await said(page)).at(-1)).toBe('Làm bài thi trắc nghiệm');
  await expect(page.getByRole('button', { name: 'Tạm dừng' })).toBeVisible();
});

test('the page follows the sentence being read', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await standIn(page, { voices: VIETNAMESE, autoEndMs: 0 });
  await page.goto(GUIDE);
  await listenButton(page).click();
  // On to "Bước 5", far below the first screen of a phone.
  await expect.poll(async () => (await said(page)).length).toBe(1);
  while ((await said(page)).at(-1) !== 'Bước 5: Lưu lại để lần sau mở nhanh') {
    const count = (await said(page)).length;
    await finish(page);
    await expect.poll(async () => (await said(page)).length).toBe(count + 1);
  }
  const { top, bottom, height } = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('nghe') ?? [])][0] as Range;
    const rect = range.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: innerHeight };
  });
  expect(top).toBeGreaterThanOrEqual(0);
  expect(bottom).toBeLessThanOrEqual(height);
});

test('starting the player on another page stops this one', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) await standIn(page, { voices: VIETNAMESE, autoEndMs: 0 });
  await first.goto(GUIDE);
  await listenButton(first).click();
  await expect(first.getByRole('button', { name: 'Tạm dừng' })).toBeVisible();
  await second.goto('/the-le/');
  await listenButton(second).click();
  await expect(second.getByRole('button', { name: 'Tạm dừng' })).toBeVisible();
  await expect(listenButton(first)).toBeVisible();
  await expect(first.getByRole('status').filter({ hasText: /./ })).toHaveText('Đã dừng đọc.');
  expect((await entriesOf(first)).at(-1)?.kind).toBe('cancel');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('no button that cannot work', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm khóa học của cuộc thi');
    await expect(listenButton(page)).toHaveCount(0);
  });
});
