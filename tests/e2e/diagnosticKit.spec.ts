// Before and after the day from the diagnostic screen: the blank questionnaire kit saved (two
// downloads in browser mode), roles set by keyboard, the heads/staff split on the results, and the
// answers exported as CSV and imported into another workshop as exactly the same answers.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { createWorkshop, openActivity, waitUntilSaved } from './support/workshops';

const app = useBrowserMode();

const HEADER = ['participant', 'team', 'role', ...Array.from({ length: 20 }, (_, i) => `s${i + 1}`)].join(',');
/** Names with a comma, quotes and other scripts, as the CSV must carry them. */
const ZOE = 'Zoë "Z", Ōkubo';
const LI = '李雷';

async function openDiagnostic(page: Page) {
  await openActivity(page, 'Workshop overview');
  await expect(page.getByRole('heading', { name: 'Alignment diagnostic' })).toBeVisible();
}

async function addParticipant(page: Page, team: string, name: string, role: string) {
  const form = page.getByRole('form', { name: 'Add a participant' });
  await form.getByLabel('Team').selectOption(team);
  await form.getByLabel('Name (optional)').fill(name);
  await form.getByLabel('Role (optional)').selectOption(role);
  await form.getByRole('button', { name: 'Add participant' }).click();
}

/** Clicks `button` and saves the `count` downloads it starts into `dir`, by their suggested names. */
async function downloadsOf(page: Page, button: string, count: number, dir: string): Promise<string[]> {
  const downloads: Download[] = [];
  const listener = (d: Download) => void downloads.push(d);
  page.on('download', listener);
  await page.getByRole('button', { name: button }).click();
  await expect.poll(() => downloads.length).toBe(count);
  page.off('download', listener);
  return Promise.all(
    downloads.map(async (d) => {
      const file = path.join(dir, d.suggestedFilename());
      await d.saveAs(file);
      return file;
    }),
  );
}

function storedParticipants(title: string) {
  const dir = path.join(app.dataDir, 'workshops');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (doc.title === title) return doc.diagnostic.participants.map(({ name, team, role, answers }: Record<string, unknown>) => ({ name, team, role, answers }));
  }
  throw new Error(`no stored workshop titled ${title}`);
}

async function expectSplit(page: Page) {
  await page.getByRole('tab', { name: 'Results' }).click();
  await expect(page.getByRole('heading', { name: 'Heads and staff', exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: "Heads' and staff's scores per team" });
  await expect(table.getByRole('row', { name: /^Sales/ })).toContainText('80.0 Integrated (1 counted)40.0 Defined (1 counted)-40.0, a different level');
  await expect(table.getByRole('row', { name: /^Marketing/ })).toContainText('100.0 Integrated (1 counted)60.0 Aligned (1 counted)-40.0, a different level');
  // No name, only groups.
  await expect(page.getByRole('region', { name: 'Heads and staff' })).not.toContainText(LI);
}

test('saves the blank kit, sets roles, shows the heads/staff split, and round-trips the answers CSV', async ({ page }, testInfo) => {
  const dir = testInfo.outputPath('files');
  fs.mkdirSync(dir, { recursive: true });
  await page.goto(app.server.url);
  await createWorkshop(page, 'Kit and roles');
  await openDiagnostic(page);

  // The kit needs no answers: a questionnaire and the template, on the app's paper (A4).
  const kit = await downloadsOf(page, 'Save blank questionnaire kit', 2, dir);
  expect(kit.map((f) => path.basename(f))).toEqual(['diagnostic-questionnaire-a4.pdf', 'diagnostic-answers-template.csv']);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded diagnostic-questionnaire-a4.pdf and diagnostic-answers-template.csv' })).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', kit[0]!, '-'], { encoding: 'utf8' });
  expect(text).toContain('Sales and marketing alignment: questionnaire');
  expect(text).toMatch(/Role\s+Head of team\s+Staff/);
  expect(fs.readFileSync(kit[1]!, 'utf8')).toBe(`\uFEFF${HEADER}\r\n`);

  await addParticipant(page, 'sales', 'Ann', 'head');
  await addParticipant(page, 'sales', 'Bo', 'staff');
  await addParticipant(page, 'marketing', ZOE, 'staff');
  await addParticipant(page, 'marketing', LI, '');
  const grid = page.getByRole('grid', { name: 'Diagnostic answers' });
  await grid.getByRole('gridcell', { name: 'Ann, statement 1: no answer' }).click();
  await page.keyboard.type('4'.repeat(20) + '2'.repeat(20) + '3'.repeat(20) + '5'.repeat(19));
  await expect(grid.getByRole('row', { name: new RegExp(LI) })).toContainText('19/20 · prorated');

  // A role set afterwards, by keyboard, from the participant's Edit dialog.
  await grid.getByRole('button', { name: `Edit ${LI}` }).focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit participant' });
  await edit.getByLabel('Role (optional)').selectOption('head');
  await edit.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  await expect(edit).toBeHidden();
  await expect(grid.getByRole('rowheader', { name: new RegExp(LI) })).toContainText('Head');
  await expectSplit(page);

  await page.getByRole('tab', { name: 'Answers' }).click();
  const [answers] = await downloadsOf(page, 'Export answers (CSV)', 1, dir);
  expect(path.basename(answers!)).toBe('kit-and-roles-answers.csv');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded kit-and-roles-answers.csv (4 participants)' })).toBeVisible();
  const lines = fs.readFileSync(answers!, 'utf8').split('\r\n');
  expect(lines[0]).toBe(`\uFEFF${HEADER}`);
  expect(lines[3]).toBe(`"Zoë ""Z"", Ōkubo",marketing,staff,${Array(20).fill(3).join(',')}`);
  expect(lines[4]).toBe(`${LI},marketing,head,${Array(19).fill(5).join(',')},`);
  await waitUntilSaved(page);

  // Into a fresh workshop through the ordinary import: the same answers, names and roles.
  await page.getByRole('button', { name: /All workshops/ }).click();
  await createWorkshop(page, 'Re-imported');
  await openDiagnostic(page);
  await page.getByRole('button', { name: 'Import answers from CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import answers from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(answers!);
  await expect(dialog.getByRole('table')).toContainText(ZOE);
  await dialog.getByRole('button', { name: 'Import 4 participants' }).click();
  await expect(grid.getByRole('rowheader')).toHaveCount(4);
  await expect(grid.getByRole('gridcell', { name: `${LI}, statement 20: no answer` })).toBeVisible();
  await expectSplit(page);
  await waitUntilSaved(page);
  expect(storedParticipants('Re-imported')).toEqual(storedParticipants('Kit and roles'));
});
