// Templates end to end: duplicate a built-in, edit the copy, start a workshop from it, export the
// template and import it into a fresh data folder, where it gives the same agenda.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, startBrowserMode, useBrowserMode } from './support/browserMode';

const app = useBrowserMode();

async function agendaOf(page: Page): Promise<string[]> {
  const items = page.getByRole('navigation', { name: 'Agenda' }).getByRole('list').getByRole('button');
  return (await items.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

test('duplicates a built-in, edits it, makes a workshop from it, and carries it to another data folder as a file', async ({ page }, testInfo) => {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('handoff');
  const list = page.getByRole('list', { name: 'Templates' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Preview Lead handoff and service levels' }).click();
  await expect(page.getByRole('list', { name: 'Agenda of Lead handoff and service levels' }).getByRole('listitem')).toHaveCount(6);
  // Built-ins cannot be edited, only duplicated.
  await expect(page.getByRole('button', { name: 'Edit Lead handoff and service levels' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Duplicate Lead handoff and service levels' }).click();
  await page.getByRole('button', { name: 'Edit Lead handoff and service levels (copy)' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Edit template' })).toBeVisible();
  await expect(page.getByText('6 activities · 3 h 40 min in total')).toBeVisible();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Acme handoff session');
  const minutes = page.getByRole('textbox', { name: 'Minutes' }).nth(2);
  await minutes.fill('abc');
  await expect(page.getByText('Timebox must be a number of minutes')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save template' })).toBeDisabled();
  await minutes.fill('60');
  await expect(page.getByText('6 activities · 3 h 10 min in total')).toBeVisible();
  await page.getByRole('button', { name: 'Remove activity 4' }).click();
  await page.getByRole('combobox', { name: 'Add an activity' }).selectOption({ label: 'Break' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Acme handoff session”' })).toBeVisible();

  await page.getByRole('button', { name: '← All templates' }).click();
  await page.getByRole('button', { name: 'New workshop from Acme handoff session' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await expect(dialog.getByRole('radio', { name: /Acme handoff session/ })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Acme, 3 December');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme, 3 December' })).toBeVisible();
  const agenda = await agendaOf(page);
  expect(agenda).toHaveLength(6);
  expect(agenda[2]).toContain('60 min');
  expect(agenda.at(-1)).toContain('Break');

  await page.keyboard.press('h');
  await page.getByRole('button', { name: 'Templates' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Acme handoff session' }).click();
  const file = testInfo.outputPath('acme.baton-template.json');
  await (await downloading).saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ kind: 'template', schemaVersion: 1, name: 'Acme handoff session' });

  // A colleague with a fresh data folder imports it.
  const other = await startBrowserMode(makeDataDir());
  try {
    await page.goto(other.url);
    await page.getByRole('button', { name: 'Templates' }).click();
    await page.getByLabel('Import template…').setInputFiles(file);
    const preview = page.getByRole('dialog', { name: 'Import “Acme handoff session”?' });
    await expect(preview.getByRole('list', { name: 'Agenda of Acme handoff session' }).getByRole('listitem')).toHaveCount(6);
    await preview.getByRole('button', { name: 'Import template' }).click();
    await page.getByRole('button', { name: 'New workshop from Acme handoff session' }).click();
    await page.getByRole('dialog', { name: 'New workshop' }).getByRole('textbox', { name: 'Title' }).fill('Imported copy');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Imported copy' })).toBeVisible();
    expect(await agendaOf(page)).toEqual(agenda);

    // Importing the same file again offers to rename or replace.
    await page.keyboard.press('h');
    await page.getByRole('button', { name: 'Templates' }).click();
    await page.getByLabel('Import template…').setInputFiles(file);
    await expect(page.getByText('You already have a template called “Acme handoff session”.')).toBeVisible();
    await page.getByRole('button', { name: 'Import with a new name' }).click();
    await expect(page.getByRole('list', { name: 'Templates' }).getByRole('heading', { name: 'Acme handoff session (2)' })).toBeVisible();

    // A bad file is refused with a message naming the field.
    const bad = testInfo.outputPath('bad.baton-template.json');
    fs.writeFileSync(bad, JSON.stringify({ kind: 'template', schemaVersion: 1, id: 'bad-00000001', name: 'Bad', activities: [{ kind: 'welcome', title: 'Hi', minutes: 900 }], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }));
    await page.getByLabel('Import template…').setInputFiles(bad);
    await expect(page.getByRole('status')).toContainText('bad.baton-template.json is not a valid template: activities.0.minutes: Timebox can be at most 600 minutes');
  } finally {
    await other.stop();
  }
});
