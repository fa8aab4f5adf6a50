const clockFormatters = new Map<string, Intl.DateTimeFormat>();

function clockFormatter(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let formatter = clockFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    clockFormatters.set(key, formatter);
  }
  return formatter;
}

/** Wall-clock time with seconds, in the viewer's time zone ("14:03:27"); "—" for an unreadable timestamp. */
export function formatClock(value: string | number, locale?: string): string {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? clockFormatter(locale).format(ms) : '—';
}

/** A wait in whole seconds as words ("45 seconds", "15 minutes"), rounded up to the minute past a minute. */
export function formatWait(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return `${s} second${s === 1 ? '' : 's'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** Date and time to the second ("21 Nov 2026, 14:03:27"); "—" for an unreadable or absent timestamp. */
export function formatDateTime(value: string | number | null | undefined, locale?: string): string {
  if (value === null || value === undefined) return '—';
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) return '—';
  const key = locale ?? '';
  let formatter = dateTimeFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    dateTimeFormatters.set(key, formatter);
  }
  return formatter.format(ms);
}

/** A span of time, short and rough ("45 s", "12 min", "3 h 5 min", "2 d 4 h"); negative spans count as 0. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** "5 min ago" / "in 5 min" relative to `nowMs`; "—" when unreadable. */
export function formatRelative(value: string | null | undefined, nowMs: number): string {
  if (!value) return '—';
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return '—';
  const diff = ms - nowMs;
  if (Math.abs(diff) < 5_000) return 'just now';
  return diff < 0 ? `${formatDuration(-diff)} ago` : `in ${formatDuration(diff)}`;
}
