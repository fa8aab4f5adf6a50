/**
 * The traffic models' shared seeded generator. Nothing reads Math.random or the clock, so a seed always yields
 * the same stream. `fork(name)` gives an independent stream whose draws depend only on the parent's label and
 * the name, so one part of a model can draw more without moving the others.
 *
 * The models were written independently and picked different seed hashes, cores and fork separators; those
 * choices live in an `Algorithm` so each model keeps exactly the stream it always had. The drawing methods
 * below were the same arithmetic in every model that uses them, so they are shared.
 */

/** Uniform in [0, 1), from one generator's state. */
export type Draw = () => number;

/** How a label becomes a stream: the seed hash and core, and how a fork's label is built. */
export interface Algorithm {
  start(label: string): Draw;
  separator: string;
}

/** cyrb128: a string hash to four 32-bit words (with the final avalanche, as most models use it). */
export function cyrb128(text: string, finalise = true): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  if (!finalise) return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** sfc32 from four seed words, after `warmUp` discarded draws (its first outputs are weak). */
export function sfc32(words: readonly [number, number, number, number], warmUp: number): Draw {
  let [a, b, c, d] = words;
  const draw = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < warmUp; i++) draw();
  return draw;
}

/** xoshiro128** from four seed words (not all zero), after `warmUp` discarded draws. */
export function xoshiro128ss(words: readonly [number, number, number, number], warmUp: number): Draw {
  const s = [...words];
  const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
  const draw = () => {
    const [s0 = 0, s1 = 0, s2 = 0, s3 = 0] = s;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    const n1 = s1 ^ n2;
    const n0 = s0 ^ n3;
    s[0] = n0;
    s[1] = n1;
    s[2] = n2 ^ t;
    s[3] = rotl(n3, 11);
    return (result >>> 0) / 4294967296;
  };
  for (let i = 0; i < warmUp; i++) draw();
  return draw;
}

/** cyrb128 into sfc32, 12 warm-up draws, forks joined with `/`: latam-tickets' and us-outdoor's generator. */
export const SFC32_CYRB128: Algorithm = { start: (label) => sfc32(cyrb128(label), 12), separator: '/' };

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class Rng {
  private readonly draw: Draw;

  constructor(
    private readonly label: string,
    private readonly algorithm: Algorithm = SFC32_CYRB128,
  ) {
    this.draw = algorithm.start(label);
  }

  /**
   * An independent generator whose draws depend only on this one's label and the name. It has this one's
   * class, so a model that adds or overrides methods keeps them in every fork.
   */
  fork(name: string): this {
    const Same = this.constructor as new (label: string, algorithm: Algorithm) => this;
    return new Same(`${this.label}${this.algorithm.separator}${name}`, this.algorithm);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.draw();
  }

  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A key of `weights`, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    return this.weightedPick(Object.entries(weights) as Array<[K, number]>);
  }

  /** A value of `[[value, weight], …]`, with probability proportional to its weight. */
  weightedPick<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let x = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from nothing');
    return last[0];
  }

  token(length: number, alphabet = ALPHANUMERIC): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet.charAt(Math.floor(this.next() * alphabet.length));
    return out;
  }

  digits(length: number): string {
    return this.token(length, '0123456789');
  }

  /** Exponential with the given mean. */
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal around `median` with log-sd `sigma` (Box–Muller, multiplied left to right). */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }

  /**
   * `median · e^(sigma · normal())`: the same distribution as `logNormal`, but the product rounds differently,
   * and us-outdoor's streams were generated this way.
   */
  logNormalOfNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}
