/**
 * Whether the name before the '@' looks machine-generated rather than chosen by a person
 * (docs/detection.md, "Generated mailbox names"). Scripts that open accounts by the hundred draw random
 * strings; people pick names, nicknames, initials and a year. Two shapes count:
 * - letters and digits only, six or more characters, with digits in two or more places (`l9bk27qxx03`),
 *   leading (`4svzro`) or after a short start (`lnf7tc`) — a trailing year or number (`jeanmoreau49`) or a
 *   gamer tag (`noobslayer2015xx`) does not;
 * - five or more consonants in a row within one run of letters (`zwhrkhlo225`): no name in the languages the
 *   store sees spells that ('sch' and 'str' count as one sound and Dutch 'ij' as a vowel, so `jschmidt`,
 *   `dijkstra` or the Swedish `lindstrom`, `engstrom` and `bergstrom` do not; nor do Vietnamese names run
 *   together with a middle initial, `trangknguyen` or `dinhbphong`, whose 'ng', 'nh', 'ph', 'th', 'tr', 'ch', 'kh'
 *   and 'gh' are one sound each).
 * A year written the way young people in Vietnam and elsewhere in Asia write it (`2k6` for 2006, as in
 * `nguyenvy2k6`) is one number, not two.
 * A `+tag` is ignored. Aliases at privacy mail services are random by design, so they never count: honest
 * privacy-minded people use them as often as fraudsters.
 */
export function looksGenerated(email: string | null): boolean | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0) return null;
  if (PRIVACY_MAIL_DOMAINS.has(email.slice(at + 1))) return false;
  const name = (email.slice(0, at).split('+')[0] ?? '').replace(/2k(\d{1,2})(?!\d)/g, '20$1');
  if (/^[a-z0-9]{6,}$/.test(name) && /[a-z]/.test(name)) {
    const digitGroups = name.match(/\d+/g)?.length ?? 0;
    const letters = name.length - (name.match(/\d/g)?.length ?? 0);
    if (digitGroups >= 2 || (/^\d/.test(name) && letters >= 4)) return true;
    if (/^[a-z]{1,6}\d+[a-z]{2,}$/.test(name)) return true;
  }
  for (const run of name.match(/[a-z]+/g) ?? []) {
    if (/[^aeiouy]{5,}/.test(run.replace(/ij/g, 'y').replace(ONE_SOUND, 's'))) return true;
  }
  return false;
}

/** Letter groups that spell one consonant sound, longest first ('ngh' before 'ng'). */
const ONE_SOUND = /ngh|sch|str|ng|nh|ph|th|tr|ch|kh|gh/g;

/** Mail services built for privacy, whose users' addresses are often random aliases. */
const PRIVACY_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tutanota.com',
  'tutanota.de',
  'tutamail.com',
  'tuta.io',
  'tuta.com',
  'keemail.me',
  'mailbox.org',
  'posteo.de',
  'posteo.net',
  'disroot.org',
  'riseup.net',
  'startmail.com',
  'cock.li',
]);
