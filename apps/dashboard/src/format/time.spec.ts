import { describe, expect, it } from 'vitest';
import { formatClock, formatWait } from './time';

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
