import { describe, expect, it } from '@jest/globals';
import { emailDomainListed } from './email-domain.js';

const LISTED: ReadonlySet<string> = new Set(['mailinator.com', 'privaterelay.appleid.com']);

describe('emailDomainListed', () => {
  it('matches the domain and any parent of it, whatever the case and spacing', () => {
    expect(emailDomainListed('a@mailinator.com', LISTED)).toBe(true);
    expect(emailDomainListed('a@x.y.Mailinator.COM ', LISTED)).toBe(true);
    expect(emailDomainListed('x@privaterelay.appleid.com', LISTED)).toBe(true);
  });

  it('does not match a different domain that only ends alike', () => {
    expect(emailDomainListed('a@notmailinator.com', LISTED)).toBe(false);
    expect(emailDomainListed('a@appleid.com', LISTED)).toBe(false);
  });

  it('says null when there is no address to judge', () => {
    expect(emailDomainListed(null, LISTED)).toBeNull();
    expect(emailDomainListed(undefined, LISTED)).toBeNull();
    expect(emailDomainListed('no-at-sign', LISTED)).toBeNull();
    expect(emailDomainListed('a@ ', LISTED)).toBeNull();
  });
});
