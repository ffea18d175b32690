// Following a client over time: linking a workshop to the same client's earlier one (picked from
// the suggestions), the then-and-now comparison with figures worked out by hand (support/
// clientHistory.ts), the trend along three linked workshops, and an earlier workshop deleted since.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { HISTORY, seedClientHistory } from './support/clientHistory';
import { readStoredWorkshop, seedBoardWorkshop } from './support/seed';
import { openActivity, waitUntilSaved } from './support/workshops';

const app = useBrowserMode();

async function openWorkshop(page: Page, title: string) {
  await page.getByRole('button', { name: /All workshops/ }).first().click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function openThenAndNow(page: Page) {
  await openActivity(page, /Alignment diagnostic/);
  await page.getByRole('tab', { name: 'Then and now' }).click();
}

test('links a workshop to the same client’s earlier one and shows then and now, then the trend along three', async ({ page }) => {
  seedClientHistory(app.dataDir);
  await page.goto(app.server.url);
  await page.getByRole('button', { name: HISTORY.autumn.title, exact: true }).click();

  // The workshop's details say it stands alone and offer the link.
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText('Not linked')).toBeVisible();
  await details.getByRole('button', { name: 'Link to an earlier workshop…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Link to an earlier workshop' });
  const suggested = dialog.getByRole('group', { name: /Suggested: same client/ });
  // Spring is the same client however the name is typed; winter already follows autumn, so it is
  // not offered; Acme is another client.
  await expect(suggested.getByRole('radio')).toHaveCount(1);
  await expect(suggested.getByRole('radio', { name: new RegExp(HISTORY.spring.title) })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Other workshops' }).getByRole('radio', { name: new RegExp(HISTORY.acme.title) })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: new RegExp(HISTORY.winter.title) })).toHaveCount(0);
  await expect(dialog.getByText('One workshop that follows this one is not offered')).toBeVisible();
  await suggested.getByRole('radio', { name: new RegExp(HISTORY.spring.title) }).check();
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(dialog).toBeHidden();
  await expect(details.getByText(HISTORY.spring.title)).toBeVisible();
  await waitUntilSaved(page);
  expect(readStoredWorkshop(app.dataDir, HISTORY.autumn.id).earlierWorkshopId).toBe(HISTORY.spring.id);

  // While the earlier workshops are read, the tab says so (each read is held back here until seen).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/getWorkshop', async (route) => {
    await held;
    await route.continue();
  });
  await openThenAndNow(page);
  await expect(page.getByRole('status').filter({ hasText: 'Reading the earlier workshops…' })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { name: new RegExp(`^Since ${HISTORY.spring.title} \\(.*2026\\)$`) })).toBeVisible();
  const levels = page.getByRole('list', { name: 'Levels then and now' });
  const card = (label: string) => levels.getByRole('listitem').filter({ hasText: label });
  await expect(card('Sales')).toContainText('39.0 → now 77.0');
  await expect(card('Sales')).toContainText('Undefined → Aligned');
  await expect(card('Sales')).toContainText('+38.0 points');
  await expect(card('Marketing')).toContainText('78.0 → now 75.0');
  await expect(card('Marketing')).toContainText('−3.0 points');
  await expect(card('Overall')).toContainText('58.5 → now 76.0');
  await expect(card('Overall')).toContainText('Defined → Aligned');
  await expect(card('Overall')).toContainText('+17.5 points');

  const closed = page.getByRole('region', { name: 'Gaps closed' });
  await expect(closed.getByRole('listitem')).toHaveCount(17);
  await expect(closed.getByRole('listitem').first()).toHaveText(/^1\. .*: \+2\.00 → 0\.00$/);
  const opened = page.getByRole('region', { name: 'Gaps opened' });
  await expect(opened.getByRole('listitem')).toHaveCount(1);
  await expect(opened.getByRole('listitem')).toHaveText(/^5\. .*: 0\.00 → −2\.00$/);

  const subscores = page.getByRole('table', { name: /Sub-scores then and now/ });
  await expect(subscores.getByRole('row', { name: /Communication & feedback/ })).toContainText('2.00 → 4.00 +2.00');
  await expect(subscores.getByRole('row', { name: /Structure, metrics & people/ })).toContainText('4.00 → 3.40 −0.60');

  const moved = page.getByRole('table', { name: /Perception gaps .* then and now/ });
  const rows = moved.getByRole('row');
  await expect(rows).toHaveCount(1 + 5);
  await expect(rows.nth(1)).toContainText('12.');
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['+2.00', '−3.00', '−5.00']);
  await page.getByRole('button', { name: 'Show all 20 statements' }).click();
  await expect(rows).toHaveCount(1 + 20);
  await expect(rows.last().getByRole('rowheader')).toContainText('3.');
  await expect(rows.last().getByRole('cell')).toHaveText(['+3.00', '+3.00', '0.00']);
  // Two workshops make a comparison, not a trend.
  await expect(page.getByRole('img', { name: /over time/ })).toHaveCount(0);

  // Winter follows autumn, which now follows spring: three workshops, a trend chart per team.
  await openWorkshop(page, HISTORY.winter.title);
  await openThenAndNow(page);
  await expect(page.getByRole('heading', { name: 'Over 3 workshops' })).toBeVisible();
  for (const team of ['Sales', 'Marketing', 'Overall']) await expect(page.getByRole('img', { name: `${team} over time` })).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(`^Since ${HISTORY.autumn.title}`) })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Levels then and now' }).getByRole('listitem').filter({ hasText: 'Overall' })).toContainText('76.0 → now 80.0');

  // A re-check whose room has not answered yet: the earlier figures stand, the "now" ones wait.
  await page.getByRole('tab', { name: 'Answers' }).click();
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: /^Remove (sales|marketing) \d$/ }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove participant' }).click();
  }
  await page.getByRole('tab', { name: 'Then and now' }).click();
  await expect(page.getByText('No one is counted in this workshop’s diagnostic yet')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Levels then and now' }).getByRole('listitem').filter({ hasText: 'Overall' })).toContainText('76.0 → now —');
});

