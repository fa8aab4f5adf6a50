import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { companyAccounts, customerBase } from './people.js';

/**
 * eg-cotton: "Bayt El Qotn", a Cairo maker of Egyptian-cotton bed linen, towels and bathrobes selling online
 * in pounds at home and in riyals, dirhams, dollars, euros and pounds abroad, from 1 December to 15 January
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'eg-cotton',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        base: customerBase(rng.fork('customers'), window.start, orders),
        companies: companyAccounts(rng.fork('companies'), window.start),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [104_000, 9_999, 3],
      orderId: (n) => `BQ-${n}`,
      paymentId: (wire) => `txn_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const egCottonModel: TrafficModel = {
  name: 'eg-cotton',
  description:
    'A Cairo maker of Egyptian-cotton bed linen, towels, bathrobes and galabeyas selling online in ' +
    'Egyptian pounds at home and in riyals, dirhams, dollars, euros and pounds to the Gulf, Europe, the ' +
    'UK and North America over December and the January sales (winter weddings and trousseau orders, New ' +
    'Year, Coptic Christmas, hotel refits): Meeza, Visa and Mastercard with OTP, Fawry references, ' +
    'Vodafone Cash, valU, cash on delivery with confirmation calls, bank transfers from companies, 3-D ' +
    'Secure cards and Apple Pay abroad; bought by households, brides’ families, Instagram first-timers, ' +
    'Egyptians in the Gulf sending gifts home, Gulf and Western buyers, travellers, hotels, clinics and ' +
    'companies; with card testing, stolen Gulf and European cards shipped to re-shippers, stolen ' +
    'Egyptian cards with phished OTPs, fake cash-on-delivery orders, account takeover, refund abuse, ' +
    'friendly fraud and orders touching sanctioned countries.',
  generate,
};
