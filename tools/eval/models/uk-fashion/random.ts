import { type Algorithm, xoshiro128ss } from '../kit/random.js';

/** A small FNV/murmur-style mix of the label into four words: uk-fashion's own seeding. */
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

/** The kit's xoshiro128** with this model's seeding, 16 warm-up draws and forks joined with `>`. */
export const UK_FASHION_RANDOM: Algorithm = {
  start: (label) => xoshiro128ss(seedWords(label), 16),
  separator: '>',
};
