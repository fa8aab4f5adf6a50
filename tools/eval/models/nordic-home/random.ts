import { type Algorithm, Rng as KitRng, sfc32 } from '../kit/random.js';

/**
 * nordic-home draws from the kit's sfc32 core, seeded its own way (each state word hashes the label with a
 * suffix; 15 warm-up draws so that similar keys do not start with similar outputs). The methods below differ
 * from the kit's in arithmetic, so they stay here: replacing them would change the model's streams.
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

export const NORDIC_HOME_RANDOM: Algorithm = {
  start: (key) =>
    sfc32(
      [hashString(`${key}#a`), hashString(`${key}#b`), hashString(`${key}#c`), hashString(`${key}#d`) | 1],
      15,
    ),
  separator: '/',
};

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class Rng extends KitRng {
  constructor(label: string, algorithm: Algorithm = NORDIC_HOME_RANDOM) {
    super(label, algorithm);
  }

  /** Negative weights count as zero. */
  override weightedPick<T>(entries: ReadonlyArray<readonly [T, number]>): T {
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

  /** Normal by Box–Muller, from `next()` itself (kept away from 0) rather than `1 - next()`. */
  override normal(mean = 0, sd = 1): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal around a median: the natural shape of prices, basket values and delays. */
  override logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** Log-uniform in [min, max]: as many values per decade, e.g. account ages from weeks to years. */
  logUniform(min: number, max: number): number {
    return Math.exp(this.float(Math.log(min), Math.log(max)));
  }

  /**
   * An id-like token: letters and digits, never more than four digits in a row, so no id can be mistaken
   * for (or masked as) a card number.
   */
  idToken(count: number): string {
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
}
