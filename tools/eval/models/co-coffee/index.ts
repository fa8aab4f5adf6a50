import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { worldOf } from './world.js';

/**
 * co-coffee: "Cumbre Tostadores", a Medellín specialty coffee roaster selling online in pesos across Colombia
 * and in dollars and euros to the US, Canada, Spain and the rest of Europe, over the four weeks around Amor y
 * Amistad and the opening of holiday pre-orders abroad (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'co-coffee',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => worldOf(rng, window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [104_000, 2_000, 3],
      orderId: (n) => `CUM-${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const coCoffeeModel: TrafficModel = {
  name: 'co-coffee',
  description:
    'A Medellín specialty coffee roaster selling single-origin beans from Huila, Nariño, Antioquia and the Sierra ' +
    'Nevada, ground coffee, capsules, green coffee by the sack, brewing gear, tasting boxes, gift sets, gift cards ' +
    'and monthly subscriptions online in pesos across Colombia and in dollars and euros to the US, Canada, Spain ' +
    'and the rest of Europe over the four weeks around Amor y Amistad and the first holiday pre-orders abroad (PSE, ' +
    'Nequi, Daviplata, cards in cuotas, expiring Efecty vouchers, cash on delivery, invoices; PayPal, Apple Pay and ' +
    '3-D Secure cards abroad; renewals on saved cards), bought by regulars, gift-givers, offices, cafés, tourists ' +
    'reordering from home, Colombians abroad, travellers, VPN users and remote workers in Medellín; with card ' +
    'testing, stolen cards to drops and carrier offices, phished PSE and SIM-swapped wallets, account takeover, ' +
    'friendly fraud, promo farms, fake purchase orders and buyers from sanctioned jurisdictions.',
  generate,
};
