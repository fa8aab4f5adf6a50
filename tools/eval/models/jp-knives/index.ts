import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { customerBase } from './accounts.js';
import { DAYS, dropsIn, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';

/**
 * jp-knives: "Sakai Takumi Hamono", a Sakai (Osaka) workshop selling hand-forged kitchen knives online in yen to
 * Japan and in dollars, euros, pounds and Australian dollars abroad, over the four weeks before Christmas and the
 * Japanese year-end (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'jp-knives',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        accounts: customerBase(rng.fork('accounts'), window.start, orders),
        drops: dropsIn(window),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [260_000, 9_999, 3],
      orderId: (n) => `STH-${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const jpKnivesModel: TrafficModel = {
  name: 'jp-knives',
  description:
    'A Sakai (Osaka) kitchen-knife workshop selling hand-forged gyuto, santoku, nakiri, yanagiba and petty ' +
    'knives, whetstones, sayas, knife rolls and gift sets online in yen to Japan and in US dollars, euros, pounds ' +
    'and Australian dollars to the US, Canada, Europe, the UK, Australia, Singapore and Hong Kong over the four ' +
    'weeks before Christmas and the Japanese year-end (cards under 3-D Secure, PayPal, konbini and bank transfer ' +
    'at home; EMS and DHL abroad, age-checked delivery of blades to the UK, duties prepaid to the US), bought by ' +
    'home cooks, enthusiasts abroad, gift-givers for weddings, retirements and oseibo, chefs and restaurants, ' +
    'collectors at limited smith-run drops, tourists reordering from home or still in Japan, newcomers with big ' +
    'baskets, members on new devices and Japanese expats; with card testing, stolen cards shipped to reshipping ' +
    'mules abroad and to drop flats in Japan, account takeover of collectors, drop bots, triangulation, friendly ' +
    'fraud, refund abuse and buyers from sanctioned countries.',
  generate,
};
