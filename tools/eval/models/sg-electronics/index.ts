import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { SALE_DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { worldOf } from './world.js';

/**
 * sg-electronics: "Merlion Gadgets", a Singapore online electronics and gadgets retailer selling to Singapore and
 * Malaysia in Singapore dollars and to the Philippines, Indonesia, Thailand, Vietnam and Australia in their own
 * currencies, over the 11.11 and 12.12 sale weeks (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'sg-electronics',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: SALE_DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: worldOf,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [1_104_000, 20_000, 6],
      orderId: (n) => `MG${n}`,
      paymentId: (wire) => `pay_${wire.token(24)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const sgElectronicsModel: TrafficModel = {
  name: 'sg-electronics',
  description:
    'A Singapore online electronics and gadgets retailer (phones, laptops, tablets, audio, wearables, cameras, ' +
    'drones, gaming, smart home, PC parts, e-code gift cards) selling in Singapore dollars to Singapore and Malaysia ' +
    'and in pesos, rupiah, baht, dong and Australian dollars to the Philippines, Indonesia, Thailand, Vietnam and ' +
    'Australia over the 11.11 and 12.12 sale weeks (cards under 3-D Secure, Apple/Google Pay, PayNow, GrabPay, ' +
    'Atome, PayPal, GCash, PromptPay, transfers; courier, same-day, parcel lockers, showroom collection), bought by ' +
    'regulars, sale newcomers, gift senders, regional buyers, foreign workers and students, travellers and expats, ' +
    'companies, families sharing cards and devices, VPN and private-relay users; with stolen foreign cards, card ' +
    'testing, account takeover, pay-later identity fraud, phished local cards with OTPs, voucher rings, reshippers ' +
    'to forwarders, friendly fraud and buyers from sanctioned countries.',
  generate,
};
