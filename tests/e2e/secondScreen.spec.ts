// The presenter on a second screen in browser mode: a window of the same origin that follows the
// facilitator's window live (activity, timer, votes, the diagnostic's reveal) and never shows
// facilitator notes, hidden notes or hidden names. Closing either window is safe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { seedPresenterWorkshop } from './support/seed';
import { openActivity } from './support/workshops';

const app = useBrowserMode();

const NEVER = ['FACILITATOR-ONLY', 'HIDDEN-NOTE-TEXT', 'Priya Raman', 'Daniel Okafor', 'Marcus Lindqvist', 'Aisha Karimi', 'Chloé Dubois'];

async function expectNothingPrivate(room: Page) {
  const text = await room.locator('body').innerText();
  for (const secret of NEVER) expect(text).not.toContain(secret);
}

/** Runs `change` in the facilitator's window and waits until the room shows it; returns how long that took. */
async function followed(change: () => Promise<void>, seen: () => Promise<void>): Promise<number> {
  const start = Date.now();
  await change();
  await seen();
  return Date.now() - start;
}

test('the presenter window follows the facilitator live and shows only what the room may see', async ({ page, context }) => {
  test.setTimeout(90_000);
  seedPresenterWorkshop(app.dataDir);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Presenter test', exact: true }).click();
  await expect(page.locator('#activity-title')).toHaveText('Where the friction is');

  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Present on second screen' }).click();
  const room = await opened;
  await room.setViewportSize({ width: 1280, height: 720 });
  const title = room.locator('.pstage__title');
  await expect(title).toHaveText('Where the friction is');
  await expect(room.getByText('1 hidden note from 1 person')).toBeVisible();
  await expect(room).toHaveURL(/#presenter=/);
  expect(room.url()).not.toContain('token');
  await expectNothingPrivate(room);
  const axe = await new AxeBuilder({ page: room }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  const latencies: number[] = [];

  // Votes: a tally typed on the laptop shows as the note's badge on the room screen.
  await page.getByRole('button', { name: 'Enter tallies' }).click();
  const budgetNote = page.getByRole('listitem', { name: /^Marketing note: The events budget/ });
  await budgetNote.focus();
  latencies.push(
    await followed(
      () => page.keyboard.press('+'),
      () => expect(room.getByRole('region', { name: 'Budget' }).getByLabel('2 votes')).toBeVisible(),
    ),
  );

  // The current activity and its timer.
  await budgetNote.press('Escape');
  await page.locator('#activity-title').click();
  latencies.push(await followed(() => page.keyboard.press(']'), () => expect(title).toHaveText('Passing the baton')));
  await expectNothingPrivate(room);
  // The laptop pages the room screen: the handoff map is more than one screen at a readable size.
  await page.getByRole('button', { name: 'Room screen: next page' }).click();
  await expect(room.locator('.pstage__pager')).toContainText('2 / ');
  await page.getByRole('button', { name: 'Room screen: previous page' }).click();
  await expect(room.locator('.pstage__pager')).toContainText('1 / ');
  await page.locator('#activity-title').click();
  const clock = room.getByRole('timer');
  await expect(clock).toHaveText('60:00');
  latencies.push(await followed(() => page.keyboard.press('t'), () => expect(clock).not.toHaveText('60:00')));
  await page.keyboard.press('t');
  await expect(clock).toHaveText(/^59:5\d$/);

  // The diagnostic, revealed step by step from the laptop, with no names.
  await openActivity(page, /^Alignment diagnostic/);
  await expect(title).toHaveText('Alignment diagnostic');
  await expect(room.getByText(/Answers in: \d+ from sales/)).toBeVisible();
  await page.locator('#activity-title').click();
  latencies.push(await followed(() => page.keyboard.press('r'), () => expect(room.getByRole('region', { name: 'Levels' })).toBeVisible()));
  await page.getByRole('radio', { name: 'Gaps' }).click();
  await expect(room.getByRole('table', { name: /Perception gaps/ })).toBeVisible();
  await expectNothingPrivate(room);
  await page.keyboard.press('Shift+R');
  await expect(room.getByRole('region', { name: 'Levels' })).toBeVisible();
  test.info().annotations.push({ type: 'latency', description: `room screen followed in ${latencies.join(', ')} ms` });

  // Closing the room screen leaves the laptop as it was; it can be opened again.
  await room.close();
  await expect(page.getByRole('button', { name: 'Present on second screen' })).toBeVisible();
  const reopened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Present on second screen' }).click();
  const again = await reopened;
  await expect(again.getByRole('region', { name: 'Levels' })).toBeVisible();
  // Leaving the workshop closes the room screen: it has nothing left to follow.
  const closed = again.waitForEvent('close');
  await page.keyboard.press('h');
  await closed;
});
