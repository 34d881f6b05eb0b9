/**
 * The self-check: every question and its answer without JavaScript; with it, a round of the
 * configured number of questions, scored, a wrong answer linked to its guide; on a 360 px phone;
 * on paper, every question and the answer key. Right answers come from the content files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const PATH = '/tu-kiem-tra/';
const FOLDER = `${SAMPLE_WARD}/self-check`;
const questions = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const data = parse(readFileSync(path.join(FOLDER, file), 'utf8').split('---')[1]!) as {
      question: string;
      choices: string[];
      answer: number;
      guide: string;
    };
    return { ...data, right: data.choices[data.answer - 1]! };
  });
const site = readSite();
const round = Math.min(site.selfCheck?.questions ?? site.campaign.questions, questions.length);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every question, each answer in a disclosure', async ({ page }) => {
    await page.goto(PATH);
    const main = page.getByRole('main');
    await expect(
      main.getByText(/không phải câu hỏi trong ngân hàng đề của cuộc thi/),
    ).toBeVisible();
    await expect(main.getByRole('group').filter({ has: page.getByRole('radio') })).toHaveCount(
      questions.length,
    );
    await expect(main.getByRole('button', { name: 'Chấm điểm' })).toBeHidden();

    const first = questions.find((q) => q.guide === 'tao-tai-khoan')!;
    const item = main
      .getByRole('listitem')
      .filter({ has: page.getByRole('group', { name: first.question }) });
    await expect(
      item.getByText(`Đáp án đúng: ${'ABCDEF'[first.answer - 1]}. ${first.right}`),
    ).toBeHidden();
    await item.getByText('Xem đáp án', { exact: true }).click();
    await expect(
      item.getByText(`Đáp án đúng: ${'ABCDEF'[first.answer - 1]}. ${first.right}`),
    ).toBeVisible();
    await expect(
      item.getByRole('link', { name: 'Đăng ký tài khoản One Touch và đăng nhập' }),
    ).toHaveAttribute('href', '/huong-dan/tao-tai-khoan/');
  });
});

test('draws a round, scores it and links a wrong answer to its guide', async ({ page }) => {
  await page.goto(PATH);
  const main = page.getByRole('main');
  const shown = main.getByRole('group').filter({ has: page.getByRole('radio') });
  await expect(shown).toHaveCount(round);

  const legends = await shown.evaluateAll((groups) =>
    groups.map((group) => group.querySelector('legend')!.firstChild!.textContent!.trim()),
  );
  for (const [index, legend] of legends.entries()) {
    const question = questions.find((q) => q.question === legend)!;
    expect(question, legend).toBeDefined();
    // The first question gets a wrong choice, every other one the right one.
    const choice =
      index === 0 ? question.choices.find((c) => c !== question.right)! : question.right;
    await shown.nth(index).getByText(choice, { exact: false }).first().click();
  }
  await main.getByRole('button', { name: 'Chấm điểm' }).click();
  await expect(main.getByRole('status')).toHaveText(
    `Bạn trả lời đúng ${round - 1} trên ${round} câu.`,
  );

  const wrong = questions.find((q) => q.question === legends[0])!;
  const itemOf = (legend: string) =>
    main.getByRole('listitem').filter({ has: page.getByRole('group', { name: legend }) });
  const first = itemOf(legends[0]!);
  await expect(first.getByText('Chưa đúng', { exact: false })).toBeVisible();
  await expect(first.getByText('Chưa đúng', { exact: false }).getByRole('link')).toHaveAttribute(
    'href',
    `/huong-dan/${wrong.guide}/`,
  );
  await expect(itemOf(legends[1]!).getByText('Đúng.', { exact: true })).toBeVisible();

  // Another round starts unscored.
  await main.getByRole('button', { name: 'Làm lượt khác' }).click();
  await expect(main.getByRole('status')).toHaveText('');
  await expect(shown).toHaveCount(round);
  await expect(
    main.locator('self-check').getByText('Chưa đúng', { exact: false }).filter({ visible: true }),
  ).toHaveCount(0);
});

test('fits a 360 px phone and prints every question with the answer key', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PATH);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.emulateMedia({ media: 'print' });
  const main = page.getByRole('main');
  // On paper the choices have no radio buttons: count the questions by their legends.
  await expect(main.locator('legend')).toHaveCount(questions.length);
  await expect(main.getByRole('heading', { name: 'Đáp án' })).toBeVisible();
  const last = questions.length;
  await expect(main.getByText(new RegExp(`^Câu ${last}: [A-F]$`))).toBeVisible();
  await expect(main.getByRole('button', { name: 'Chấm điểm' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
});
