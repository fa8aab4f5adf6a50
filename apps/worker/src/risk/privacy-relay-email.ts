import { emailDomainListed } from './email-domain.js';

/**
 * Privacy-relay mail services: an alias that forwards to a mailbox the store never sees. Many honest shoppers
 * use them (Sign in with Apple hands out one by default), so a relay is never a signal on its own; with a
 * brand-new account and a basket far above the store's usual it is (docs/detection.md). The disposable-mail
 * package already lists most relays; Apple's, the most common, is not a throw-away service and is not there.
 */
const RELAY_DOMAINS: ReadonlySet<string> = new Set([
  'privaterelay.appleid.com', // Apple Hide My Email
  'mozmail.com', // Firefox Relay
  'relay.firefox.com',
  'duck.com', // DuckDuckGo Email Protection
  'simplelogin.com', // SimpleLogin (Proton)
  'simplelogin.co',
  'simplelogin.fr',
  'aleeas.com',
  'slmail.me',
  'passmail.net', // Proton Pass
  'passmail.com',
  'passinbox.com',
  'passfwd.com',
  'anonaddy.com', // addy.io
  'anonaddy.me',
  'addy.io',
  '33mail.com',
]);

/** Whether the email's domain (or a parent domain) is a privacy relay; null without an email. */
export function isPrivacyRelayEmail(email: string | null | undefined): boolean | null {
  return emailDomainListed(email, RELAY_DOMAINS);
}
