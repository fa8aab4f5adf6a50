import { type Address, DAY, type Device, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { binsOf, cardOnBin, type HeldCard, newCard } from './cards.js';
import { NIGHT, placedAt, saleAt, SHOPPERS, SYDNEY, within } from './calendar.js';
import {
  cheapest,
  type Currency,
  type Fulfilment,
  giftCardLine,
  type Line,
  lineOfStyle,
  pickStyle,
  priced,
  shopperLines,
  sizeOf,
} from './catalogue.js';
import {
  carefulBrowser,
  chargebacks,
  dropEmail,
  fullz,
  randomName,
  residentialProxy,
  sloppyExit,
  staleBrowser,
  stolenAttempts,
} from './crews.js';
import { ipIn } from './networks.js';
import { computer, phone, type World } from './people.js';
import {
  bigCity,
  elsewhereInAustralia,
  parcelLocker,
  type Place,
  placeInCountry,
  placeInMarket,
  streetAddress,
  usReshipper,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  fulfilmentSteps,
  type LaterEvent,
  other,
  type Purchase,
  retryGap,
  type Source,
} from './purchase.js';
import { freshAccount, purchaseOf } from './shop.js';

/**
 * Fraud on stolen cards (and the buyers from sanctioned jurisdictions): card testing on the cheapest items,
 * stolen cards buying resale favourites for parcel lockers and drops, e-gift cards cashed out, triangulation
 * for a fake Marketplace shop, and orders from Russia, Belarus, Iran, Cuba and Syria.
 */

interface FraudOrder {
  kind: string;
  at: number;
  buyer: { id?: string; email: string; name: string; createdAt?: number };
  billing: Address;
  shipping?: Address | undefined;
  fulfilment: Fulfilment;
  lines: Line[];
  currency?: Currency;
  ip: string;
  device: Device;
  source: Source;
  attempts: (amount: number) => Attempt[];
  later: (paid: boolean, f: Fulfilment, country: string) => LaterEvent[];
  giftCardTo?: string[];
  locale?: string;
}

/** Prices the basket (the sale applies to fraud as to anyone), pays, and plans what follows. */
export function fraudPurchase(w: World, o: FraudOrder): Purchase {
  const currency = o.currency ?? 'AUD';
  const sale = saleAt(o.at, w.window, o.buyer.id !== undefined);
  const basket = priced(o.lines, currency, o.fulfilment, sale);
  const attempts = o.attempts(basket.amount);
  const paid = attempts.some((a) => a.ok);
  return purchaseOf({
    kind: o.kind,
    fraud: true,
    at: o.at,
    buyer: o.buyer,
    billing: o.billing,
    shipping: o.shipping,
    fulfilment: o.fulfilment,
    basket,
    attempts,
    later: paid ? o.later(paid, o.fulfilment, o.shipping?.country ?? 'AU') : [],
    ip: o.ip,
    device: o.device,
    locale: o.locale ?? 'en-AU',
    source: o.source === 'click_frenzy' && sale?.name !== 'Click Frenzy' ? 'direct' : o.source,
    giftCardTo: o.giftCardTo,
  });
}

/**
 * Card testing: a script runs lists of cards through guest checkouts overnight in Sydney, a few seconds to
 * minutes apart, one to three cards per order, on a claw clip, a scrunchie or the A$25 e-gift card. The list
 * comes from one or two BINs; the billing and delivery address are the same made-up one all run. Sloppy runs
 * come from cloud servers or Vietnam and Nigeria on a stale browser; careful ones rent Australian home
 * connections and a current browser. Most cards decline.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(4, 14));
    const sloppy = rng.chance(0.6);
    const country = rng.chance(0.7) ? 'AU' : 'US';
    const bins = rng.shuffle(binsOf(country).slice(0, 8)).slice(0, rng.int(1, 2));
    const device = sloppy ? staleBrowser(rng) : carefulBrowser(rng);
    const giftCard = rng.chance(0.4);
    const item = rng.pick(cheapest());
    const billing = streetAddress(
      rng,
      country === 'US' ? placeInMarket(rng, 'US') : placeInMarket(rng, 'AU'),
    );
    const shipping = country === 'US' ? streetAddress(rng, placeInMarket(rng, 'AU')) : billing;
    const name = randomName(rng);
    let t = placedAt(rng, w.window, SYDNEY, NIGHT, false);
    for (let i = 0; i < size; i++) {
      t = within(t + (i === 0 ? 0 : rng.int(15_000, 150_000)), w.window);
      const who = sloppy ? randomName(rng) : name;
      const cards: HeldCard[] = Array.from(
        {
          length: rng.weightedPick([
            [1, 50],
            [2, 30],
            [3, 20],
          ] as const),
        },
        () => cardOnBin(rng, country, rng.pick(bins)),
      );
      out.push(
        fraudPurchase(w, {
          kind: 'card_testing',
          at: t,
          buyer: { email: dropEmail(rng, who.first, who.last, !sloppy), name: who.name },
          billing,
          ...(giftCard ? {} : { shipping }),
          fulfilment: giftCard ? 'email' : 'standard',
          lines: giftCard ? [giftCardLine('AUD', 25)] : [lineOfStyle(rng, item, 'AUD')],
          ...(giftCard ? { giftCardTo: [dropEmail(rng, who.first, who.last, false)] } : {}),
          ip: sloppy ? sloppyExit(rng) : residentialProxy(rng),
          device,
          source: 'direct',
          attempts: (amount) =>
            stolenAttempts(
              rng,
              amount,
              { success: 0.13, cards, cvcKnown: !sloppy, addressKnown: false },
              () => rng.int(3_000, 25_000),
            ),
          later: (_paid, f, c) =>
            chargebacks(rng, { warning: 0.35, dispute: 0.15 }, fulfilmentSteps(rng, f, c, false).steps),
        }),
      );
    }
  }
  return out;
}

interface Crew {
  careful: boolean;
  lockers: Address[];
  drops: Address[];
  devices: Device[];
  /** Where the crew sits (for its hours). */
  tz: number;
}

