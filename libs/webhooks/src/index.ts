export type { WebhookHeaders } from './headers.js';
export type { VerifyResult } from './signature-common.js';
export { SIGNATURE_TOLERANCE_SECONDS } from './signature-common.js';
export { verifyWebhookSignature } from './verify.js';
export { generateSourceSecret } from './secrets.js';
export { providerEventId } from './event-id.js';
export { containsCardNumber, maskCardNumbers } from './card-numbers.js';
export { maskCardData, maskHeaderValues } from './mask-card-data.js';
export { decimalToMinorUnits, normalizeCurrency } from './currency.js';
export { MAX_JSON_DEPTH } from './json-body.js';
export { parseAndNormalize, type ParseResult } from './parse-and-normalize.js';
export type { ItemSummary, NormalizedEvent, NormalizedEventKind } from './normalized-event.js';
// The event every normalizer starts from; tests build theirs on it so a new field is defaulted in one place.
export { emptyEvent as emptyNormalizedEvent } from './normalize/read.js';
export { boundedEventId, characterCount, cutToLength } from './stored-lengths.js';
export { erasePersonalData, type ErasureTarget } from './erase-personal-data.js';
export {
  decodeNormalizedEvent,
  encodeNormalizedEvent,
  type EncodedNormalizedEvent,
  NORMALIZED_EVENT_VERSION,
} from './normalized-event-codec.js';
