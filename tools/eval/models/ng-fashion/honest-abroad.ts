import { accountBuyer, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { abroadBasket, giftBasket, owambeBasket } from './baskets.js';
import { DECEMBER, LAGOS as LAGOS_TZ, LAST_EXPORT, RETURNEES, SHOPPER, when } from './calendar.js';
import { newCard } from './cards.js';
import { CODES, type Fulfilment, seasonalCode } from './catalogue.js';
import { honestPlan, localeOf, purchaseFrom, type World } from './checkout.js';
import { newDevice } from './devices.js';
import { FIBRE_NG, HOTEL_NG, ipIn, mobileNetwork } from './networks.js';
import { emailFor, personName } from './names.js';
import { type Account } from './people.js';
import { ABUJA, addressIn, diasporaCity, LAGOS } from './places.js';
import { type Purchase } from './purchase.js';

/**
 * The diaspora: Nigerians in the UK, the US, Canada and Ghana sending gifts home (a foreign card, a foreign IP
 * and billing address, delivery to a parent or sibling in Nigeria), buying fabric and clothes for parties
 * abroad, and in December home for detty December, shopping from Lagos on a new local SIM with the card
 * from abroad.
 */

/** Their session at home abroad: broadband mostly, else their phone's mobile data. */
function abroadSession(rng: Rng, a: Account) {
  const device = rng.chance(0.06) ? newDevice(rng, 'diaspora') : rng.pick(a.devices);
  const ip = a.home && rng.chance(0.65) ? a.home.ip : ipIn(rng, a.carrier);
  return { ip, device };
}

const NOTES = [
  'Happy birthday Mummy! Love from London',
  'Merry Christmas Daddy',
  'For the thanksgiving service, love you Mum',
  'Enjoy, sis! Wear it to the party',
  'Christmas gift from Houston, God bless',
  'For Auntie, for the wedding',
  'Happy anniversary Mum and Dad',
];

/** A gift home: a parent's or sibling's address in Nigeria, the buyer's own card and IP abroad. */
export function diasporaGift(rng: Rng, w: World): Purchase {
  const senders = w.customers.diaspora.filter((x) => x.family.length > 0);
  const a = rng.pick(senders);
  const recipient = rng.pick(a.family);
  const beforeCutoff = rng.chance(0.5);
  const at = when(rng, w.window, {
    tz: a.city.tz,
    hours: SHOPPER,
    ...(beforeCutoff ? { from: DECEMBER, to: LAST_EXPORT } : {}),
  });
  const fulfilment: Fulfilment = rng.chance(0.7) ? 'standard' : 'express';
  const shipping = { ...recipient.address };
  const country = a.address.country ?? 'GB';
  return purchaseFrom(
    {
      kind: 'diaspora_gift',
      fraud: false,
      at,
      buyer: accountBuyer(a),
      billing: a.address,
      shipping,
      fulfilment,
      lines: giftBasket(rng, at, w.naira),
      code: rng.chance(0.2) ? seasonalCode(at) : undefined,
      ...abroadSession(rng, a),
      locale: localeOf(country),
      channel: 'web',
      method: 'card',
      ...(rng.chance(0.45) ? { giftNote: rng.pick(NOTES) } : {}),
      note: `Deliver to ${recipient.name}`,
    },
    honestPlan(rng, 'card', { cards: a.cards, country, saved: true }, { fulfilment, to: shipping }),
  );
}

/** Shipped abroad by courier: fabric for a wedding there, clothes, hair, paid with the card from home. */
export function diasporaHome(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.diaspora);
  const at = when(rng, w.window, { tz: a.city.tz, hours: SHOPPER, to: LAST_EXPORT });
  const country = a.address.country ?? 'GB';
  return purchaseFrom(
    {
      kind: 'diaspora_home',
      fraud: false,
      at,
      buyer: accountBuyer(a),
      billing: a.address,
      shipping: a.address,
      fulfilment: 'international',
      lines: abroadBasket(rng, at, w.naira),
      code: rng.chance(0.15) ? seasonalCode(at) : undefined,
      ...abroadSession(rng, a),
      locale: localeOf(country),
      channel: rng.chance(0.15) ? 'instagram' : 'web',
      method: 'card',
    },
    honestPlan(
      rng,
      'card',
      { cards: a.cards, country, saved: true },
      { fulfilment: 'international', to: a.address },
    ),
  );
}

/**
 * Home for detty December: from a new local SIM, a hotel or short-let's Wi-Fi or the family's fibre, on their
 * own phone or a cheap local one, the card from abroad (or a Nigerian card they kept), delivered in Lagos or
 * Abuja the same day or collected at the showroom; party outfits.
 */
export function decemberReturnee(rng: Rng, w: World): Purchase {
  const at = when(rng, w.window, { tz: LAGOS_TZ, hours: SHOPPER, from: RETURNEES });
  const a = rng.chance(0.75)
    ? rng.pick(w.customers.diaspora.filter((x) => x.address.country !== 'GH'))
    : undefined;
  const abroad =
    a?.address.country ??
    rng.weightedPick<string>([
      ['GB', 45],
      ['US', 38],
      ['CA', 17],
    ]);
  const net = rng.weightedPick([
    [mobileNetwork(rng, 'NG'), 55],
    [HOTEL_NG, 25],
    [FIBRE_NG, 20],
  ] as const);
  const device =
    a && rng.chance(0.7) ? rng.pick(a.devices) : newDevice(rng, rng.chance(0.6) ? 'nigeria' : 'diaspora');
  const city = rng.chance(0.85) ? LAGOS : ABUJA;
  const to = a?.family.find((f) => f.city === city)?.address ?? addressIn(rng, city);
  const nairaCard = rng.chance(0.22);
  const cards = nairaCard ? [newCard(rng, 'NG')] : (a?.cards ?? [newCard(rng, abroad)]);
  const fulfilment = rng.weightedPick<Fulfilment>([
    ['same_day', 45],
    ['express', 35],
    ['pickup', 20],
  ]);
  const shipping = fulfilment === 'pickup' ? undefined : to;
  let buyer: Buyer;
  if (a) buyer = accountBuyer(a);
  else {
    const { first, last } = personName(rng, 'diaspora');
    buyer = { email: emailFor(rng, first, last, abroad), name: `${first} ${last}` };
  }
  const billing = nairaCard ? to : (a?.address ?? addressIn(rng, diasporaCity(rng, abroad)));
  return purchaseFrom(
    {
      kind: 'december_returnee',
      fraud: false,
      at,
      buyer,
      billing,
      ...(shipping ? { shipping } : {}),
      fulfilment,
      lines: owambeBasket(rng, at, w.naira),
      code: rng.chance(0.25) ? CODES.december : undefined,
      ip: ipIn(rng, net),
      device,
      locale: localeOf(abroad),
      channel: rng.chance(0.25) ? 'instagram' : 'web',
      method: 'card',
    },
    honestPlan(
      rng,
      'card',
      { cards, country: nairaCard ? 'NG' : abroad, saved: a !== undefined && !nairaCard },
      {
        fulfilment,
        to: shipping,
      },
    ),
  );
}
