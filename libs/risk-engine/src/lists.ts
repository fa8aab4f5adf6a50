import { LIST_KINDS, type ListKind } from '@vigil/contracts';

/** What a list holds (ATTRIBUTES.md): the contract's list kinds, under the engine's names. */
export const LIST_ITEM_KINDS = LIST_KINDS;
export type ListItemKind = ListKind;

/** Named sets for `in @name`, keyed by lower-case list name; items normalized with normalizeListItem. */
export type RiskLists = Record<string, ReadonlySet<string>>;

export interface NamedList {
  name: string;
  kind: ListItemKind;
  items: Iterable<string>;
}

export interface DefaultListDefinition {
  name: string;
  kind: ListItemKind;
  description: string;
  /** What the list holds on first start (the owner sees and edits it); most start empty. */
  items?: ReadonlyArray<string>;
}

/**
 * Jurisdictions under comprehensive sanctions (UN, EU, UK and US programmes that forbid almost all trade):
 * Cuba, Iran, North Korea, Syria. docs/detection.md says why these and not others, and how to change them.
 */
export const SANCTIONED_COUNTRIES: ReadonlyArray<string> = ['CU', 'IR', 'KP', 'SY'];

/**
 * Countries under wide (not comprehensive) EU, UK and US sanctions: Russia and Belarus. Most goods may not
 * be exported there and their cards rarely work abroad; orders are held for a person rather than blocked.
 */
export const SANCTIONS_REVIEW_COUNTRIES: ReadonlyArray<string> = ['RU', 'BY'];

/** The lists the default rules refer to; the api creates them on first start with these items. */
export const DEFAULT_LISTS: ReadonlyArray<DefaultListDefinition> = [
  { name: 'blocked_emails', kind: 'email', description: 'Email addresses whose orders are blocked.' },
  {
    name: 'blocked_email_domains',
    kind: 'email_domain',
    description: 'Email domains whose orders are blocked.',
  },
  { name: 'blocked_ips', kind: 'ip', description: 'IP addresses whose orders are blocked.' },
  {
    name: 'blocked_cards',
    kind: 'card_fingerprint',
    description: 'Card fingerprints whose payments are blocked.',
  },
  { name: 'blocked_devices', kind: 'device_id', description: 'Device ids whose orders are blocked.' },
  {
    name: 'blocked_countries',
    kind: 'country',
    description:
      'Countries (IP, billing, shipping or card) to block. Starts with the jurisdictions under comprehensive sanctions.',
    items: SANCTIONED_COUNTRIES,
  },
  {
    name: 'review_countries',
    kind: 'country',
    description:
      'Countries (IP, billing, shipping or card) whose orders a person checks. Starts with Russia and Belarus (wide sanctions).',
    items: SANCTIONS_REVIEW_COUNTRIES,
  },
  {
    name: 'blocked_bins',
    kind: 'card_bin',
    description: 'Card BINs (first digits) whose payments are blocked.',
  },
  {
    name: 'blocked_customers',
    kind: 'customer_id',
    description: 'Store customer ids whose orders are blocked.',
  },
];

/** Trims; '' becomes null so that empty input is "missing" everywhere. */
export function cleanString(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Emails, domains, IPs and countries compare case-insensitively (stored lower-case, countries upper-case);
 * fingerprints, BINs and ids are case-sensitive identifiers and are only trimmed.
 */
export function normalizeListItem(kind: ListItemKind, value: string): string | null {
  const clean = cleanString(value);
  if (clean === null) return null;
  switch (kind) {
    case 'email':
    case 'ip':
      return clean.toLowerCase();
    case 'email_domain':
      return cleanString(clean.replace(/^@+/, ''))?.toLowerCase() ?? null;
    case 'country':
      return clean.toUpperCase();
    default:
      return clean;
  }
}

/** Normalizes lists once; share the result across evaluations and rebuild it only when a list changes. */
export function buildRiskLists(lists: Iterable<NamedList>): RiskLists {
  // No prototype: a list may be named `constructor` or `__proto__` (docs/security.md#list-names).
  const result = Object.create(null) as Record<string, Set<string>>;
  for (const list of lists) {
    const name = list.name.trim().toLowerCase();
    const set = (result[name] ??= new Set<string>());
    for (const item of list.items) {
      const normalized = normalizeListItem(list.kind, item);
      if (normalized !== null) set.add(normalized);
    }
  }
  return result;
}
