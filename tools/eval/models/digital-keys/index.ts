import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { honestWorld } from './honest-world.js';

/**
 * digital-keys: "KeyDrop", a global shop for digital goods delivered at once by e-mail or to the account —
 * game keys, platform gift cards, in-game currency, prepaid subscriptions, software licences — over three days
 * around the opening of a summer sale and a big game's launch night (README.md).
 */

/** Wednesday 23 June 2027, 17:00 UTC: the sale opens a day later, the launch unlocks Friday 23:00 UTC. */
const DEFAULT_START = Date.UTC(2027, 5, 23, 17);
const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, { orders: DEFAULT_ORDERS, start: DEFAULT_START });
  const window = { start, end: start + span };
  const rng = new Rng(`keydrop:${seed}`);

  // Fraud is 5.5–9.5 % of orders, drawn per seed.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.055, 0.095));
  const world = honestWorld(rng.fork('world'), start);
  const hr = rng.fork('good');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) =>
    honest(r, world, window, kind),
  );
  const purchases = [...good, ...planFraud(rng.fork('bad'), window, fraudCount)].sort((a, b) => a.at - b.at);

  const ev = rng.fork('wire');
  const next = orderNumbers(ev, 40_000_000, 999_999, 9);
  return labelledStream('digital-keys', seed, purchases, (p) => {
    const orderId = `KD-${next()}`;
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pay_${ev.token(24)}`) };
  });
}

export const digitalKeysModel: TrafficModel = {
  name: 'digital-keys',
  description:
    'A global shop for digital goods delivered instantly (game keys, platform gift cards, in-game currency, ' +
    'prepaid subscriptions, software licences) in fourteen currencies around a summer sale and a launch night: ' +
    'cards, PayPal, paysafecard, Pix, UPI and e-wallets; young gamers, VPN users and region hoppers, gifts, ' +
    'shared family devices, internet cafés, expats; with card testing, carded gift cards and keys for resale, ' +
    'account and PayPal takeovers, reseller account rings, children on a parent’s card, refund abuse and ' +
    'triangulation.',
  generate,
};
