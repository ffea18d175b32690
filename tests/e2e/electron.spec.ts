// The same vertical slice in the real Electron window. It needs the Electron runtime, which
// cannot be downloaded on every machine; where it is missing the spec is skipped and says why.
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { makeDataDir, projectRoot } from './support/browserMode';

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
});
