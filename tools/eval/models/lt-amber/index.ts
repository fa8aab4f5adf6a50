import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { DAY } from '../kit/purchase.js';
import { storeStream } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { accountBase, DAYS, START } from './world.js';

/**
 * lt-amber: "Gintarų namai", a Palanga and Vilnius family business selling Baltic amber jewellery, linen and
 * Lithuanian gifts online in euros, pounds and dollars over the Baltic summer, 15 June to 31 August 2026
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'lt-amber',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24, maxSpan: DAYS * DAY },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        accounts: accountBase(rng.fork('accounts'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [260_000, 9_999, 3],
      orderId: (n) => `GN-${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ltAmberModel: TrafficModel = {
  name: 'lt-amber',
  description:
    'A Palanga and Vilnius family shop selling Baltic amber jewellery, teething necklaces, collector pieces and ' +
    'amber art, linen and Lithuanian gifts online in euros to Lithuania, the Baltics, Poland, Germany and ' +
    'Scandinavia, in pounds to the UK and in dollars to the US over the summer season from Joninės to the end of ' +
    'August (Paysera bank links, cards, Apple and Google Pay, PayPal, Revolut Pay, cash at the Palanga shop, ' +
    'invoices for resellers; Omniva and LP Express lockers, DPD, tracked post), bought by Lithuanians at home, ' +
    'parents, tourists reordering from home or ordering from Palanga, Scandinavian gift buyers, the diaspora in ' +
    'the UK, Norway and the US, resellers, collectors and families on one tablet; with card testing, stolen ' +
    'cards, parcel-locker mules, account takeover, marketplace triangulation, friendly fraud, refund abuse, fake ' +
    'reseller invoices and buyers from Russia and Belarus.',
  generate,
};
