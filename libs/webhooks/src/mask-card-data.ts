import { maskAllDigits, maskCardNumbers, maskDigits } from './card-numbers.js';
import type { WebhookHeaders } from './headers.js';
import { replaceInvalidUnicode } from './unicode.js';

/**
 * docs/security.md#card-numbers: runs before anything is queued, stored or logged. Key names are compared
 * case-insensitively without `_`/`-`, so `cardNumber`, `card-number` and `CARD_NUMBER` are all caught.
 */
const CARD_NUMBER_KEYS = new Set(['number', 'cardnumber', 'creditcardnumber', 'pan']);
const CARD_CODE_KEYS = new Set(['cvc', 'cvv', 'cvv2', 'securitycode']);

type KeyRole = 'plain' | 'identifier' | 'cardNumber' | 'cardCode';

interface Task {
  src: unknown;
  dst: Record<string, unknown> | unknown[];
  key: string | number;
  role: KeyRole;
}

/** How a key is treated and what it becomes (card numbers masked, lone surrogates replaced). */
interface KnownKey {
  role: KeyRole;
  outKey: string;
}

/**
 * Payloads repeat the same few keys thousands of times, across requests too: each key is classified once
 * per process. Keys come from callers, so the cache is bounded (longer keys are not kept; it starts over
 * when full).
 */
const KEY_CACHE = new Map<string, KnownKey>();
const KEY_CACHE_MAX_ENTRIES = 4_096;
const KEY_CACHE_MAX_LENGTH = 64;

/** Forgets every classified key (tests compare results with and without the cache). */
export function clearMaskingKeyCache(): void {
  KEY_CACHE.clear();
}

function knownKey(key: string): KnownKey {
  const hit = KEY_CACHE.get(key);
  if (hit !== undefined) return hit;
  const known: KnownKey = { role: roleOfKey(key), outKey: maskCardNumbers(replaceInvalidUnicode(key)) };
  if (key.length <= KEY_CACHE_MAX_LENGTH) {
    if (KEY_CACHE.size >= KEY_CACHE_MAX_ENTRIES) KEY_CACHE.clear();
    KEY_CACHE.set(key, known);
  }
  return known;
}

/**
 * Deep copy of a JSON value with card numbers masked in every string (and object key), card-number fields
 * masked even when they fail Luhn, and CVC fields holding digits removed. Numbers, and strings without spaces in
 * identifier fields (`id`, `*_id`, `*Id`, such as `gid://…` URIs), are kept so provider ids survive; a value
 * with spaces is not an id, so it is masked wherever it is (docs/security.md#card-numbers). Lone UTF-16 surrogates (which PostgreSQL
 * cannot store) become U+FFFD in every string and key. Iterative, so hostile nesting cannot overflow the stack.
 *
 * When nothing needs masking (the usual webhook), the value itself is returned: no copy is made. Callers
 * that mutate the result must not share the input.
 */
export function maskCardData<T>(value: T): T {
  if (!needsMasking(value)) return value;
  const root: unknown[] = [undefined];
  const stack: Task[] = [{ src: value, dst: root, key: 0, role: 'plain' }];
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    assign(task.dst, task.key, copyNode(task.src, task.role, stack));
  }
  return root[0] as T;
}

/**
 * Whether maskCardData would change anything: the same checks as copyNode, without building a copy, and
 * stopping at the first change.
 */
function needsMasking(value: unknown): boolean {
  const stack: Array<{ src: unknown; role: KeyRole }> = [{ src: value, role: 'plain' }];
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    const { src, role } = task;
    if (typeof src === 'string') {
      if (maskString(src, role) !== src) return true;
    } else if (typeof src === 'number') {
      if (role === 'cardNumber' && maskNumber(src) !== src) return true;
    } else if (Array.isArray(src)) {
      for (const item of src) stack.push({ src: item, role });
    } else if (isPlainObject(src)) {
      for (const key of Object.keys(src)) {
        const known = knownKey(key);
        const child = src[key];
        if (known.outKey !== key || (known.role === 'cardCode' && isCardCode(child))) return true;
        stack.push({ src: child, role: known.role });
      }
    }
  }
  return false;
}

