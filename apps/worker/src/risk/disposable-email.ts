import mailchecker from 'mailchecker';
import { emailDomainListed } from './email-domain.js';

/** The maintained list of throw-away mail domains from the mailchecker package. */
const DISPOSABLE_DOMAINS: ReadonlySet<string> = mailchecker.blacklist();

/**
 * Whether the email's domain (or a parent domain: `x.mailinator.com`) is a disposable mail service; null
 * without an email. Same walk as mailchecker's `isValid`, minus its syntax regex.
 */
export function isDisposableEmail(email: string | null | undefined): boolean | null {
  return emailDomainListed(email, DISPOSABLE_DOMAINS);
}
