import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { DAY } from '../kit/purchase.js';
import { Rng } from '../kit/random.js';
import { DACH_APOTHEKE_RANDOM } from './random.js';
import { labelledStream, streamSize, type StreamDefaults } from '../kit/stream.js';

/**
 * dach-apotheke: an online pharmacy-adjacent health, beauty and supplements shop for Germany, Austria,
 * Switzerland, Poland and Czechia, with subscriptions, over three days in early December (README.md: the store,
 * the stream, its composition, and how it was written without reading Vigil's rules or the other models).
 */

/** Tuesday 1 December 2026, 00:00 UTC. */
const DEFAULT_START = Date.UTC(2026, 11, 1);
const DEFAULT_ORDERS = 2000;
const SIZE: StreamDefaults = {
  orders: DEFAULT_ORDERS,
  start: DEFAULT_START,
  maxSpan: 45 * DAY,
};

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, SIZE);
  const window = { start, end: start + span };
  const rng = new Rng(`dach-apotheke#${seed}`, DACH_APOTHEKE_RANDOM);

  // Fraud is 4.5–8.5 % of orders, drawn per seed.
  const fraudCount = Math.min(orders, Math.round(orders * rng.fork('rate').float(0.045, 0.085)));
  const hr = rng.fork('honest');
  let customer = 40_000 + hr.int(0, 5000);
  const honestOrders = Array.from({ length: orders - fraudCount }, (_, i) =>
    honest(hr.fork(String(i)), window, hr.weighted<HonestKind>(HONEST), customer++),
  );
  const purchases = [...honestOrders, ...planFraud(rng.fork('fraud'), window, fraudCount)].sort(
    (a, b) => a.at - b.at,
  );

  const ev = rng.fork('events');
  let number = 3_100_000 + ev.int(0, 300_000);
  return labelledStream('dach-apotheke', seed, purchases, (p) => {
    const orderId = `AP-${number}`;
    number += ev.int(1, 4);
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pi_${ev.token(22)}`) };
  });
}

export const dachApothekeModel: TrafficModel = {
  name: 'dach-apotheke',
  description:
    'An online pharmacy-adjacent health, beauty and supplements shop for DE/AT/CH/PL/CZ (EUR/CHF/PLN/CZK): ' +
    'subscription renewals on autopay, older desktop customers, family accounts, invoice and bank-transfer ' +
    'payments, click-and-collect at partner pharmacies, Swiss shoppers collecting over the German border, ' +
    'Polish and Czech buyers, commuters, carers ordering for relatives, relay e-mails and VPNs, declines and ' +
    "retries; with card testing, stolen cards with and without the holder's details, account takeover of " +
    'subscription accounts, throw-away resale accounts, first-order-discount abuse, friendly fraud, reshippers ' +
    'to forwarders in Poland and Lithuania, and sanctioned-country orders.',
  generate,
};
