import { type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { moment, within } from './calendar.js';
import { type Decline, ISSUERS, type IssuerKey, newCard } from './cards.js';
import {
  BUNDLE,
  CONSOLES,
  CONTROLLERS,
  CURRENCY_PACKS,
  type Fulfilment,
  GIFT_CARDS,
  HEADSETS,
  type Line,
  lineIn,
  OC6,
  some,
  WALLET,
  ACCESSORIES,
} from './catalogue.js';
import { type Draft } from './draft.js';
import {
  crewDevice,
  crewExit,
  fraudPurchase,
  freshAccount,
  residentialProxy,
  stolenAttempts,
  stolenCard,
  throwaway,
} from './fraud-kit.js';
import { address, network, vpnExit } from './networks.js';
import { deviceOf, nameIn, type UaKey } from './people.js';
import {
  addressAt,
  CA_HOLDERS,
  type Currency,
  currencyOf,
  EU_PLACES,
  GB_PLACES,
  IE_PLACES,
  NI_PLACES,
  type Place,
  placeIn,
  type Region,
  SHOPS,
  type ShopId,
  US_HOLDERS,
} from './places.js';
import { type Attempt, cardAttempt, localeFor, MINUTE, type Purchase } from './purchase.js';
import { type World } from './shopper.js';

/** Fraud paid with stolen cards: testing, digital codes for resale, reshipping mules, collection runners, triangulation. */

/** A card holder's home: where the stolen card's billing address is. */
function holderPlace(rng: Rng, country: string): Place {
  if (country === 'US') return rng.pick(US_HOLDERS);
  if (country === 'CA') return rng.pick(CA_HOLDERS);
  if (country === 'GB') return rng.weightedPick(rng.chance(0.2) ? NI_PLACES : GB_PLACES);
  if (country === 'IE') return rng.weightedPick(IE_PLACES);
  return rng.weightedPick(
    EU_PLACES.filter(([p]) => p.country === country).length > 0
      ? EU_PLACES.filter(([p]) => p.country === country)
      : EU_PLACES,
  );
}

const holderName = (rng: Rng, place: Place, region?: Region) =>
  nameIn(rng, place.country === 'GB' && region === 'NI' ? 'NI' : place.country);

/**
 * Card testing: a bot runs lists of stolen numbers through the cheapest code on sale (1,000 V-Bucks, a 10 Roblox
 * or PlayStation card) as guests at night, every 10–100 seconds, one or two numbers per checkout from one or two
 * BINs, from a cloud exit or a rotating residential pool; almost all declined, the few that pass are noted.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  let left = n;
  for (let run = 0; left > 0; run++) {
    const r = rng.fork(`run${run}`);
    const size = Math.min(left, r.int(6, 14));
    left -= size;
    const issuer = r.weightedPick<IssuerKey>([
      ['usCredit', 25],
      ['usDebit', 15],
      ['usPrepaid', 15],
      ['usCreditMc', 10],
      ['gbDebit', 15],
      ['caCredit', 10],
      ['ieDebitB', 10],
    ]);
    const bins = some(r, ISSUERS[issuer].bins, r.int(1, 2));
    const cloud = r.chance(0.5) ? vpnExit(r) : undefined;
    const poolCountry = r.pick(['IE', 'GB', 'US']);
    const ua = r.pick<UaKey>(['windows', 'headless', 'linuxOld', 'android']);
    const fingerprint = r.chance(0.35) ? `fp_${r.token(20)}` : undefined;
    const currency: Currency = r.chance(0.8) ? 'EUR' : 'GBP';
    const product = r.pick([CURRENCY_PACKS[0], CURRENCY_PACKS[3], WALLET[0]]);
    let t = moment(r, w.window, 0, 'night');
    for (let i = 0; i < size; i++) {
      t = within(w.window, t + r.int(10_000, 100_000));
      const country = ISSUERS[issuer].country;
      const place = holderPlace(r, country);
      const name = holderName(r, place);
      const card = () => newCard(r, issuer, r.pick(bins));
      const d: Draft = {
        kind: 'card_testing',
        fraud: true,
        at: t,
        buyer: { email: throwaway(r, r.chance(0.4) ? name : undefined), name },
        billing: addressAt(r, r.chance(0.6) ? place : r.weightedPick(IE_PLACES)),
        fulfilment: 'email',
        ip: cloud ? address(r, cloud) : residentialProxy(r, poolCountry),
        device: fingerprint
          ? { userAgent: deviceOf(r, ua, 0).userAgent, id: fingerprint }
          : deviceOf(r, ua, 0),
        region: currency === 'GBP' ? 'GB' : 'IE',
        currency,
        lines: [lineIn(currency, product)],
        locale: r.chance(0.7) ? 'en-US' : 'en-GB',
      };
      out.push(
        fraudPurchase(
          r,
          d,
          (amount) => {
            const tries: Attempt[] = [];
            const count = r.chance(0.3) ? 2 : 1;
            for (let k = 0; k < count; k++) {
              const c = card();
              const afterMs = k === 0 ? r.int(2_000, 9_000) : r.int(3_000, 15_000);
              if (r.chance(0.14)) {
                tries.push(
                  cardAttempt(r, c, amount, {
                    ok: true,
                    match: 'wrong',
                    afterMs,
                    threeDS: country === 'US' || country === 'CA' ? 'not_enrolled' : 'exempt',
                  }),
                );
                break;
              }
              const decline = r.weightedPick<Decline>([
                ['do_not_honor', 25],
                ['generic_decline', 15],
                ['incorrect_cvc', 15],
                ['invalid_number', 10],
                ['stolen_card', 8],
                ['lost_card', 5],
                ['insufficient_funds', 12],
                ['expired_card', 10],
              ]);
              tries.push(cardAttempt(r, c, amount, { ok: false, decline, match: 'wrong', afterMs }));
            }
            return tries;
          },
          { warn: 0.4, dispute: 0.15 },
        ),
      );
    }
  }
  return out;
}

function codeLines(rng: Rng, c: Currency): Line[] {
  const r = rng.next();
  if (r < 0.4)
    return some(
      rng,
      WALLET.filter((x) => x.eur >= 5_000),
      rng.int(1, 3),
    ).map((p) => lineIn(c, p, rng.int(1, 3)));
  if (r < 0.6) return [lineIn(c, OC6.digitalDeluxe, rng.int(1, 3))];
  if (r < 0.8) return [lineIn(c, CURRENCY_PACKS[2], rng.int(1, 3))];
  return [lineIn(c, GIFT_CARDS[2], rng.int(1, 3))];
}

/**
 * Stolen cards bought with their holder's details (often phished by text message in Ireland and the UK) turned
 * into codes for resale: a session of one to three checkouts from one machine, each with another victim's name
 * and address and a throw-away e-mail, as a guest or on an account opened minutes before; the phished bank
 * code passes 3-D Secure now and then; codes go to the fraudster's inbox at once.
 */
export function stolenCardDigital(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  let left = n;
  for (let s = 0; left > 0; s++) {
    const r = rng.fork(`session${s}`);
    const size = Math.min(
      left,
      r.weightedPick([
        [1, 50],
        [2, 35],
        [3, 15],
      ] as const),
    );
    left -= size;
    const country = r.weightedPick([
      ['IE', 40],
      ['GB', 30],
      ['US', 20],
      ['DE', 4],
      ['FR', 3],
      ['NL', 3],
    ] as const);
    const device = crewDevice(r);
    const ip =
      r.chance(0.5) && country !== 'DE' && country !== 'FR' && country !== 'NL'
        ? residentialProxy(r, country)
        : crewExit(r);
    const currency: Currency = country === 'GB' && r.chance(0.7) ? 'GBP' : 'EUR';
    let t = moment(r, w.window, 0, r.chance(0.5) ? 'night' : 'household');
    for (let i = 0; i < size; i++) {
      t = within(w.window, t + r.int(2 * MINUTE, 25 * MINUTE));
      const place = holderPlace(r, country);
      const name = holderName(r, place);
      const email = throwaway(r, r.chance(0.3) ? name : undefined);
      const buyer: Buyer = r.chance(0.5) ? freshAccount(r, t, email, name) : { email, name };
      const d: Draft = {
        kind: 'stolen_card_digital',
        fraud: true,
        at: t,
        buyer,
        billing: addressAt(r, place),
        fulfilment: 'email',
        ip,
        device,
        region: currency === 'GBP' ? 'GB' : 'IE',
        currency,
        lines: codeLines(r, currency),
        locale: r.chance(0.6) ? 'en-GB' : 'en-US',
        ...(r.chance(0.3) ? { giftRecipient: throwaway(r) } : {}),
      };
      out.push(
        fraudPurchase(
          r,
          d,
          (amount) =>
            stolenAttempts(r, stolenCard(r, country), amount, {
              otp: 0.45,
              fullDetails: true,
              next: () => stolenCard(r, country),
            }),
          { warn: 0.35, dispute: 0.65, caught: 0.1 },
        ),
      );
    }
  }
  return out;
}

/** Reshipping mules recruited by "work from home" adverts: a flat in Dublin, Cork, Limerick, Belfast or London. */
function mules(rng: Rng): Array<{ address: Address; region: Region }> {
  const out: Array<{ address: Address; region: Region }> = [];
  const count = rng.int(5, 9);
  for (let i = 0; i < count; i++) {
    const region = rng.weightedPick<Region>([
      ['IE', 65],
      ['NI', 15],
      ['GB', 20],
    ]);
    const place =
      region === 'IE'
        ? (rng.weightedPick(
            IE_PLACES.filter(([p]) => ['Dublin', 'Cork', 'Limerick'].includes(p.city)),
          ) as Place)
        : placeIn(rng, region);
    out.push({ address: addressAt(rng, place), region });
  }
  return out;
}

/**
 * Reshipping: stolen US, British and Canadian cards with their holders' full details buy consoles, controllers
 * and headsets shipped next-day to a mule's flat, from a residential address near the mule or a cloud exit;
 * the same few flats take parcel after parcel under different names.
 */
export function reshipperMule(rng: Rng, w: World, n: number): Purchase[] {
  const drops = mules(rng.fork('mules'));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`m${i}`);
    const drop = r.pick(drops);
    const country = r.weightedPick([
      ['US', 55],
      ['GB', 25],
      ['CA', 10],
      ['IE', 10],
    ] as const);
    const place = holderPlace(r, country);
    const name = holderName(r, place);
    const at = moment(r, w.window, -5, 'household');
    const c = currencyOf(drop.region);
    const k = r.next();
    const lines =
      k < 0.45
        ? [lineIn(c, r.pick(CONSOLES.filter((x) => x.eur >= 45_000))), lineIn(c, r.pick(CONTROLLERS))]
        : k < 0.75
          ? [lineIn(c, r.pick(HEADSETS), r.int(1, 2)), lineIn(c, CONTROLLERS[1])]
          : k < 0.9
            ? [lineIn(c, OC6.collectors)]
            : [lineIn(c, ACCESSORIES[5], r.int(1, 2))];
    const email = throwaway(r, r.chance(0.5) ? name : undefined);
    const d: Draft = {
      kind: 'reshipper_mule',
      fraud: true,
      at,
      buyer: r.chance(0.4) ? freshAccount(r, at, email, name) : { email, name },
      billing: addressAt(r, place),
      shipping: drop.address,
      fulfilment: r.chance(0.7) ? 'express' : 'delivery',
      ip: r.chance(0.5)
        ? residentialProxy(r, drop.address.country)
        : r.chance(0.5)
          ? address(r, network('us-hosting'))
          : crewExit(r),
      device: crewDevice(r),
      region: drop.region,
      currency: c,
      lines,
      locale: 'en-US',
    };
    return fraudPurchase(
      r,
      d,
      (amount) =>
        stolenAttempts(r, stolenCard(r, country), amount, {
          otp: 0.2,
          fullDetails: r.chance(0.75),
          next: () => stolenCard(r, country),
        }),
      { warn: 0.3, dispute: 0.7, caught: 0.08 },
    );
  });
}

