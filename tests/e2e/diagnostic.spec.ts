// The diagnostic as a facilitator runs it: answers typed into the grid by keyboard, one more person
// through pass-the-laptop mode, the expected levels and gaps, and everything back after a restart.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { createWorkshop, openActivity, waitUntilSaved } from './support/workshops';

const app = useBrowserMode();

async function addParticipant(page: Page, team: string, name: string) {
  const form = page.getByRole('form', { name: 'Add a participant' });
  await form.getByLabel('Team').selectOption(team);
  await form.getByLabel('Name (optional)').fill(name);
  await form.getByRole('button', { name: 'Add participant' }).click();
}

/** A workshop without a diagnostic activity on its agenda shows the diagnostic on its overview. */
async function openDiagnostic(page: Page) {
  await openActivity(page, 'Workshop overview');
  await expect(page.getByRole('heading', { name: 'Alignment diagnostic' })).toBeVisible();
}

async function expectResults(page: Page) {
  await page.getByRole('tab', { name: 'Results' }).click();
  const cards = page.getByRole('list', { name: 'Scores' });
  await expect(cards.getByRole('listitem').filter({ hasText: /^Sales/ })).toContainText('51.0Defined');
  await expect(cards.getByRole('listitem').filter({ hasText: /^Marketing/ })).toContainText('80.0Integrated');
  await expect(cards.getByRole('listitem').filter({ hasText: /^Overall/ })).toContainText('65.5Aligned');
  const gaps = page.getByRole('table').filter({ hasText: 'Gap (marketing − sales)' });
  // Every statement but 7 differs by +1.50; on statement 7 sales agrees more, so the gap is +0.50.
  await expect(gaps.getByRole('row')).toHaveCount(20);
  await expect(gaps.getByRole('row', { name: /^1\. Results match forecast/ })).toContainText('2.504.00+1.50');
  await expect(gaps.getByRole('rowheader', { name: /^7\./ })).toHaveCount(0);
  await expect(page.getByText('Kotler', { exact: false }).first()).toBeVisible();
}

test('enters answers by keyboard and pass-the-laptop, shows levels and gaps, and keeps them after a restart', async ({ page }) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Northwind diagnostic');
  await openDiagnostic(page);

  await addParticipant(page, 'sales', 'Ann');
  await addParticipant(page, 'sales', 'Bo');
  await addParticipant(page, 'marketing', 'Cy');
  await addParticipant(page, 'marketing', '');

  const grid = page.getByRole('grid', { name: 'Diagnostic answers' });
  await grid.getByRole('gridcell', { name: 'Ann, statement 1: no answer' }).click();
  // Typing a digit answers and moves on, wrapping to the next participant.
  await page.keyboard.type('333333533333333333' + '33');
  await page.keyboard.type('2'.repeat(20));
  await page.keyboard.type('4'.repeat(20));
  await page.keyboard.type('4'.repeat(19) + '1');
  // Correct the last answer: Delete clears it, then type again.
  await page.keyboard.press('Delete');
  await expect(grid.getByRole('gridcell', { name: 'Marketing 2, statement 20: no answer' })).toBeVisible();
  await page.keyboard.press('4');
  await expect(grid.getByRole('row', { name: /Marketing 2/ })).toContainText('20/20 · complete');
  await expect(page.getByText('Statement 20', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Pass the laptop' }).click();
  const pass = page.getByRole('dialog');
  await pass.getByRole('button', { name: 'Marketing', exact: true }).click();
  await pass.getByLabel('Your name (optional)').fill('Eve');
  await pass.getByRole('button', { name: 'Start' }).click();
  await expect(pass.getByText('Statement 1 of 20')).toBeVisible();
  await page.keyboard.type('4'.repeat(20));
  await expect(pass.getByRole('heading', { name: 'Ready to submit?' })).toBeVisible();
  await pass.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(pass.getByRole('heading', { name: /your answers are in/ })).toBeVisible();
  // The hand-over screen shows nothing of the answers just given.
  await expect(pass).not.toContainText('Eve');
  await expect(pass).not.toContainText('80');
  // Shortcuts are off while a participant holds the laptop.
  await page.keyboard.press('h');
  await expect(pass).toBeVisible();
  await pass.getByRole('button', { name: 'Facilitator: end pass-the-laptop' }).click();
  await pass.getByRole('button', { name: 'End for everyone' }).click();
  await expect(grid.getByRole('row')).toHaveCount(6);

  await expectResults(page);
  await waitUntilSaved(page);

  await app.restart();
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Northwind diagnostic', exact: true }).click();
  await openDiagnostic(page);
  await expect(grid.getByRole('rowheader')).toHaveCount(5);
  await expectResults(page);
});

test('imports a semicolon CSV after a preview, and refuses a bad one naming line and column', async ({ page }, testInfo) => {
  const header = ['participant', 'team', ...Array.from({ length: 20 }, (_, i) => `s${i + 1}`)].join(';');
  const good = testInfo.outputPath('answers.csv');
  fs.writeFileSync(good, `\uFEFF${header}\nAnn;Sales;${'3;'.repeat(19)}3\n"Cy; VP";MARKETING;${'4;'.repeat(19)}\n`);
  const bad = testInfo.outputPath('bad.csv');
  fs.writeFileSync(bad, `${header}\nAnn;sales;${'3;'.repeat(6)}9;${'3;'.repeat(12)}3\nBo;finance;${'3;'.repeat(19)}3\n`);

  await page.goto(app.server.url);
  await createWorkshop(page, 'Import check');
  await openDiagnostic(page);

  await page.getByRole('button', { name: 'Import answers from CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import answers from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(bad);
  await expect(dialog.getByRole('alert')).toContainText('line 2, s7: must be a whole number 1–5, got "9"');
  await expect(dialog.getByRole('alert')).toContainText('line 3, team: must be sales, marketing or other, got "finance"');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();

  await dialog.getByLabel('CSV file').setInputFiles(good);
  await expect(dialog.getByRole('table')).toContainText('Cy; VP');
  await dialog.getByRole('button', { name: 'Import 2 participants' }).click();
  const grid = page.getByRole('grid', { name: 'Diagnostic answers' });
  await expect(grid.getByRole('rowheader')).toHaveCount(2);
  await expect(grid.getByRole('row', { name: /Cy; VP/ })).toContainText('19/20 · prorated');
  await waitUntilSaved(page);
  const [file] = fs.readdirSync(path.join(app.dataDir, 'workshops'));
  const saved = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'workshops', file!), 'utf8'));
  expect(saved.diagnostic.participants.map((p: { name: string }) => p.name)).toEqual(['Ann', 'Cy; VP']);
});
