/**
 * The model's only source of chance: a seeded sfc32 generator. Math.random and the clock are never used, so
 * a seed fully determines a stream. Each phase forks its own generator by name, so changing how one phase
 * draws does not shift the draws of the others.
 */

/** 32-bit FNV-1a followed by a murmur finaliser: a stable hash for seeding and for ids. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(private readonly key: string) {
    this.a = hashString(`${key}#a`);
    this.b = hashString(`${key}#b`);
    this.c = hashString(`${key}#c`);
    this.d = hashString(`${key}#d`) | 1;
    // Warm up so that similar keys do not start with similar outputs.
    for (let i = 0; i < 15; i++) this.next();
  }

  /** An independent generator for one phase or one actor, named so it is stable across code changes elsewhere. */
  fork(label: string): Rng {
    return new Rng(`${this.key}/${label}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by relative weight: `[[value, weight], …]`. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, weight] of entries) total += Math.max(0, weight);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= Math.max(0, weight);
      if (roll < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Standard normal by Box–Muller. */
  normal(mean = 0, sd = 1): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal around a median: the natural shape of prices, basket values and delays. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** Log-uniform in [min, max]: as many values per decade, e.g. account ages from weeks to years. */
  logUniform(min: number, max: number): number {
    return Math.exp(this.float(Math.log(min), Math.log(max)));
  }

  /** Exponential with the given mean: waiting times between independent arrivals. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }

  alphanumeric(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += ALPHANUMERIC[this.int(0, ALPHANUMERIC.length - 1)];
    return out;
  }

  /**
   * An id-like token: letters and digits, never more than four digits in a row, so no id can be mistaken
   * for (or masked as) a card number.
   */
  token(count: number): string {
    let out = '';
    let digits = 0;
    while (out.length < count) {
      const char = ALPHANUMERIC[this.int(0, ALPHANUMERIC.length - 1)] ?? 'a';
      const digit = char >= '0' && char <= '9';
      if (digit && digits === 4) continue;
      digits = digit ? digits + 1 : 0;
      out += char;
    }
    return out;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}
