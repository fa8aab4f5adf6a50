import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { worldOf } from './build.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';

/**
 * es-football: "Zona Mixta", a Madrid online shop for football shirts, boots, training kit, signed
 * memorabilia and match balls, selling in euros, pounds and dollars over three November weeks with a
 * third-kit launch, a Clásico and Black Friday (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'es-football',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: worldOf,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [1_204_000, 9_999, 3],
      orderId: (n) => `ZM-${n}`,
      paymentId: (wire) => `psp_${wire.token(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const esFootballModel: TrafficModel = {
  name: 'es-football',
  description:
    'A Madrid online shop for football shirts (club and national team, current season and retro), boots, ' +
    'training kit, signed memorabilia and match-ball replicas, selling in euros to Spain and the EU, in pounds ' +
    'to the UK and in dollars to the US and Latin America over three November weeks with a third-kit launch, a ' +
    'Clásico and Black Friday (cards under 3-D Secure, Bizum, PayPal, Klarna, Apple and Google Pay, bank ' +
    'transfers for clubs; name-and-number printing, pickup points, collection in the shop, Miami casilleros), ' +
    'bought by fans at home and abroad, parents, gift-givers, travellers, tourists and Erasmus students, ' +
    'supporters’ clubs ordering dozens, amateur players, collectors and returning customers on new devices; with ' +
    'card testing, stolen cards, drop bots on farmed accounts, account takeover, triangulation through fake ' +
    'shops, friendly fraud, counterfeit-return swaps and buyers from sanctioned countries.',
  generate,
};
