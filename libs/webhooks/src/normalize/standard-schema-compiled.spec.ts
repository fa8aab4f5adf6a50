import { describe, expect, it } from '@jest/globals';
import { CANONICAL_EVENT_TYPES } from '@vigil/contracts';
import { canonicalOrder, shopperOrder } from '@vigil/testing';
import { z } from 'zod';
import { describeIssues, standardBodyRuntimeSchema, standardBodySchema } from './standard-schema.js';

/** A small seeded generator, so a failure names a body that can be made again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return (state >>> 8) / 0x1000000;
  };
}

/** Values a sender might put anywhere: right and wrong types, edge cases of each. */
const ODD_VALUES: readonly unknown[] = [
  null,
  undefined,
  '',
  ' eur ',
  'EUR',
  'XXX',
  'eu',
  '2026-12-06T10:00:00Z',
  'not a date',
  '12999',
  0,
  -1,
  12.5,
  2 ** 53,
  42,
  true,
  [],
  [1, 2],
  {},
  { country: 'IE' },
  { avs: 'pass', cvc: 'nope' },
  'pass',
  'partial',
  'order.created',
  'refund.created',
  'payment.unknown',
];

type Json = Record<string, unknown>;

/** Every path to a value inside the body (objects only; item arrays are taken whole). */
function paths(node: unknown, prefix: string[] = []): string[][] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [prefix];
  return [prefix, ...Object.entries(node).flatMap(([key, value]) => paths(value, [...prefix, key]))];
}

function mutate(body: Json, next: () => number): unknown {
  const copy = structuredClone(body);
  const all = paths(copy).filter((p) => p.length > 0);
  const changes = 1 + Math.floor(next() * 3);
  for (let n = 0; n < changes; n++) {
    const path = all[Math.floor(next() * all.length)]!;
    let parent: Json = copy;
    for (const key of path.slice(0, -1)) {
      const child = parent[key];
      if (typeof child !== 'object' || child === null || Array.isArray(child)) return copy;
      parent = child as Json;
    }
    const key = path[path.length - 1]!;
    const roll = next();
    if (roll < 0.15) delete parent[key];
    else if (roll < 0.25) parent[`extra_${key}`] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
    else parent[key] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
  }
  return next() < 0.02 ? [copy] : copy;
}

function corpus(): unknown[] {
  const next = random(20261206);
  const bases: Json[] = [
    canonicalOrder(),
    canonicalOrder({ orderId: '77', amount: 0, email: 'bob@example.org' }),
    ...CANONICAL_EVENT_TYPES.map((type, i) => shopperOrder(`o${i}`, { type, customerCreatedAt: null })),
    shopperOrder('o-gbp', { currency: 'gbp', amount: 1, shipping: 'GB', billing: 'IE' }),
  ];
  const bodies: unknown[] = [...bases, null, 'text', 42, [], {}];
  for (let i = 0; i < 4000; i++) bodies.push(mutate(bases[i % bases.length]!, next));
  return bodies;
}

describe('the compiled Standard Webhooks body schema', () => {
  it('compiles ahead of time: every part of the schema is one the generated parser models', () => {
    expect(() => z.compile(standardBodyRuntimeSchema, { strict: true })).not.toThrow();
  });

  it('gives the runtime parser’s answer for every body: the same value when valid, the same message when not', () => {
    let valid = 0;
    let invalid = 0;
    for (const body of corpus()) {
      const compiled = standardBodySchema.safeParse(body);
      const runtime = standardBodyRuntimeSchema.safeParse(body);
      expect({ body, success: compiled.success }).toEqual({ body, success: runtime.success });
      if (compiled.success && runtime.success) {
        expect(compiled.data).toStrictEqual(runtime.data);
        valid++;
      } else if (!compiled.success && !runtime.success) {
        expect(describeIssues(compiled.error.issues)).toBe(describeIssues(runtime.error.issues));
        invalid++;
      }
    }
    // Both sides of the schema are exercised, not only one.
    expect(valid).toBeGreaterThan(800);
    expect(invalid).toBeGreaterThan(800);
  });
});
