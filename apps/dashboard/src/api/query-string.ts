export type QueryValue = string | number | boolean | null | undefined;

/** `path?a=1&b=x`, leaving out empty, null and undefined values (the api reads "absent" as "any"). */
export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}