/** The same string masking for request headers (identifier headers such as `webhook-id` are kept). */
export function maskHeaderValues(headers: WebhookHeaders): WebhookHeaders {
  const out: WebhookHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    const keep = value === undefined || (roleOfKey(name) === 'identifier' && !hasSpace(value));
    const masked = keep ? value : Array.isArray(value) ? value.map(maskCardNumbers) : maskCardNumbers(value);
    assign(out, name, masked);
  }
  return out;
}

function copyNode(src: unknown, role: KeyRole, stack: Task[]): unknown {
  if (typeof src === 'string') return maskString(src, role);
  if (typeof src === 'number') return role === 'cardNumber' ? maskNumber(src) : src;
  if (Array.isArray(src)) {
    const out: unknown[] = new Array<unknown>(src.length);
    // Elements inherit the array's key: `"pan": ["4242…"]` is still a card-number field.
    for (let i = 0; i < src.length; i++) out[i] = copyOrDefer(src[i], out, i, role, stack);
    return out;
  }
  if (isPlainObject(src)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(src)) {
      const known = knownKey(key);
      const child = src[key];
      if (known.role === 'cardCode' && isCardCode(child)) continue;
      assign(out, known.outKey, copyOrDefer(child, out, known.outKey, known.role, stack));
    }
    return out;
  }
  return src; // booleans, null and anything that is not JSON pass through unchanged
}

/** Scalars are copied now; containers get a placeholder (so key order is kept) and are filled in later. */
function copyOrDefer(
  child: unknown,
  dst: Record<string, unknown> | unknown[],
  key: string | number,
  role: KeyRole,
  stack: Task[],
): unknown {
  if (typeof child === 'object' && child !== null) {
    stack.push({ src: child, dst, key, role });
    return null;
  }
  return copyNode(child, role, stack);
}

/** Any Unicode space, or a character that renders as nothing: identifiers never hold one. */
const SPACE = /[\s\u180e\u200b-\u200d\u2060]/;

function hasSpace(value: string | string[]): boolean {
  return Array.isArray(value) ? value.some((item) => SPACE.test(item)) : SPACE.test(value);
}

function maskString(raw: string, role: KeyRole): string {
  const value = replaceInvalidUnicode(raw);
  if (role === 'identifier' && !SPACE.test(value)) return value;
  return role === 'cardNumber' ? maskAllDigits(value) : maskCardNumbers(value);
}

/** A card number sent as a JSON number in a card-number field (13+ digits) becomes a masked string. */
function maskNumber(value: number): number | string {
  return Number.isInteger(value) && Math.abs(value) >= 1e12 ? maskDigits(String(Math.abs(value))) : value;
}

function roleOfKey(key: string): KeyRole {
  if (key === 'id' || key === 'ID' || key.endsWith('_id') || key.endsWith('Id') || key.endsWith('-id')) {
    return 'identifier';
  }
  if (key.length > 20) return 'plain'; // longer than any card field name: skip the normalising work
  const normalized = key.toLowerCase().replaceAll('_', '').replaceAll('-', '');
  if (CARD_CODE_KEYS.has(normalized)) return 'cardCode';
  if (CARD_NUMBER_KEYS.has(normalized)) return 'cardNumber';
  return 'plain';
}

/**
 * A CVC is digits. Words under the same names are check results (the canonical body's `checks.cvc: "pass"`),
 * which must survive.
 */
function isCardCode(value: unknown): boolean {
  if (typeof value === 'string') return /\d/.test(value);
  return typeof value === 'number' || Array.isArray(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `__proto__` arrives as an ordinary key from JSON.parse; plain assignment would change the prototype instead. */
function assign(dst: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(dst, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    (dst as Record<string | number, unknown>)[key] = value;
  }
}
