// The browser-mode bridge seen from browsers: the page's own requests work, requests without the
// token and requests from another web page are refused; SIGTERM stops it without losing data.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { useBrowserMode } from './support/browserMode';
import { createWorkshop } from './support/workshops';

const app = useBrowserMode();

test('refuses a request without the token with 401, even from the app page itself', async ({ page }) => {
  await page.goto(app.server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  const statuses = await page.evaluate(async () => {
    const call = (headers: Record<string, string>) =>
      fetch('/api/listWorkshops', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '' }).then((r) => r.status);
    return [await call({}), await call({ 'X-Baton-Token': 'guessed' })];
  });
  expect(statuses).toEqual([401, 401]);
});

test('answers 403 to a foreign Origin or Host, even with the token', async ({ request }) => {
  const headers = { 'Content-Type': 'application/json', 'X-Baton-Token': app.server.token };
  const foreignOrigin = await request.post(`${app.server.origin}/api/listWorkshops`, { headers: { ...headers, Origin: 'http://evil.example' } });
  const foreignHost = await request.post(`${app.server.origin}/api/listWorkshops`, { headers: { ...headers, Host: 'evil.example' } });
  const own = await request.post(`${app.server.origin}/api/listWorkshops`, { headers: { ...headers, Origin: app.server.origin } });
  expect([foreignOrigin.status(), foreignHost.status(), own.status()]).toEqual([403, 403, 200]);
});

test('refuses a request from another web page with 403, even when it knows the token', async ({ page }) => {
  const evil = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>Elsewhere</title>');
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
    const outcome = await page.evaluate(
      async ({ target, token }) => {
        try {
          const response = await fetch(`${target}/api/createWorkshop`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Baton-Token': token },
            body: JSON.stringify({ title: 'Planted' }),
          });
          return `status ${response.status}`;
        } catch {
          // The browser hides the 403 behind a CORS failure; what matters is that nothing was written.
          return 'blocked';
        }
      },
      { target: app.server.origin, token: app.server.token },
    );
    expect(['status 403', 'blocked']).toContain(outcome);
    const listing = await fetch(`${app.server.origin}/api/listWorkshops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Baton-Token': app.server.token },
    }).then((r) => r.json());
    expect(listing.value.workshops).toEqual([]);
  } finally {
    evil.close();
  }
});

test('stops cleanly on SIGTERM and SIGINT, keeping every saved workshop', async ({ page }) => {
  await page.goto(app.server.url);
  await createWorkshop(page, 'Survives shutdown');

  expect(await app.server.stop('SIGTERM')).toBe(0);
  await app.restart();
  await page.goto(app.server.url);
  await expect(page.getByRole('button', { name: 'Survives shutdown', exact: true })).toBeVisible();
  expect(await app.server.stop('SIGINT')).toBe(0);
});

test('loads and validates forms without a single Content-Security-Policy violation (zod never probes eval)', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(app.server.url);
  await createWorkshop(page, 'Policy check');
  await page.keyboard.press('h');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
