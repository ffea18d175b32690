// Running a workshop as a facilitator would, mostly by keyboard: agenda and timer, notes from both
// teams, private writing and reveal, grouping, dot voting, drag and drop, undo; then a restart
// brings everything back. A board of a thousand notes stays usable.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { WorkshopDocument } from '../../shared/workshop/schema';
import { useBrowserMode } from './support/browserMode';
import { seedBoardWorkshop } from './support/seed';
import { createWorkshop, waitUntilSaved } from './support/workshops';

const app = useBrowserMode();

const area = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const capture = (page: Page) => page.getByRole('textbox', { name: /^New note in/ });
const clock = (page: Page) => page.getByRole('timer');

async function addNotes(page: Page, notes: string[]) {
  for (const text of notes) {
    await capture(page).fill(text);
    await capture(page).press('Enter');
  }
}

test('runs a friction map by keyboard and finds every note, theme, vote and the timer after a restart', async ({ page }) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Contoso alignment day');
  await page.getByRole('button', { name: 'Use the standard full-day agenda' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Welcome and purpose' })).toBeVisible();

  // ] moves through the agenda: welcome → diagnostic → perceptions → break → friction map.
  for (let i = 0; i < 4; i++) await page.keyboard.press(']');
  await expect(page.getByRole('heading', { level: 2, name: 'Where the friction is' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Where the friction is/ })).toHaveAttribute('aria-current', 'page');

  // Timer: T starts and pauses it.
  await expect(clock(page)).toHaveText('40:00');
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
  await expect(clock(page)).toHaveText(/^39:5\d$/, { timeout: 5000 });
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible();
  const pausedAt = await clock(page).textContent();

  // Quick capture: N, type, Enter; Alt+T switches team, Alt+A the area.
  await page.keyboard.press('n');
  await expect(capture(page)).toBeFocused();
  await addNotes(page, ['Brand ads eat the budget']);
  await capture(page).press('Alt+t');
  await expect(page.getByRole('radio', { name: 'Marketing' })).toBeChecked();
  await addNotes(page, ['Sales never asks for campaigns in time', 'No shared budget review']);
  await capture(page).press('Alt+a');
  await capture(page).press('Shift+Alt+t');
  await addNotes(page, ['Big deals get discounts marketing never hears about']);
  await expect(area(page, 'Budget').getByRole('listitem')).toHaveCount(3);
  await expect(area(page, 'Broad campaigns vs. single deals').getByRole('listitem')).toHaveCount(1);
  await expect(area(page, 'Budget').getByRole('listitem', { name: /^Marketing note: No shared budget review/ })).toBeVisible();

  // Private writing: hidden until revealed.
  await page.getByRole('checkbox', { name: 'Private mode' }).check();
  await page.getByRole('button', { name: 'Pass the laptop to write' }).click();
  const laptop = page.getByRole('dialog');
  for (const [team, notes] of [
    ['Sales', ['Marketing takes credit for our wins']],
    ['Marketing', ['We hear about lost deals months later', 'Our leads are called too late']],
  ] as const) {
    await laptop.getByRole('button', { name: team, exact: true }).click();
    await laptop.getByRole('button', { name: 'Start writing' }).click();
    await laptop.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Credit and blame' });
    for (const text of notes) {
      await laptop.getByRole('textbox', { name: /^Note/ }).fill(text);
      await laptop.getByRole('textbox', { name: /^Note/ }).press('Enter');
    }
    await laptop.getByRole('button', { name: 'Done: hand the laptop on' }).click();
    await expect(laptop).not.toContainText(notes[0]);
    await laptop.getByRole('button', { name: 'I am the next person' }).click();
  }
  await laptop.getByRole('button', { name: 'Facilitator: end pass-the-laptop' }).click();
  await laptop.getByRole('button', { name: 'End for everyone' }).click();
  await expect(page.getByText('3 hidden notes from 2 people')).toBeVisible();
  await expect(area(page, 'Credit and blame').getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(area(page, 'Credit and blame').getByRole('listitem')).toHaveCount(3);

  // Group two notes by keyboard: a click focuses a note, Space selects it, arrows move, G names the theme.
  const first = area(page, 'Budget').getByRole('listitem').first();
  await first.click();
  await expect(first).not.toHaveAccessibleName(/selected$/);
  await page.keyboard.press('Space');
  await expect(first).toHaveAccessibleName(/selected$/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('g');
  await page.getByRole('dialog', { name: /Group 2 notes/ }).getByRole('textbox', { name: 'Theme name' }).fill('Who decides the budget');
  await page.keyboard.press('Enter');
  const theme = area(page, 'Budget').getByRole('listitem', { name: 'Theme Who decides the budget' });
  await expect(theme.getByRole('listitem')).toHaveCount(2);

  // Dot voting by pass-the-laptop: a voter cannot go past the budget of 3.
  await page.getByRole('button', { name: 'Pass the laptop to vote' }).click();
  await laptop.getByRole('button', { name: 'Start voting' }).click();
  const plus = laptop.getByRole('button', { name: 'Put a dot on: Brand ads eat the budget' });
  await plus.click();
  await plus.click();
  await laptop.getByRole('button', { name: 'Put a dot on: Our leads are called too late' }).click();
  await expect(laptop.getByRole('heading', { name: 'All your dots are placed' })).toBeVisible();
  await expect(plus).toBeDisabled();
  await laptop.getByRole('button', { name: 'Done: hand the laptop on' }).click();
  await laptop.getByRole('button', { name: 'Facilitator: end pass-the-laptop' }).click();
  await laptop.getByRole('button', { name: 'End for everyone' }).click();
  // The facilitator adds a tally with + on a focused note.
  await area(page, 'Credit and blame').getByRole('listitem', { name: /Our leads are called too late/ }).click();
  await page.keyboard.press('+');
  await expect(theme).toContainText('2 votes');
  await page.getByRole('button', { name: 'Results by votes' }).click();
  const results = page.getByRole('region', { name: 'Vote results' });
  await expect(results.getByRole('listitem').first()).toContainText('2 · Theme “Who decides the budget”');

  await page.getByRole('button', { name: 'Results by votes' }).click();

  // Drag and drop a note to another area (dropped on the area's heading, not on a note).
  const dragged = area(page, 'Broad campaigns vs. single deals').getByRole('listitem').first();
  const target = area(page, 'Budget');
  await dragged.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const from = (await dragged.boundingBox())!;
  const to = (await target.getByRole('heading', { level: 3, name: 'Budget' }).boundingBox())!;
  await page.mouse.move(from.x + 20, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 40, { steps: 5 });
  // Screen readers hear the note and the areas by name, never an internal id.
  const announcer = page.locator('[id^="DndLiveRegion"]');
  await expect(announcer).toHaveText(/^(Picked up Sales note “Big deals get discounts|Over area “Broad campaigns)/);
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await expect(announcer).toHaveText('Over area “Budget”.');
  await page.mouse.up();
  await expect(announcer).toHaveText('Moved the note to area “Budget”.');
  const moved = target.getByRole('listitem', { name: /Big deals get discounts/ });
  await expect(moved).toBeVisible();
  await expect(area(page, 'Broad campaigns vs. single deals').getByRole('listitem')).toHaveCount(0);

  // Delete, then undo.
  await moved.click();
  await page.keyboard.press('Delete');
  await expect(moved).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(moved).toBeVisible();

  await waitUntilSaved(page);
  await app.restart();
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Contoso alignment day', exact: true }).click();
  // Reopening restores the current activity, notes, theme, votes and the paused timer.
  await expect(page.getByRole('heading', { level: 2, name: 'Where the friction is' })).toBeVisible();
  await expect(clock(page)).toHaveText(pausedAt!);
  await expect(area(page, 'Budget').getByRole('listitem', { name: 'Theme Who decides the budget' })).toContainText('2 votes');
  await expect(area(page, 'Credit and blame').getByRole('listitem')).toHaveCount(3);
  await expect(area(page, 'Budget').getByRole('listitem', { name: /Big deals get discounts/ })).toBeVisible();
  await expect(page.getByRole('listitem', { name: /Our leads are called too late, 2 votes/ })).toBeVisible();
});

test('keeps a running timer running across a restart', async ({ page }) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Timer check');
  await page.getByRole('button', { name: 'Use the standard full-day agenda' }).click();
  await page.keyboard.press('t');
  await expect(clock(page)).toHaveText(/^14:5\d$/, { timeout: 5000 });
  await waitUntilSaved(page);
  await app.restart();
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Timer check', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
  await expect(clock(page)).toHaveText(/^14:[45]\d$/);
});

test('a board of 1,000 notes stays usable: a note can be added, moved and edited, and all of it is saved', async ({ page }) => {
  const seeded = seedBoardWorkshop(app.dataDir, 1000);
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Board with 1000 notes', exact: true }).click();
  await expect(page.getByRole('listitem', { name: /^Sales note: Note 0:/ })).toBeVisible();
  await page.keyboard.press('n');
  await capture(page).fill('Added on a full board');
  await capture(page).press('Enter');
  const added = area(page, 'Ideas').getByRole('listitem', { name: /Added on a full board/ });
  await expect(added).toBeVisible();
  await added.click();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(area(page, 'Worries').getByRole('listitem', { name: /Added on a full board/ })).toBeVisible();
  await expect(area(page, 'Worries').getByRole('listitem', { name: /Added on a full board/ })).toBeFocused();
  // Edit in place: Enter opens the note's text, Enter saves it.
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Note text' }).fill('Edited on a full board');
  await page.keyboard.press('Enter');
  await expect(area(page, 'Worries').getByRole('listitem', { name: /Edited on a full board/ })).toBeVisible();
  await waitUntilSaved(page);

  // Autosave sent only the changes; the file on disk is the whole board, in the store's format.
  const text = fs.readFileSync(path.join(app.dataDir, 'workshops', `${seeded.id}.json`), 'utf8');
  const stored = JSON.parse(text) as WorkshopDocument;
  expect(text).toBe(JSON.stringify(stored, undefined, '\t'));
  const notes = stored.agenda[0]!.board!.notes;
  expect(notes).toHaveLength(1001);
  const seededIds = new Set(seeded.agenda[0]!.board!.notes.map((n) => n.id));
  expect(notes.filter((n) => seededIds.has(n.id))).toEqual(seeded.agenda[0]!.board!.notes);
  expect(notes.filter((n) => !seededIds.has(n.id)).map((n) => n.text)).toEqual(['Edited on a full board']);
  await app.restart();
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Board with 1000 notes', exact: true }).click();
  await expect(area(page, 'Worries').getByRole('listitem', { name: /Edited on a full board/ })).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^Sales note: Note 0:/ })).toBeVisible();
});

