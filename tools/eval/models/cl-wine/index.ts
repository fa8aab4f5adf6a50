import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * cl-wine: "Cava Andina", a Santiago wine and pisco shop selling online in Chilean pesos across Chile and in
 * US dollars to the US, Brazil, Argentina, Peru and Uruguay, over the four weeks from the Día del Vino through
 * Fiestas Patrias into spring (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'cl-wine',
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
      numbers: [41_000, 2_000, 3],
      orderId: (n) => `CA-${n}`,
      paymentId: (wire) => `tbk_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const clWineModel: TrafficModel = {
  name: 'cl-wine',
  description:
    'A Santiago wine and pisco shop selling online in Chilean pesos across Chile and in dollars to the US, ' +
    'Brazil, Argentina, Peru and Uruguay over the four weeks around Fiestas Patrias (bottles and cases, premium ' +
    'and icon wines, pisco, chicha and terremoto kits, gift boxes, a wine club, tasting tickets; Webpay Plus ' +
    'credit in cuotas and Redcompra debit, Mercado Pago, Khipu, transfers, cash on delivery in Santiago, PayPal ' +
    'and 3-D Secure cards abroad), bought by households stocking up for the fondas and asados, regulars, club ' +
    'members, gift-givers, companies on factura, restaurants, collectors, Chileans abroad, tourists, travellers ' +
    'and VPN users; with card testing, stolen Chilean and foreign cards, phished Webpay credentials, account ' +
    'takeover, triangulation, fake company orders on transfer, friendly fraud, broken-bottle refund claims and ' +
    'buyers from sanctioned countries.',
  generate,
};
