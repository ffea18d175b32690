// Nothing lost: an earlier version of a workshop can be restored, and a damaged workshop file is set
// aside in quarantine with its latest good backup one click away.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { createWorkshop, waitUntilSaved } from './support/workshops';

const app = useBrowserMode();

async function setClient(page: Page, client: string) {
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByRole('textbox', { name: 'Client' }).fill(client);
  await page.getByRole('button', { name: 'Save details' }).click();
  await waitUntilSaved(page);
}

test('restores an earlier version, and keeps the replaced one so the restore can be undone', async ({ page }) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Versions');
  await setClient(page, 'First client');
  await setClient(page, 'Second client');
  await page.getByRole('button', { name: 'Restore an earlier version…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore an earlier version' });
  const versions = dialog.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(2);
  // Newest first: the version with the first client, then the one created blank.
  await versions.first().getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByRole('main')).toContainText('First client');
  await page.getByRole('button', { name: 'Restore an earlier version…' }).click();
  await expect(dialog.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem')).toHaveCount(3);
});

test('quarantines a damaged workshop file, still starts, and restores its latest good backup', async ({ page }) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Will be damaged');
  await setClient(page, 'Saved client');
  const dir = path.join(app.dataDir, 'workshops');
  const [file] = fs.readdirSync(dir);
  fs.writeFileSync(path.join(dir, file!), '{ "schemaVersion": 1, "title": ');

  await app.restart();
  await page.goto(app.server.url);
  const banner = page.getByRole('region', { name: 'Files that could not be read' });
  await expect(banner).toContainText('Nothing was deleted');
  await expect(banner).toContainText(file!.replace('.json', ''));
  expect(fs.readdirSync(path.join(app.dataDir, 'quarantine', 'workshops')).some((f) => f.startsWith(file!.replace('.json', '')))).toBe(true);
  await banner.getByRole('button', { name: 'Restore its latest good backup' }).click();
  await expect(page.getByRole('button', { name: 'Will be damaged', exact: true })).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test('imports a UTF-16 workshop file by its byte-order mark, and refuses one that is not UTF-8 naming the byte', async ({ page }, testInfo) => {
  await page.goto(app.server.url);
  const text = JSON.stringify({ kind: 'workshop', schemaVersion: 1, id: 'utf16-import-01', title: 'Zoë’s day', createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' });
  const utf16 = testInfo.outputPath('utf16.baton.json');
  fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
  await page.getByLabel('Import workshop…').setInputFiles(utf16);
  await expect(page.getByRole('button', { name: 'Zoë’s day', exact: true })).toBeVisible();

  const latin1 = testInfo.outputPath('latin1.baton.json');
  fs.writeFileSync(latin1, Buffer.from(text.replace('’', "'"), 'latin1'));
  await page.getByLabel('Import workshop…').setInputFiles(latin1);
  await expect(page.getByRole('alert')).toContainText('latin1.baton.json is not valid UTF-8 text: byte 0xEB at byte offset 71');
  await expect(page.getByRole('list', { name: 'Workshops' }).getByRole('listitem')).toHaveCount(1);
});
