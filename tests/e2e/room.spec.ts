// Everyone at once from their own phones: ten emulated phones join the facilitator's room over
// 127.0.0.1 and run the diagnostic, private writing with the reveal, and dot voting together; the
// workshop holds exactly what they sent. Drop-outs, reloads and a restart of the laptop side lose
// and double nothing.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { KIND_DEFAULTS } from '../../shared/agenda/kinds';
import { useBrowserMode } from './support/browserMode';
import { answerDiagnostic, connected, joinRoom, openPhone, writeNote, type Phone } from './support/phones';
import { openRoom } from './support/room';
import { readStoredWorkshop, seedRoomWorkshop } from './support/seed';
import { openActivity } from './support/workshops';

const app = useBrowserMode();
const TEAMS = ['Sales', 'Marketing', 'Other'] as const;
const AREAS = KIND_DEFAULTS.friction.areas!.map((a) => a.title);
const FRICTION = KIND_DEFAULTS.friction.title;

/** Phone i's answer to statement s (0-based), with a few skipped. */
const answerOf = (i: number, s: number) => ((i + s) % 7 === 0 ? null : ((i * 3 + s) % 5) + 1);
const noteText = (phone: Phone, n: number) => `${phone.name}, note ${n}: <script>window.hacked = 1</script> & more`;

async function openWorkshop(page: Page) {
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Room day', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Room day' })).toBeVisible();
}

/** The first phones say their role on joining (sales head, marketing staff); the rest leave it unset. */
const ROLES: ('Head of team' | 'Staff' | undefined)[] = ['Head of team', 'Staff'];
const ROLE_KEYS = ['head', 'staff'];

async function phonesIn(browser: Browser, count: number, joinUrl: string): Promise<Phone[]> {
  const phones = await Promise.all(Array.from({ length: count }, (_, i) => openPhone(browser, i, joinUrl)));
  await Promise.all(phones.map((phone) => joinRoom(phone, TEAMS[phone.index % TEAMS.length]!, ROLES[phone.index])));
  return phones;
}

const closeAll = (phones: Phone[]) => Promise.all(phones.map((p) => p.context.close()));

