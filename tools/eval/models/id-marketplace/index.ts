import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { worldOf } from './world.js';

/**
 * id-marketplace: "SerbaNusa", an Indonesian online marketplace store selling in rupiah across Indonesia over
 * the two weeks up to and including the 12.12 Harbolnas sale (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'id-marketplace',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => worldOf(rng.fork('world'), window, orders),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [2_612_000_000, 99_999, 9],
      orderId: (n) => `SN${n}`,
      paymentId: (wire) => `trx-${wire.token(8)}-${wire.token(4)}-${wire.token(12)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const idMarketplaceModel: TrafficModel = {
  name: 'id-marketplace',
  description:
    'An Indonesian online marketplace store (fashion, phones and gadgets, beauty, household goods, vouchers and ' +
    'mobile top-ups) selling in rupiah across Indonesia over the two weeks up to and including the 12.12 Harbolnas ' +
    'sale: cash on delivery, bank virtual accounts, e-wallets, QRIS, 3-D Secure cards and instalments, pay-later, ' +
    'couriers and minimarket pickup; bought by regular and first-time buyers on carrier-NAT mobile data, flash-sale ' +
    'shoppers, boarding-house and internet-cafe users sharing a connection, dropshippers, migrant workers abroad ' +
    'sending goods home, big first gadget orders, offices and VPN users; with voucher-farming account farms, stolen ' +
    'foreign cards, e-wallet takeover, pay-later identity fraud, refused COD orders, fake buyers boosting a seller, ' +
    'top-up fraud, card testing and buyers from sanctioned jurisdictions.',
  generate,
};