function crew(rng: Rng, careful: boolean): Crew {
  const lockers = Array.from({ length: rng.int(2, 4) }, () => {
    const place = bigCity(rng);
    return parcelLocker(rng, place, `1${rng.digits(5)}`);
  });
  const drops = Array.from({ length: rng.int(1, 3) }, () => streetAddress(rng, bigCity(rng)));
  const devices = Array.from({ length: careful ? rng.int(2, 3) : 1 }, () =>
    careful ? carefulBrowser(rng) : staleBrowser(rng),
  );
  return { careful, lockers, drops, devices, tz: careful ? SYDNEY : rng.pick([7, 1, 11]) };
}

/** A crew's parcel locker with a new APCN (a new MyPost account each time), or one of its drop addresses. */
function crewDelivery(rng: Rng, c: Crew, lockerShare: number): Address {
  if (rng.chance(lockerShare)) {
    const locker = rng.pick(c.lockers);
    const id = /Parcel (?:Locker|Collect) (\d+)/.exec(locker.line1 ?? '')?.[1] ?? '100000';
    return {
      ...locker,
      line1: `${locker.line1?.startsWith('Parcel Collect') ? 'Parcel Collect' : 'Parcel Locker'} ${id} APCN 10${rng.digits(8)}`,
    };
  }
  return rng.pick(c.drops);
}

/** Resale favourites: the bag, the boots, the linen dress; a sloppy crew takes two sizes of the same thing. */
function resaleLines(rng: Rng, careful: boolean): Line[] {
  const lines: Line[] = [];
  const count = rng.weightedPick([
    [1, 45],
    [2, 35],
    [3, 20],
  ] as const);
  while (lines.length < count) {
    const style = pickStyle(rng, { resale: true });
    if (lines.some((l) => l.sku.startsWith(style.code))) {
      if (careful) continue;
      lines.push(lineOfStyle(rng, style, 'AUD', 1, sizeOf(rng, style)));
      continue;
    }
    lines.push(lineOfStyle(rng, style, 'AUD', !careful && rng.chance(0.25) ? 2 : 1));
  }
  return lines;
}

/**
 * Stolen cards with the holder's details ("fullz") buying what resells: express to parcel lockers (a new
 * MyPost account each time) and drop houses, as guests or brand-new accounts. Careful crews use the holder's
 * name, an Australian home connection and daytime hours; sloppy ones a mule's name, servers abroad or their
 * own country's broadband at their own hours, and go through card after card. Some ask customer service to
 * redirect a parcel after checkout; the shop's review catches a few; the rest come back as warnings and
 * chargebacks.
 */
