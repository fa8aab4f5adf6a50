/**
 * Whether the email's domain, or a parent of it (`x.mailinator.com` → `mailinator.com`), is in `domains`; null
 * without an email. A plain walk instead of a regex: a malformed address is simply not listed, and hostile input
 * never meets a backtracking pattern.
 */
export function emailDomainListed(
  email: string | null | undefined,
  domains: ReadonlySet<string>,
): boolean | null {
  if (typeof email !== 'string') return null;
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  let domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  if (domain === '') return null;
  for (;;) {
    if (domains.has(domain)) return true;
    const dot = domain.indexOf('.');
    if (dot < 0) return false;
    domain = domain.slice(dot + 1);
  }
}
