import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { type World } from './build.js';
import { DAYS, launchOf, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * cz-pc-parts: "Křemík", a Prague online shop for PC components and gaming hardware selling in koruna and euros
 * to Czechia, Slovakia, Poland, Hungary, Germany and Austria over the two weeks around a graphics-card launch
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'cz-pc-parts',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders): World => ({
        window,
        launch: launchOf(window),
        customers: customerBase(rng.fork('customers'), window.start, orders),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [2_701_000, 9_999, 3],
      orderId: (n) => `KR${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const czPcPartsModel: TrafficModel = {
  name: 'cz-pc-parts',
  description:
    'A Prague online PC components and gaming hardware shop selling in koruna and euros to Czechia, Slovakia, ' +
    'Poland, Hungary, Germany and Austria over two weeks around a new graphics-card launch in late January (new ' +
    'cards scarce and sold at a premium, CPUs, SSDs, prebuilt PCs, laptops, consoles, peripherals; showroom ' +
    'pickup in Prague and Brno, Packeta points, couriers; 3-D Secure cards, bank button and transfer, cash at the ' +
    'till, instalments), bought by regulars, first-time buyers, launch-day queuers, builders, companies with IČO ' +
    'and VAT ids, system builders, students, gift-givers, cross-border bargain hunters, travellers and VPN users ' +
    'and shared family computers; with card testing, stolen and phished cards, account takeover, scalper bots, ' +
    'reshipping mules, fake companies, friendly fraud, return fraud and buyers from sanctioned jurisdictions.',
  generate,
};
