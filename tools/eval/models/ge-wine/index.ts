import { type LabelledStream, type TrafficModel, type TrafficOptions } from '../../traffic-model.js';
import { storeStream } from '../kit/stream.js';
import { DAYS, START } from './calendar.js';
import { webhooksFor } from './events.js';
import { FRAUD, planFraud } from './fraud.js';
import { HONEST, honest } from './honest.js';
import { world } from './world.js';

/**
 * ge-wine: "Marani Kisiskhevi", a Tbilisi and Kakheti family winery and shop selling qvevri wines, chacha,
 * churchkhela, honey and qvevri-ware online in lari across Georgia and in euros and dollars to the EU, the US and
 * Israel, over the Rtveli harvest season, 14 September – 18 October 2026 (README.md).
 */

const DEFAULT_ORDERS = 2000;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  return storeStream(
    {
      name: 'ge-wine',
      defaults: { orders: DEFAULT_ORDERS, start: START, hours: DAYS * 24 },
      // Fraud is 5–9 % of orders, drawn per seed; a stream too small for every kind has none.
      fraudShare: [0.05, 0.09],
      fraudKinds: Object.keys(FRAUD).length,
      world,
      honest: HONEST,
      planHonest: honest,
      planFraud,
      numbers: [24_000, 999, 3],
      orderId: (n) => `MK-${n}`,
      paymentId: (wire) => `pay_${wire.token(20)}`,
      webhooks: webhooksFor,
    },
    seed,
    options,
  );
}

export const geWineModel: TrafficModel = {
  name: 'ge-wine',
  description:
    'A Tbilisi and Kakheti family winery and shop selling qvevri wines, chacha, churchkhela, honey and ' +
    'qvevri-ware online in lari across Georgia and in euros and dollars to the EU, the US and Israel over the ' +
    'Rtveli harvest season (Bank of Georgia and TBC card pages, Apple and Google Pay, bank instalments, cash to ' +
    'the Tbilisi van, transfers for restaurants and importers, cards and PayPal abroad), bought by Tbilisi and ' +
    'regional households, Russian and Belarusian relocants, Israeli and Polish harvest tourists and their reorders, ' +
    'the diaspora at home and sending gifts, restaurants and importers; with card testing, stolen cards, account ' +
    'takeover, buyers in or shipping to sanctioned countries, friendly fraud, refund abuse, instalments in stolen ' +
    'names and fake importers paying with recalled transfers.',
  generate,
};