/** Drags with the mouse, in small steps as a hand would, and drops on the middle of `target`. */
async function dragOnto(page: Page, source: Locator, target: Locator) {
  // Away from the window's edges, where a drag scrolls the page.
  await source.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const from = (await source.boundingBox())!;
  await page.mouse.move(from.x + 20, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 30, { steps: 5 });
  const to = (await target.boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await expect(target.locator('xpath=ancestor-or-self::li[1]')).toHaveClass(/is-drop-target/);
  await page.mouse.up();
}

test('dropping a note on another groups them into a theme, and dropping on a theme adds to it', async ({ page }) => {
  seedBoardWorkshop(app.dataDir, 8);
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Board with 8 notes', exact: true }).click();
  const note = (n: number) => page.getByRole('listitem', { name: new RegExp(`note: Note ${n}:`) });

  await dragOnto(page, note(1), note(0));
  await expect(page.getByText('Grouped into “Theme 1”. Rename it from its header.')).toBeVisible();
  const theme = page.getByRole('listitem', { name: 'Theme Theme 1' });
  await expect(theme.getByRole('listitem')).toHaveCount(2);
  await expect(page.locator('.is-drop-target')).toHaveCount(0);

  await dragOnto(page, note(2), theme.getByRole('heading', { name: 'Theme 1' }));
  await expect(theme.getByRole('listitem')).toHaveCount(3);
  await expect(theme).toContainText('Note 2:');
  await expect(page.locator('.is-drop-target')).toHaveCount(0);
  await waitUntilSaved(page);
});
