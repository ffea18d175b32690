import { describe, expect, it } from 'vitest';
import { formatDay, formatSince, todayIso } from './dates';

describe('todayIso', () => {
  it('gives the UTC calendar day as YYYY-MM-DD', () => {
    expect(todayIso(new Date('2026-03-14T23:30:00.000Z'))).toBe('2026-03-14');
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('formatDay', () => {
  it('formats a calendar day the same in every time zone', () => {
    expect(formatDay('2026-12-03', 'en-GB')).toBe('3 Dec 2026');
    expect(formatDay('', 'en-GB')).toBe('');
  });
});

describe('formatSince', () => {
  const now = new Date('2026-11-25T12:00:00.000Z');
  it('says how long ago a change was', () => {
    expect(formatSince('2026-11-25T11:59:50.000Z', now, 'en')).toBe('just now');
    expect(formatSince('2026-11-25T11:55:00.000Z', now, 'en')).toBe('5 minutes ago');
    expect(formatSince('2026-11-25T09:00:00.000Z', now, 'en')).toBe('3 hours ago');
    expect(formatSince('2026-11-24T12:00:00.000Z', now, 'en')).toBe('yesterday');
  });
});
