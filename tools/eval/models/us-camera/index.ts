import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './world.js';

/**
 * us-camera: "Chelsea Camera & Pro Audio", a New York camera, lens, video and pro-audio superstore with an online
 * shop, selling in US dollars to the 50 states and worldwide over Black Friday and Cyber Monday weeks (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'us-camera',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [31_400_000, 99_999, 9],
      orderId: (n) => `CC${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const usCameraModel: TrafficModel = {
  name: 'us-camera',
  description:
    'A New York camera, lens, video and pro-audio superstore with an online shop, selling in US dollars to the 50 ' +
    'states, Canada, the UK, the EU, Israel, Australia and Latin America over Black Friday and Cyber Monday weeks ' +
    '(mirrorless bodies, lenses, drones, gimbals, audio interfaces, microphones, memory cards, e-gift cards; ' +
    'shipping, pickup at the Manhattan store, which closes for the Sabbath and Jewish holidays), bought by ' +
    'hobbyists, deal hunters, gift-givers, studios and production companies on net terms, students with the ' +
    'education discount, export buyers paying by card, PayPal or wire, Latin Americans using Miami forwarders, ' +
    'travellers, VPN users, shoppers whose first card was declined and households sharing a device; with card ' +
    'testing, careful reshipping crews and sloppy stolen-card one-offs, account takeover, pickup mules, ' +
    'triangulation, a net-terms bust-out, friendly fraud and buyers from sanctioned jurisdictions.',
  generate,
};
