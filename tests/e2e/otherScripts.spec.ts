// Names in other scripts in the PDF exported from the UI: a Chinese name prints in an installed
// font; an emoji no font has is named, by field, before the export and after it.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { createWorkshop, openActivity, waitUntilSaved } from './support/workshops';

const app = useBrowserMode();

const hasChineseFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();

test('prints a Chinese name in an installed font, and names the field of a character no font has', async ({ page }, testInfo) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Contoso Shanghai');
  await page.getByRole('button', { name: 'Use the standard full-day agenda' }).click();
  await openActivity(page, /Commitments and actions/);
  await page.getByRole('textbox', { name: 'Head of sales: name' }).fill('王小明');
  await page.getByRole('textbox', { name: 'Head of marketing: name' }).fill('Mia 🎉');
  await page.getByRole('textbox', { name: 'Head of sales: name' }).focus();
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'Report and export' }).click();
  await page.getByRole('button', { name: 'Export PDF action plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Some text cannot be printed' });
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByRole('listitem')).toContainText('sign-off name of the head of marketing');
  await expect(dialog.getByRole('listitem')).toContainText('🎉');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export with placeholders' }).click();
  const pdfPath = testInfo.outputPath('plan.pdf');
  await (await downloading).saveAs(pdfPath);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText('🎉 in sign-off name of the head of marketing');
  await page.screenshot({ path: testInfo.outputPath('export-warning.png') });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Mia \uFFFD');
  if (hasChineseFont) expect(text).toContain('王小明');
});
