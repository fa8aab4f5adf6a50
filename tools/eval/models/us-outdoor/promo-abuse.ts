import { cityIn } from './addresses.js';
import { type Card, honestChecks, issueCard } from './cards.js';
import { product } from './catalog.js';
import { type Items } from './checkout.js';
import { type Device, fraudDevice, newDevice } from './devices.js';
import { ascii, gmailDotVariant } from './emails.js';
import { fraudIp, fraudPurchase } from './fraud-kit.js';
import { nameFor } from './names.js';
import { HOUR, MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/**
 * Promo abuse by resellers: a bot opens "new customer" accounts by the dozen to stack the first-order
 * voucher and get round the one-per-customer limit on a hyped release (the collab fleece, the big cooler,
 * drinkware colours). The cards are the reseller's own and real, so payments go through; what ties the
 * accounts together is one Gmail inbox in dotted variants, one apartment written many ways, a shared phone
 * or home connection and the same few cards.
 */

interface Apartment {
  number: number;
  street: string;
  unit: string;
}

function writeAddress(rng: Rng, apartment: Apartment): string {
  const { number, street, unit } = apartment;
  return rng.pick([
    `${number} ${street} Apt ${unit}`,
    `${number} ${street} #${unit}`,
    `${number} ${street} Unit ${unit}`,
    `${number} ${street.replace(/ St$/, ' Street').replace(/ Ave$/, ' Avenue')} Apt ${unit}`,
    `${number} ${street.toLowerCase()} apt ${unit.toLowerCase()}`,
    `${number} ${street} Apt. ${unit}`,
  ]);
}

function release(rng: Rng): Items {
  return rng.weightedPick<Items>([
    [[[product('PUFF-COLLAB'), rng.int(1, 2)]], 5],
    [[[product('CLR-45'), 1]], 2],
    [
      [
        [product('JUG-64'), 2],
        [product('TMB-20'), rng.int(2, 4)],
      ],
      2,
    ],
    [[[product('DWN-PARKA'), 1]], 1],
  ]);
}

function campaign(rng: Rng, world: World, size: number): Purchase[] {
  const actor = nameFor(rng, 'US');
  const city = cityIn(rng, 'US');
  const apartment: Apartment = {
    number: rng.int(100, 9800),
    street: rng.pick(['Maple St', 'Oak Ave', 'Elm St', 'Park Ave', 'Main St']),
    unit: `${rng.int(1, 40)}${rng.pick(['A', 'B', 'C', ''])}`,
  };
  const postalCode = `${city.stem}${String(rng.int(1, 98)).padStart(2, '0')}`;
  const inbox = `${ascii(actor.first)}${ascii(actor.last)}${rng.int(1, 99)}`;
  const cards: Card[] = Array.from({ length: rng.int(1, 3) }, () =>
    issueCard(rng, 'US', rng.chance(0.4) ? 'prepaid' : 'credit'),
  );
  const ipPlan = rng.weighted({ home: 35, proxy: 45, hosting: 20 });
  const homeIp = world.homeIp(rng, world.pickNetwork(rng, 'US', 'broadband'));
  const phone: Device | undefined = rng.chance(0.4)
    ? newDevice(rng, { platform: 'iphone', blocked: 0 })
    : undefined;
  // Releases go live at a posted time: 9 or 10 a.m. or noon Pacific (17, 18 or 20 UTC in winter).
  const day = world.calendar.at(rng, 'PT');
  const dropAt = world.calendar.within(day - (day % (24 * HOUR)) + rng.pick([17, 18, 20]) * HOUR);
  const out: Purchase[] = [];
  for (let i = 0; i < size; i++) {
    const at = world.calendar.within(dropAt + i * rng.int(1, 8) * MINUTE + rng.int(0, 59) * 1000);
    const name = rng.chance(0.4) ? actor : nameFor(rng, 'US');
    const email = rng.chance(0.6)
      ? gmailDotVariant(rng, inbox)
      : `${ascii(name.first)}${ascii(name.last)}${rng.digits(3)}@outlook.com`;
    const address = { country: 'US', postalCode, city: city.city, line1: writeAddress(rng, apartment) };
    const card = rng.pick(cards);
    const items = release(rng);
    const ip = ipPlan === 'home' ? world.rotateV6(rng, homeIp) : fraudIp(rng, world, ipPlan, 'US');
    const cancelled = rng.chance(0.2);
    out.push(
      fraudPurchase({
        kind: 'promo_abuse',
        at,
        buyer: {
          id: `cus_${rng.token(14)}`,
          createdAt: at - rng.int(40, 300) * 1000,
          email,
          name: `${name.first} ${name.last}`,
        },
        billing: address,
        shipping: address,
        ip,
        device: phone ?? fraudDevice(rng, 'antidetect'),
        items,
        options: { voucher: 2500 },
        attempts: [
          {
            card,
            checks:
              card.funding === 'prepaid' ? { avs: 'unavailable', cvc: 'pass' } : honestChecks(rng, card),
            ok: true,
            afterMs: rng.int(4_000, 15_000),
          },
        ],
        followUps: cancelled ? [{ type: 'order.cancelled', afterMs: rng.int(2, 30) * HOUR }] : [],
      }),
    );
  }
  return out;
}

/** Campaigns of three to nine accounts around one release. */
export function planPromoAbuse(rng: Rng, world: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (let c = 0; out.length < count; c++) {
    const r = rng.fork(`campaign:${c}`);
    out.push(...campaign(r, world, Math.min(count - out.length, r.int(3, 9))));
  }
  return out;
}
