import { describe, expect, it } from '@jest/globals';
import { withQuery } from './query-string';

describe('withQuery', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(withQuery('/api/audit', { actor: 'a@b.c', action: '', from: undefined, limit: 50 })).toBe(
      '/api/audit?actor=a%40b.c&limit=50',
    );
  });

  it('returns the bare path without parameters', () => {
    expect(withQuery('/api/lists', { q: null })).toBe('/api/lists');
  });
});
