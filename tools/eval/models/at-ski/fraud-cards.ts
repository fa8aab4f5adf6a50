import { type Address, type Card, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { EVERYDAY_HOURS, NIGHT_HOURS, placeAt } from './calendar.js';
import { binOf, type Decline, newCard } from './cards.js';
import {
  ACCESSORIES,
  AVALANCHE,
  basketOf,
  CLOTHING,
  type Fulfilment,
  giftCard,
  GOGGLES,
  line,
  SKIS,
  TOURING,
} from './catalogue.js';
import {
  fraudAfter,
  fraudDevice,
  fraudIp,
  hostingIp,
  ownIp,
  stolenAttempts,
  throwawayEmail,
} from './fraud-kit.js';
import { address, network } from './networks.js';
import {
  FORWARDERS,
  type Home,
  homeAddress,
  type Market,
  muleAddress,
  packstation,
  withNote,
} from './places.js';
import { deviceOf, personOf } from './people.js';
import { type Attempt, cardAttempt, other, type Purchase } from './purchase.js';
import { localeOf, purchaseOf } from './shop.js';

/** Fraud paid with other people's cards: stolen cards, card testing, reshipping and gift-card cash-out. */

/** What resells fast: premium skis, transceivers, airbags, shell jackets, goggles. */
const RESALE = [
  SKIS[8],
  SKIS[9],
  SKIS[0],
  SKIS[1],
  AVALANCHE[0],
  AVALANCHE[1],
  AVALANCHE[2],
  AVALANCHE[4],
  AVALANCHE[7],
  AVALANCHE[8],
  CLOTHING[0],
  CLOTHING[3],
  CLOTHING[1],
  GOGGLES[1],
  TOURING[0],
] as const;

function resaleLines(rng: Rng, at: number, count: number) {
  return rng
    .shuffle(RESALE)
    .slice(0, count)
    .map((i) =>
      line(rng, i, at, 'EUR', i.category === 'avalanche' || i.category === 'goggles' ? rng.int(1, 3) : 1),
    );
}

/** Where a card fraudster sends the goods: a mule's flat, a Packstation, a forwarder, a counter, or the victim's own address redirected later. */
function dropFor(
  rng: Rng,
  victim: Address,
  name: string,
): { shipping?: Address; fulfilment: Fulfilment; redirect?: Address } {
  const how = rng.weightedPick([
    ['mule', 42],
    ['packstation', victim.country === 'DE' ? 25 : 8],
    ['redirect', 15],
    ['collect', 10],
    ['forwarder', 8],
  ] as const);
  const fast = (): Fulfilment => (rng.chance(0.4) ? 'dhl_express' : rng.pick(['dhl', 'dpd'] as const));
  if (how === 'collect')
    return { fulfilment: rng.pick(['store_innsbruck', 'resort_ischgl', 'resort_soelden'] as const) };
  if (how === 'redirect') return { shipping: { ...victim }, fulfilment: 'dhl', redirect: packstation(rng) };
  if (how === 'packstation') return { shipping: packstation(rng), fulfilment: 'dhl' };
  if (how === 'forwarder') return { shipping: withNote(rng.pick(FORWARDERS), name), fulfilment: fast() };
  const country = victim.country === 'CH' || victim.country === 'SI' ? 'AT' : (victim.country as Market);
  return { shipping: muleAddress(rng, rng.chance(0.6) ? country : undefined), fulfilment: fast() };
}

const VICTIMS: ReadonlyArray<readonly [Market, number]> = [
  ['AT', 35],
  ['DE', 35],
  ['CH', 8],
  ['IT', 8],
  ['NL', 7],
  ['BE', 7],
];

/**
 * Phished or bought card details of people in the shop's markets, spent on what resells: a guest or an account
 * opened minutes before, the cardholder's real billing address, delivery to a drop; several cards tried, most
 * stopped by 3-D Secure; the ones that pass used a phished one-time code.
 */
export function stolenCard(rng: Rng, w: Window): Purchase {
  const at = placeAt(rng, w, { hours: rng.chance(0.5) ? NIGHT_HOURS : EVERYDAY_HOURS });
  const victimCountry = rng.weightedPick(VICTIMS);
  const victim = personOf(rng, victimCountry);
  const billing = homeAddress(rng, victimCountry);
  const registers = rng.chance(0.4);
  const email = throwawayEmail(rng, victim);
  const buyer = registers
    ? { id: `cus_${rng.token(14)}`, email, name: victim.name, createdAt: at - rng.int(1, 20) * MINUTE }
    : { email, name: victim.name };
  const drop = dropFor(rng, billing, victim.name);
  const lines = resaleLines(rng, at, rng.int(1, 3));
  const to = drop.shipping?.country ?? 'AT';
  const basket = basketOf(lines, victimCountry === 'CH' && to === 'CH' ? 'CHF' : 'EUR', {
    fulfilment: drop.fulfilment,
    to,
  });
  const cards = Array.from({ length: rng.int(1, 4) }, () => newCard(rng, victimCountry));
  const attempts = stolenAttempts(rng, cards, basket.amount, {
    passes: 0.38,
    cards: 4,
    match: rng.chance(0.8) ? 'good' : 'bad',
  });
  return purchaseOf({
    kind: 'stolen_card',
    fraud: true,
    at,
    buyer,
    billing,
    ...(drop.shipping ? { shipping: drop.shipping } : {}),
    fulfilment: drop.fulfilment,
    ip: fraudIp(rng, victimCountry, [45, 30, 25]),
    device: fraudDevice(rng),
    locale: localeOf(victimCountry),
    basket,
    attempts,
    later: fraudAfter(rng, {
      fulfilment: drop.fulfilment,
      caught: 0.14,
      warning: 0.4,
      dispute: 0.65,
      ...(drop.redirect ? { redirect: drop.redirect } : {}),
    }),
  });
}

const TEST_BINS: ReadonlyArray<readonly [string, number]> = [
  ['US', 45],
  ['GB', 20],
  ['CA', 10],
  ['FR', 10],
  ['DE', 8],
  ['AT', 7],
];

const TEST_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['do_not_honor', 25],
  ['invalid_number', 12],
  ['expired_card', 12],
  ['incorrect_cvc', 18],
  ['insufficient_funds', 10],
  ['stolen_card', 6],
  ['lost_card', 5],
  ['authentication_failed', 8],
  ['card_velocity_exceeded', 4],
];

