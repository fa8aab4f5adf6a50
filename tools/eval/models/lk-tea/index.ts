import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './world.js';

/**
 * lk-tea: "Dumbara Valley Tea & Spice", a Kandy estate shop with a Colombo showroom selling Ceylon tea, gift
 * tins and chests, spices and handloom and batik online in rupees at home and in dollars, pounds, euros and
 * Australian dollars abroad, from the week before Avurudu to Vesak 2026 (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'lk-tea',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [41_000, 4_999, 3],
      orderId: (n) => `DVT-${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const lkTeaModel: TrafficModel = {
  name: 'lk-tea',
  description:
    'A Kandy and Colombo Ceylon tea estate shop selling single-estate teas, gift tins and chests, Avurudu and ' +
    'Vesak hampers, catering tea, cinnamon, cardamom and pepper, handloom and batik online in rupees across Sri ' +
    'Lanka and in dollars, pounds, euros and Australian dollars abroad from the week before the Sinhala and Tamil ' +
    'New Year to Vesak (PayHere cards, FriMi, Genie, LankaQR, deposit slips, cash on delivery, Koko, PayPal and ' +
    'foreign cards), bought by households, regulars, the diaspora in the UK, Australia, Canada, the Gulf and Italy ' +
    'sending gifts home, Gulf workers ordering cash on delivery for family, past estate visitors, tourists on hotel ' +
    'Wi-Fi, hotels, cafés, companies and Vesak dansal committees; with card testing, stolen foreign cards to mules ' +
    'and reshippers, phished accounts, forged deposit slips, prank cash-on-delivery orders, Koko instalments on ' +
    'stolen identities, friendly fraud, refund abuse and buyers from Russia, Belarus and Iran.',
  generate,
};
