// Following a client over time, end to end in browser mode on real files: a re-check started from
// the example workshop keeps its design and none of its notes, answers, votes or actions; its
// review of the last plan brings the earlier actions in, marks them, and carries some over into
// the new plan with their origin; the home screen finds workshops by client and by title.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import { useBrowserMode } from './support/browserMode';
import { readStoredWorkshop } from './support/seed';
import { openActivity, waitUntilSaved } from './support/workshops';

const app = useBrowserMode();
const EXAMPLE = 'Northwind Instruments: sales & marketing alignment day';

function storedWorkshops(dataDir: string): WorkshopDocument[] {
  const dir = path.join(dataDir, 'workshops');
  return fs.readdirSync(dir).map((file) => readStoredWorkshop(dataDir, file.replace(/\.json$/, '')));
}

async function startRecheckOfExample(page: Page): Promise<WorkshopDocument> {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Open the example workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: EXAMPLE })).toBeVisible();
  await page.getByRole('button', { name: /All workshops/ }).first().click();
  await page.getByRole('button', { name: `Start a re-check of ${EXAMPLE}` }).click();
  const dialog = page.getByRole('dialog', { name: `Start a re-check of “${EXAMPLE}”` });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(/^Northwind Instruments Ltd re-check \d{4}-\d{2}-\d{2}$/);
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Northwind re-check, January');
  await dialog.getByLabel('Date').fill('2027-01-20');
  await dialog.getByRole('button', { name: 'Start re-check' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind re-check, January' })).toBeVisible();
  return storedWorkshops(app.dataDir).find((w) => w.title === EXAMPLE)!;
}

test('a re-check keeps the design and client, and none of the notes, answers, votes or actions', async ({ page }) => {
  const example = await startRecheckOfExample(page);
  const recheck = storedWorkshops(app.dataDir).find((w) => w.title === 'Northwind re-check, January')!;
  expect(recheck).toMatchObject({ client: example.client, facilitator: example.facilitator, date: '2027-01-20', earlierWorkshopId: example.id });

  // On screen: the same agenda plus the review, and every board, the diagnostic and the plan empty.
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  for (const activity of example.agenda) await expect(agenda.getByRole('button', { name: new RegExp(activity.title) }).first()).toBeVisible();
  await expect(agenda.getByRole('button', { name: /Review of the last plan/ })).toBeVisible();
  await openActivity(page, /Where the friction is/);
  const someNote = example.agenda.find((a) => a.kind === 'friction')!.board!.notes[0]!.text;
  await expect(page.getByText(someNote)).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Budget/ }).first()).toBeVisible();
  await openActivity(page, /Alignment diagnostic/);
  for (const p of example.diagnostic.participants.filter((x) => x.name).slice(0, 3)) await expect(page.getByText(p.name)).toHaveCount(0);
  await openActivity(page, /Commitments and actions/);
  await expect(page.getByText('No actions yet.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Head of sales: name' })).toHaveValue('');

  // On disk too: nothing of the content went along, and the earlier workshop is untouched.
  expect(recheck.agenda.flatMap((a) => a.board?.notes ?? [])).toEqual([]);
  expect(recheck.diagnostic.participants).toEqual([]);
  expect(recheck.actions).toEqual([]);
  expect(recheck.runtime.timers).toEqual({});
  expect(storedWorkshops(app.dataDir).find((w) => w.id === example.id)).toEqual(example);
});