const HEADLESS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36',
  'python-requests/2.32.3',
];

/**
 * A script checking a list of card numbers at night on the cheapest things a guest can buy (sun stick, wax,
 * the smallest e-gift card): one order per card on two or three BINs, a new proxy address for each, fake
 * names and billing, mostly declined; a run of `count` orders seconds to minutes apart.
 */
export function cardTestingRun(rng: Rng, w: Window, count: number): Purchase[] {
  let t = placeAt(rng, w, { hours: NIGHT_HOURS, sale: 0 });
  const country = rng.weightedPick(TEST_BINS);
  const bins = Array.from({ length: rng.int(1, 3) }, () => binOf(rng, country));
  const agent = rng.pick(HEADLESS);
  const deviceId = rng.chance(0.4) ? `dv_${rng.token(24)}` : undefined;
  const pool = rng.chance(0.5)
    ? ['us-hosting', 'nl-hosting', 'de-hosting']
    : ['in-fixed', 'id-fixed', 'vn-fixed', 'us-cable', 'gb-fixed'];
  const billingCountry: Home =
    country === 'US' || country === 'GB' || country === 'DE' || country === 'AT' ? country : 'US';
  const item = rng.pick([ACCESSORIES[1], ACCESSORIES[0], giftCard(25)]);
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) t += rng.int(12_000, 4 * MINUTE);
    const at = Math.min(Math.floor(t), w.end - 1);
    const person = personOf(rng, billingCountry);
    const fulfilment: Fulfilment = item.category === 'gift_card' ? 'email' : 'post';
    const billing = homeAddress(rng, billingCountry);
    const basket = basketOf([line(rng, item, at, 'EUR')], 'EUR', { fulfilment, to: 'AT' });
    const attempts: Attempt[] = [];
    const tries = rng.chance(0.25) ? 2 : 1;
    for (let k = 0; k < tries; k++) {
      const card: Card = newCard(rng, country, rng.pick(bins));
      const ok = rng.chance(0.16);
      attempts.push(
        cardAttempt(rng, card, basket.amount, {
          entry: 'typed',
          ok,
          afterMs: k === 0 ? rng.int(2_000, 9_000) : rng.int(3_000, 15_000),
          match: 'bad',
          ...(ok
            ? { threeDS: country === 'US' || country === 'CA' ? 'not_enrolled' : 'low_value_exemption' }
            : { decline: rng.weightedPick(TEST_DECLINES) }),
        }),
      );
      if (ok) break;
    }
    out.push(
      purchaseOf({
        kind: 'card_testing',
        fraud: true,
        at,
        buyer: { email: throwawayEmail(rng), name: person.name },
        billing,
        ...(fulfilment === 'post' ? { shipping: homeAddress(rng, 'AT') } : {}),
        fulfilment,
        ip: address(rng, network(rng.pick(pool)), false),
        device: deviceId ? { id: deviceId, userAgent: agent } : { userAgent: agent },
        locale: 'en-GB',
        basket,
        attempts,
        later: fraudAfter(rng, { fulfilment, caught: 0.45, warning: 0.3, dispute: 0.05 }),
      }),
    );
  }
  return out;
}

/**
 * Reshipping: cards stolen in the US, Britain and Canada (full details, so the address check passes), goods
 * sent to a European parcel forwarder or a recruited reshipping mule who sends them on; transceivers, airbags
 * and shell jackets by twos and threes, express.
 */
