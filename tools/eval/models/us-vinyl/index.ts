import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { makeWorld } from './world.js';

/**
 * us-vinyl: "Cumberland Groove Records", a Nashville independent record store and label shop selling online in
 * US dollars across the US and by post to Canada, the UK, Europe, Japan and Australia, from Black Friday to the
 * last shipping days before Christmas (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'us-vinyl',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => makeWorld(rng, window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [41_000, 2_000, 3],
      orderId: (n) => `CGR-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const usVinylModel: TrafficModel = {
  name: 'us-vinyl',
  description:
    'A Nashville independent record store and label shop selling online in US dollars across the US and by post ' +
    'to Canada, the UK, Europe, Japan and Australia from Black Friday (its own limited pressings and the RSD ' +
    'Black Friday exclusives) through the December gift season to the last shipping days: new and used LPs, ' +
    'limited coloured pressings, box sets, turntables and cartridges, merch, posters, gift cards and used crates ' +
    'for bars; cards with AVS or 3-D Secure, PayPal, Apple Pay, Shop Pay and its instalments, store gift cards; ' +
    'bought by regulars, gift buyers, parents, drop chasers, flippers, collectors abroad, travellers, service ' +
    'members, privacy-relay users and businesses; with card testing, drop bots on stolen cards shipping to ' +
    'reshippers, stolen cards buying e-gift cards, cracked gift-card balances, account takeover of collectors, ' +
    'marketplace triangulation, friendly fraud and buyers from sanctioned jurisdictions.',
  generate,
};
