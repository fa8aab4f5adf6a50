import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { DEFAULT_START } from './calendar.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { Addresses } from './networks.js';
import { Crowd } from './people.js';

/**
 * jp-hobby: "Hoshizora Hobby" (星空ホビー), a Japanese hobby and collectibles shop selling worldwide in yen, over
 * a release week (README.md).
 */

const DEFAULT_ORDERS = 2000;
/** Seven days: Monday 1 March 2027 00:00 JST to the end of Sunday. */
const HOURS = 7 * 24;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, {
    orders: DEFAULT_ORDERS,
    start: DEFAULT_START,
    hours: HOURS,
  });
  const w = { start, end: start + span };
  const rng = new Rng(`hoshizora-jp:${seed}`);

  // Fraud is 5.5–8.5 % of orders, drawn per seed.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.055, 0.085));
  const crowd = new Crowd(rng.fork('crowd'), new Addresses(rng.fork('ip')), start);
  const hr = rng.fork('honest');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) =>
    honest(r, { w, crowd, start }, kind),
  );
  const victims = new Crowd(rng.fork('victims'), new Addresses(rng.fork('ip-f')), start);
  const bad = planFraud(rng.fork('fraud'), { w, start, victims }, fraudCount);
  const purchases = [...good, ...bad].sort((a, b) => a.at - b.at);

  const ev = rng.fork('wire');
  const next = orderNumbers(ev, 100_000, 50_000, 3);
  return labelledStream('jp-hobby', seed, purchases, (p) => {
    const orderId = `HZ-2703-${next()}`;
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pi_${ev.token(20)}`) };
  });
}

export const jpHobbyModel: TrafficModel = {
  name: 'jp-hobby',
  description:
    'A Japanese hobby and collectibles shop selling worldwide in yen over a release week: booster boxes, single ' +
    'cards, figures, model kits, pre-orders and lottery sales; domestic buyers paying by card with 3-D Secure, ' +
    'konbini, carrier billing, PayPay, bank transfer or cash on delivery, collectors abroad by card or PayPal ' +
    'with EMS or through package forwarders; with card testing, phished Japanese cards, stolen foreign cards ' +
    'sent to forwarders, account takeover, release-day bots, triangulation, friendly fraud, refund abuse and ' +
    'sanctions evasion.',
  generate,
};
