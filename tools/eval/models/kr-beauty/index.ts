import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { DEFAULT_START, HOURS } from './calendar.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { Crowd } from './honest-kit.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { Addresses } from './networks.js';

/**
 * kr-beauty: "Glow Seoul" (글로우서울), a Korean skincare and cosmetics shop selling in won to Korea and the
 * world, over the 11.11 sale week (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, {
    orders: DEFAULT_ORDERS,
    start: DEFAULT_START,
    hours: HOURS,
  });
  const w = { start, end: start + span };
  const rng = new Rng(`glow-seoul:${seed}`);

  // Fraud is 5.5–8.5 % of orders, drawn per seed.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.055, 0.085));
  const ips = new Addresses(rng.fork('ip'));
  const crowd = new Crowd(rng.fork('crowd'), ips, start);
  const ctx = { w, start, crowd, ips };
  const hr = rng.fork('honest');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) => honest(r, ctx, kind));
  const victims = new Crowd(rng.fork('victims'), ips, start);
  const bad = planFraud(rng.fork('fraud'), { w, start, ips, victims }, fraudCount).slice(
    0,
    orders - good.length,
  );
  const purchases = [...good, ...bad].sort((a, b) => a.at - b.at);

  const ev = rng.fork('wire');
  const next = orderNumbers(ev, 20_000, 9_000, 4);
  return labelledStream('kr-beauty', seed, purchases, (p) => {
    const orderId = `GS20261109-${next()}`;
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pay_${ev.token(20)}`) };
  });
}

export const krBeautyModel: TrafficModel = {
  name: 'kr-beauty',
  description:
    'A Korean skincare and cosmetics (K-beauty) shop in Seoul selling in won to Korea and the world over the ' +
    '11.11 sale week: sheet masks to big hauls, gift and limited sets, subscription boxes; Korean shoppers ' +
    'paying with Kakao Pay, Naver Pay, Toss, Korean cards, virtual accounts or carrier billing, buyers in the ' +
    'Americas, Europe, Asia-Pacific and the Gulf by card or PayPal, small resellers abroad and forwarder users; ' +
    'with card testing, stolen foreign cards to forwarders and mules, phished Korean cards, account takeover of ' +
    'points-rich members, promo-code rings, limited-set bots, triangulation, friendly fraud, refund abuse and ' +
    'orders touching sanctioned jurisdictions.',
  generate,
};
