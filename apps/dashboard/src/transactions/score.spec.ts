import { describe, expect, it } from '@jest/globals';
import { scoreLevel } from './score';

describe('scoreLevel', () => {
  it('follows the default review and block thresholds', () => {
    expect(scoreLevel(0)).toBe('low');
    expect(scoreLevel(49)).toBe('low');
    expect(scoreLevel(50)).toBe('medium');
    expect(scoreLevel(74)).toBe('medium');
    expect(scoreLevel(75)).toBe('high');
    expect(scoreLevel(100)).toBe('high');
  });
});
