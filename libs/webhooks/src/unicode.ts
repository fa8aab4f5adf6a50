/** A UTF-16 surrogate without its partner: JSON `"\ud800"` parses to one, and PostgreSQL refuses it in jsonb. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Replaces lone surrogates with U+FFFD, as a UTF-8 encoder would (docs/security.md#event-content). */
export function replaceInvalidUnicode(value: string): string {
  return LONE_SURROGATE.test(value) ? value.replace(LONE_SURROGATES, '\ufffd') : value;
}
