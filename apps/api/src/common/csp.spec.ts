import { describe, expect, it } from '@jest/globals';
import { dashboardCsp } from './csp.js';

describe('dashboard CSP', () => {
  it("lets the dashboard connect only to its own origin and VIGIL_PUBLIC_URL's live channel", () => {
    expect(dashboardCsp('https://vigil.example.com').connectSrc).toEqual([
      "'self'",
      'wss://vigil.example.com',
    ]);
    expect(dashboardCsp('http://localhost:3000').connectSrc).toEqual(["'self'", 'ws://localhost:3000']);
  });

  it('never allows a WebSocket to any host', () => {
    for (const source of dashboardCsp('http://localhost:3000').connectSrc)
      expect(['ws:', 'wss:', '*']).not.toContain(source);
  });
});