test('an earlier workshop deleted since is said plainly, and can be unlinked', async ({ page }) => {
  seedClientHistory(app.dataDir);
  await page.goto(app.server.url);
  await page.getByRole('button', { name: `Delete ${HISTORY.autumn.title}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete workshop' }).click();
  await expect(page.getByRole('button', { name: HISTORY.autumn.title, exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: HISTORY.winter.title, exact: true }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText('The earlier workshop is no longer here.')).toBeVisible();
  await openThenAndNow(page);
  await expect(page.getByRole('note').filter({ hasText: 'The earlier workshop is no longer here.' })).toBeVisible();
  await page.getByRole('tabpanel').getByRole('button', { name: 'Unlink' }).click();
  await expect(page.getByRole('tabpanel').getByText('Not linked')).toBeVisible();
  await expect(page.getByRole('tabpanel').getByRole('button', { name: 'Link to an earlier workshop…' })).toBeVisible();
  await waitUntilSaved(page);
  expect(readStoredWorkshop(app.dataDir, HISTORY.winter.id).earlierWorkshopId).toBeNull();
  // Undo brings the link back, and it saves although its workshop is gone.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('tabpanel').getByText('The earlier workshop is no longer here.').first()).toBeVisible();
  await waitUntilSaved(page);
  expect(readStoredWorkshop(app.dataDir, HISTORY.winter.id).earlierWorkshopId).toBe(HISTORY.autumn.id);
});

test('links with the keyboard alone', async ({ page }) => {
  seedClientHistory(app.dataDir);
  await page.goto(app.server.url);
  await page.getByRole('button', { name: HISTORY.autumn.title, exact: true }).click();
  await page.getByRole('button', { name: 'Link to an earlier workshop…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Link to an earlier workshop' });
  // Focus starts on the first suggestion; the arrows move through every workshop offered.
  await expect(dialog.getByRole('radio', { name: new RegExp(HISTORY.spring.title) })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: new RegExp(HISTORY.acme.title) })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Details' }).getByText(HISTORY.spring.title)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change earlier workshop…' })).toBeFocused();
});

test('an earlier workshop whose file cannot be read says so, with Try again', async ({ page }) => {
  seedClientHistory(app.dataDir);
  fs.writeFileSync(path.join(app.dataDir, 'workshops', `${HISTORY.autumn.id}.json`), '{"schemaVersion": 1, "id": ');
  await page.goto(app.server.url);
  await expect(page.getByRole('region', { name: 'Files that could not be read' })).toBeVisible();
  await page.getByRole('button', { name: HISTORY.winter.title, exact: true }).click();
  await expect(page.getByRole('region', { name: 'Details' }).getByText('The earlier workshop could not be read.')).toBeVisible();
  await openThenAndNow(page);
  const note = page.getByRole('note').filter({ hasText: 'The earlier workshop could not be read:' });
  await expect(note).toContainText(`${HISTORY.autumn.id}.json`);
  await expect(note.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Since / })).toHaveCount(0);
});

test('a long list of workshops can be filtered by title or client', async ({ page }) => {
  seedClientHistory(app.dataDir);
  for (let i = 1; i <= 5; i++) seedBoardWorkshop(app.dataDir, i, `other-board-000${i}`);
  await page.goto(app.server.url);
  await page.getByRole('button', { name: HISTORY.autumn.title, exact: true }).click();
  await page.getByRole('button', { name: 'Link to an earlier workshop…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link to an earlier workshop' });
  await expect(dialog.getByRole('radio')).toHaveCount(7);
  await dialog.getByRole('textbox', { name: 'Filter by title or client' }).fill('ACME');
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await dialog.getByRole('radio', { name: new RegExp(HISTORY.acme.title) }).check();
  await dialog.getByRole('textbox', { name: 'Filter by title or client' }).fill('nothing like it');
  await expect(dialog.getByText('No workshop matches “nothing like it”.')).toBeVisible();
  // A choice hidden by the filter is not linked.
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose the earlier workshop to compare with.');
  await dialog.getByRole('textbox', { name: 'Filter by title or client' }).fill('kickoff');
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(page.getByRole('region', { name: 'Details' }).getByText(HISTORY.acme.title)).toBeVisible();
});

test('the report on screen says what moved since last time, with the trend along three workshops', async ({ page }) => {
  seedClientHistory(app.dataDir, { autumnLinked: true });
  await page.goto(app.server.url);
  await page.getByRole('button', { name: HISTORY.winter.title, exact: true }).click();
  await page.getByRole('button', { name: 'Report and export' }).click();
  const since = page.getByRole('region', { name: 'Since last time' });
  await expect(since).toContainText(`Compared with ${HISTORY.autumn.title}`);
  const overall = since.getByRole('table', { name: 'Levels then and now' }).getByRole('row', { name: /Overall/ });
  await expect(overall).toContainText('76.0');
  await expect(overall).toContainText('80.0');
  await expect(overall).toContainText('+4.0');
  await expect(since.getByRole('img')).toHaveCount(1);
});
