import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { nairaIndex } from './catalogue.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * ng-fashion: "Adunni & Co.", a Lagos online fashion and beauty shop selling in naira across Nigeria and to
 * the diaspora in the UK, the US, Canada and Ghana, over the Black Friday sale and the run-up to detty December
 * (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ng-fashion',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        customers: customerBase(rng.fork('customers'), window.start, orders),
        naira: nairaIndex(rng.fork('naira'), window.start, window.end),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [104_000, 2_500, 3],
      orderId: (n) => `ADN-${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ngFashionModel: TrafficModel = {
  name: 'ng-fashion',
  description:
    'A Lagos online fashion and beauty shop (ready-to-wear, aso-ebi fabric, wigs, sneakers, fragrance, beauty) ' +
    'selling in naira to Lagos, Abuja, Port Harcourt, Ibadan and Kano and by courier to the diaspora in the UK, ' +
    'the US, Canada and Ghana over Black Friday and the run-up to detty December: Verve, Mastercard and Visa ' +
    'with OTP, bank transfer, USSD and pay on delivery at home, foreign cards from the diaspora; regulars on ' +
    'carrier NAT, Instagram first-timers, aso-ebi organisers buying fabric by the dozen, owambe outfits, ' +
    'resellers, office gifts, gifts home from abroad and returnees on local SIMs; with stolen foreign cards to ' +
    'Lagos drops, card testing, fake pay-on-delivery orders, SIM-swap takeovers, diaspora friendly fraud, mules ' +
    'abroad, wardrobing and students buying from Russia and Belarus.',
  generate,
};
