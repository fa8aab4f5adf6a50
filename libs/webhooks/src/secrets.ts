import { randomBytes } from 'node:crypto';
import type { SourceKind } from '@vigil/contracts';

/**
 * A new signing secret in the format the provider's own tooling expects: `whsec_` + base64 for Stripe and
 * Standard Webhooks (the Standard key is the base64-decoded part), 32 random bytes as hex for Shopify.
 */
export function generateSourceSecret(kind: SourceKind): string {
  const bytes = randomBytes(32);
  return kind === 'shopify' ? bytes.toString('hex') : `whsec_${bytes.toString('base64')}`;
}
