import providers from 'email-providers';
import { emailDomainListed } from './email-domain.js';

/** Free and consumer mail providers (webmail, ISPs, throw-away services) from the email-providers package. */
const FREE_DOMAINS: ReadonlySet<string> = new Set(providers);

/**
 * Whether the email is at a free or consumer mail provider rather than an organization's own domain; null
 * without an email. Colleagues sharing a company card sign in with the company's domain (docs/detection.md).
 */
export function isFreeEmail(email: string | null | undefined): boolean | null {
  return emailDomainListed(email, FREE_DOMAINS);
}
