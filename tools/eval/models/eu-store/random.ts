/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so every stream is reproducible from its seed.
 * Sub-generators are derived from (seed, label) rather than from each other, so adding a draw in one part
 * of the model does not reshuffle every other part.
 */

export type Weighted<T> = ReadonlyArray<readonly [T, number]>;

/** FNV-1a over the label, mixed with the seed: a stable 32-bit value for deriving generators. */
export function hash32(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return splitmix32(h);
}

function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label = '') {
    const base = hash32(seed, label);
    this.a = splitmix32(base);
    this.b = splitmix32(this.a);
    this.c = splitmix32(this.b);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.uint32(); // warm up: the first outputs of sfc32 are weak
  }

  /** A generator for one named purpose, independent of how much this one has been used. */
  static derive(seed: number, label: string): Rng {
    return new Rng(seed, label);
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(entries: Weighted<T>): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Standard normal via Box–Muller. */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median; sigma is the spread of the logarithm. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** Exponential with the given mean (waiting times between independent events). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.int(0, 9));
    return out;
  }

  hex(n: number): string {
    return this.token(n, '0123456789abcdef');
  }

  base62(n: number): string {
    return this.token(n, BASE62);
  }

  /**
   * Random characters from the alphabet, redrawn if a run of ten or more digits appears: Vigil masks 13–19
   * digit Luhn-valid runs anywhere in a payload as card numbers, and ids must never look like one.
   */
  token(n: number, alphabet: string): string {
    for (;;) {
      let out = '';
      for (let i = 0; i < n; i++) out += alphabet[this.int(0, alphabet.length - 1)];
      if (!/\d{10}/.test(out)) return out;
    }
  }

  letters(n: number, upper = false): string {
    const alphabet = upper ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : 'abcdefghijklmnopqrstuvwxyz';
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(0, 25)];
    return out;
  }
}

/** `'a, b, c'` → `['a', 'b', 'c']`: long word lists stay readable one table row per line. */
export function list(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** `'gmail.com 27, gmx.de 18'` → weighted entries (the weight is the last word of each item). */
export function table(text: string): Weighted<string> {
  return list(text).map((item) => {
    const at = item.lastIndexOf(' ');
    const weight = Number(item.slice(at + 1));
    if (at < 0 || !Number.isFinite(weight)) throw new Error(`bad table item "${item}"`);
    return [item.slice(0, at), weight] as const;
  });
}
