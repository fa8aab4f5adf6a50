import { describe, expect, it } from '@jest/globals';
import { redactedUrl, redactRequestForLog } from './request-log.js';

describe('request logs', () => {
  it('keep the path and harmless parameters, and redact values that can name a person', () => {
    expect(redactedUrl('/api/transactions?email=ann%40example.com&limit=50&q=203.0.113.7')).toBe(
      '/api/transactions?email=[redacted]&limit=50&q=[redacted]',
    );
    expect(redactedUrl('/api/transactions?orderId=1001&status=review&sort=risk')).toBe(
      '/api/transactions?orderId=[redacted]&status=review&sort=risk',
    );
    expect(redactedUrl('/api/audit')).toBe('/api/audit');
    expect(redactedUrl('/api/x?flag&%E0%A4%A=bad')).toBe('/api/x?flag&%E0%A4%A=[redacted]');
  });

  it('redact the parsed query the same way', () => {
    const logged = redactRequestForLog({
      method: 'GET',
      url: '/api/transactions?email=ann@example.com',
      query: { email: 'ann@example.com', limit: '5' },
    });
    expect(logged).toEqual({
      method: 'GET',
      url: '/api/transactions?email=[redacted]',
      query: { email: '[redacted]', limit: '5' },
    });
    expect(JSON.stringify(logged)).not.toContain('ann@example.com');
  });
});
