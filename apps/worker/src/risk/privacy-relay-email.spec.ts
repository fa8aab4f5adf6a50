import { describe, expect, it } from '@jest/globals';
import { isDisposableEmail } from './disposable-email.js';
import { isPrivacyRelayEmail } from './privacy-relay-email.js';

describe('privacy-relay email', () => {
  it('knows the common relay services, subdomains included', () => {
    expect(isPrivacyRelayEmail('x7f2k@privaterelay.appleid.com')).toBe(true);
    expect(isPrivacyRelayEmail('shop.abc@mozmail.com')).toBe(true);
    expect(isPrivacyRelayEmail('alias@me.simplelogin.com')).toBe(true);
    expect(isPrivacyRelayEmail('ann@gmail.com')).toBe(false);
    expect(isPrivacyRelayEmail('no-at-sign')).toBeNull();
    expect(isPrivacyRelayEmail(null)).toBeNull();
  });

  it('is a different question from disposable: Apple’s relay is not a throw-away service', () => {
    expect(isDisposableEmail('x7f2k@privaterelay.appleid.com')).toBe(false);
    expect(isDisposableEmail('a@mailinator.com')).toBe(true);
    expect(isPrivacyRelayEmail('a@mailinator.com')).toBe(false);
  });
});
