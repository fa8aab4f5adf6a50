/*
 * What request logs may show (docs/security.md#operations): the path and the query parameters' names, but the
 * values only of parameters that cannot carry personal data. Searches by e-mail, IP, order id or free text
 * (`/api/transactions?email=ann@example.com`) are logged as `email=[redacted]`.
 */

/** Query parameters whose values are enums, numbers, dates or opaque ids. */
const SHOWN_QUERY_PARAMETERS: ReadonlySet<string> = new Set([
  'status',
  'sourceId',
  'limit',
  'cursor',
  'sort',
  'window',
  'from',
  'to',
  'claimedBy',
  'escalated',
  'action',
  'result',
]);

const REDACTED = '[redacted]';

/** `/api/transactions?email=ann@x&limit=5` → `/api/transactions?email=[redacted]&limit=5`. */
export function redactedUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const at = url.indexOf('?');
  if (at === -1) return url;
  const parts = url
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq === -1 ? pair : pair.slice(0, eq);
      if (eq === -1 || SHOWN_QUERY_PARAMETERS.has(safeDecode(name))) return pair;
      return `${name}=${REDACTED}`;
    });
  return `${url.slice(0, at)}?${parts.join('&')}`;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function redactedQuery(query: unknown): unknown {
  if (typeof query !== 'object' || query === null) return query;
  return Object.fromEntries(
    Object.entries(query).map(([name, value]) => [name, SHOWN_QUERY_PARAMETERS.has(name) ? value : REDACTED]),
  );
}

/** pino-http's `req` serializer, applied to the already serialized request. */
export function redactRequestForLog<T extends { url?: string; query?: unknown }>(req: T): T {
  return { ...req, url: redactedUrl(req.url), query: redactedQuery(req.query) };
}