/**
 * Collection runners: an Irish card phished by text message, an account opened minutes before (or a guest),
 * a console or controller ordered for collection within the hour at the shop, paid with the phished bank code,
 * picked up by someone sent in; the holder lives in another county.
 */
export function clickCollectStolen(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`c${i}`);
    const shop = r.weightedPick<ShopId>([
      ['dublin', 60],
      ['cork', 25],
      ['galway', 15],
    ]);
    const place = r.weightedPick(IE_PLACES.filter(([p]) => p.city !== SHOPS[shop].city));
    const name = holderName(r, place);
    const at = moment(r, w.window, 0, 'shop');
    const k = r.next();
    const lines =
      k < 0.5
        ? [lineIn('EUR', r.pick(CONSOLES))]
        : k < 0.7
          ? [lineIn('EUR', CONTROLLERS[1]), lineIn('EUR', ACCESSORIES[5])]
          : k < 0.9
            ? [lineIn('EUR', CONSOLES[6]), lineIn('EUR', CONTROLLERS[4])]
            : [lineIn('EUR', r.pick(CONSOLES)), lineIn('EUR', GIFT_CARDS[2], 2)];
    const email = throwaway(r, r.chance(0.6) ? name : undefined);
    const where = r.next();
    const device = deviceOf(r, r.pick<UaKey>(['iphone', 'android', 'samsung', 'windows']), 0.8);
    const d: Draft = {
      kind: 'click_collect_stolen',
      fraud: true,
      at,
      buyer: r.chance(0.6) ? freshAccount(r, at, email, name) : { email, name },
      billing: addressAt(r, place),
      fulfilment: 'click_collect',
      shop,
      ip:
        where < 0.6
          ? address(r, network(r.chance(0.5) ? 'ie-mobile-a' : 'ie-mobile-b'))
          : where < 0.8
            ? crewExit(r)
            : residentialProxy(r, 'IE'),
      device,
      region: 'IE',
      currency: 'EUR',
      lines,
      locale: 'en-IE',
    };
    return fraudPurchase(
      r,
      d,
      (amount) =>
        stolenAttempts(r, stolenCard(r, 'IE'), amount, {
          otp: 0.55,
          fullDetails: true,
          next: () => stolenCard(r, 'IE'),
        }),
      { warn: 0.3, dispute: 0.65 },
    );
  });
}

