import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of a searchable select by typing, as a user would. The list can still be moving when it first
 * shows (a card just added above it): a click that lands beside the option closes the list (a CI run waited 90 s
 * for it to come back), so the pick starts again from the typing, as a user would.
 */
export async function pick(page: Page, scope: Locator | Page, label: string, typed: string, option: string | RegExp) {
  await expect(async () => {
    await scope.getByRole('combobox', { name: label, exact: true }).fill(typed);
    await page.getByRole('option', { name: option }).first().click({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

/** Opens a plain (non-searchable) select and clicks one of its options. */
export async function choose(page: Page, scope: Locator | Page, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Adds a participant row, creates their person inline, and sets role and title. */
export async function addParticipant(
  page: Page,
  entry: { side: 'guest' | 'host'; number: number; name: string; role?: string; title: string },
) {
  await page
    .getByRole('button', { name: entry.side === 'guest' ? 'Thêm thành viên đoàn' : 'Thêm người đón tiếp' })
    .click();
  const row = page.getByRole('region', { name: `Người thứ ${entry.number}` });
  await row.getByRole('button', { name: 'Người mới' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người' });
  await dialog.getByRole('textbox', { name: 'Họ và tên' }).fill(entry.name);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'detached' });
  if (entry.role) await choose(page, row, 'Vai trò', entry.role);
  await row.getByRole('textbox', { name: 'Chức danh (lúc đó)' }).fill(entry.title);
  return row;
}
