/** Request headers as Node gives them (`IncomingHttpHeaders`): lower-case names. */
export type WebhookHeaders = Record<string, string | string[] | undefined>;

/**
 * One header's value. Node only produces arrays for a few headers (e.g. `set-cookie`); if a sender repeats a
 * signature header anyway, the first value is the one we look at.
 */
export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  const value = headers[name];
  if (Array.isArray(value)) return value[0];
  return value;
}