export function stolenCardResale(rng: Rng, w: World, n: number): Purchase[] {
  const crews = Array.from({ length: Math.max(1, Math.round(n / 7)) }, () => crew(rng, rng.chance(0.5)));
  return Array.from({ length: n }, (_, i) => {
    const c = crews[i % crews.length] ?? crew(rng, true);
    const holder = fullz(rng);
    const name = c.careful || rng.chance(0.4) ? holder.person : randomName(rng);
    const at = placedAt(rng, w.window, c.tz, SHOPPERS, c.careful);
    const account = c.careful && rng.chance(0.3) ? freshAccount(rng, at) : undefined;
    const cards = [
      holder.card,
      ...Array.from({ length: c.careful ? rng.int(0, 1) : rng.int(1, 3) }, () => fullz(rng).card),
    ];
    const redirect = rng.chance(0.1);
    const delivery = crewDelivery(rng, c, 0.55);
    return fraudPurchase(w, {
      kind: 'stolen_card_resale',
      at,
      buyer: { ...(account ?? {}), email: dropEmail(rng, name.first, name.last, c.careful), name: name.name },
      billing: holder.home,
      shipping: redirect ? holder.home : delivery,
      fulfilment: rng.chance(0.6) ? 'express' : 'standard',
      lines: resaleLines(rng, c.careful),
      ip: c.careful ? residentialProxy(rng) : rng.chance(0.5) ? sloppyExit(rng) : residentialProxy(rng),
      device: rng.pick(c.devices),
      source: rng.weightedPick<Source>([
        ['direct', 60],
        ['google', 25],
        ['click_frenzy', 15],
      ]),
      attempts: (amount) =>
        stolenAttempts(rng, amount, {
          success: c.careful ? 0.6 : 0.4,
          cards,
          cvcKnown: true,
          addressKnown: true,
        }),
      later: (_paid, f, country) => {
        const steps = fulfilmentSteps(rng, f, country, false).steps;
        if (redirect)
          steps.push({
            type: 'order.updated',
            afterMs: rng.int(1, 3) * HOUR,
            shipping: delivery,
            reason: 'address_changed',
          });
        return chargebacks(rng, { warning: 0.35, dispute: 0.6, caught: 0.08 }, steps);
      },
    });
  });
}

/**
 * E-gift cards bought with stolen cards and e-mailed to the crew, sold on at a discount the same day: guests,
 * A$200–A$500 a card, two or three checkouts a session on one browser, any hour; cards from Australia, the
 * US and the UK, 3-D Secure challenges failed above A$250, then the next card.
 */
export function giftCardCashout(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(1, 4));
    const careful = rng.chance(0.4);
    const device = careful ? carefulBrowser(rng) : staleBrowser(rng);
    const sessionIp = careful ? residentialProxy(rng) : sloppyExit(rng);
    let t = rng.chance(0.5) ? placedAt(rng, w.window, SYDNEY, NIGHT, false) : placedAt(rng, w.window, SYDNEY);
    for (let i = 0; i < size; i++) {
      t = within(t + (i === 0 ? 0 : rng.int(2, 25) * 60_000), w.window);
      const holder = fullz(
        rng,
        rng.weightedPick([
          ['AU', 70],
          ['US', 20],
          ['GB', 10],
        ] as const),
      );
      const name = careful ? holder.person : randomName(rng);
      const values = Array.from(
        {
          length: rng.weightedPick([
            [1, 60],
            [2, 40],
          ] as const),
        },
        () =>
          rng.weightedPick([
            [200, 25],
            [250, 25],
            [300, 15],
            [500, 35],
          ] as const),
      );
      const cards = [holder.card, ...(rng.chance(0.5) ? [fullz(rng).card] : [])];
      out.push(
        fraudPurchase(w, {
          kind: 'gift_card_cashout',
          at: t,
          buyer: { email: dropEmail(rng, name.first, name.last, careful), name: name.name },
          billing: holder.home,
          fulfilment: 'email',
          lines: values.map((v) => giftCardLine('AUD', v)),
          giftCardTo: values.map(() => dropEmail(rng, name.first, name.last, false)),
          ip: careful ? residentialProxy(rng) : sessionIp,
          device,
          source: 'direct',
          attempts: (amount) =>
            stolenAttempts(rng, amount, { success: 0.45, cards, cvcKnown: true, addressKnown: true }),
          later: (_paid, f, c) =>
            chargebacks(rng, { warning: 0.4, dispute: 0.55 }, fulfilmentSteps(rng, f, c, false).steps),
        }),
      );
    }
  }
  return out;
}

