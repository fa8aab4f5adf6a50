import { describe, expect, it } from '@jest/globals';
import { formatClock, formatDuration, formatRelative, formatWait } from './time';

describe('time', () => {
  it('formats a timestamp as a wall clock with seconds', () => {
    expect(formatClock('not a date')).toBe('—');
    expect(formatClock('2026-11-21T10:00:07Z', 'en-GB')).toMatch(/^\d{2}:\d{2}:07$/);
  });

  it('words a wait', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(45)).toBe('45 seconds');
    expect(formatWait(60)).toBe('1 minute');
    expect(formatWait(61)).toBe('2 minutes');
    expect(formatWait(900)).toBe('15 minutes');
  });
});

describe('durations', () => {
  it('shortens a span to its two largest units', () => {
    expect(formatDuration(-5)).toBe('0 s');
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(12 * 60_000 + 30_000)).toBe('12 min');
    expect(formatDuration(3 * 3_600_000)).toBe('3 h');
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000)).toBe('3 h 5 min');
    expect(formatDuration(50 * 3_600_000)).toBe('2 d 2 h');
  });

  it('words a moment relative to now', () => {
    const now = Date.UTC(2026, 10, 21, 10, 0, 0);
    expect(formatRelative('2026-11-21T09:55:00Z', now)).toBe('5 min ago');
    expect(formatRelative('2026-11-21T10:15:00Z', now)).toBe('in 15 min');
    expect(formatRelative('2026-11-21T10:00:01Z', now)).toBe('just now');
    expect(formatRelative(null, now)).toBe('—');
  });
});
