import type { Locator, Page } from '@playwright/test';

export interface OrganizationEntry {
  name: string;
  alias?: string;
  /** What the user types in the country box, and the option they then pick. */
  countrySearch: string;
  countryOption: string;
  kindOption: string;
}

/** Opens "Thêm cơ quan", fills the form as a user would, and returns the dialog (not yet saved). */
export async function fillNewOrganization(page: Page, entry: OrganizationEntry): Promise<Locator> {
  await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cơ quan, địa phương' });
  await dialog.getByRole('textbox', { name: 'Tên', exact: true }).fill(entry.name);
  if (entry.alias) {
    await dialog.getByRole('combobox', { name: 'Tên gọi khác' }).fill(entry.alias);
    await dialog.getByRole('combobox', { name: 'Tên gọi khác' }).press('Enter');
  }
  await dialog.getByRole('combobox', { name: 'Quốc gia' }).fill(entry.countrySearch);
  await page.getByRole('option', { name: entry.countryOption }).click();
  await dialog.getByRole('combobox', { name: 'Loại' }).click();
  await page.getByRole('option', { name: entry.kindOption }).click();
  return dialog;
}
