// The diagnostic's advice as a facilitator meets it in the example workshop: where to start, with
// the rest of the recommendations behind "Show all" (by keyboard, forgotten when the tab is left),
// and the debrief guide in the diagnostic activity's private notes, never on the presenter.
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { expectFits } from './support/layout';
import { openActivity } from './support/workshops';

const app = useBrowserMode();

async function openExampleDiagnostic(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Open the example workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Northwind/ })).toBeVisible();
  await openActivity(page, /Alignment diagnostic/);
}

test('shows where to start first and the other recommendations behind Show all', async ({ page }) => {
  await openExampleDiagnostic(page);
  await page.getByRole('tab', { name: 'Target & recommendations' }).click();
  const first = page.getByRole('list', { name: 'Where to start' });
  await expect(first.getByRole('listitem')).toHaveCount(3);
  await expect(first.getByRole('listitem').nth(0)).toContainText('Work on how differently the teams see the relationship');
  await expect(first.getByRole('listitem').nth(0)).toContainText('Why: Sales scores 47.8 (Defined), marketing 62.5 (Aligned)');
  await expect(first.getByRole('listitem').nth(1)).toContainText("Work on each other's turf");
  await expect(first.getByRole('listitem').nth(1)).toContainText('statement 4 (Sales helps write the marketing plan) shows a gap of +1.67');
  await expect(first.getByRole('listitem').nth(2)).toContainText('Let sales shape the material before it is made');
  await expect(page.getByText('Rotate people between the teams')).toHaveCount(0);

  // By keyboard: the control says what it reveals and whether it is open.
  const showAll = page.getByRole('button', { name: /^Show all: \d+ further recommendations$/ });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  await showAll.focus();
  await page.keyboard.press('Enter');
  const hide = page.getByRole('button', { name: /^Hide the \d+ further recommendations$/ });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(hide).toBeFocused();
  const further = page.getByRole('region', { name: 'Further recommendations' });
  await expect(further.getByText('Rotate people between the teams')).toBeVisible();
  await expect(further.getByRole('heading', { name: 'From Defined to Aligned' })).toBeVisible();
  // Numbering runs on from where to start.
  await expect(further.getByRole('list').first()).toHaveAttribute('start', '4');
  await expectFits(page, 'recommendations-show-all');
  await page.keyboard.press('Space');
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('Rotate people between the teams')).toHaveCount(0);

  // Nothing is remembered: back on the tab, only where to start shows.
  await showAll.click();
  await page.getByRole('tab', { name: 'Results' }).click();
  await page.getByRole('tab', { name: 'Target & recommendations' }).click();
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
});

test('puts a debrief guide from the data in the facilitator notes, and never on the presenter', async ({ page }) => {
  await openExampleDiagnostic(page);
  const notes = page.getByRole('group').filter({ has: page.getByText('Facilitator notes (private)') });
  const summary = page.getByText('Facilitator notes (private)');
  // Keyboard: fold and unfold the private notes.
  await summary.focus();
  await page.keyboard.press('Enter');
  const guide = page.getByRole('region', { name: 'Debrief guide' });
  await expect(guide).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(guide).toBeVisible();
  await expect(notes).toContainText('Debrief guide');

  const items = guide.getByRole('listitem');
  // The three widest gaps (largest first), then the splits within a team (widest first).
  await expect(items).toHaveCount(5);
  await expect(items.nth(0)).toContainText('Statement 5: Collateral helps sell (Gap between the teams)');
  await expect(items.nth(0)).toContainText('Marketing rates it 1.83 higher than sales (3.83 against 2.00).');
  await expect(items.nth(0)).toContainText("Ask sales first, who rated it lower: Which piece of marketing's material was last used in front of a customer");
  await expect(items.nth(1)).toContainText('Statement 4: Sales helps write the marketing plan');
  await expect(items.nth(2)).toContainText('Statement 7: Common vocabulary');
  await expect(items.nth(3)).toContainText('Statement 3: Marketers meet key customers (Split within a team)');
  await expect(items.nth(3)).toContainText('Ask two people from sales who rated it differently');
  await expect(items.nth(4)).toContainText('Statement 12: Shared measures of success');
  await guide.scrollIntoViewIfNeeded();
  await expectFits(page, 'debrief-guide');

  // Every reveal step of the presenter: the guide's words never reach the room.
  await page.keyboard.press('p');
  const presenter = page.getByRole('dialog', { name: /Presenter view/ });
  await expect(presenter).toBeVisible();
  for (let step = 0; step < 4; step++) {
    await expect(presenter).not.toContainText('Debrief');
    await expect(presenter).not.toContainText('Ask sales first');
    await expect(presenter).not.toContainText('who rated it differently');
    await page.keyboard.press('r');
  }
  // The reveal went through to the last step, the sub-scores.
  await expect(presenter).toContainText('Sub-scores by theme');
});

test('action planning suggests where to start first', async ({ page }) => {
  await openExampleDiagnostic(page);
  await openActivity(page, /Commitments and actions/);
  const suggested = page.getByRole('region', { name: 'Recommendations' }).getByRole('listitem');
  await expect(suggested.nth(0)).toContainText('Work on how differently the teams see the relationship');
  await expect(suggested.nth(1)).toContainText("Work on each other's turf");
  await expect(suggested.nth(2)).toContainText('Let sales shape the material before it is made');
});