test('ten phones answer, write in private and vote at once; the workshop holds exactly what they sent', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const seeded = seedRoomWorkshop(app.dataDir);
  await openWorkshop(page);
  const { joinUrl } = await openRoom(page);
  const phones = await phonesIn(browser, 10, joinUrl);
  const panel = page.getByRole('region', { name: 'Room for phones' });
  await expect(panel.getByText(/^10 phones joined/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('facilitator-room.png') });
  await phones[0]!.page.setViewportSize({ width: 360, height: 640 });
  await phones[0]!.page.screenshot({ path: test.info().outputPath('phone-statement.png') });

  // The diagnostic, all at once.
  await Promise.all(phones.map((phone) => answerDiagnostic(phone.page, Array.from({ length: 20 }, (_, s) => answerOf(phone.index, s)))));
  await expect(panel.getByText('10 of 10 have answered')).toBeVisible();
  await expect
    .poll(() => {
      const { participants } = readStoredWorkshop(app.dataDir, seeded.id).diagnostic;
      return participants.map((p) => `${p.name}|${p.team}|${p.role}|${p.answers.join(',')}`).sort();
    })
    .toEqual(
      phones
        .map((phone) => `${phone.name}|${['sales', 'marketing', 'other'][phone.index % 3]}|${ROLE_KEYS[phone.index] ?? null}|${Array.from({ length: 20 }, (_, s) => answerOf(phone.index, s) ?? '').join(',')}`)
        .sort(),
    );

  // Private writing: two notes each, hidden from the room until the reveal.
  await openActivity(page, new RegExp(FRICTION));
  await Promise.all(
    phones.map(async (phone) => {
      await expect(phone.page.getByRole('heading', { name: FRICTION })).toBeVisible();
      await writeNote(phone.page, AREAS[phone.index % AREAS.length]!, noteText(phone, 1));
      await writeNote(phone.page, AREAS[(phone.index + 1) % AREAS.length]!, noteText(phone, 2));
      await expect(phone.page.getByRole('heading', { name: 'Your notes (2)' })).toBeVisible();
      await expect(connected(phone.page)).toBeVisible();
    }),
  );
  await expect(panel.getByText('20 hidden notes from 10 people')).toBeVisible();
  await phones[0]!.page.screenshot({ path: test.info().outputPath('phone-notes.png') });
  // Each phone sees only its own notes.
  await expect(phones[0]!.page.getByText(noteText(phones[1]!, 1))).toHaveCount(0);

  // The room panel folds away so the board's own controls are in reach.
  await page.getByRole('button', { name: /^Room open/ }).click();
  await page.getByRole('button', { name: 'Reveal notes' }).click();
  // Note text is text everywhere: on the laptop and on the phones.
  await expect(page.getByText(noteText(phones[3]!, 2)).first()).toBeVisible();

  // Voting: two dots on the next phone's first note, one on the phone after's second.
  await Promise.all(
    phones.map(async (phone) => {
      const next = phones[(phone.index + 1) % 10]!;
      const after = phones[(phone.index + 2) % 10]!;
      const dot = (text: string) => phone.page.getByRole('button', { name: `Put a dot on: ${text.slice(0, 60)}` });
      await expect(phone.page.getByRole('status').filter({ hasText: '3 dots left of 3' })).toBeVisible();
      await dot(noteText(next, 1)).click();
      await dot(noteText(next, 1)).click();
      await dot(noteText(after, 2)).click();
      await expect(phone.page.getByRole('status').filter({ hasText: 'All 3 dots placed' })).toBeVisible();
      await expect(connected(phone.page)).toBeVisible();
    }),
  );
  await phones[0]!.page.screenshot({ path: test.info().outputPath('phone-voting.png') });
  expect(await Promise.all(phones.map((p) => p.page.evaluate(() => (window as { hacked?: number }).hacked)))).toEqual(Array(10).fill(undefined));
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();

  await expect
    .poll(() => {
      const board = readStoredWorkshop(app.dataDir, seeded.id).agenda[1]!.board!;
      const textOf = new Map(board.notes.map((n) => [n.id, n.text]));
      return {
        notes: board.notes.map((n) => n.text).sort(),
        hidden: board.notes.filter((n) => n.hidden).length,
        ballots: board.ballots.map((b) => `${b.label}: ${b.votes.map((id) => textOf.get(id)).sort().join(' | ')}`).sort(),
      };
    })
    .toEqual({
      notes: phones.flatMap((phone) => [noteText(phone, 1), noteText(phone, 2)]).sort(),
      hidden: 0,
      ballots: phones
        .map((phone) => {
          const next = phones[(phone.index + 1) % 10]!;
          const after = phones[(phone.index + 2) % 10]!;
          return `${phone.name}: ${[noteText(next, 1), noteText(next, 1), noteText(after, 2)].sort().join(' | ')}`;
        })
        .sort(),
    });
  await closeAll(phones);
});

test('a phone offline for 20 seconds while writing loses and doubles nothing, and a reload brings it all back', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const seeded = seedRoomWorkshop(app.dataDir);
  await openWorkshop(page);
  await openActivity(page, new RegExp(FRICTION));
  const { joinUrl } = await openRoom(page);
  const [phone] = await phonesIn(browser, 1, joinUrl);
  const { page: screen, context } = phone!;
  const mine = () => readStoredWorkshop(app.dataDir, seeded.id).agenda[1]!.board!.notes.map((n) => n.text).sort();

  await writeNote(screen, AREAS[0]!, 'Written online');
  await expect.poll(mine).toEqual(['Written online']);

  await context.setOffline(true);
  await writeNote(screen, AREAS[1]!, 'Written offline, one');
  await writeNote(screen, AREAS[2]!, 'Written offline, two');
  await screen.getByRole('button', { name: 'Edit: Written online' }).click();
  await screen.getByRole('textbox', { name: 'Change your note' }).fill('Written online, changed offline');
  await screen.getByRole('button', { name: 'Save' }).click();
  await expect(screen.getByRole('status').filter({ hasText: /waiting to send/ })).toBeVisible();
  await expect(screen.getByRole('heading', { name: 'Your notes (3)' })).toBeVisible();
  // Twenty seconds without a network: the phone retries meanwhile, and the laptop sees nothing.
  await screen.waitForTimeout(20_000);
  expect(mine()).toEqual(['Written online']);
  await context.setOffline(false);

  await expect(connected(screen)).toBeVisible({ timeout: 30_000 });
  await expect.poll(mine).toEqual(['Written offline, one', 'Written offline, two', 'Written online, changed offline']);

  // A reload keeps the team, the name, what was sent and what was being typed.
  await screen.getByRole('textbox', { name: 'Your note' }).fill('Half a thought');
  await screen.reload();
  await expect(screen.getByRole('status').filter({ hasText: `Sales · ${phone!.name}` })).toBeVisible();
  await expect(screen.getByRole('heading', { name: 'Your notes (3)' })).toBeVisible();
  await expect(screen.getByRole('textbox', { name: 'Your note' })).toHaveValue('Half a thought');
  await expect(connected(screen)).toBeVisible();
  expect(mine()).toHaveLength(3);
  await closeAll([phone!]);
});

