// Emulated phones for the room: each its own browser context with a mobile device profile, on the
// participant page the facilitator's room serves (on 127.0.0.1 in tests).
import { devices, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

const PROFILES = ['Pixel 5', 'iPhone 12', 'Galaxy S9+', 'iPhone SE', 'Pixel 7'] as const;

export interface Phone {
  index: number;
  name: string;
  context: BrowserContext;
  page: Page;
}

export async function openPhone(browser: Browser, index: number, joinUrl: string): Promise<Phone> {
  // Device descriptors name the browser they come from; here every profile runs in Chromium.
  const { defaultBrowserType: _browserType, ...profile } = devices[PROFILES[index % PROFILES.length]!];
  const context = await browser.newContext({ ...profile, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  await page.goto(joinUrl);
  return { index, name: `Phone ${index + 1}`, context, page };
}

export async function joinRoom(phone: Phone, team: 'Sales' | 'Marketing' | 'Other', role?: 'Head of team' | 'Staff'): Promise<void> {
  const { page } = phone;
  await page.getByRole('radio', { name: new RegExp(`^${team}`) }).check();
  await page.getByRole('textbox', { name: 'Your name (optional)' }).fill(phone.name);
  if (role) await page.getByRole('radio', { name: role }).check();
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(connected(page)).toBeVisible();
}

/** The phone's status line once it is connected with nothing left to send. */
export const connected = (page: Page) => page.getByRole('status').filter({ hasText: /Connected$/ });

/** Answers the twenty statements one screen at a time (null skips), then submits. */
export async function answerDiagnostic(page: Page, answers: readonly (number | null)[]): Promise<void> {
  for (const [i, answer] of answers.entries()) {
    await expect(page.getByRole('heading', { name: `Statement ${i + 1} of 20` })).toBeVisible();
    if (answer === null) await page.getByRole('button', { name: 'Skip' }).click();
    else await page.getByRole('button', { name: new RegExp(`\\(${answer}\\)$`) }).click();
  }
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Your answers are in' })).toBeVisible();
}

export async function writeNote(page: Page, area: string, text: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Area' }).selectOption({ label: area });
  await page.getByRole('textbox', { name: 'Your note' }).fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('textbox', { name: 'Your note' })).toHaveValue('');
}
