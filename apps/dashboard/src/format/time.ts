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
