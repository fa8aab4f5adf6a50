import { EVERYDAY } from './honest-everyday.js';
import { LAUNCH } from './honest-launch.js';
import { UNUSUAL } from './honest-unusual.js';
import { type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Honest kinds with their shares of honest orders (README.md explains each). */
export const HONEST = { ...EVERYDAY, ...LAUNCH, ...UNUSUAL };

export function planHonest(rng: Rng, world: World, count: number): Purchase[] {
  const weights = Object.fromEntries(Object.entries(HONEST).map(([kind, [share]]) => [kind, share]));
  const kinds = Object.keys(HONEST);
  return Array.from({ length: count }, (_, i) => {
    // The first orders cover every kind once, so each appears even in small streams.
    const kind = i < kinds.length && count >= 200 ? (kinds[i] ?? '') : rng.weighted(weights);
    const make = HONEST[kind];
    if (!make) throw new Error(kind);
    return make[1](rng.fork(`${kind}:${i}`), world);
  });
}
