/**
 * Cross-site socket hijacking guard (docs/security.md#live-channel): a browser sends the session cookie with a
 * WebSocket handshake from any site, so a cookie-authenticated handshake is accepted only from the api's own
 * origin (the request's Host) or VIGIL_PUBLIC_URL's. Handshakes without an Origin come from scripts (or same-origin
 * polling requests, where browsers may omit it) and carry no ambient credentials worth stealing.
 */
export function isAllowedLiveOrigin(
  origin: string | undefined,
  host: string | undefined,
  publicUrl: string,
): boolean {
  if (origin === undefined) return true;
  const url = parseOrigin(origin);
  if (url === null) return false; // "null" (sandboxed frames, file:) and anything malformed
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  return url.origin === parseOrigin(publicUrl)?.origin;
}

function parseOrigin(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
