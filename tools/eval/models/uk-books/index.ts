import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { DAY } from '../kit/purchase.js';
import { storeStream } from '../kit/stream.js';
import { customerBase } from './accounts.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';

/**
 * uk-books: "Thistle & Quire", an independent Edinburgh bookseller selling online in pounds, euros and
 * dollars from 1 September to St Andrew's Day (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'uk-books',
      // The season's rate holds for other sizes; a bigger stream runs past November (up to a year).
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24, maxSpan: 366 * DAY },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => customerBase(rng.fork('customers'), window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [41_000, 2_000, 3],
      orderId: (n) => `TQ-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ukBooksModel: TrafficModel = {
  name: 'uk-books',
  description:
    'An independent Edinburgh bookseller selling new, signed and special editions, university textbooks, rare and ' +
    'antiquarian first editions, subscriptions, e-gift cards and event tickets online in pounds to the UK and in ' +
    'euros and dollars to Ireland, Europe, the US and Australia from freshers’ weeks to Book Week Scotland and St ' +
    'Andrew’s Day (cards under 3-D Secure, Apple and Google Pay, PayPal, Klarna, bank transfers for rare books, ' +
    'invoices for libraries and schools; Royal Mail, insured couriers, click and collect), bought by readers, ' +
    'students and their parents, gift-givers, subscribers, collectors at home and abroad, institutions, tourists, ' +
    'expats and VPN users; with card testing, stolen cards with the owner’s details, e-gift card cash-outs, ' +
    'account takeover, friendly fraud, marketplace triangulation, rare books on stolen cards, fake purchase ' +
    'orders, switched returns and buyers in sanctioned countries.',
  generate,
};
