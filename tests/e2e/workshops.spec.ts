// The vertical slice in browser mode: create, list, open, rename, duplicate and delete workshops,
// with everything still there after the server restarts.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';

const app = useBrowserMode();

async function createByKeyboard(page: Page, title: string, client: string) {
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type(title);
  await dialog.getByRole('textbox', { name: 'Client' }).fill(client);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.keyboard.press('h');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
}

const workshopList = (page: Page) => page.getByRole('list', { name: 'Workshops' });

test('creates two workshops, renames one, and finds both after a restart; then deletes one', async ({ page }) => {
  await page.goto(app.server.url);
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  // The token leaves the address bar once read, so it is not shown on a projector.
  expect(page.url()).not.toContain('token');

  await createByKeyboard(page, 'Northwind alignment day', 'Northwind Traders');
  await createByKeyboard(page, 'Contoso handoff deep dive', 'Contoso');

  const list = workshopList(page);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  // Newest change first.
  await expect(list.getByRole('listitem').first()).toContainText('Contoso handoff deep dive');

  await page.getByRole('button', { name: 'Rename Northwind alignment day' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename workshop' });
  await rename.getByRole('textbox', { name: 'Title' }).fill('Northwind kickoff');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(list.getByRole('button', { name: 'Northwind kickoff', exact: true })).toBeVisible();
  await expect(list.getByRole('listitem').first()).toContainText('Northwind kickoff');

  await app.restart();
  await page.goto(app.server.url);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('button', { name: 'Northwind kickoff', exact: true })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Contoso handoff deep dive', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Contoso handoff deep dive' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Contoso handoff deep dive”?' });
  // Cancel has focus, so a stray Enter never deletes.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete workshop' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('status')).toContainText('Deleted “Contoso handoff deep dive”');

  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  expect(fs.readdirSync(`${app.dataDir}/workshops`)).toHaveLength(1);
  expect(fs.readdirSync(`${app.dataDir}/trash/workshops`)).toHaveLength(1);
});

test('shows inline errors for a missing or overlong title and keeps the dialog open', async ({ page }) => {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: /New workshop/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  const title = dialog.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText('Title is required');

  // Text with nothing visible in it is as empty as no text.
  await title.fill('\u200B\u2060\u202E');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(dialog).toContainText('Title is required');

  await title.fill('x'.repeat(201));
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(dialog).toContainText('Title must be 200 characters or fewer');
  await expect(dialog).toBeVisible();
  expect(fs.existsSync(`${app.dataDir}/workshops`) ? fs.readdirSync(`${app.dataDir}/workshops`) : []).toHaveLength(0);
});

test('opens a workshop page, edits its details, and duplicates it from the list', async ({ page }) => {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: /New workshop/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Fabrikam offsite');
  await dialog.getByRole('textbox', { name: 'Facilitator' }).fill('Dana Ruiz');
  await dialog.getByLabel('Date').fill('2026-12-03');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();

  const heading = page.getByRole('heading', { level: 1, name: 'Fabrikam offsite' });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Dana Ruiz');
  await expect(page.getByRole('main')).toContainText('3 Dec 2026');

  await page.getByRole('button', { name: 'Edit details' }).click();
  const edit = page.getByRole('dialog', { name: 'Workshop details' });
  await edit.getByRole('textbox', { name: 'Client' }).fill('Fabrikam Inc.');
  await edit.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('main')).toContainText('Fabrikam Inc.');

  await page.getByRole('button', { name: /All workshops/ }).click();
  await page.getByRole('button', { name: 'Duplicate Fabrikam offsite' }).click();
  await expect(workshopList(page).getByRole('button', { name: 'Fabrikam offsite (copy)', exact: true })).toBeVisible();

  await workshopList(page).getByRole('button', { name: 'Fabrikam offsite (copy)', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fabrikam offsite (copy)' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Fabrikam Inc.');
});
