import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './world.js';

/**
 * dk-bricks: "Brikkeriet", a Copenhagen online shop for construction-toy sets, retired and collectible sets,
 * minifigures, bulk parts and display cases, over three November weeks around a flagship launch and Black
 * Friday (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'dk-bricks',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [104_000, 4_999, 3],
      orderId: (n) => `BRK${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const dkBricksModel: TrafficModel = {
  name: 'dk-bricks',
  description:
    'A Copenhagen online shop for construction-toy sets, retired and collectible sets, minifigures, bulk parts ' +
    'and display cases, selling in kroner to Denmark and in euros, kronor, pounds and dollars to the rest of ' +
    'Europe, the UK, the US and Asia over three November weeks around a flagship set launch and Black Friday ' +
    '(MobilePay, cards with 3-D Secure, PayPal, Klarna, Apple Pay; parcel shops, home delivery, click & collect, ' +
    'tracked international shipping), bought by families and grandparents, adult collectors at home and ' +
    'abroad, launch-morning buyers, Black Week newcomers, gift senders, builders buying parts, schools and ' +
    'clubs, small resellers, travellers and VPN users; with stolen cards buying retired sets for resale, ' +
    'reshippers and forwarders, takeover of collectors’ accounts, limit-evading multi-account rings with drop ' +
    'addresses, card testing on minifigures, friendly fraud, return abuse and buyers from sanctioned countries.',
  generate,
};
