// The same vertical slice in the real Electron window. It needs the Electron runtime, which
// cannot be downloaded on every machine; where it is missing the spec is skipped and says why.
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { makeDataDir, projectRoot } from './support/browserMode';
import { seedPresenterWorkshop } from './support/seed';

function electronBinary(): string | null {
  const pathFile = path.join(projectRoot, 'node_modules', 'electron', 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(projectRoot, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const skipReason = !binary
  ? 'Electron spec skipped: the Electron runtime is not installed here (its download is blocked); browser-mode specs cover the same slice.'
  : !hasDisplay
    ? 'Electron spec skipped: no display (run under xvfb-run to include it).'
    : '';
if (skipReason) console.warn(skipReason);

test.describe('Electron shell', () => {
  test.skip(Boolean(skipReason), skipReason);

  test('creates, renames and deletes workshops that survive a restart', async () => {
    const dataDir = makeDataDir();
    const launch = () =>
      electron.launch({
        executablePath: binary!,
        args: [projectRoot, '--no-sandbox'],
        env: { ...process.env, BATON_DATA_DIR: dataDir },
      });

    let app = await launch();
    let page = await app.firstWindow();
    expect(await page.evaluate(() => typeof (window as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as { baton?: object }).baton ?? {}).includes('createWorkshop'))).toBe(true);

    for (const title of ['Electron one', 'Electron two']) {
      await page.keyboard.press('n');
      await page.getByRole('textbox', { name: 'Title' }).fill(title);
      await page.getByRole('button', { name: 'Create workshop' }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await page.keyboard.press('h');
    }
    await page.getByRole('button', { name: 'Rename Electron one' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Electron first');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    const list = page.getByRole('list', { name: 'Workshops' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('button', { name: 'Electron first', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Delete Electron two' }).click();
    await page.getByRole('button', { name: 'Delete workshop' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('saves the blank questionnaire kit into the folder chosen in the native dialog', async () => {
    const dataDir = makeDataDir();
    const folder = makeDataDir();
    const app = await electron.launch({ executablePath: binary!, args: [projectRoot, '--no-sandbox'], env: { ...process.env, BATON_DATA_DIR: dataDir } });
    // The native folder dialog cannot be clicked from a test: it answers with the folder instead.
    await app.evaluate(({ dialog }, chosen) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
    }, folder);
    const page = await app.firstWindow();
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Title' }).fill('Electron kit');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: 'Workshop overview' }).click();
    await page.getByRole('button', { name: 'Save blank questionnaire kit' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the questionnaire (A4) and the CSV template in ${folder}` })).toBeVisible();
    expect(fs.readdirSync(folder).sort()).toEqual(['diagnostic-answers-template.csv', 'diagnostic-questionnaire-a4.pdf']);
    expect(fs.readFileSync(path.join(folder, 'diagnostic-questionnaire-a4.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    await app.close();
    for (const dir of [dataDir, folder]) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('presents on a second screen: a hardened window of its own that follows the facilitator and may not call the API', async () => {
    const dataDir = makeDataDir();
    seedPresenterWorkshop(dataDir);
    const app = await electron.launch({ executablePath: binary!, args: [projectRoot, '--no-sandbox'], env: { ...process.env, BATON_DATA_DIR: dataDir } });
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'Presenter test', exact: true }).click();
    await expect(page.locator('#activity-title')).toHaveText('Where the friction is');

    const opened = app.waitForEvent('window');
    await page.getByRole('button', { name: 'Present on second screen' }).click();
    const room = await opened;
    expect(room.url()).toMatch(/^baton:\/\/app\/index\.html#presenter$/);
    await expect(room.locator('.pstage__title')).toHaveText('Where the friction is');
    expect(await room.evaluate(() => typeof (window as { require?: unknown }).require)).toBe('undefined');
    // The presenter window only receives: every request it makes is refused by main.
    const answer = await room.evaluate(() => (window as unknown as { baton: { listWorkshops(): Promise<{ ok: boolean; error?: { code: string } }> } }).baton.listWorkshops());
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await room.locator('body').innerText()).not.toContain('FACILITATOR-ONLY');

    await page.locator('#activity-title').click();
    await page.keyboard.press(']');
    await expect(room.locator('.pstage__title')).toHaveText('Passing the baton');

    await room.close();
    await expect(page.getByRole('button', { name: 'Present on second screen' })).toBeVisible();
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
