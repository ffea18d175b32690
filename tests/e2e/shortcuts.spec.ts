// Every app shortcut of the README's keyboard table works after a mouse click on each kind of
// control: a checkbox, a radio button, a button and a select take no text, so keys pressed after
// clicking them are shortcuts (they used to be swallowed, and a private note typed after them was
// lost). A text field keeps its keys. The board's own keys are checked on a note.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { createWorkshop, openActivity } from './support/workshops';

const app = useBrowserMode();

const capture = (page: Page) => page.getByRole('textbox', { name: /^New note in/ });
const heading = (page: Page) => page.locator('#activity-title');
const note = (page: Page, text: string) => page.getByRole('listitem', { name: new RegExp(`note: ${text}`) });

async function openFrictionMap(page: Page) {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Open the example workshop' }).click();
  await openActivity(page, /Where the friction is/);
  await expect(page.getByRole('heading', { level: 2, name: 'Where the friction is' })).toBeVisible();
}

const controls: [kind: string, click: (page: Page) => Promise<Locator>][] = [
  ['checkbox', async (page) => { const c = page.getByRole('checkbox', { name: 'Chime at zero' }); await c.click(); return c; }],
  ['radio', async (page) => { const c = page.getByRole('radio', { name: 'Marketing' }); await c.click(); return c; }],
  ['button', async (page) => { const c = page.getByRole('button', { name: 'Enter tallies' }); await c.click(); return c; }],
  ['select', async (page) => { const c = page.getByRole('combobox', { name: 'Area', exact: true }); await c.selectOption({ label: 'Rewards' }); await c.focus(); return c; }],
];

for (const [kind, click] of controls) {
  test(`N, T, [, ], P, Ctrl+Z, Shift+Ctrl+Z and H work after clicking a ${kind}`, async ({ page }) => {
    await openFrictionMap(page);

    // N jumps to the capture box; a note added there gives undo something to do.
    await expect(await click(page)).toBeFocused();
    await page.keyboard.press('n');
    await expect(capture(page)).toBeFocused();
    await page.keyboard.type('Typed after a click');
    await page.keyboard.press('Enter');
    await expect(note(page, 'Typed after a click')).toBeVisible();

    // T starts and pauses the timer.
    await click(page);
    await page.keyboard.press('t');
    await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
    await click(page);
    await page.keyboard.press('t');
    await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible();

    // Ctrl+Z undoes the note, Shift+Ctrl+Z brings it back.
    await click(page);
    await page.keyboard.press('Control+z');
    await expect(note(page, 'Typed after a click')).toHaveCount(0);
    await click(page);
    await page.keyboard.press('Control+Shift+z');
    await expect(note(page, 'Typed after a click')).toBeVisible();

    // P opens presenter view and P closes it again (it used to reopen at once).
    await click(page);
    await page.keyboard.press('p');
    const presenter = page.getByRole('dialog', { name: /Presenter view/ });
    await expect(presenter).toBeVisible();
    await page.keyboard.press('p');
    await expect(presenter).toBeHidden();
    await page.waitForTimeout(300);
    await expect(presenter).toBeHidden();

    // ] and [ step through the agenda.
    await click(page);
    await page.keyboard.press(']');
    await expect(heading(page)).toHaveText('Passing the baton');
    await page.keyboard.press('[');
    await expect(heading(page)).toHaveText('Where the friction is');

    // H goes back to all workshops.
    await click(page);
    await page.keyboard.press('h');
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  });
}

test('a text field keeps its keys: N, T and P typed into the capture box are text', async ({ page }) => {
  await openFrictionMap(page);
  await capture(page).click();
  await page.keyboard.type('NTP hpt[]');
  await expect(capture(page)).toHaveValue('NTP hpt[]');
  await expect(page.getByRole('dialog', { name: /Presenter view/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible();
});

test('T starts the timer and the activity with it: the agenda says running, never "not started"', async ({ page }) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Timer and status');
  await page.getByRole('button', { name: 'Use the standard full-day agenda' }).click();
  const item = page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Welcome and purpose/ });
  await expect(item).toHaveAccessibleName(/Not started/);
  await page.keyboard.press('t');
  await expect(item).toHaveAccessibleName(/Running, timer running/);
  await expect(page.locator('.activity__kind')).toContainText('Running');
  await page.keyboard.press('t');
  await expect(item).toHaveAccessibleName(/Running$/);
});

test('the keys on a note: select, move, edit, group, ungroup, team, votes, delete', async ({ page }) => {
  await openFrictionMap(page);
  const budget = page.getByRole('region', { name: 'Budget', exact: true });
  await page.keyboard.press('n');
  for (const text of ['First key note', 'Second key note']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  const first = note(page, 'First key note');
  const second = note(page, 'Second key note');

  // A click focuses; Space selects; Ctrl+A selects the area; Esc clears.
  await first.click();
  await expect(first).not.toHaveAccessibleName(/selected$/);
  await page.keyboard.press('Space');
  await expect(first).toHaveAccessibleName(/selected$/);
  await page.keyboard.press('Space');
  await expect(first).not.toHaveAccessibleName(/selected$/);
  await page.keyboard.press('Control+a');
  await expect(page.getByText(/^\d+ selected$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(/^\d+ selected$/)).toHaveCount(0);

  // ↓ moves between notes, Shift+→ moves a note to the next area and Shift+← back.
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(second).toBeFocused();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('region', { name: 'Broad campaigns vs. single deals', exact: true }).getByRole('listitem', { name: /Second key note/ })).toBeVisible();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(budget.getByRole('listitem', { name: /Second key note/ })).toBeVisible();

  // F2 edits in place, Enter saves.
  await second.focus();
  await page.keyboard.press('F2');
  await page.keyboard.press('End');
  await page.keyboard.type(' (edited)');
  await page.keyboard.press('Enter');
  await expect(note(page, 'Second key note \\(edited\\)')).toBeVisible();

  // C changes the team, + and − the tally (a number badge, one vote included).
  await note(page, 'Second key note').focus();
  await page.keyboard.press('c');
  await expect(note(page, 'Second key note')).toHaveAccessibleName(/^Marketing note/);
  await page.keyboard.press('+');
  await expect(note(page, 'Second key note')).toHaveAccessibleName(/, 1 vote/);
  await expect(note(page, 'Second key note').locator('.note__votes')).toHaveText('1');
  await page.keyboard.press('-');
  await expect(note(page, 'Second key note')).not.toHaveAccessibleName(/vote/);

  // G groups the note into a theme, U ungroups it, Delete deletes it.
  await page.keyboard.press('g');
  await page.getByRole('dialog', { name: 'Make a theme of this note' }).getByRole('textbox', { name: 'Theme name' }).fill('Keyed theme');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem', { name: 'Theme Keyed theme' })).toBeVisible();
  await note(page, 'Second key note').focus();
  await page.keyboard.press('u');
  await expect(page.getByRole('listitem', { name: 'Theme Keyed theme' })).toHaveCount(0);
  await note(page, 'Second key note').focus();
  await page.keyboard.press('Delete');
  await expect(note(page, 'Second key note')).toHaveCount(0);
});
