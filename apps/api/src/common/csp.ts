/**
 * Strict CSP for the dashboard: no inline scripts or styles, no third-party origins. The live channel is the
 * api's own: `'self'` covers its ws:/wss: in current browsers, and VIGIL_PUBLIC_URL's WebSocket origin is named
 * for the others; a bare `ws:`/`wss:` would let injected script talk to any host (docs/security.md#dashboard).
 */
export function dashboardCsp(publicUrl: string) {
  const url = new URL(publicUrl);
  const liveOrigin = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'", liveOrigin],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}