test('after the laptop side restarts and the room is reopened, phones reconnect and send what they kept', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const seeded = seedRoomWorkshop(app.dataDir);
  await openWorkshop(page);
  await openActivity(page, new RegExp(FRICTION));
  const first = await openRoom(page);
  const phones = await phonesIn(browser, 2, first.joinUrl);
  const notes = () => readStoredWorkshop(app.dataDir, seeded.id).agenda[1]!.board!.notes.map((n) => n.text).sort();
  await writeNote(phones[0]!.page, AREAS[0]!, 'Before the restart');
  await expect.poll(notes).toEqual(['Before the restart']);

  await app.restart();
  await expect(phones[0]!.page.getByRole('status').filter({ hasText: /Offline|Connecting/ })).toBeVisible({ timeout: 30_000 });
  await writeNote(phones[1]!.page, AREAS[1]!, 'While the laptop was away');

  await openWorkshop(page);
  const again = await openRoom(page);
  expect(again.address).toBe(first.address);
  expect(again.code).toBe(first.code);
  for (const phone of phones) await expect(connected(phone.page)).toBeVisible({ timeout: 30_000 });
  await expect.poll(notes).toEqual(['Before the restart', 'While the laptop was away']);
  await expect(page.getByRole('region', { name: 'Room for phones' }).getByText(/^2 phones joined/)).toBeVisible();
  await closeAll(phones);
});

test('the room panel is accessible, and the presenter shows how to join: a large QR code, the short address and the join code', async ({ page }) => {
  seedRoomWorkshop(app.dataDir);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openWorkshop(page);
  const { address, code } = await openRoom(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: 'Show how to join on the presenter' }).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  const presenter = page.getByRole('dialog', { name: /^Presenter view/ });
  await expect(presenter.getByRole('img', { name: `QR code for ${address}` })).toBeVisible();
  await expect(presenter.getByText(address, { exact: true })).toBeVisible();
  await expect(presenter.getByText(code.replace(/(.{3})(?=.)/g, '$1 '), { exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('presenter-join.png') });
});

/** No serious or critical axe finding, and nothing wider than the phone's screen. */
async function checkScreen(phone: Page, label: string) {
  const results = await new AxeBuilder({ page: phone }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${label} fits 360 px`).toBe(true);
}

test('every phone screen is accessible and fits 360 px wide, with the system text twice as large too', async ({ page, browser }) => {
  test.setTimeout(120_000);
  seedRoomWorkshop(app.dataDir);
  await openWorkshop(page);
  const { joinUrl } = await openRoom(page);
  const phone = await openPhone(browser, 0, joinUrl);
  const screen = phone.page;
  await screen.setViewportSize({ width: 360, height: 640 });
  for (const large of [false, true]) {
    // Large system text: the page sizes everything in rem from the browser's default size.
    if (large) await screen.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    if (!large) {
      await checkScreen(screen, 'join');
      await joinRoom(phone, 'Marketing');
    }
    await expect(screen.getByRole('heading', { name: /^Statement \d+ of 20$/ })).toBeVisible();
    await checkScreen(screen, `statement${large ? ', large text' : ''}`);
    await screen.getByRole('button', { name: 'Review' }).click();
    await checkScreen(screen, `review${large ? ', large text' : ''}`);
    await screen.getByRole('button', { name: 'Statement 1: not answered' }).click();
  }
  await screen.getByRole('button', { name: 'Review' }).click();
  await screen.getByRole('button', { name: 'Statement 2: not answered' }).click();
  await screen.getByRole('button', { name: /\(4\)$/ }).click();
  await screen.getByRole('button', { name: 'Review' }).click();
  await screen.getByRole('button', { name: 'Submit my answers' }).click();
  await openActivity(page, new RegExp(FRICTION));
  await writeNote(screen, AREAS[0]!, 'A note long enough to wrap over several lines on a small phone screen, to see it fit');
  await checkScreen(screen, 'notes, large text');
  await page.getByRole('button', { name: /^Room open/ }).click();
  await page.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(screen.getByRole('status').filter({ hasText: '3 dots left of 3' })).toBeVisible();
  await checkScreen(screen, 'voting, large text');
  await phone.context.close();
});
