import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * pk-lawn: "Zarbaft", a Lahore women's fashion label selling unstitched lawn and chiffon, pret, formals,
 * dupattas and accessories online in rupees across Pakistan and in pounds, dollars, dirhams and Canadian
 * dollars abroad, over the Eid ul-Fitr season of 2027 (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'pk-lawn',
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
      numbers: [284_000, 4_999, 6],
      orderId: (n) => `ZB-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const pkLawnModel: TrafficModel = {
  name: 'pk-lawn',
  description:
    'A Lahore women’s fashion label selling unstitched lawn and chiffon suits, pret kurtas, formals, dupattas and ' +
    'accessories online in rupees across Pakistan and in pounds, dollars, dirhams and Canadian dollars to the UK, ' +
    'the US, the UAE, Saudi Arabia and Canada over Ramadan and Eid ul-Fitr with the summer lawn launch (cash on ' +
    'delivery by TCS and Leopards, JazzCash, Easypaisa, Raast transfers, cards with OTP; 3-D Secure cards, PayPal ' +
    'and DHL abroad), bought by families, launch-day regulars, brides, boutiques buying in bulk, the diaspora for ' +
    'themselves and for relatives at home, travellers and VPN users; with fake COD orders refused at the door, ' +
    'card testing, stolen foreign cards shipping to Pakistan, Instagram triangulation, account takeover, hijacked ' +
    'wallets, forged transfer screenshots, friendly fraud, wear-and-return and buyers from sanctioned countries.',
  generate,
};