export function reshipper(rng: Rng, w: Window): Purchase {
  const at = placeAt(rng, w, { hours: EVERYDAY_HOURS, tz: -5, sale: 0.5 });
  const victimCountry = rng.weightedPick<'US' | 'GB' | 'CA'>([
    ['US', 50],
    ['GB', 30],
    ['CA', 20],
  ]);
  const victim = personOf(rng, victimCountry === 'CA' ? 'US' : victimCountry);
  const billing =
    victimCountry === 'CA'
      ? {
          country: 'CA',
          postalCode: rng.pick(['M5V 2T6', 'V6B 1A1', 'T2P 1J9']),
          city: rng.pick(['Toronto', 'Vancouver', 'Calgary']),
          line1: `${rng.int(10, 2400)} ${rng.pick(['King St W', 'Granville St', '8 Ave SW'])}`,
        }
      : homeAddress(rng, victimCountry);
  const forwarder = rng.chance(0.6);
  const shipping: Address = forwarder
    ? withNote(rng.pick(FORWARDERS), `Ref ${rng.token(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`)
    : muleAddress(rng, rng.pick(['DE', 'AT', 'NL'] as const));
  const fulfilment: Fulfilment = rng.chance(0.5) ? 'dhl_express' : 'dhl';
  const lines = resaleLines(rng, at, rng.int(1, 3));
  const basket = basketOf(lines, 'EUR', { fulfilment, to: shipping.country });
  const cards = Array.from({ length: rng.int(1, 3) }, () => newCard(rng, victimCountry));
  const attempts = stolenAttempts(rng, cards, basket.amount, {
    passes: victimCountry === 'GB' ? 0.4 : 0.62,
    cards: 3,
    match: rng.chance(0.75) ? 'good' : 'partial',
  });
  return purchaseOf({
    kind: 'reshipper',
    fraud: true,
    at,
    buyer: {
      email: throwawayEmail(rng, victim),
      name: victim.name,
      ...(rng.chance(0.3) ? { id: `cus_${rng.token(14)}`, createdAt: at - rng.int(2, 30) * MINUTE } : {}),
    },
    billing,
    shipping,
    fulfilment,
    ip: fraudIp(rng, victimCountry === 'CA' ? 'US' : victimCountry, [50, 25, 25]),
    device: fraudDevice(rng),
    locale: 'en-GB',
    basket,
    attempts,
    later: fraudAfter(rng, { fulfilment, caught: 0.12, warning: 0.45, dispute: 0.7 }),
  });
}

/**
 * Stolen cards turned into e-gift cards, which are e-mailed within minutes and sold on or spent by a
 * collector: two to four orders in a spree from one browser, each for one to four cards of €200–€500 sent
 * to a throw-away address.
 */
export function giftCardSpree(rng: Rng, w: Window, count: number): Purchase[] {
  let t = placeAt(rng, w, { hours: NIGHT_HOURS, sale: 0.3 });
  const device = fraudDevice(rng);
  const victimCountry = rng.weightedPick<Market>([
    ['AT', 30],
    ['DE', 40],
    ['NL', 10],
    ['BE', 10],
    ['IT', 10],
  ]);
  const ip = rng.chance(0.5)
    ? hostingIp(rng)
    : rng.chance(0.5)
      ? ownIp(rng)
      : fraudIp(rng, victimCountry, [1, 0, 0]);
  const recipient = throwawayEmail(rng);
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) t += rng.int(3, 45) * MINUTE;
    const at = Math.min(Math.floor(t), w.end - 1);
    const victim = personOf(rng, victimCountry);
    const lines = Array.from({ length: rng.int(1, 4) }, () =>
      line(rng, giftCard(rng.pick([200, 250, 300, 500])), at, 'EUR'),
    );
    const basket = basketOf(lines, 'EUR', { fulfilment: 'email', to: victimCountry });
    const cards = Array.from({ length: rng.int(1, 3) }, () => newCard(rng, victimCountry));
    const attempts = rng.chance(0.15)
      ? [other('paypal', true, rng.int(20_000, 90_000))]
      : stolenAttempts(rng, cards, basket.amount, { passes: 0.42, cards: 3 });
    out.push(
      purchaseOf({
        kind: 'gift_card_cashout',
        fraud: true,
        at,
        buyer: { email: throwawayEmail(rng, victim), name: victim.name },
        billing: homeAddress(rng, victimCountry),
        fulfilment: 'email',
        ip: rng.chance(0.7) ? ip : hostingIp(rng),
        device: rng.chance(0.8) ? device : deviceOf(rng),
        locale: localeOf(victimCountry),
        basket,
        attempts,
        later: fraudAfter(rng, { fulfilment: 'email', caught: 0.05, warning: 0.45, dispute: 0.6 }),
        extra: { recipientEmail: rng.chance(0.8) ? recipient : throwawayEmail(rng) },
      }),
    );
  }
  return out;
}
