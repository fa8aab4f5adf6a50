/**
 * uk-fashion's own seeded generator: xoshiro128** seeded from a string through a small FNV/murmur-style mix.
 * Nothing reads Math.random or the clock; `fork` hands out independent streams by name, so drawing more in
 * one part of the model leaves the others unchanged.
 */

function seedWords(text: string): [number, number, number, number] {
  const out: [number, number, number, number] = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    for (let j = 0; j < 4; j++) {
      const w = out[j] ?? 0;
      out[j] = Math.imul(w ^ (k + j * 131), 0x5bd1e995) ^ (w >>> 15);
    }
  }
  for (let j = 0; j < 4; j++) out[j] = ((out[j] ?? 0) ^ 0x27d4eb2f) >>> 0 || 1;
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class Rng {
  private s: [number, number, number, number];

  constructor(private readonly label: string) {
    this.s = seedWords(label);
    for (let i = 0; i < 16; i++) this.next();
  }

  fork(name: string): Rng {
    return new Rng(`${this.label}>${name}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const s = this.s;
    const result = Math.imul(((Math.imul(s[1], 5) << 7) | (Math.imul(s[1], 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = (s[1] << 9) >>> 0;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = ((s[3] << 11) | (s[3] >>> 21)) >>> 0;
    s[0] >>>= 0;
    s[1] >>>= 0;
    s[2] >>>= 0;
    return result / 4294967296;
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
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A key of `weights`, chosen with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    let x = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    const last = entries.at(-1);
    if (!last) throw new Error('weighted pick from nothing');
    return last[0];
  }

  token(length: number, alphabet = LETTERS): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  digits(length: number): string {
    return this.token(length, '0123456789');
  }

  /** Exponential with the given mean. */
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** Log-normal with the given median and log-sd. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
}
