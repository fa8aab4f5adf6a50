import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { honestOrders, labelledStream, streamSize } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { world } from './world.js';

/**
 * mena-electronics: "Barq", an online electronics and phones retailer with storefronts for the UAE, Saudi
 * Arabia, Qatar, Kuwait, Egypt, Jordan, Morocco and Turkey, over three days of White Friday (README.md).
 */

/** Thursday 26 November 2026, 20:00 UTC: midnight of White Friday (27 November) in Dubai. */
const DEFAULT_START = Date.UTC(2026, 10, 26, 20);
const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, { orders: DEFAULT_ORDERS, start: DEFAULT_START });
  const window = { start, end: start + span };
  const rng = new Rng(`barq-mena:${seed}`);

  // Fraud is 5.5–9.5 % of orders, drawn per seed.
  const fraudCount = Math.min(orders, Math.round(orders * rng.fork('share').float(0.055, 0.095)));
  const people = world(rng.fork('world'), start, orders);
  const hr = rng.fork('good');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) =>
    honest(r, people, window, kind),
  );
  const purchases = [...good, ...planFraud(rng.fork('bad'), window, fraudCount)].sort((a, b) => a.at - b.at);

  const ev = rng.fork('wire');
  let number = 40_000_000 + ev.int(0, 999_999);
  return labelledStream('mena-electronics', seed, purchases, (p) => {
    number += ev.int(1, 25);
    const orderId = `BRQ-${p.market}-${number}`;
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pay_${ev.token(24)}`) };
  });
}

export const menaElectronicsModel: TrafficModel = {
  name: 'mena-electronics',
  description:
    'An online electronics and phones retailer for the UAE, Saudi Arabia, Qatar, Kuwait, Egypt, Jordan, ' +
    'Morocco and Turkey (AED/SAR/QAR/KWD/EGP/JOD/MAD/TRY) over White Friday: phones, laptops, consoles, ' +
    'watches, accessories, appliances and gift-card codes; cards (mada, KNET, Meeza, Troy), cash on delivery ' +
    'and buy-now-pay-later; expatriates paying with cards from home and sending phones to family, corporate ' +
    'bulk buys, travellers, VPN users, shared households and offices; with stolen foreign cards, smished local ' +
    'cards, account takeovers, fake COD rings, BNPL identity fraud, reshippers, card testing, gift-card ' +
    'cash-out, friendly fraud, promo and refund abuse and corporate impersonation.',
  generate,
};
