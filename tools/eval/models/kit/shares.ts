import { expect, it } from '@jest/globals';
import { type LabelledStream } from '../../traffic-model.js';

/**
 * The share tests the models' specs had alike: how much of a stream is fraud, how it splits into kinds, and
 * how the honest kinds follow their weights. Every bound, seed and tolerance is the model's own argument.
 */

/** What a seed's fraud must look like when the model allocates its fraud kinds exactly. */
export interface FraudInShares {
  /** The test's name; `%i` is the seed. */
  name: string;
  stream: (seed: number) => LabelledStream;
  seeds: readonly number[];
  /** The fraud share of all orders, both bounds inclusive. */
  share: readonly [number, number];
  fraudKinds: readonly string[];
  /** How many of each fraud kind a given number of fraudulent purchases holds: the model's `allocate`. */
  expected: (fraudCount: number) => Readonly<Record<string, number>>;
  /** Exactly the honest kinds every seed draws. */
  honestKinds: readonly string[];
  /** Also check that no honest purchase carries a fraud kind. */
  neverShared?: boolean;
  /** The model's further checks on the same seed, in the same test. */
  also?: (s: LabelledStream) => void;
}

/**
 * Registers one test per seed: fraud is within `share`, each fraud kind has exactly its allocated count (and
 * at least one), the honest kinds are exactly `honestKinds` and, with `neverShared`, no honest purchase has a
 * fraud kind.
 */
export function itDrawsFraudInShares(spec: FraudInShares): void {
  const [lo, hi] = spec.share;
  it.each([...spec.seeds])(spec.name, (seed) => {
    const s = spec.stream(seed);
    const fraud = s.truth.filter((p) => p.fraud);
    expect(fraud.length / s.truth.length).toBeGreaterThanOrEqual(lo);
    expect(fraud.length / s.truth.length).toBeLessThanOrEqual(hi);
    const want = spec.expected(fraud.length);
    for (const kind of spec.fraudKinds) {
      expect(`${kind}:${fraud.filter((p) => p.kind === kind).length}`).toBe(`${kind}:${want[kind]}`);
      expect(want[kind]).toBeGreaterThan(0);
    }
    const good = s.truth.filter((p) => !p.fraud);
    expect(new Set(good.map((p) => p.kind))).toEqual(new Set(spec.honestKinds));
    if (spec.neverShared) for (const p of good) expect(spec.fraudKinds).not.toContain(p.kind);
    spec.also?.(s);
  });
}

/** What a seed's fraud must look like when the model draws its fraud kinds (no exact allocation). */
export interface EveryFraudKind {
  /** The test's name; `%i` is the seed. */
  name: string;
  stream: (seed: number) => LabelledStream;
  seeds: readonly number[];
  /** The fraud share of all orders, both bounds inclusive. */
  share: readonly [number, number];
  fraudKinds: readonly string[];
  /** The fewest purchases any fraud kind may have. */
  atLeast: number;
  /** Exactly the honest kinds every seed draws. */
  honestKinds: readonly string[];
  /** The model's further checks on the same seed, in the same test. */
  also?: (s: LabelledStream) => void;
}

/**
 * Registers one test per seed: fraud is within `share`, its kinds are exactly `fraudKinds`, each with at least
 * `atLeast` purchases, the honest kinds are exactly `honestKinds` and none of them is a fraud kind.
 */
export function itDrawsEveryFraudKind(spec: EveryFraudKind): void {
  const [lo, hi] = spec.share;
  const kinds = [...spec.fraudKinds].sort();
  it.each([...spec.seeds])(spec.name, (seed) => {
    const s = spec.stream(seed);
    const { truth } = s;
    const fraud = truth.filter((p) => p.fraud);
    expect(fraud.length / truth.length).toBeGreaterThanOrEqual(lo);
    expect(fraud.length / truth.length).toBeLessThanOrEqual(hi);
    expect([...new Set(fraud.map((p) => p.kind))].sort()).toEqual(kinds);
    for (const kind of kinds)
      expect(fraud.filter((p) => p.kind === kind).length).toBeGreaterThanOrEqual(spec.atLeast);
    const honest = new Set(truth.filter((p) => !p.fraud).map((p) => p.kind));
    expect([...honest].sort()).toEqual([...spec.honestKinds].sort());
    for (const kind of kinds) expect(honest.has(kind)).toBe(false);
    spec.also?.(s);
  });
}

/** How honest kinds must follow their weights, pooled over `seeds`. */
export interface HonestInShares {
  name: string;
  stream: (seed: number) => LabelledStream;
  seeds: readonly number[];
  /** Each honest kind's weight (any scale). */
  weights: Readonly<Record<string, number>>;
  /** The largest allowed gap between a kind's share of honest purchases and its weight's share. */
  tolerance: number;
}

/** Registers the test that each honest kind's share of honest purchases is within `tolerance` of its weight. */
export function itDrawsHonestInShares(spec: HonestInShares): void {
  it(spec.name, () => {
    const good = spec.seeds.flatMap((seed) => spec.stream(seed).truth.filter((p) => !p.fraud));
    const total = Object.values(spec.weights).reduce((a, b) => a + b, 0);
    for (const [kind, weight] of Object.entries(spec.weights))
      expect(
        Math.abs(good.filter((p) => p.kind === kind).length / good.length - weight / total),
      ).toBeLessThan(spec.tolerance);
  });
}

/** A model whose fraud kinds are allocated exactly by weight and whose honest kinds are drawn by weight. */
export interface KindsInShares {
  stream: (seed: number) => LabelledStream;
  /** The fraud share of all orders, both bounds inclusive (in the test's name as whole percents). */
  share: readonly [number, number];
  /** The fraud kinds' weights and the model's allocation of a fraud count to them (`allocateKinds`). */
  fraud: Readonly<Record<string, number>>;
  allocate: (fraudCount: number) => Readonly<Record<string, number>>;
  /** The honest kinds' weights. */
  honest: Readonly<Record<string, number>>;
  /** Seeds 1–5 unless given. */
  seeds?: readonly number[];
  /** Seeds 1–3 and 0.02 unless given, as in `itDrawsHonestInShares`. */
  honestSeeds?: readonly number[];
  tolerance?: number;
}

/**
 * Registers `itDrawsFraudInShares` (every fraud kind allocated exactly, no honest purchase of a fraud kind) and
 * `itDrawsHonestInShares` for such a model.
 */
export function itDrawsKindsInShares(spec: KindsInShares): void {
  const [lo, hi] = spec.share.map((x) => Math.round(x * 100));
  itDrawsFraudInShares({
    name: `seed %i: fraud is ${lo}–${hi} % of orders, in its shares, every kind present`,
    stream: spec.stream,
    seeds: spec.seeds ?? [1, 2, 3, 4, 5],
    share: spec.share,
    fraudKinds: Object.keys(spec.fraud),
    expected: spec.allocate,
    honestKinds: Object.keys(spec.honest),
    neverShared: true,
  });
  itDrawsHonestInShares({
    name: 'draws honest kinds in their shares',
    stream: spec.stream,
    seeds: spec.honestSeeds ?? [1, 2, 3],
    weights: spec.honest,
    tolerance: spec.tolerance ?? 0.02,
  });
}
