// Closing a workshop: actions planned in the action-planning activity, commitments, then the PDF
// action plan and the workshop file exported from the UI (downloads in browser mode), read back.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { createWorkshop, openActivity, waitUntilSaved } from './support/workshops';

const app = useBrowserMode();

async function exportFile(page: Page, button: string, saveAs: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  await download.saveAs(saveAs);
  return download.suggestedFilename();
}

test('plans actions, exports the PDF action plan and the workshop file, and imports the file back', async ({ page }, testInfo) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Fabrikam: closing the loop');
  await page.getByRole('button', { name: 'Use the standard full-day agenda' }).click();
  await openActivity(page, /Commitments and actions/);

  const newAction = page.getByRole('textbox', { name: 'New action' });
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByText('An action needs a title')).toBeVisible();
  await newAction.fill('Agree what a qualified lead is');
  await newAction.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Action 1 owner' })).toBeFocused();
  await page.keyboard.type('Dana Ruiz');
  await page.keyboard.press('Tab');
  await page.getByRole('combobox', { name: 'Action 1 team' }).selectOption('marketing');
  await page.getByLabel('Action 1 due date').fill('2020-01-31');
  await expect(page.getByText('⚠ This date has passed')).toBeVisible();
  await page.getByLabel('Action 1 due date').fill('2027-01-31');
  await expect(page.getByText('⚠ This date has passed')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Action 1 success metric' }).fill('Fewer than 10% of leads returned by sales');
  await page.getByRole('combobox', { name: 'Action 1 priority' }).selectOption('high');
  await newAction.fill('Monthly joint pipeline review');
  await newAction.press('Enter');
  // Alt+↑ moves the second action above the first.
  await page.getByRole('textbox', { name: 'Action 2 title' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('textbox', { name: 'Action 1 title' })).toHaveValue('Monthly joint pipeline review');
  await page.getByRole('textbox', { name: 'Head of sales: name' }).fill('Lee Park');
  await page.getByRole('textbox', { name: 'Head of sales: commitment' }).fill('We call every qualified lead within a day.');
  await page.getByRole('textbox', { name: 'Head of sales: name' }).focus();
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'Report and export' }).click();
  await expect(page.getByRole('heading', { name: 'Report and export' })).toBeVisible();
  const pdfPath = testInfo.outputPath('plan.pdf');
  const pdfName = await exportFile(page, 'Export PDF action plan', pdfPath);
  expect(pdfName).toBe('fabrikam-closing-the-loop-action-plan.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Fabrikam: closing the loop');
  expect(text).toMatch(/Agree what a qualified lead is[\s\S]*Dana Ruiz/);
  expect(text).toContain('Head of sales: Lee Park');
  expect(text).toMatch(/page 1 of \d+/);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(pdfName);

  const filePath = testInfo.outputPath('workshop.baton.json');
  await exportFile(page, 'Export Workshop file (.baton.json)', filePath);
  const file = JSON.parse(fs.readFileSync(filePath, 'utf8'));
  expect(file).toMatchObject({ kind: 'workshop', schemaVersion: 1, title: 'Fabrikam: closing the loop' });
  expect(file.actions.map((a: { title: string }) => a.title)).toEqual(['Monthly joint pipeline review', 'Agree what a qualified lead is']);

  const csvPath = testInfo.outputPath('actions.csv');
  await exportFile(page, 'Export Actions (CSV)', csvPath);
  expect(fs.readFileSync(csvPath, 'utf8')).toContain('Agree what a qualified lead is,,Dana Ruiz,Marketing,2027-01-31');

  await page.keyboard.press('h');
  await page.getByLabel('Import workshop…').setInputFiles(filePath);
  await expect(page.getByRole('button', { name: 'Fabrikam: closing the loop (imported)', exact: true })).toBeVisible();
  const bad = testInfo.outputPath('bad.baton.json');
  fs.writeFileSync(bad, '{"kind":"workshop","schemaVersion":1,"title":""}');
  await page.getByLabel('Import workshop…').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('bad.baton.json is not a valid workshop');
  await expect(page.getByRole('list', { name: 'Workshops' }).getByRole('listitem')).toHaveCount(2);
});