test('the review of the last plan carries actions over into the new plan with their origin', async ({ page }) => {
  const example = await startRecheckOfExample(page);
  await openActivity(page, /Review of the last plan/);
  const review = page.getByRole('table', { name: /The actions of/ });
  await expect(review.getByRole('row')).toHaveCount(example.actions.length + 1);
  const first = example.actions[0]!;
  await expect(review.getByRole('row').nth(1)).toContainText(first.title);
  await expect(review.getByRole('row').nth(1)).toContainText(first.owner);
  await expect(review.getByRole('row').nth(1)).toContainText('In progress');

  // Keyboard first: Tab to the first action's choices, arrows to choose, 4 on a row carries it over.
  const firstChoices = page.getByRole('group', { name: /What became of action 1,/ });
  await firstChoices.getByRole('radio', { name: 'Done' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(firstChoices.getByRole('radio', { name: 'In progress' })).toBeChecked();
  await page.keyboard.press('4');
  await expect(firstChoices.getByRole('radio', { name: 'Carried over' })).toBeChecked();
  await page.getByRole('group', { name: /What became of action 2,/ }).getByRole('radio', { name: 'Dropped' }).check();
  await page.getByRole('group', { name: /What became of action 3,/ }).getByRole('radio', { name: 'Carried over' }).check();
  await page.getByRole('group', { name: /What became of action 4,/ }).getByRole('radio', { name: 'Done' }).focus();
  await page.keyboard.press('1');
  await expect(page.getByText(`1 done · 0 in progress · 1 dropped · 2 carried over · ${example.actions.length - 4} not marked yet`)).toBeVisible();
  await waitUntilSaved(page);

  // The room sees the same list with the marks in words.
  await page.keyboard.press('p');
  const presenter = page.getByRole('dialog', { name: /Presenter view/ });
  await expect(presenter.getByRole('row').filter({ hasText: first.title })).toContainText('Carried over');
  await expect(presenter.getByRole('row').filter({ hasText: example.actions[1]!.title })).toContainText('Dropped');
  await page.screenshot({ path: test.info().outputPath('presenter-review.png') });
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();

  await openActivity(page, /Commitments and actions/);
  await expect(page.getByRole('textbox', { name: 'Action 1 title' })).toHaveValue(first.title);
  await expect(page.getByRole('textbox', { name: 'Action 1 owner' })).toHaveValue(first.owner);
  await expect(page.getByRole('textbox', { name: 'Action 2 title' })).toHaveValue(example.actions[2]!.title);
  await expect(page.getByText(/^Carried over from Northwind Instruments: sales & marketing alignment day \(.*2026\)$/)).toHaveCount(2);

  // Changing the mark takes the copy out again; undo puts it back.
  await openActivity(page, /Review of the last plan/);
  await page.getByRole('group', { name: /What became of action 3,/ }).getByRole('radio', { name: 'Dropped' }).check();
  await openActivity(page, /Commitments and actions/);
  await expect(page.getByRole('textbox', { name: 'Action 2 title' })).toHaveCount(0);
  await waitUntilSaved(page);

  const stored = storedWorkshops(app.dataDir).find((w) => w.title === 'Northwind re-check, January')!;
  expect(stored.actions.map((a) => [a.title, a.source.kind === 'carried-over' && a.source.actionId])).toEqual([[first.title, first.id]]);
  expect(stored.agenda.find((a) => a.kind === 'plan-review')!.review!.items.slice(0, 4).map((i) => i.outcome)).toEqual(['carried-over', 'dropped', 'dropped', 'done']);

  // The earlier workshop deleted: a clear message, and the review and the plan kept.
  await page.getByRole('button', { name: /All workshops/ }).first().click();
  await page.getByRole('button', { name: `Delete ${EXAMPLE}` }).click();
  await page.getByRole('button', { name: 'Delete workshop' }).click();
  await page.getByRole('button', { name: 'Northwind re-check, January', exact: true }).click();
  await openActivity(page, /Review of the last plan/);
  await expect(page.getByRole('alert').filter({ hasText: 'can no longer be read' })).toContainText(`The ${example.actions.length} actions brought in from “${EXAMPLE}” are kept here, with their marks.`);
  await expect(page.getByRole('group', { name: /What became of action 1,/ }).getByRole('radio', { name: 'Carried over' })).toBeChecked();
});

test('the home screen finds workshops by client and by words of the title', async ({ page }) => {
  const at = '2026-11-25T09:00:00.000Z';
  const dir = path.join(app.dataDir, 'workshops');
  fs.mkdirSync(dir, { recursive: true });
  const seeds = [
    ['acme-kickoff-0001', 'Acme kickoff', 'Acme'],
    ['acme-recheck-0001', 'Acme spring re-check', 'ACME '],
    ['fabrikam-day-0001', 'Fabrikam offsite', 'Fabrikam'],
    ['solo-day-00000001', 'Practice run', ''],
  ];
  for (const [id, title, client] of seeds) fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify({ schemaVersion: 1, id, title, client, createdAt: at, updatedAt: at }));
  await page.goto(app.server.url);
  const list = page.getByRole('list', { name: 'Workshops' });
  await expect(list.getByRole('listitem')).toHaveCount(4);

  const client = page.getByRole('combobox', { name: 'Client' });
  await expect(client.getByRole('option')).toHaveText(['All clients (4)', 'Acme (2)', 'Fabrikam (1)', 'No client (1)']);
  await client.selectOption({ label: 'Acme (2)' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText('2 of 4 workshops')).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('spring');
  await expect(list.getByRole('listitem')).toHaveText([/Acme spring re-check/]);
  await search.fill('fabrikam');
  await expect(list).toHaveCount(0);
  await expect(page.getByText('No workshop matches “fabrikam” for “Acme”.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all workshops' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await search.fill('fabrikam');
  await expect(list.getByRole('listitem')).toHaveText([/Fabrikam offsite/]);
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await client.selectOption({ label: 'No client (1)' });
  await expect(list.getByRole('listitem')).toHaveText([/Practice run/]);
});

test('a workshop from the Quarterly re-check template, linked by hand, brings the last plan in', async ({ page }) => {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Open the example workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: EXAMPLE })).toBeVisible();
  await page.getByRole('button', { name: /All workshops/ }).first().click();
  await page.getByRole('button', { name: /New workshop/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Quarterly with Northwind');
  await dialog.getByRole('radio', { name: /Quarterly re-check/ }).check();
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await openActivity(page, /Review of the last plan/);
  await expect(page.getByText('This workshop does not follow up an earlier one yet')).toBeVisible();

  await page.getByRole('button', { name: 'Link to an earlier workshop…' }).click();
  const link = page.getByRole('dialog', { name: 'Link to an earlier workshop' });
  await link.getByRole('radio', { name: new RegExp(EXAMPLE.replace(/[&:]/g, '.')) }).check();
  await link.getByRole('button', { name: 'Link' }).click();
  await expect(page.getByText(/has 10 actions to review/)).toBeVisible();
  await page.getByRole('button', { name: 'Bring in the last plan’s actions' }).click();
  await expect(page.getByRole('table', { name: /The actions of/ }).getByRole('row')).toHaveCount(11);
  await expect(page.getByText(/: up to date\.$/)).toBeVisible();
});
