import { describe, expect, it } from '@jest/globals';
import { isFreeEmail } from './free-email.js';

describe('isFreeEmail', () => {
  it('knows the large webmail providers, consumer ISPs and throw-away services', () => {
    for (const email of [
      'a@gmail.com',
      'b@Outlook.com',
      'c@yahoo.co.in',
      'd@comcast.net',
      'e@mailinator.com',
    ]) {
      expect(isFreeEmail(email)).toBe(true);
    }
  });

  it('reads an organization’s own domain as not free, and walks up to a listed parent', () => {
    expect(isFreeEmail('buyer@harrisbuilders.net')).toBe(false);
    expect(isFreeEmail('it@school.k12.example.us')).toBe(false);
    expect(isFreeEmail('x@eu.mailinator.com')).toBe(true);
  });

  it('answers null without an address', () => {
    expect(isFreeEmail(null)).toBeNull();
    expect(isFreeEmail('no-at-sign')).toBeNull();
  });
});
