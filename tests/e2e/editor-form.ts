/**
 * Steps through the content editor's entry form that every editor spec takes the same way as a
 * staff member: open a collection's new-entry form, write the body, save.
 */
import { expect, type Page } from '@playwright/test';

/** Opens a new entry's form the way a staff member does: the collection, then "Tạo mới". */
export async function newEntry(page: Page, collection: string) {
  await page.getByRole('treeitem', { name: collection }).click();
  await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
  await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toBeVisible();
}

/**
 * Types into a field of the form until it holds the text: a form just opened can be drawn again
 * once the site's data finishes loading, which empties what was typed into the first one.
 */
export async function fillField(page: Page, name: string, value: string) {
  const field = page.getByRole('textbox', { name, exact: true });
  await expect(async () => {
    await field.fill(value);
    await expect(field).toHaveValue(value, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** The body is drawn only once the form is scrolled down to it, as a person would. */
export async function fillBody(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Tiêu đề' }).hover();
  const body = page.getByRole('textbox', { name: 'Nội dung' });
  await expect(async () => {
    await page.mouse.wheel(0, 2000);
    await expect(body).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await body.fill(text);
}

/**
 * A new story told by a resident of group 2, its flags left as the form starts them (no consent,
 * not approved): the caller ticks what the case needs, then writes the body.
 */
export async function newStory(page: Page) {
  await newEntry(page, 'Câu chuyện');
  await fillField(page, 'Tiêu đề', 'Tôi giúp bà đăng ký dự thi');
  await fillField(page, 'Tên người kể', 'Đỗ Minh Đức');
  await page.getByRole('combobox', { name: 'Tổ dân phố' }).click();
  await page.getByRole('option', { name: 'Tổ dân phố số 2' }).click();
  await page.getByRole('radio', { name: 'Thanh niên số' }).check();
  await fillField(page, 'Ngày gửi', '09/11/2025');
  await fillField(page, 'Tóm tắt', 'Tôi ngồi cùng bà đăng ký tài khoản One Touch.');
}

export async function save(page: Page) {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  // After saving, the editor closes the entry and lists the collection again. Writing to the
  // folder took over 15 s once on a machine at load 9: allow for a slow machine.
  await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toBeHidden({
    timeout: 45_000,
  });
}
