import { describe, expect, it } from '@jest/globals';
import { BACKTEST_LIMITS, backtestRange } from './backtest-limits.js';
import { RunSlots } from '../common/run-slots.js';

const NOW = new Date('2026-11-21T10:00:00Z');
const DAY = 86_400_000;

describe('backtest range', () => {
  it('defaults to the longest range ending now', () => {
    expect(backtestRange({}, NOW)).toEqual({
      from: new Date(NOW.getTime() - BACKTEST_LIMITS.maxRangeDays * DAY),
      to: NOW,
    });
  });

  it('keeps a range within the limit and refuses a longer or inverted one', () => {
    expect(
      backtestRange({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') }, NOW),
    ).toEqual({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-02-01T00:00:00Z'),
    });
    expect(backtestRange({ from: new Date('2020-01-01T00:00:00Z') }, NOW)).toEqual({
      error: expect.stringMatching(/at most 731 days apart/) as unknown as string,
    });
    expect(
      backtestRange({ from: new Date('2026-02-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') }, NOW),
    ).toEqual({
      error: 'from must be before to',
    });
  });
});

describe('backtest slots', () => {
  it('lets each user run one backtest at a time', () => {
    const slots = new RunSlots();
    const release = slots.take('backtest', 'ann');
    expect(release).not.toBeNull();
    expect(slots.take('backtest', 'ann')).toBeNull();
    expect(slots.take('backtest', 'bob')).not.toBeNull();
    release?.();
    expect(slots.take('backtest', 'ann')).not.toBeNull();
  });
});
