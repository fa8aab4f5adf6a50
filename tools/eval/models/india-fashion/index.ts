import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { Crowd } from './honest-kit.js';

/**
 * india-fashion: "Saanjh", an Indian online fashion and lifestyle store (INR), over the opening days of its
 * festive sale: the evening before, the midnight rush, and the two and a half days after (README.md).
 */

/** Friday 2 October 2026, 18:00 IST; the sale opens six hours later at midnight. */
const DEFAULT_START = Date.UTC(2026, 9, 2, 12, 30);
const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, { orders: DEFAULT_ORDERS, start: DEFAULT_START });
  const window = { start, end: start + span };
  const rng = new Rng(`saanjh-india:${seed}`);

  // Fraud is 5.5–9 % of orders, drawn per seed.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.055, 0.09));
  const crowd = new Crowd(rng.fork('crowd'));
  const hr = rng.fork('honest');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) =>
    honest(r, window, crowd, kind),
  );
  const purchases = [...good, ...planFraud(rng.fork('fraud'), window, fraudCount)].sort(
    (a, b) => a.at - b.at,
  );

  const ev = rng.fork('wire');
  const next = orderNumbers(ev, 260_000_000, 9_999_999, 40);
  return labelledStream('india-fashion', seed, purchases, (p) => {
    const orderId = `SNJ${next()}`;
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pay_${ev.token(14)}`) };
  });
}

export const indiaFashionModel: TrafficModel = {
  name: 'india-fashion',
  description:
    'An Indian online fashion and lifestyle store (INR) over the opening of its festive sale: ethnic and ' +
    'western wear, footwear, watches, handbags, beauty, small gadgets and e-gift cards; paid by card ' +
    '(RuPay, Visa, Mastercard, with OTP), UPI, wallets, net banking, pay-later and cash on delivery; metro ' +
    'and small-town shoppers, NRIs paying with foreign cards for family at home, wedding and corporate bulk ' +
    'buys, shared family phones and carrier NAT; with fake COD rings, promo and referral farms, stolen ' +
    'foreign cards, card testing, OTP-phished cards, account takeover, return fraud, sale resellers, ' +
    'friendly fraud and gift-card cash-out.',
  generate,
};
