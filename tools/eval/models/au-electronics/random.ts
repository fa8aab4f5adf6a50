import { type Algorithm, cyrb128, sfc32 } from '../kit/random.js';

/**
 * au-electronics seeds the kit's sfc32 with cyrb128 *without* its final avalanche (12 warm-up draws, forks
 * joined with `/`). It was written that way; changing it would change every stream the model has produced.
 */
export const AU_ELECTRONICS_RANDOM: Algorithm = {
  start: (label) => sfc32(cyrb128(label, false), 12),
  separator: '/',
};
