import { describe, expect, it } from '@jest/globals';
import { readCookie } from './cookies';

describe('readCookie', () => {
  it('finds a cookie among others, ignoring spaces', () => {
    expect(readCookie('a=1; vigil_csrf=tok123;b=2', 'vigil_csrf')).toBe('tok123');
  });

  it('decodes percent-encoding and strips quotes', () => {
    expect(readCookie('vigil_csrf=a%2Bb%3D', 'vigil_csrf')).toBe('a+b=');
    expect(readCookie('vigil_csrf="quoted"', 'vigil_csrf')).toBe('quoted');
  });

  it('keeps "=" inside the value', () => {
    expect(readCookie('vigil_csrf=abc==', 'vigil_csrf')).toBe('abc==');
  });

  it('does not match a cookie whose name merely ends with the name', () => {
    expect(readCookie('x_vigil_csrf=nope', 'vigil_csrf')).toBeNull();
  });

  it('returns null when absent or empty, and the raw value when it is not valid encoding', () => {
    expect(readCookie('', 'vigil_csrf')).toBeNull();
    expect(readCookie('vigil_csrf=', 'vigil_csrf')).toBeNull();
    expect(readCookie('vigil_csrf=%E0%A4%A', 'vigil_csrf')).toBe('%E0%A4%A');
  });
});
