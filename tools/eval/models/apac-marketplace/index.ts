import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { honestOrders, labelledStream, streamSize } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind, honestWorld } from './honest.js';

/**
 * apac-marketplace: "Pasar Plus", an online multi-category marketplace for Singapore, Malaysia, the
 * Philippines, Japan and South Korea (phones and accessories, K- and J-beauty, mobile-game top-ups and gift
 * cards by e-mail, small home appliances), over three days around the 12.12 sale (README.md).
 */

/** Thursday 10 December 2026, 16:00 UTC: midnight of Friday 11 December in Singapore, Manila and Kuala Lumpur. */
const DEFAULT_START = Date.UTC(2026, 11, 10, 16);
const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, { orders: DEFAULT_ORDERS, start: DEFAULT_START });
  const window = { start, end: start + span };
  const rng = new Rng(`pasar-plus:${seed}`);

  // Fraud is 4.3–8.7 % of orders, drawn per seed.
  const fraudCount = Math.min(orders, Math.round(orders * rng.fork('share').float(0.043, 0.087)));
  const world = honestWorld(rng.fork('world'), start);
  const hr = rng.fork('good');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) =>
    honest(r, world, window, kind),
  );
  const purchases = [...good, ...planFraud(rng.fork('bad'), window, fraudCount)].sort((a, b) => a.at - b.at);

  const ev = rng.fork('wire');
  let number = 2_612_000_000 + ev.int(0, 99_999);
  return labelledStream('apac-marketplace', seed, purchases, (p) => {
    number += ev.int(1, 40);
    const orderId = `PP${number}`;
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pay_${ev.token(22)}`) };
  });
}

export const apacMarketplaceModel: TrafficModel = {
  name: 'apac-marketplace',
  description:
    'An online multi-category marketplace for Singapore, Malaysia, the Philippines, Japan and South Korea ' +
    '(SGD/MYR/PHP/JPY/KRW) around the 12.12 sale: phones and accessories, K- and J-beauty, game top-ups and gift ' +
    'cards by e-mail, small appliances; cards, e-wallets and cash on delivery; migrant workers sending goods ' +
    'home, students abroad, shared family devices, office networks and carrier NAT; with card testing on ' +
    "top-ups, stolen cards with and without the holder's details, gift-card cash-out, credential-stuffing " +
    'takeovers, COD refusal rings, voucher-abuse rings, reshippers, friendly fraud and triangulation.',
  generate,
};
