import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './world.js';

/**
 * my-batik: "Rumah Batik Seri Kenanga", a Kuala Lumpur fashion house for batik, songket, baju kurung and baju
 * Melayu selling online in ringgit across Malaysia and in Singapore and US dollars abroad, over the five weeks
 * before Hari Raya Aidilfitri 2026 (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'my-batik',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [418_000, 6_000, 3],
      orderId: (n) => `RSK${n}`,
      paymentId: (wire) => `PG${wire.digits(14)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const myBatikModel: TrafficModel = {
  name: 'my-batik',
  description:
    'A Kuala Lumpur fashion house for batik, songket, baju kurung and baju Melayu selling online in ringgit across ' +
    'Malaysia and in Singapore and US dollars to Singapore, Brunei, Indonesia and the diaspora over the five weeks ' +
    'before Hari Raya Aidilfitri (FPX, Touch ’n Go eWallet, GrabPay, cards with OTP, Atome, PayNow, PayPal, cash on ' +
    'delivery in Peninsular Malaysia, invoices for companies and agencies; family sets, made-to-measure before the ' +
    'tailoring cut-off, handwoven songket, corporate Raya gifts, e-vouchers), bought by Malay families, buyers in ' +
    'Sabah and Sarawak, children sending outfits to parents in the kampung, Singaporeans, Bruneians, Indonesians, ' +
    'Malaysians abroad, pilgrims on umrah and VPN users; with card testing, Malaysian cards phished with their OTP, ' +
    'foreign cards and triangulation, hijacked bank and e-wallet accounts paying by FPX, account takeover, fake ' +
    'COD orders, forged purchase orders, wear-and-return and chargebacks after Raya, and buyers from sanctioned ' +
    'countries.',
  generate,
};
