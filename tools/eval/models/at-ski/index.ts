import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { worldOf } from './people.js';

/**
 * at-ski: "Bergwerk", an Innsbruck ski, snowboard and mountain-sports retailer selling online in euros and Swiss
 * francs to seven countries over the first three weeks of the ski season (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'at-ski',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => worldOf(rng.fork('world'), window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [2_641_000, 9_999, 3],
      orderId: (n) => `BW${n}`,
      paymentId: (wire) => `psp_${wire.token(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const atSkiModel: TrafficModel = {
  name: 'at-ski',
  description:
    'An Innsbruck ski, snowboard and mountain-sports retailer selling online in euros and Swiss francs to Austria, ' +
    'Germany, Switzerland, South Tyrol, Slovenia, the Netherlands and Belgium over the first three weeks of the ski ' +
    'season (skis, boots with fitting appointments, snowboards, helmets, goggles, avalanche transceivers, touring ' +
    'gear, clothing, rental and service vouchers, e-gift cards, a pre-season sale; cards with 3-D Secure, EPS, ' +
    'Sofort, PayPal, Klarna, Apple/Google Pay, TWINT, cash on collection; Post, DHL, DPD, the store and two resort ' +
    'shops), bought by households, Club members, families in the sale, tourists ordering to their hotel, gift-givers, ' +
    'ski clubs, instructors, VPN users, expats and travellers; with stolen cards, card testing, Club account ' +
    'takeover, Klarna on stolen identities, reshippers, gift-card cash-out, friendly fraud and buyers from Russia, ' +
    'Belarus and Iran.',
  generate,
};
