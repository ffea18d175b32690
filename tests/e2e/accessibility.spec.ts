// An axe scan of every screen: no serious or critical violations, in the default, high-contrast
// and dark themes. One test per screen, so each stays short on a busy machine.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { HISTORY, seedClientHistory } from './support/clientHistory';
import { createWorkshop, openActivity } from './support/workshops';

const app = useBrowserMode();

async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`);
  expect(report, report.join('\n')).toEqual([]);
}

/** The example workshop (every activity filled), open at the given activity. */
async function openExampleAt(page: Page, activity: RegExp) {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Open the example workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Northwind/ })).toBeVisible();
  await openActivity(page, activity);
}

test('home and the new workshop dialog', async ({ page }) => {
  await page.goto(app.server.url);
  await expectAccessible(page, 'home (empty)');
  await page.getByRole('button', { name: /New workshop/ }).click();
  await expectAccessible(page, 'new workshop dialog');
});

test('a new workshop: overview and welcome activity', async ({ page }) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Accessible workshop');
  await expectAccessible(page, 'workshop overview');
  await page.getByRole('button', { name: 'Use the standard full-day agenda' }).click();
  await expectAccessible(page, 'welcome activity');
});

for (const [title, screen] of [
  [/How we see each other/, 'perceptions board'],
  [/Where the friction is/, 'friction board'],
  [/Passing the baton/, 'handoff map'],
  [/Messages that win/, 'messaging harvest'],
  [/Commitments and actions/, 'action planning'],
] as const) {
  test(screen, async ({ page }) => {
    await openExampleAt(page, title);
    await expectAccessible(page, screen);
  });
}

test('diagnostic: answers, results, target and pass the laptop', async ({ page }) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Accessible diagnostic');
  await page.getByRole('button', { name: 'Use the standard full-day agenda' }).click();
  await openActivity(page, /Alignment diagnostic/);
  const form = page.getByRole('form', { name: 'Add a participant' });
  await form.getByLabel('Name (optional)').fill('Ann');
  await form.getByRole('button', { name: 'Add participant' }).click();
  await expectAccessible(page, 'diagnostic answers');
  await page.getByRole('tab', { name: 'Results' }).click();
  await expectAccessible(page, 'diagnostic results');
  await page.getByRole('tab', { name: 'Target & recommendations' }).click();
  await expectAccessible(page, 'diagnostic target');
  await page.getByRole('tab', { name: 'Answers' }).click();
  await page.getByRole('button', { name: 'Pass the laptop' }).click();
  await expectAccessible(page, 'pass-the-laptop');
});

test('diagnostic with roles: role chips, the kit and answers export, the edit dialog, the heads and staff split', async ({ page }) => {
  await openExampleAt(page, /Alignment diagnostic/);
  await page.getByRole('button', { name: 'Export answers (CSV)' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Downloaded .*-answers\.csv/ })).toBeVisible();
  await expectAccessible(page, 'diagnostic answers with roles and export result');
  await page.getByRole('button', { name: 'Edit Daniel Okafor' }).click();
  await expectAccessible(page, 'edit participant dialog with role');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Results' }).click();
  await expect(page.getByRole('heading', { name: 'Heads and staff', exact: true })).toBeVisible();
  await expectAccessible(page, 'diagnostic results with the heads and staff split');
});

test('linking to an earlier workshop, and then and now with the trend, in the default and dark themes', async ({ page }) => {
  seedClientHistory(app.dataDir, { autumnLinked: true });
  await page.goto(app.server.url);
  await page.getByRole('button', { name: HISTORY.winter.title, exact: true }).click();
  await expectAccessible(page, 'overview with an earlier workshop');
  await page.getByRole('button', { name: 'Change earlier workshop…' }).click();
  await expectAccessible(page, 'link to an earlier workshop dialog');
  await page.keyboard.press('Escape');
  await openActivity(page, /Alignment diagnostic/);
  await page.getByRole('tab', { name: 'Then and now' }).click();
  await expect(page.getByRole('img', { name: 'Sales over time' })).toBeVisible();
  await page.getByRole('button', { name: /^Show all/ }).click();
  await expectAccessible(page, 'then and now');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expectAccessible(page, 'then and now, dark');
});

test('recommendations shown in full, and the debrief guide in the private notes', async ({ page }) => {
  await openExampleAt(page, /Alignment diagnostic/);
  await expect(page.getByRole('region', { name: 'Debrief guide' }).getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'debrief guide');
  await page.getByRole('tab', { name: 'Target & recommendations' }).click();
  await page.getByRole('button', { name: /^Show all: / }).click();
  await expect(page.getByRole('region', { name: 'Further recommendations' })).toBeVisible();
  await expectAccessible(page, 'all recommendations');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('contrast');
  await expectAccessible(page, 'all recommendations, high contrast');
});

test('presenter view', async ({ page }) => {
  await openExampleAt(page, /Where the friction is/);
  await page.keyboard.press('p');
  await expect(page.getByRole('dialog', { name: /Presenter view/ })).toBeVisible();
  await expectAccessible(page, 'presenter view');
});

test('a board in the high-contrast and dark themes', async ({ page }) => {
  await openExampleAt(page, /Where the friction is/);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('contrast');
  await expectAccessible(page, 'friction board, high contrast');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expectAccessible(page, 'friction board, dark');
});

test('a re-check: its dialog, the review of the last plan, and the home filters', async ({ page }) => {
  await openExampleAt(page, /Workshop overview/);
  await page.getByRole('button', { name: 'Start a re-check…' }).click();
  await expectAccessible(page, 're-check dialog');
  await page.getByRole('button', { name: 'Start re-check' }).click();
  await openActivity(page, /Review of the last plan/);
  await page.getByRole('group', { name: /What became of action 1,/ }).getByRole('radio', { name: 'Carried over' }).check();
  await expectAccessible(page, 'review of the last plan');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('contrast');
  await expectAccessible(page, 'review of the last plan, high contrast');
  await page.getByRole('button', { name: /All workshops/ }).first().click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('no such workshop');
  await expectAccessible(page, 'home, no match');
});
