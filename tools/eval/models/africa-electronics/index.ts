import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { Rng } from '../kit/random.js';
import { fraudOrders, honestOrders, labelledStream, orderNumbers, streamSize } from '../kit/stream.js';
import { DEFAULT_START } from './calendar.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { Addresses } from './networks.js';
import { Shoppers } from './shoppers.js';

/**
 * africa-electronics: "Nuru", an online electronics, phones and home-appliance retailer selling to Nigeria,
 * Kenya, South Africa and Ghana in local currency, over Black Friday week (README.md).
 */

const DEFAULT_ORDERS = 2000;
/** Seven days: Tuesday before Black Friday to the Tuesday after Cyber Monday. */
const HOURS = 7 * 24;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, {
    orders: DEFAULT_ORDERS,
    start: DEFAULT_START,
    hours: HOURS,
  });
  const window = { start, end: start + span };
  const rng = new Rng(`nuru-africa:${seed}`);

  // Fraud is 3.5–6.5 % of orders, drawn per seed.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.035, 0.065));
  const shoppers = new Shoppers(rng.fork('shoppers'), new Addresses(rng.fork('nat')), start);
  const hr = rng.fork('honest');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) =>
    honest(r, { window, shoppers }, kind),
  );
  const victims = new Shoppers(rng.fork('victims'), new Addresses(rng.fork('nat-f')), start);
  const bad = planFraud(rng.fork('fraud'), { window, shoppers: victims }, fraudCount);
  const purchases = [...good, ...bad].sort((a, b) => a.at - b.at);

  const ev = rng.fork('wire');
  const next = orderNumbers(ev, 4_100_000, 899_999, 30);
  return labelledStream('africa-electronics', seed, purchases, (p) => {
    const orderId = `NU-${p.market}-${next()}`;
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pay_${ev.token(16)}`) };
  });
}

export const africaElectronicsModel: TrafficModel = {
  name: 'africa-electronics',
  description:
    'An online electronics, phones and home-appliance retailer selling to Nigeria, Kenya, South Africa and ' +
    'Ghana in local currency (NGN, KES, ZAR, GHS) over Black Friday week: smartphones, laptops, TVs, ' +
    'generators, inverters and solar kits, fridges, small appliances, airtime/data vouchers and gift cards; ' +
    'paid by local and international cards with 3-D Secure, M-Pesa and MTN MoMo, bank transfer and USSD, and ' +
    'pay on delivery in big cities; home, office and pickup-station delivery; diaspora customers in the UK, ' +
    'US and UAE buying for family; with stolen foreign cards, card testing on airtime, account takeover, ' +
    'OTP-phished local cards, SIM-swap mobile-money theft, doorbuster promo farms, friendly fraud, fake ' +
    'transfer alerts on pay on delivery, gift-card cash-out and refund abuse.',
  generate,
};
