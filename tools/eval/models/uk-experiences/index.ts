import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './world.js';

/**
 * uk-experiences: "Merrydays", a London online seller of experience days and gift vouchers, selling in pounds
 * across the UK and in euros to Ireland over the four weeks from Black Friday to Christmas Eve (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'uk-experiences',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [2_140_000, 9_999, 3],
      orderId: (n) => `MD-${n}`,
      paymentId: (wire) => `psp_${wire.token(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const ukExperiencesModel: TrafficModel = {
  name: 'uk-experiences',
  description:
    'A London online seller of experience days and gift vouchers (spa days, afternoon teas, driving and flying ' +
    'experiences, hot-air balloon flights, cookery classes, hotel breaks and money vouchers) selling in pounds ' +
    'across the UK and in euros to Ireland over the four weeks from Black Friday to Christmas Eve: almost all ' +
    'gifts, most e-mailed instantly or on Christmas morning, some posted as gift boxes until the last posting ' +
    'days; cards with 3-D Secure, Apple and Google Pay, PayPal, Klarna, voucher exchanges, and companies buying ' +
    'staff rewards on thirty-day invoices; bought by households, returning customers, last-minute Christmas Eve ' +
    'buyers, Irish customers, expats abroad, travellers, VPN users, big spenders and people whose cards are ' +
    'declined; with stolen cards buying e-vouchers for resale (and triangulated boxes), card testing on the ' +
    'cheapest voucher, account takeover of saved-card customers, voucher-code cracking, friendly fraud, ' +
    'refund-to-another-card requests, corporate invoice impersonation and buyers from sanctioned jurisdictions.',
  generate,
};
