import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { planHonest } from './honest.js';
import { HOUR } from './purchase.js';
import { Rng } from '../kit/random.js';
import { World } from './world.js';
import { labelledStream, streamSize, type StreamDefaults } from '../kit/stream.js';

/**
 * latam-tickets: a travel, tickets and experiences marketplace for Spain, Portugal, Italy, Mexico and Brazil
 * over three days in September with a headline concert's general sale on the Friday (README.md: the store,
 * the stream, its composition, and how it was written without reading Vigil's rules or the other models).
 */

/** Thursday 10 September 2026, 00:00 UTC; the general sale opens Friday 10:00 in Madrid (08:00 UTC). */
const DEFAULT_START = Date.UTC(2026, 8, 10);
const DEFAULT_ORDERS = 2000;
const SIZE: StreamDefaults = {
  orders: DEFAULT_ORDERS,
  start: DEFAULT_START,
  minSpan: 8 * HOUR,
};

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, SIZE);
  const rng = new Rng(`latam-tickets:${seed}`);
  const clock = { start, end: start + span, onSale: start + Math.round(span * (32 / 72)) };
  const world = new World(rng.fork('world'), clock, orders);

  // Fraud is 4.5–8.5 % of orders, drawn per seed.
  const fraudCount = Math.min(orders, Math.round(orders * rng.fork('rate').float(0.045, 0.085)));
  const purchases = [
    ...planHonest(rng.fork('honest'), world, orders - fraudCount),
    ...planFraud(rng.fork('fraud'), world, fraudCount),
  ].sort((a, b) => a.at - b.at);

  const ev = rng.fork('events');
  let number = 5_200_000 + ev.int(0, 400_000);
  return labelledStream('latam-tickets', seed, purchases, (p) => {
    const orderId = `LT-${number}`;
    number += ev.int(1, 3);
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pay_${ev.token(24)}`) };
  });
}

export const latamTicketsModel: TrafficModel = {
  name: 'latam-tickets',
  description:
    'A travel, tickets and experiences marketplace for Spain, Portugal, Italy, Mexico and Brazil (EUR/MXN/BRL): ' +
    'football and concert tickets with a headline general sale, tours, hotel vouchers, flight add-ons, gift ' +
    'vouchers; digital delivery, tourists on hotel Wi-Fi, emigrants paying for family, group and corporate ' +
    'bookings, shared devices and networks, VPNs, relay e-mails, declines and retries; with card testing, ' +
    "stolen cards with and without the holder's details, throw-away accounts, scalper bots, account takeover, " +
    'voucher cash-out, triangulation, friendly fraud and sanctioned-country orders.',
  generate,
};