/**
 * Triangulation: a "brand new, sealed" console advertised cheap on a classifieds site; the real buyer pays the
 * fraudster, who orders it here with a stolen card in the card holder's billing details and the buyer's own
 * name and address for delivery, from a throw-away e-mail; the buyer gets the console, the holder the bill.
 */
export function triangulation(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`t${i}`);
    const buyerRegion = r.weightedPick<Region>([
      ['IE', 75],
      ['NI', 15],
      ['GB', 10],
    ]);
    const buyerPlace = placeIn(r, buyerRegion);
    const marketplaceBuyer = nameIn(r, buyerRegion === 'NI' ? 'NI' : buyerRegion);
    const country = r.weightedPick([
      ['US', 45],
      ['GB', 35],
      ['IE', 20],
    ] as const);
    const holder = holderPlace(r, country);
    const c = currencyOf(buyerRegion);
    const at = moment(r, w.window, 0, 'household');
    const k = r.next();
    const lines: Line[] =
      k < 0.55
        ? [lineIn(c, r.pick(CONSOLES))]
        : k < 0.7
          ? [lineIn(c, BUNDLE)]
          : k < 0.85
            ? [lineIn(c, OC6.collectors)]
            : [lineIn(c, CONTROLLERS[1])];
    const email = throwaway(r, r.chance(0.5) ? marketplaceBuyer : undefined);
    const where = r.next();
    const f: Fulfilment = r.chance(0.5) ? 'express' : 'delivery';
    const d: Draft = {
      kind: 'triangulation',
      fraud: true,
      at,
      buyer: r.chance(0.3) ? freshAccount(r, at, email, marketplaceBuyer) : { email, name: marketplaceBuyer },
      billing: addressAt(r, holder),
      shipping: addressAt(r, buyerPlace),
      fulfilment: f,
      ip:
        where < 0.45
          ? address(r, vpnExit(r))
          : where < 0.75
            ? crewExit(r)
            : residentialProxy(r, buyerPlace.country),
      device: crewDevice(r),
      region: buyerRegion,
      currency: c,
      lines,
      locale: localeFor(r, 'IE'),
    };
    return fraudPurchase(
      r,
      d,
      (amount) =>
        stolenAttempts(r, stolenCard(r, country), amount, {
          otp: 0.3,
          fullDetails: true,
          next: () => stolenCard(r, country),
        }),
      { warn: 0.25, dispute: 0.75 },
    );
  });
}
