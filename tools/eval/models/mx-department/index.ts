import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase, deviceOf } from './people.js';

/**
 * mx-department: "Almacenes Alameda", a Mexican department store selling online in pesos across Mexico over
 * El Buen Fin 2026 and the week before it (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'mx-department',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => {
        const shared = rng.fork('shared');
        return {
          window,
          customers: customerBase(rng.fork('customers'), window.start, orders),
          shared: Array.from({ length: 6 }, () => deviceOf(shared, 'computer')),
        };
      },
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [4_310_000, 99_999, 7],
      orderId: (n) => `ALM-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const mxDepartmentModel: TrafficModel = {
  name: 'mx-department',
  description:
    'A Mexican department store selling online in pesos across Mexico over El Buen Fin and the week before it ' +
    '(fashion, phones, TVs, consoles, laptops, appliances, toys, perfume, e-gift cards; meses sin intereses, ' +
    'debit, the store card, monedero, OXXO cash vouchers, SPEI, Mercado Pago, PayPal; home delivery, click & ' +
    'collect, pickup points, scheduled appliance delivery), bought by families on instalments, first-time big ' +
    'spenders, OXXO cash payers, paisanos in the US buying for family, students on shared computers, market-stall ' +
    'resellers, companies, travellers and VPN users; with stolen cards shipped to drop houses, card testing on ' +
    'e-gift cards, account takeover of saved cards and monedero, promo farms, friendly fraud, OXXO voucher scams, ' +
    'US cards reshipped through border forwarders and buyers on Cuban and Iranian networks.',
  generate,
};
