// The room screen for every activity kind, at 1280×720 and 1920×1080: nothing cut off or wider
// than its box, no text under the readable minimum, never a facilitator note, a hidden note or a
// hidden name. Screenshots of each are kept in test-results/ to look at.
import { expect, test, type Page } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { roomScreenProblems } from './support/roomScreen';
import { seedPresenterWorkshop } from './support/seed';
import { openActivity } from './support/workshops';

const app = useBrowserMode();

const NOT_FOR_THE_ROOM = ['FACILITATOR-ONLY', 'HIDDEN-NOTE-TEXT'];
/** Participants and note authors, hidden in this workshop (action owners are not: they commit in front of the room). */
const HIDDEN_NAMES = ['Priya Raman', 'Daniel Okafor', 'Marcus Lindqvist', 'Aisha Karimi', 'Chloé Dubois'];

async function expectSafeAndFitting(page: Page, label: string, shot: string, kind = '') {
  const stage = page.locator('.pstage');
  await expect(stage).toBeVisible();
  // Let the stage settle: fitting text can switch a full board to pages after the first frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const text = await stage.innerText();
  const secrets = kind === 'action-planning' ? NOT_FOR_THE_ROOM : [...NOT_FOR_THE_ROOM, ...HIDDEN_NAMES];
  for (const secret of secrets) expect(text, `${label} shows "${secret}"`).not.toContain(secret);
  expect(await roomScreenProblems(page), label).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`${shot}.png`) });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`presenter view of every activity fits ${size.width}×${size.height} and shows only what the room may see`, async ({ page }) => {
    test.setTimeout(120_000);
    const doc = seedPresenterWorkshop(app.dataDir);
    await page.setViewportSize(size);
    await page.goto(app.server.url);
    await page.getByRole('button', { name: 'Presenter test', exact: true }).click();
    for (const [index, activity] of doc.agenda.entries()) {
      await openActivity(page, new RegExp(`^${activity.title}`));
      await expect(page.locator('#activity-title')).toHaveText(activity.title);
      await page.keyboard.press('p');
      const dialog = page.getByRole('dialog', { name: `Presenter view: ${activity.title}` });
      await expect(dialog).toBeVisible();
      const shot = `${size.width}x${size.height}-${String(index + 1).padStart(2, '0')}-${activity.kind}`;
      if (activity.kind === 'diagnostic') {
        await expect(dialog.getByText(/Answers in: \d+ from sales/)).toBeVisible();
        await expectSafeAndFitting(page, `${activity.title}, nothing revealed`, `${shot}-0-none`);
        for (const [step, region] of [
          ['1-levels', dialog.getByRole('region', { name: 'Levels' })],
          ['2-gaps', dialog.getByRole('table', { name: /Perception gaps/ })],
          ['3-subscores', dialog.getByRole('img', { name: /Sub-scores/ })],
        ] as const) {
          await page.keyboard.press('r');
          await expect(region).toBeVisible();
          await expectSafeAndFitting(page, `${activity.title}, ${step}`, `${shot}-${step}`);
        }
        await page.keyboard.press('Shift+R');
        await expect(dialog.getByRole('table', { name: /Perception gaps/ })).toBeVisible();
      } else {
        await expectSafeAndFitting(page, activity.title, shot, activity.kind);
        // Every further page: the areas of a board too full to show whole, the handoff table, the platform.
        for (let turn = 1; turn < 12; turn++) {
          const pager = dialog.locator('.pstage__pager');
          if (!(await pager.isVisible())) break;
          const [current, total] = (await pager.innerText()).match(/\d+/g)!.map(Number);
          if (current === total) break;
          await page.keyboard.press('ArrowRight');
          // The total may grow: a board that turns out too full to show whole is shown an area a page.
          await expect(pager).toContainText(`${current! + 1} / `);
          await expectSafeAndFitting(page, `${activity.title}, page ${current! + 1}`, `${shot}-page${current! + 1}`, activity.kind);
        }
      }
      await page.keyboard.press('p');
      await expect(dialog).toBeHidden();
    }
  });
}
