import { type Algorithm, xoshiro128ss } from '../kit/random.js';

/** FNV-1a over the label, spread into four words by a splitmix-style finaliser: dach-apotheke's own seeding. */
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

/** The kit's xoshiro128** with this model's seeding, 8 warm-up draws and forks joined with `|`. */
export const DACH_APOTHEKE_RANDOM: Algorithm = {
  start: (label) => xoshiro128ss(seedWords(label), 8),
  separator: '|',
};
