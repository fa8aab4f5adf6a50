import { cityIn } from './addresses.js';
import { ABROAD } from './honest-abroad.js';
import { CORPORATE } from './honest-corporate.js';
import { ELSEWHERE } from './honest-elsewhere.js';
import { EVERYDAY } from './honest-everyday.js';
import { type Scenario, type Slot } from './honest-kit.js';
import { SPECIAL } from './honest-special.js';
import { type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Every honest kind, by name (the name is the purchase's `kind` in the truth). */
export const HONEST: Readonly<Record<string, Scenario>> = {
  ...EVERYDAY,
  ...SPECIAL,
  ...CORPORATE,
  ...ABROAD,
  ...ELSEWHERE,
};

/**
 * Honest orders are planned as slots first (kind, home city, moment in the customer's own time zone), then
 * played in time order so that repeat orders and household members can refer to customers seen earlier.
 */
export function planHonest(rng: Rng, world: World, count: number): Purchase[] {
  const weights = Object.entries(HONEST).map(([kind, scenario]) => [kind, scenario.weight(world)] as const);
  const planner = rng.fork('slots');
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) {
    const kind = planner.weightedPick(weights);
    const where = HONEST[kind]?.where?.(planner, world) ?? { city: cityIn(planner, world.market(planner)) };
    const zone = where.zone ?? where.city.zone;
    const at = world.calendar.at(planner, zone, where.rhythm ?? 'shopper');
    slots.push({ kind, at, city: where.city, ...(where.zone ? { zone: where.zone } : {}) });
  }
  slots.sort((a, b) => a.at - b.at);
  return slots.map((slot, i) => {
    const scenario = HONEST[slot.kind];
    if (!scenario) throw new Error(`unknown honest kind ${slot.kind}`);
    return scenario.run(rng.fork(`order:${i}`), world, slot);
  });
}
