// Human-readable dates for screens and the report, independent of the machine's time zone.

// Creating a formatter costs far more than using one, and a report formats a date per note.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  return format;
}

/** The calendar day of `now` in UTC as `YYYY-MM-DD`, the form dates are stored and compared in. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** `2026-03-14` → "14 Mar 2026" (in the given locale); empty stays empty. */
export function formatDay(day: string, locale?: string): string {
  if (!day) return '';
  const [y, m, d] = day.split('-').map(Number);
  return dayFormat(locale).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** "just now", "5 minutes ago", "yesterday", "3 days ago", then the plain date. */
export function formatSince(timestamp: string, now: Date, locale?: string): string {
  const then = new Date(timestamp);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 45) return 'just now';
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 7) return relative.format(-days, 'day');
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(then);
}
