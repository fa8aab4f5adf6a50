import { maskCardNumbers } from './card-numbers.js';

/** Real Stripe and Shopify payloads nest fewer than 10 levels; anything far deeper is hostile. */
export const MAX_JSON_DEPTH = 64;

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses a webhook body, with a 400-ready reason when it is not JSON. */
export function parseJsonBody(rawBody: Buffer): JsonParseResult {
  let text = rawBody.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // tolerate a UTF-8 byte order mark
  if (text.trim() === '') return { ok: false, reason: 'body is empty; expected a JSON object' };
  const depthError = checkDepth(rawBody);
  if (depthError) return { ok: false, reason: depthError };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `body is not valid JSON: ${describeJsonError(error)}` };
  }
}

/**
 * V8's message says what and often where ("… in JSON at position 12"). Newer messages also quote the input,
 * which could contain a card number and ends up in responses and logs: the quote is dropped and digits masked.
 */
function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const withoutQuote = message.replace(/, ".*" is not valid JSON$/s, '');
  return maskCardNumbers(withoutQuote.slice(0, 200));
}

/** Linear byte scan for bracket depth outside strings, so absurd nesting is refused before parsing. */
function checkDepth(bytes: Buffer): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c)
        i++; // backslash: skip the escaped character
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) return `body nests JSON deeper than ${MAX_JSON_DEPTH} levels`;
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
  return null;
}
