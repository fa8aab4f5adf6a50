import { describe, expect, it } from '@jest/globals';
import { isAllowedLiveOrigin } from './live-origin.js';

const PUBLIC_URL = 'https://vigil.example.com';

describe('isAllowedLiveOrigin', () => {
  it.each([
    ['http://localhost:3000', 'localhost:3000'],
    ['https://vigil.example.com', 'vigil.example.com'],
    ['https://VIGIL.example.com', 'vigil.example.com'],
    ['https://vigil.example.com', '10.0.0.5:3000'], // behind a proxy that rewrites Host
    [undefined, 'localhost:3000'], // scripts, same-origin polling
  ])('accepts Origin %s for Host %s', (origin, host) => {
    expect(isAllowedLiveOrigin(origin, host, PUBLIC_URL)).toBe(true);
  });

  it.each([
    ['https://evil.example', 'localhost:3000'],
    ['http://localhost:3001', 'localhost:3000'],
    ['https://vigil.example.com.evil.example', 'localhost:3000'],
    ['http://vigil.example.com', '10.0.0.5:3000'], // not VIGIL_PUBLIC_URL's scheme
    ['null', 'localhost:3000'],
    ['file://', 'localhost:3000'],
    ['not a url', 'localhost:3000'],
    ['https://evil.example', undefined],
  ])('refuses Origin %s for Host %s', (origin, host) => {
    expect(isAllowedLiveOrigin(origin, host, PUBLIC_URL)).toBe(false);
  });
});
