import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { world } from './build.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';

/**
 * za-biltong: "Woodstock Biltong Co.", a Cape Town biltong, droëwors and South African pantry shop selling
 * online in rand across South Africa and its neighbours and in pounds, euros, dollars, Australian and New
 * Zealand dollars to the diaspora, over the four weeks from Black Friday to Christmas Eve (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'za-biltong',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [104_000, 9_999, 3],
      orderId: (n) => `WBC-${n}`,
      paymentId: (wire) => `pay_${wire.token(22)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const zaBiltongModel: TrafficModel = {
  name: 'za-biltong',
  description:
    'A Cape Town biltong, droëwors and South African pantry shop selling online in rand across South Africa, ' +
    'Namibia and Botswana and in pounds, euros, US and Canadian dollars, Australian and New Zealand dollars to ' +
    'the diaspora over the four weeks from Black Friday to Christmas Eve (biltong by the kilo, droëwors, chilli ' +
    'bites, rusks, chutney, rooibos, spice, Amarula gift boxes, braai packs, corporate hampers, e-gift cards; ' +
    'meat only within the customs union, pantry lines abroad), paid by cards under 3-D Secure, Instant EFT, ' +
    'SnapScan, Zapper, Payflex, PayPal and invoices, sent by courier, to lockers, same-day in Cape Town or by ' +
    'express abroad; bought by braai households, new customers, expats sending boxes home or stocking their ' +
    'pantry, expats home for December, companies, holidaymakers, travellers and VPN users; with card testing, ' +
    'stolen South African cards with phished OTPs, stolen foreign cards to drops and lockers, SIM-swap account ' +
    'takeover, fake corporate buyers, friendly fraud, refund abuse and buyers from sanctioned jurisdictions.',
  generate,
};
