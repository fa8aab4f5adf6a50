import { describe, expect, it } from '@jest/globals';
import {
  ApiError,
  NetworkError,
  errorMessage,
  isApiErrorJson,
  isUnauthorized,
  parseRetryAfter,
} from './errors';
import { shouldRetry } from './retry';

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 21, 10, 0, 0);

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('900', now)).toBe(900);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, rounding up and never negative', () => {
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('Sat, 21 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('returns null when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('errors', () => {
  it('recognises the ApiErrorJson shape', () => {
    expect(
      isApiErrorJson({ statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' }),
    ).toBe(true);
    expect(isApiErrorJson({ message: 'x' })).toBe(false);
    expect(isApiErrorJson(null)).toBe(false);
  });

  it('isUnauthorized is true only for a 401 ApiError', () => {
    expect(isUnauthorized(new ApiError(401, 'Unauthorized', 'no'))).toBe(true);
    expect(isUnauthorized(new ApiError(403, 'Forbidden', 'no'))).toBe(false);
    expect(isUnauthorized(new Error('401'))).toBe(false);
  });

  it('shows api and network messages, and a generic one for anything else', () => {
    expect(errorMessage(new ApiError(429, 'Too Many Requests', 'Too many attempts'))).toBe(
      'Too many attempts',
    );
    expect(errorMessage(new NetworkError())).toMatch(/reach Vigil/);
    expect(errorMessage(new TypeError('x is undefined'))).toBe('Something went wrong. Please try again.');
  });

  it('retries network errors, 5xx and 429 a bounded number of times, never other 4xx', () => {
    expect(shouldRetry(0, new NetworkError())).toBe(true);
    expect(shouldRetry(0, new ApiError(503, 'Service Unavailable', 'x'))).toBe(true);
    expect(shouldRetry(0, new ApiError(429, 'Too Many Requests', 'x'))).toBe(true);
    expect(shouldRetry(0, new ApiError(401, 'Unauthorized', 'x'))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, 'Not Found', 'x'))).toBe(false);
    expect(shouldRetry(2, new NetworkError())).toBe(false);
  });
});
