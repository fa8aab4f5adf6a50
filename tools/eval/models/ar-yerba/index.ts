import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { type World } from './build.js';
import { DAYS, priceUpdateOf, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * ar-yerba: "Almacén del Mate", a Buenos Aires online shop for yerba mate, mates and bombillas, Argentine wine,
 * alfajores, dulce de leche and leather goods, selling in pesos at home and in dollars and euros abroad over the
 * two weeks before Día del Padre (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ar-yerba',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders): World => ({
        window,
        rise: priceUpdateOf(window),
        customers: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [41_000, 8_999, 3],
      orderId: (n) => `ADM-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const arYerbaModel: TrafficModel = {
  name: 'ar-yerba',
  description:
    'A Buenos Aires online shop for yerba mate, mates and bombillas, Argentine wine, alfajores, dulce de leche and ' +
    'leather goods, selling in pesos across Argentina (Mercado Pago, cards in cuotas on bank-promotion days, MODO, ' +
    'transfers, Rapipago/Pago Fácil vouchers, a showroom and pickup points) and in dollars and euros to the ' +
    'diaspora in Spain, the US, Uruguay, Chile, Brazil and Germany over the two weeks before Día del Padre, with a ' +
    'price rise mid-window; bought by households, bulk buyers ahead of inflation, gift-givers sending to other ' +
    'provinces, expats paying for deliveries at home, tourists paying in pesos with foreign cards and companies; ' +
    'with card testing on small yerba packs, stolen cards in cuotas, phished Mercado Pago accounts, wine resellers ' +
    'on stolen cards, fake transfer receipts, account takeover of loyal buyers, marketplace triangulation, ' +
    'chargeback-like claims and buyers from sanctioned jurisdictions.',
  generate,
};