/**
 * Triangulation: a "warehouse clearance" page on Marketplace sells the label's styles cheap; each real buyer's
 * order is placed here with a stolen card, in the buyer's own name and to the buyer's own home (so it arrives,
 * and nobody complains until the cardholder does). The billing is the cardholder's, in another state; the
 * e-mail the buyer's own or one of the crew's few. A careful crew: Australian home connections, a current
 * browser or two, ordinary baskets, ordinary hours, heavier on sale days.
 */
export function triangulation(rng: Rng, w: World, n: number): Purchase[] {
  const crews = Array.from({ length: Math.max(1, Math.round(n / 8)) }, () => ({
    devices: Array.from({ length: rng.int(1, 2) }, () => carefulBrowser(rng)),
    emails: Array.from({ length: 3 }, () => {
      const p = randomName(rng);
      return dropEmail(rng, p.first, p.last, true);
    }),
  }));
  return Array.from({ length: n }, (_, i) => {
    const c = crews[i % crews.length] ?? crews[0];
    const holder = fullz(rng);
    const place = elsewhereInAustralia(rng, holder.place);
    const buyerPerson = randomName(rng);
    const buyerEmail = rng.chance(0.5)
      ? `${buyerPerson.first.toLowerCase()}.${buyerPerson.last.toLowerCase().replace(/[^a-z]/g, '')}${rng.int(1, 99)}@gmail.com`
      : rng.pick(c?.emails ?? ['orders@gmail.com']);
    const cards = [holder.card, fullz(rng).card];
    return fraudPurchase(w, {
      kind: 'triangulation',
      at: placedAt(rng, w.window, SYDNEY),
      buyer: { email: buyerEmail, name: buyerPerson.name },
      billing: holder.home,
      shipping: streetAddress(rng, place),
      fulfilment: 'standard',
      lines: shopperLines(rng, 'AUD', 'small'),
      ip: residentialProxy(rng),
      device: rng.pick(c?.devices ?? [carefulBrowser(rng)]),
      source: 'direct',
      attempts: (amount) =>
        stolenAttempts(rng, amount, { success: 0.7, cards, cvcKnown: true, addressKnown: true }),
      later: (_paid, f, country) =>
        chargebacks(rng, { warning: 0.3, dispute: 0.7 }, fulfilmentSteps(rng, f, country, false).steps),
    });
  });
}

const SANCTIONED_NAMES: Readonly<Record<string, readonly string[]>> = {
  RU: ['Anastasia Ivanova', 'Ekaterina Smirnova', 'Olga Kuznetsova', 'Daria Popova', 'Polina Sokolova'],
  BY: ['Alina Kavalenka', 'Volha Novik', 'Darya Bondar'],
  IR: ['Maryam Hosseini', 'Sara Ahmadi', 'Niloufar Rezaei', 'Shirin Karimi'],
  CU: ['Yanelis Rodríguez', 'Daylin Pérez', 'Yusimi González'],
  SY: ['Lina Haddad', 'Rama Khalil', 'Nour Al-Masri'],
};

const SANCTIONED_NETWORK: Readonly<Record<string, string>> = {
  RU: 'ru-broadband',
  BY: 'by-broadband',
  IR: 'ir-mobile',
  CU: 'cu-mobile',
  SY: 'sy-broadband',
};

