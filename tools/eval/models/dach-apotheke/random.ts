/**
 * dach-apotheke's own seeded generator: xoshiro128** seeded through an FNV-1a/splitmix string hash. No
 * Math.random, no clock. `fork(label)` gives an independent stream for one part of the model.
 */

function seedWords(text: string): [number, number, number, number] {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const out: number[] = [];
  for (let i = 0; i < 4; i++) {
    h = (h + 0x9e3779b9) | 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    out.push((z ^ (z >>> 16)) >>> 0 || 1);
  }
  return [out[0] ?? 1, out[1] ?? 2, out[2] ?? 3, out[3] ?? 4];
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

export class Rng {
  private s: [number, number, number, number];

  constructor(private readonly label: string) {
    this.s = seedWords(label);
    for (let i = 0; i < 8; i++) this.float();
  }

  fork(name: string): Rng {
    return new Rng(`${this.label}|${name}`);
  }

  /** Uniform in [0, 1). */
  float(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9);
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return (result >>> 0) / 4294967296;
  }

  range(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  yes(p: number): boolean {
    return this.float() < p;
  }

  one<T>(items: readonly T[]): T {
    const v = items[Math.floor(this.float() * items.length)];
    if (v === undefined) throw new Error('empty list');
    return v;
  }

  weighted<K extends string>(w: Readonly<Record<K, number>>): K {
    const entries = Object.entries(w) as Array<[K, number]>;
    let x = this.float() * entries.reduce((a, [, n]) => a + n, 0);
    for (const [k, n] of entries) if ((x -= n) < 0) return k;
    const last = entries.at(-1);
    if (!last) throw new Error('empty weights');
    return last[0];
  }

  chars(n: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet.charAt(Math.floor(this.float() * alphabet.length));
    return s;
  }

  digits(n: number): string {
    return this.chars(n, '0123456789');
  }

  /** Log-normal around a median. */
  lognormal(median: number, sigma: number): number {
    const u = 1 - this.float();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float()));
  }
}
