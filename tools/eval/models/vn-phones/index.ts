import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, flashSales, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { customerBase } from './people.js';

/**
 * vn-phones: "Sao Mai Mobile", a Ho Chi Minh City online retailer of phones, laptops and electronics selling in
 * dong across Vietnam over the four weeks of December 2026 around its 12.12 sale and the opening of its pre-Tết
 * sale (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'vn-phones',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world: (rng, window, orders) => ({
        window,
        base: customerBase(rng.fork('customers'), window.start, orders),
        flashes: flashSales(window),
      }),
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [2_418_000, 9_999, 3],
      orderId: (n) => `SM${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const vnPhonesModel: TrafficModel = {
  name: 'vn-phones',
  description:
    'A Ho Chi Minh City online retailer of phones, laptops, tablets, watches, audio, accessories and top-up codes ' +
    'selling in dong across Vietnam (Hanoi, HCMC, Da Nang, the Mekong delta and the provinces) over four weeks ' +
    'of December around its 12.12 flash sales and pre-Tết sale: MoMo, ZaloPay, VNPay QR, Napas ATM cards, ' +
    'international cards with 3-D Secure, 0 % instalments through consumer-finance companies, cash on delivery ' +
    '(refused at the door now and then), shop pickup and two-hour delivery; bought by city and provincial ' +
    'households, newcomers in the flash sales, gift-givers, overseas Vietnamese buying for family, big spenders, ' +
    'travellers and VPN users, and companies; with stolen foreign cards, card testing on top-up codes, COD ' +
    'bombing, instalment fraud on borrowed IDs, account takeover by SIM swap and OTP phishing, voucher farms, ' +
    'flash-sale resellers, friendly fraud and buyers from sanctioned jurisdictions.',
  generate,
};
