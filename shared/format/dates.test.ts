import { describe, expect, it } from 'vitest';
import { formatDay, formatSince } from './dates';

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
