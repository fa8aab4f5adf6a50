import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * ch-watches: "Maison Corraterie", a Geneva online watch and jewellery boutique selling in francs, euros, pounds
 * and dollars worldwide over the three weeks before Christmas (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ch-watches',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [52_000, 999, 3],
      orderId: (n) => `MC-${n}`,
      paymentId: (wire) => `psp_${wire.digits(16)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const chWatchesModel: TrafficModel = {
  name: 'ch-watches',
  description:
    'A Geneva online watch and jewellery boutique selling in Swiss francs, euros, pounds and US dollars to ' +
    'Switzerland, the EU and Monaco, the UK, the US, the Gulf and Asia over the three weeks before Christmas (new ' +
    'and certified pre-owned Swiss watches, limited boutique editions, fine jewellery, straps, e-mailed gift ' +
    'vouchers; insured or armoured courier with signature, boutique collection with the VAT refund form; cards ' +
    'under 3-D Secure, Apple Pay, TWINT, PostFinance, PayPal and bank transfers for big pieces), bought by ' +
    'returning clients, collectors, first-time buyers of one expensive watch, gift-givers, visitors and expats, ' +
    'Gulf and Asian clients, office and VPN users, families sharing devices and cards, people who fumble their ' +
    'payment and people who return; with stolen cards for a single piece, forwarders and reshippers, account ' +
    'takeover of collectors, card testing, voucher cash-out, triangulation, friendly fraud, grey-market resellers ' +
    'and buyers from sanctioned jurisdictions (Russia, Belarus, Iran).',
  generate,
};
