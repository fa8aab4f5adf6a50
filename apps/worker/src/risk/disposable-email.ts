import mailchecker from 'mailchecker';

/** The maintained list of throw-away mail domains from the mailchecker package. */
const DISPOSABLE_DOMAINS = mailchecker.blacklist();

/**
 * Whether the email's domain (or a parent domain: `x.mailinator.com`) is a disposable mail service; null
 * without an email. Same walk as mailchecker's `isValid`, minus its syntax regex: a malformed address is
 * not "disposable", and hostile input never meets a backtracking pattern.
 */
export function isDisposableEmail(email: string | null | undefined): boolean | null {
  if (typeof email !== 'string') return null;
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  let domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  if (domain === '') return null;
  for (;;) {
    if (DISPOSABLE_DOMAINS.has(domain)) return true;
    const dot = domain.indexOf('.');
    if (dot < 0) return false;
    domain = domain.slice(dot + 1);
  }
}
