// The tests' signer (libs/testing), imported by file so the demo bundle takes only it.
import { signatureHeaders } from '../../libs/testing/src/sign.js';
import { type SourceKind } from './people.js';
import { type WireEvent } from './wire.js';

export { renderFollowUp, renderPurchase } from './wire.js';

export interface DemoSource {
  id: string;
  name: string;
  kind: SourceKind;
  secret: string;
}

/** Adds the signature headers of the source's scheme, computed over the exact bytes sent. */
function sign(source: DemoSource, event: WireEvent, at: Date): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...event.headers,
    ...signatureHeaders(source.kind, source.secret, event.body, { id: event.id, at }),
  };
}

/** Posts one signed webhook the way the provider would; resolves with the HTTP status (0 if unreachable). */
export async function deliver(baseUrl: string, source: DemoSource, event: WireEvent): Promise<number> {
  const now = new Date(); // signed at send time, as providers do (and their timestamps are checked)
  try {
    const response = await fetch(`${baseUrl}/webhooks/${source.id}`, {
      method: 'POST',
      headers: sign(source, event, now),
      body: event.body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
