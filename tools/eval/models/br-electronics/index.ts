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
 * br-electronics: "Voltaria", a Brazilian online electronics and home-appliance retailer in reais, over Black
 * Friday week (README.md).
 */

const DEFAULT_ORDERS = 2000;
/** Seven days: Tuesday before Black Friday to the end of Cyber Monday. */
const HOURS = 7 * 24;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const { orders, start, span } = streamSize(options, {
    orders: DEFAULT_ORDERS,
    start: DEFAULT_START,
    hours: HOURS,
  });
  const window = { start, end: start + span };
  const rng = new Rng(`voltaria-br:${seed}`);

  // Fraud is 3–6 % of orders, drawn per seed.
  const fraudCount = fraudOrders(orders, rng.fork('share').float(0.03, 0.06));
  const shoppers = new Shoppers(rng.fork('shoppers'), new Addresses(rng.fork('ip')), start);
  const hr = rng.fork('honest');
  const good = honestOrders(hr, orders - fraudCount, HONEST, (r, kind: HonestKind) =>
    honest(r, { window, shoppers }, kind),
  );
  const victims = new Shoppers(rng.fork('victims'), new Addresses(rng.fork('ip-f')), start);
  const bad = planFraud(rng.fork('fraud'), { window, victims }, fraudCount);
  const purchases = [...good, ...bad].sort((a, b) => a.at - b.at);

  const ev = rng.fork('wire');
  const next = orderNumbers(ev, 70_000_000, 9_999_999, 40);
  return labelledStream('br-electronics', seed, purchases, (p) => {
    const orderId = `VT-${next()}`;
    return { orderId, webhooks: webhooksFor(ev, p, orderId, `pay_${ev.token(18)}`) };
  });
}

export const brElectronicsModel: TrafficModel = {
  name: 'br-electronics',
  description:
    'A Brazilian online electronics and home-appliance retailer in reais (BRL), shipping within Brazil, over ' +
    'Black Friday week: smartphones, notebooks, TVs, consoles, air conditioners, fridges, washers, small ' +
    'appliances and gift cards; paid by Pix, boleto, credit cards in up to 12 installments and wallets; every ' +
    'buyer gives a CPF (or CNPJ); home, work and locker delivery across São Paulo, Rio, the Nordeste and the ' +
    'interior; with leaked-card fraud, card testing, account takeover, reshipping mules, triangulation, ' +
    'promotion farms, friendly fraud and refund abuse.',
  generate,
};
