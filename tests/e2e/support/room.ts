// The facilitator's side of a room in tests: open a workshop's room on 127.0.0.1 and read the
// address and join code it shows.
import { expect, type Page } from '@playwright/test';
import { joinLink } from '../../../shared/room/paths';

export async function openRoom(page: Page): Promise<{ joinUrl: string; address: string; code: string }> {
  await page.getByRole('button', { name: 'Room for phones' }).click();
  const panel = page.getByRole('region', { name: 'Room for phones' });
  // Tests stay on this computer: pick the loopback address when there is a choice.
  const loopback = panel.getByRole('radio', { name: /^127\.0\.0\.1 / });
  await expect(panel.getByRole('button', { name: 'Open the room' })).toBeEnabled();
  if (await loopback.count()) await loopback.check();
  await panel.getByRole('button', { name: 'Open the room' }).click();
  // Once open, the panel folds to its button (it would cover the activity): unfold it to read it.
  const pill = page.getByRole('button', { name: /^Room open · code / });
  await expect(pill).toBeFocused();
  await expect(panel).toBeHidden();
  await pill.click();
  const qr = panel.getByRole('img', { name: /^QR code for / });
  await expect(qr).toBeVisible();
  const address = (await qr.getAttribute('aria-label'))!.replace('QR code for ', '');
  expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
  const code = (await panel.locator('.join-panel__code').textContent())!.replace(/\s/g, '');
  return { joinUrl: joinLink(`http://${address}`, code), address, code };
}
