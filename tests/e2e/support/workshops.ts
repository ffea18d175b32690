// Steps shared by specs: creating a workshop and opening one of its sections.
import { expect, type Page } from '@playwright/test';

export async function createWorkshop(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: /New workshop/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Opens an activity (or the overview) from the agenda beside the workshop. */
export async function openActivity(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: title }).click();
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}
