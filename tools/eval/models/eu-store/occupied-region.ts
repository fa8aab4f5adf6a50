import { domesticCard } from './cards.js';
import { everydayBasket, orderTotal, randomTaste } from './catalog.js';
import { attempts, checkoutGap } from './checkout.js';
import { newDevice } from './devices.js';
import { personalEmail } from './emails.js';
import { personName } from './names.js';
import type { Networks } from './networks.js';
import type { Rng } from './random.js';
import { MINUTE } from './timeline.js';
import type { Address, PurchasePlan } from './types.js';

/**
 * Orders from occupied Crimea and Donbas. Residents write the country as Russia (post since 2014 runs through
 * Russian Post, postcodes 295xxx/299xxx) or still as Ukraine, and their traffic is routed through Russian
 * carriers, so the IP mostly geo-locates to RU. International cards from Russia do not work, so they pay with
 * cards from Kazakhstan, Armenia, Georgia, Turkey or a Ukrainian bank. No country field is a comprehensively
 * sanctioned one, so this model labels them honest (kind `occupied_region`).
 */

const PLACES: Array<{ city: string; postal: (rng: Rng) => string }> = [
  { city: 'Simferopol', postal: (rng) => String(rng.int(295000, 295053)) },
  { city: 'Sevastopol', postal: (rng) => String(rng.int(299000, 299059)) },
  { city: 'Yalta', postal: (rng) => String(rng.int(298600, 298690)) },
  { city: 'Kerch', postal: (rng) => String(rng.int(298300, 298330)) },
  { city: 'Donetsk', postal: (rng) => String(rng.int(283000, 283125)) },
  { city: 'Luhansk', postal: (rng) => String(rng.int(291000, 291055)) },
];

export function occupiedRegionOrder(rng: Rng, nets: Networks, time: number): PurchasePlan {
  const place = rng.pick(PLACES);
  const writesRussia = rng.chance(0.7);
  const address: Address = {
    country: writesRussia ? 'RU' : 'UA',
    postalCode: place.postal(rng),
    city: place.city,
    line1: `${rng.pick(['ul. Lenina', 'ul. Pushkina', 'prosp. Kirova', 'ul. Gagarina', 'ul. Kievskaya'])} ${rng.int(1, 120)}, kv. ${rng.int(1, 150)}`,
  };
  const name = personName(rng, rng.chance(0.7) ? 'ru' : 'uk');
  const email = rng.chance(0.6) ? personalEmail(rng, name, 'RU') : personalEmail(rng, name, 'UA');
  const endpoint = rng.chance(0.8) ? nets.mobile(rng, 'RU') : nets.residentialProxy(rng, 'UA');
  const card = domesticCard(
    rng,
    rng.weighted([
      ['KZ', 35],
      ['AM', 20],
      ['GE', 15],
      ['TR', 10],
      ['UA', 20],
    ]),
  );
  const basket = everydayBasket(rng, randomTaste(rng), 'EUR');
  const device = newDevice(rng, rng.chance(0.7) ? 'android' : 'windows');
  const declined = rng.chance(0.25);
  const plan: PurchasePlan = {
    key: '',
    kind: 'occupied_region',
    fraud: false,
    time,
    currency: 'EUR',
    amount: orderTotal(basket, address.country, 'EUR'),
    items: basket.items,
    identity: { email, name: name.full },
    billing: address,
    ...(basket.digitalOnly ? {} : { shipping: address }),
    endpoint: { ...endpoint, network: 'mobile' },
    device: { id: device.id, userAgent: device.userAgent },
    attempts: attempts(rng, [
      { card, succeeded: !declined, address: 'match', cvc: 'typed', gap: checkoutGap(rng) },
    ]),
    followUps: declined ? [{ type: 'order.cancelled', offset: rng.int(30, 90) * MINUTE }] : [],
  };
  return plan;
}