/**
 * Buyers in comprehensively sanctioned jurisdictions, connecting from home: Russians and Belarusians whose
 * own cards no longer work abroad (declined, then a card opened in Kazakhstan or Armenia, or PayPal refused),
 * shipping to a US reshipper or a relative in Sydney or Melbourne; Iranians and Syrians on cards from Turkey
 * or the Emirates sending to family in Australia; Cubans paying with a relative's US card for delivery in
 * Miami. The shop's screening stops about a third before dispatch.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const country = rng.weightedPick([
      ['RU', 40],
      ['BY', 15],
      ['IR', 20],
      ['CU', 10],
      ['SY', 15],
    ] as const);
    const home = placeInCountry(rng, country);
    const [first = 'Anna', last = 'Ivanova'] = rng
      .pick(SANCTIONED_NAMES[country] ?? ['Anna Ivanova'])
      .split(' ');
    const email =
      country === 'RU' || country === 'BY'
        ? `${first.toLowerCase()}.${last.toLowerCase()}${rng.int(1, 99)}@${rng.pick(['mail.ru', 'yandex.ru', 'gmail.com'])}`
        : `${first.toLowerCase()}${last.toLowerCase().replace(/[^a-z]/g, '')}${rng.int(1, 999)}@${rng.pick(['gmail.com', 'yahoo.com'])}`;
    let shipping: Address;
    let currency: Currency = 'AUD';
    let billing = streetAddress(rng, home);
    let fulfilment: Fulfilment = 'standard';
    let cards: HeldCard[];
    if (country === 'CU') {
      const miami: Place = { country: 'US', city: 'Miami', postalCode: '33135', tz: -5, region: 'East' };
      shipping = streetAddress(rng, miami);
      if (rng.chance(0.5)) billing = shipping;
      currency = 'USD';
      fulfilment = 'international';
      cards = [newCard(rng, 'US')];
    } else if ((country === 'RU' || country === 'BY') && rng.chance(0.55)) {
      shipping = usReshipper(rng).address;
      currency = 'USD';
      fulfilment = 'international';
      cards = [newCard(rng, country), newCard(rng, rng.pick(['KZ', 'AM']))];
    } else {
      shipping = streetAddress(rng, rng.chance(0.6) ? bigCity(rng) : placeInMarket(rng, 'AU'));
      if (country === 'IR' && rng.chance(0.4)) billing = shipping;
      cards =
        country === 'RU' || country === 'BY'
          ? [newCard(rng, country), newCard(rng, rng.pick(['KZ', 'AM', 'AE']))]
          : [newCard(rng, rng.pick(['TR', 'AE']))];
    }
    const lines =
      currency === 'USD'
        ? shopperLines(rng, 'USD', 'usual')
        : rng.chance(0.5)
          ? shopperLines(rng, 'AUD')
          : [lineOfStyle(rng, pickStyle(rng, { categories: ['bags', 'jewellery', 'dresses'] }), 'AUD')];
    const paypalFirst = rng.chance(0.2);
    return fraudPurchase(w, {
      kind: 'sanctioned_country',
      at: placedAt(rng, w.window, home.tz),
      buyer: { email, name: `${first} ${last}` },
      billing,
      shipping,
      fulfilment,
      lines,
      currency,
      ip: ipIn(rng, SANCTIONED_NETWORK[country] ?? 'ru-broadband', 0),
      device: rng.chance(0.6) ? phone(rng) : computer(rng),
      source: rng.weightedPick<Source>([
        ['instagram', 50],
        ['google', 30],
        ['direct', 20],
      ]),
      locale:
        country === 'RU' || country === 'BY'
          ? 'ru-RU'
          : country === 'IR'
            ? 'fa-IR'
            : country === 'CU'
              ? 'es-CU'
              : 'ar-SY',
      attempts: (amount) => {
        const out: Attempt[] = [];
        let after = rng.int(20_000, 120_000);
        if (paypalFirst) {
          out.push(other('paypal', false, after, 'provider_declined'));
          after = retryGap(rng);
        }
        for (const [i, card] of cards.entries()) {
          const home = card.country === 'RU' || card.country === 'BY';
          const ok = home ? card.country === 'BY' && rng.chance(0.3) : rng.chance(0.8);
          out.push(
            cardAttempt(rng, card, amount, {
              entry: 'typed',
              ok,
              afterMs: i === 0 ? after : retryGap(rng),
              ...(ok ? {} : { decline: home ? 'transaction_not_allowed' : 'do_not_honor' }),
            }),
          );
          if (ok) break;
        }
        return out;
      },
      later: (_paid, f, c) => {
        if (rng.chance(0.33))
          return [
            { type: 'order.cancelled', afterMs: rng.int(3, 30) * HOUR, reason: 'compliance_screening' },
            { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'compliance_screening' },
          ];
        const steps = fulfilmentSteps(rng, f, c, false).steps;
        if (rng.chance(0.05))
          steps.push({
            type: 'dispute.created',
            afterMs: rng.int(20, 50) * DAY,
            reason: 'product_not_received',
          });
        return steps;
      },
    });
  });
}
