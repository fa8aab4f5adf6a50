import { type SourceKind } from '@vigil/contracts';

const MIN_LENGTH = 16;
const MAX_LENGTH = 512;
const MIN_STANDARD_KEY_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Why a user-given signing secret cannot work for this kind of source, or null. Standard Webhooks keys are
 * the base64 part after `whsec_` (too short a key would be guessable); Stripe and Shopify secrets are used
 * as the raw string, so only their length is checked.
 */
export function secretFormatProblem(kind: SourceKind, secret: string): string | null {
  if (secret.length > MAX_LENGTH) return `secret must be at most ${MAX_LENGTH} characters`;
  if (kind !== 'standard') {
    return secret.length < MIN_LENGTH ? `secret must be at least ${MIN_LENGTH} characters` : null;
  }
  if (!secret.startsWith('whsec_')) {
    return 'secret of a standard source must be "whsec_" followed by base64 (as Standard Webhooks libraries generate)';
  }
  const encoded = secret.slice('whsec_'.length);
  if (!BASE64.test(encoded) || encoded.replace(/=+$/, '').length % 4 === 1) {
    return 'secret of a standard source must be "whsec_" followed by valid base64';
  }
  if (Buffer.from(encoded, 'base64').length < MIN_STANDARD_KEY_BYTES) {
    return `secret of a standard source must decode to at least ${MIN_STANDARD_KEY_BYTES} bytes after "whsec_"`;
  }
  return null;
}
