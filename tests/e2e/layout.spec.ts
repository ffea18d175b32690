// Every screen, every activity kind in the facilitator's view and every dialog at 1280×720 (a
// common projector) and 1920×1080: the page never scrolls sideways, nothing is cut off, and each
// dialog's main button is in view (support/layout.ts). Screenshots land in test-results/layout/.
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { HISTORY, seedClientHistory } from './support/clientHistory';
import { expectFits, SIZES } from './support/layout';
import { seedLongTextWorkshop } from './support/seed';
import { openActivity } from './support/workshops';

const app = useBrowserMode();

async function openExample(page: Page) {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Open the example workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Northwind/ })).toBeVisible();
}

/** Opens a dialog with `open`, checks it, and closes it with Escape. */
async function checkDialog(page: Page, name: string | RegExp, screen: string, open: () => Promise<void>) {
  await open();
  await expect(page.getByRole('dialog', { name })).toBeVisible();
  await expectFits(page, screen);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name })).toBeHidden();
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('home, templates and the template editor fit, with their dialogs', async ({ page }) => {
      await page.goto(app.server.url);
      await expectFits(page, 'home-empty');
      await checkDialog(page, 'New workshop', 'dialog-new-workshop', () => page.getByRole('button', { name: /New workshop/ }).click());
      await page.getByRole('button', { name: 'Open the example workshop' }).click();
      await page.getByRole('button', { name: /All workshops/ }).first().click();
      await expectFits(page, 'home');
      await checkDialog(page, /^Rename/, 'dialog-rename-workshop', () => page.getByRole('button', { name: /^Rename / }).first().click());
      await checkDialog(page, /^Delete/, 'dialog-delete-workshop', () => page.getByRole('button', { name: /^Delete / }).first().click());
      await page.getByRole('button', { name: 'Templates', exact: true }).click();
      await expectFits(page, 'templates');
      await page.getByRole('button', { name: /^Preview / }).first().click();
      await expectFits(page, 'templates-preview');
      await page.getByRole('button', { name: /^Duplicate / }).first().click();
      await page.getByRole('button', { name: /^Edit / }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectFits(page, 'template-editor');
    });

    test('the workshop overview and every activity kind fit, with their dialogs', async ({ page }) => {
      await openExample(page);
      await page.getByRole('button', { name: 'Workshop overview' }).click();
      await expectFits(page, 'workshop-overview');
      await checkDialog(page, 'Workshop details', 'dialog-workshop-details', () => page.getByRole('button', { name: 'Edit details' }).click());
      await checkDialog(page, 'Save as template', 'dialog-save-as-template', () => page.getByRole('button', { name: 'Save as template…' }).click());
      await checkDialog(page, 'Restore an earlier version', 'dialog-backups', () => page.getByRole('button', { name: 'Restore an earlier version…' }).click());
      for (const [title, screen] of [
        [/Welcome and purpose/, 'activity-welcome'],
        [/How we see each other/, 'activity-perceptions'],
        [/^Break/, 'activity-break'],
        [/Where the friction is/, 'activity-friction'],
        [/Passing the baton/, 'activity-handoff'],
        [/Messages that win/, 'activity-messaging'],
        [/Commitments and actions/, 'activity-action-planning'],
      ] as const) {
        await openActivity(page, title);
        await expectFits(page, screen);
      }
      await checkDialog(page, 'Edit activity', 'dialog-edit-activity', () => page.getByRole('button', { name: 'Edit activity' }).click());
      await checkDialog(page, 'Add an activity', 'dialog-add-activity', () => page.getByRole('button', { name: '+ Add activity' }).click());
      await checkDialog(page, /^Remove/, 'dialog-remove-activity', () => page.getByRole('button', { name: 'Remove activity' }).click());
      await page.getByRole('button', { name: 'Report and export' }).click();
      await expectFits(page, 'report');
    });

    test('a board and its dialogs fit: results, grouping, areas, private writing and voting', async ({ page }) => {
      await openExample(page);
      await openActivity(page, /Where the friction is/);
      await page.getByRole('button', { name: 'Results by votes' }).click();
      await expect(page.getByRole('region', { name: 'Vote results' })).toBeInViewport();
      await expectFits(page, 'board-results');
      await page.getByRole('button', { name: 'Close results' }).click();
      const note = page.locator('.note').first();
      await checkDialog(page, /theme/, 'dialog-group', async () => {
        await note.click();
        await page.keyboard.press('g');
      });
      await checkDialog(page, 'Edit areas', 'dialog-areas', () => page.getByRole('button', { name: 'Edit areas' }).click());
      await checkDialog(page, /Clear all votes/, 'dialog-clear-votes', () => page.getByRole('button', { name: 'Clear votes' }).click());
      await page.getByRole('button', { name: 'Pass the laptop to vote' }).click();
      await expectFits(page, 'pass-the-laptop-vote');
      await page.getByRole('button', { name: 'Facilitator: end pass-the-laptop' }).click();
      await page.getByRole('button', { name: 'End for everyone' }).click();
      await page.getByRole('checkbox', { name: 'Private mode' }).check();
      await page.getByRole('button', { name: 'Pass the laptop to write' }).click();
      await expectFits(page, 'pass-the-laptop-write');
    });

    test('the diagnostic fits: answers, results, target, pass the laptop, CSV import', async ({ page }) => {
      await openExample(page);
      await openActivity(page, /Alignment diagnostic/);
      await expectFits(page, 'diagnostic-answers');
      // The name column stays in view however far the grid is scrolled (statements 18-20).
      const scroller = page.locator('.answer-grid__scroller');
      await scroller.scrollIntoViewIfNeeded();
      await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      await expect(page.locator('.answer-grid__who').first()).toBeInViewport();
      await expectFits(page, 'diagnostic-answers-scrolled');
      await checkDialog(page, /Import answers/, 'dialog-csv-import', () => page.getByRole('button', { name: 'Import answers from CSV…' }).click());
      await checkDialog(page, 'Edit participant', 'dialog-edit-participant', () => page.getByRole('button', { name: 'Edit Daniel Okafor' }).click());
      await page.getByRole('button', { name: 'Save blank questionnaire kit' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Downloaded diagnostic-questionnaire-' })).toBeVisible();
      await expectFits(page, 'diagnostic-answers-kit-saved');
      await page.getByRole('tab', { name: 'Results' }).click();
      await expectFits(page, 'diagnostic-results');
      await page.getByRole('heading', { name: 'Heads and staff', exact: true }).scrollIntoViewIfNeeded();
      await expectFits(page, 'diagnostic-results-heads-and-staff');
      await page.getByRole('tab', { name: 'Target & recommendations' }).click();
      await expectFits(page, 'diagnostic-target');
      await page.getByRole('tab', { name: 'Answers' }).click();
      await page.getByRole('button', { name: 'Pass the laptop' }).click();
      await expectFits(page, 'diagnostic-pass-the-laptop');
    });

    test('a re-check fits: its dialog, the review of the last plan with marks, and the home filters', async ({ page }) => {
      await openExample(page);
      await page.getByRole('button', { name: 'Workshop overview' }).click();
      await checkDialog(page, /^Start a re-check/, 'dialog-recheck', () => page.getByRole('button', { name: 'Start a re-check…' }).click());
      await page.getByRole('button', { name: 'Start a re-check…' }).click();
      await page.getByRole('button', { name: 'Start re-check' }).click();
      await openActivity(page, /Review of the last plan/);
      await page.getByRole('group', { name: /What became of action 1,/ }).getByRole('radio', { name: 'Carried over' }).check();
      await page.getByRole('group', { name: /What became of action 2,/ }).getByRole('radio', { name: 'Done' }).check();
      await expectFits(page, 'activity-plan-review');
      await page.getByRole('button', { name: /All workshops/ }).first().click();
      await page.getByRole('searchbox', { name: 'Search' }).fill('re-check');
      await expectFits(page, 'home-filtered');
      await page.getByRole('searchbox', { name: 'Search' }).fill('nothing like this');
      await expectFits(page, 'home-no-match');
    });

    test('texts at their schema limits without a space wrap in their own box: actions, handoff map, answers, themes, review', async ({ page }) => {
      const doc = seedLongTextWorkshop(app.dataDir);
      await page.goto(app.server.url);
      await page.getByRole('button', { name: doc.title, exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Action plan' })).toBeVisible();
      await expectFits(page, 'long-action-plan');
      await page.getByRole('textbox', { name: 'Action 1 description' }).scrollIntoViewIfNeeded();
      await expectFits(page, 'long-action-plan-table');
      await openActivity(page, /Passing the baton/);
      await expectFits(page, 'long-handoff');
      await openActivity(page, /Alignment diagnostic/);
      await expectFits(page, 'long-diagnostic-answers');
      await page.getByRole('tab', { name: 'Results' }).click();
      await expectFits(page, 'long-diagnostic-results');
      await openActivity(page, /Where the friction is/);
      await expectFits(page, 'long-themes');
      await page.getByRole('button', { name: 'Workshop overview' }).click();
      await expectFits(page, 'long-overview');
      await page.getByRole('button', { name: 'Start a re-check…' }).click();
      await page.getByRole('button', { name: 'Start re-check' }).click();
      await openActivity(page, /Review of the last plan/);
      await expectFits(page, 'long-plan-review');
      await page.getByRole('group', { name: /What became of action 1,/ }).getByRole('radio', { name: 'Carried over' }).check();
      await openActivity(page, /Commitments and actions|action/i);
      await expectFits(page, 'long-carried-over-action');
    });

    test('linking to an earlier workshop and then and now fit, with the trend and every moved statement', async ({ page }) => {
      seedClientHistory(app.dataDir, { autumnLinked: true });
      await page.goto(app.server.url);
      await page.getByRole('button', { name: HISTORY.winter.title, exact: true }).click();
      await expectFits(page, 'earlier-overview');
      await checkDialog(page, 'Link to an earlier workshop', 'dialog-link-earlier', () => page.getByRole('button', { name: 'Change earlier workshop…' }).click());
      await openActivity(page, /Alignment diagnostic/);
      await page.getByRole('tab', { name: 'Then and now' }).click();
      await expect(page.getByRole('img', { name: 'Sales over time' })).toBeVisible();
      await expectFits(page, 'diagnostic-then-and-now');
      await page.getByRole('button', { name: /^Show all/ }).click();
      await page.getByRole('img', { name: 'Sales over time' }).scrollIntoViewIfNeeded();
      await expectFits(page, 'diagnostic-then-and-now-trend');
    });
  });
}
