import { basket, bySku, CURRENCY, everydayPicks, ofCategory } from './catalog.js';
import { ipOf } from './geo-ip.js';
import { buyerOf, homeIp, honest } from './honest-kit.js';
import { cardOf, deviceOf, emailOf, person, relayEmail } from './people.js';
import { homeAddress } from './places.js';
import { paid, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { honestCountry, type World } from './world.js';

/** Honest orders from unusual people or places: students, businesses, expats, travellers, privacy users. */

type Make = (rng: Rng, world: World) => Purchase;
const cur = (country: string) => CURRENCY[country] ?? 'AUD';

/** International students: a card from home, the campus network, a laptop for semester. */
const student: Make = (rng, world) => {
  const from = rng.weighted({ CN: 30, IN: 25, ID: 15, SG: 10, HK: 10, NZ: 10 });
  const who = person(rng, from === 'ID' || from === 'SG' || from === 'NZ' ? from : 'AU');
  const at = world.time(rng);
  const dorm = homeAddress(rng, 'AU');
  const device = deviceOf(rng, 0.5);
  const card = cardOf(rng, from);
  const ip = rng.chance(0.6) ? ipOf(rng, 'AU', ['campus'], 0.4) : homeIp(rng, world, 'AU', device, 0.8);
  const b = basket('AUD', [
    [rng.pick(ofCategory('laptop', 'audio', 'phone')), 1],
    ...(rng.chance(0.4) ? [[rng.pick(ofCategory('accessory')), 1] as const] : []),
  ]);
  return honest(rng, {
    at,
    kind: 'student',
    buyer: {
      ...world.freshAccount(rng, at),
      email: emailOf(rng, who, from === 'NZ' ? 'NZ' : 'AU'),
      name: who.name,
    },
    billing: dorm,
    shipping: dorm,
    ip,
    device,
    basket: b,
    card,
  });
};

/** A small business kits out the office: ten laptops on a corporate card, from the office line. */
const businessBulk: Make = (rng, world) => {
  const boss = person(rng, 'AU');
  const at = world.time(rng);
  const office = homeAddress(rng, 'AU');
  const firm = rng.pick([
    'harbourlegal',
    'bluegumbuild',
    'southerncrossdental',
    'koalalogistics',
    'wattleaccounting',
  ]);
  const account = rng.chance(0.5)
    ? world.freshAccount(rng, at)
    : { id: world.accountId(), createdAt: at - rng.int(60, 1500) * 86_400_000 };
  const b = basket('AUD', [
    [rng.pick(ofCategory('laptop')), rng.int(4, 12)],
    [bySku('CHARGER-65W'), rng.int(2, 10)],
  ]);
  const card = cardOf(rng, 'AU', rng.chance(0.5) ? ['amex', '376012'] : undefined);
  return honest(rng, {
    at,
    kind: 'business_bulk',
    buyer: {
      ...account,
      email: `${rng.pick(['accounts', 'it', 'admin', boss.given.toLowerCase()])}@${firm}.com.au`,
      name: boss.name,
    },
    billing: office,
    shipping: office,
    ip: ipOf(rng, 'AU', ['fixed'], 0.5),
    device: deviceOf(rng, 0.1),
    basket: b,
    card,
  });
};

/** Expats and migrants paying with the card from the old country, often with the old billing address. */
const overseasCard: Make = (rng, world) => {
  const c = world.customer(rng, rng.chance(0.85) ? 'AU' : 'NZ', rng.chance(0.6));
  const issuer = rng.weighted({ GB: 35, US: 25, NZ: 15, DE: 10, HK: 8, IN: 7 });
  const card = cardOf(rng, issuer === c.country ? 'GB' : issuer);
  const billing =
    rng.chance(0.5) && ['AU', 'NZ', 'SG'].includes(card.country) ? homeAddress(rng, card.country) : c.home;
  const b = basket(cur(c.country), everydayPicks(rng));
  return honest(rng, {
    at: world.time(rng),
    kind: 'overseas_card',
    buyer: buyerOf(c),
    billing,
    ...(b.digitalOnly ? {} : { shipping: c.home }),
    ip: homeIp(rng, world, c.country, c.device),
    device: c.device,
    basket: b,
    attempts: [paid(rng, card, billing !== c.home)],
  });
};

/** Customers abroad: hotel Wi-Fi in Bali or Tokyo, or roaming (which egresses through the home carrier). */
const traveller: Make = (rng, world) => {
  const c = world.customer(rng, rng.chance(0.85) ? 'AU' : 'NZ');
  const where = rng.weighted({ ID: 30, JP: 25, SG: 15, US: 10, NZ: 10, GB: 5, AU: 5 });
  const abroad = where === c.country ? 'JP' : where;
  const ip = rng.chance(0.3)
    ? ipOf(rng, c.country, ['mobile'], 0.5)
    : ipOf(rng, abroad, ['fixed', 'mobile'], 0.2);
  const b = basket(
    cur(c.country),
    rng.chance(0.4) ? [[rng.pick(ofCategory('key', 'giftcard')), 1]] : everydayPicks(rng),
  );
  return honest(rng, {
    at: world.time(rng),
    kind: 'traveller',
    buyer: buyerOf(c),
    billing: c.home,
    ...(b.digitalOnly ? {} : { shipping: c.home }),
    ip,
    device: c.device,
    basket: b,
    card: c.card,
  });
};

/** iCloud Private Relay, Hide My Email and commercial VPNs: honest people who value privacy. */
const privacyUser: Make = (rng, world) => {
  const c = world.customer(rng, honestCountry(rng), rng.chance(0.5));
  const ip = rng.chance(0.55)
    ? ipOf(rng, 'US', ['relay'], 0)
    : ipOf(rng, rng.pick(['AU', 'AU', 'SG', 'US', 'JP']), ['hosting'], 0.3);
  const b = basket(cur(c.country), everydayPicks(rng));
  const email = rng.chance(0.6) ? relayEmail(rng) : c.email;
  return honest(rng, {
    at: world.time(rng),
    kind: 'privacy_user',
    buyer: { ...buyerOf(c), email },
    billing: c.home,
    ...(b.digitalOnly ? {} : { shipping: c.home }),
    ip,
    device: rng.chance(0.3)
      ? { mobile: c.device.mobile, ...(c.device.userAgent ? { userAgent: c.device.userAgent } : {}) }
      : c.device,
    basket: b,
    card: c.card,
  });
};

export const UNUSUAL: Record<string, readonly [number, Make]> = {
  student: [0.03, student],
  business_bulk: [0.008, businessBulk],
  overseas_card: [0.025, overseasCard],
  traveller: [0.02, traveller],
  privacy_user: [0.035, privacyUser],
};
