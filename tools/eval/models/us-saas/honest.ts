import { accountBuyer, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  basketOf,
  billingOf,
  type Code,
  customerPays,
  DAY,
  honestAfter,
  HOUR,
  MINUTE,
  other,
  type ProductKey,
  provisioned,
  type Purchase,
  storeCharges,
} from './purchase.js';
import {
  type Account,
  address,
  CORPORATE_BINS,
  cardFrom,
  cardIn,
  deviceOf,
  emailOf,
  ipIn,
  network,
  networksOf,
  newAccount,
  OFFICE_HOURS,
  PAYOUT_BINS,
  PLACES,
  type Place,
  placeOf,
  saleMoment,
  VPN_EXITS,
} from './world.js';

/** Honest customers: who buys what, from where, and how they pay. */

export interface World {
  window: Window;
  customers: Account[];
}

export const HONEST = {
  new_monthly: 22,
  sale_annual_upgrade: 18,
  renewal: 14,
  trial_signup: 7,
  addon_topup: 10,
  team_seats: 7,
  invoiced_team: 2,
  education: 6,
  gift_subscription: 3,
  traveller_or_vpn: 5,
  global_freelancer: 6,
} as const;
export type HonestKind = keyof typeof HONEST;

/** A new sign-up minutes before checkout, in the given place. */
function freshAccount(rng: Rng, place: Place, at: number): Account {
  return newAccount(rng, place, at - rng.int(2, 50) * MINUTE);
}

const homeIp = (rng: Rng, a: Account, mobile: boolean): string =>
  mobile ? ipIn(rng, a.place.country, 'mobile') : address(rng, network(a.home), rng.chance(0.25));

/** The parts every honest checkout shares. */
function checkout(
  rng: Rng,
  a: Account,
  at: number,
  items: ReadonlyArray<readonly [ProductKey, number]>,
  kind: HonestKind,
  extra: Partial<Purchase> & { code?: Code; reverseCharge?: boolean } = {},
): Purchase {
  const { code, reverseCharge, ...rest } = extra;
  const basket = basketOf(items, a.place, a.city[1], code, reverseCharge);
  const mobile = rng.chance(0.18);
  const device = mobile ? (a.devices[1] ?? deviceOf(rng, true)) : (a.devices[0] ?? deviceOf(rng));
  const signedIn = at - a.createdAt > HOUR;
  return {
    at,
    fraud: false,
    kind,
    basket,
    billing: billingOf(a),
    buyer: accountBuyer(a),
    ip: homeIp(rng, a, mobile),
    device,
    channel: device.userAgent.startsWith('Frameloop') ? 'desktop_app' : 'web',
    locale: a.place.locale,
    attempts: customerPays(rng, a.cards, signedIn),
    later: honestAfter(rng, basket.amount),
    ...rest,
  };
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const old = () => rng.pick(w.customers);
  switch (kind) {
    case 'new_monthly': {
      const place = placeOf(rng);
      const tz = place.tz;
      const at = saleMoment(rng, w.window, tz);
      const a = freshAccount(rng, place, at);
      const plan: ProductKey = rng.chance(0.35) ? 'starterMonthly' : 'proMonthly';
      const items: Array<[ProductKey, number]> = [[plan, 1]];
      if (rng.chance(0.15)) items.push(['storage', 1]);
      return checkout(rng, a, at, items, kind, { interval: 'month' });
    }
    case 'sale_annual_upgrade': {
      // Monthly customers move to the yearly plan at half price; some newcomers buy it straight away.
      const a = rng.chance(0.8) ? old() : freshAccount(rng, placeOf(rng), w.window.start);
      const at = Math.max(saleMoment(rng, w.window, a.tz), a.createdAt + 10 * MINUTE);
      const items: Array<[ProductKey, number]> = [['proAnnual', 1]];
      if (rng.chance(0.2)) items.push(['brandKit', 1]);
      if (rng.chance(0.1)) items.push(['credits2k', 1]);
      return checkout(rng, a, at, items, kind, { code: 'BFCM50', interval: 'year' });
    }
    case 'renewal': {
      // The store charges the stored card at the renewal date: no IP, no device, no card code.
      const a = old();
      const at = Math.floor(w.window.start + rng.next() * (w.window.end - w.window.start));
      const monthly = !a.annual;
      const key: ProductKey =
        a.plan === 'business'
          ? monthly
            ? 'seatMonthly'
            : 'seatAnnual'
          : a.plan === 'starter'
            ? 'starterMonthly'
            : monthly
              ? 'proMonthly'
              : 'proAnnual';
      const seats = a.plan === 'business' ? rng.int(2, 8) : 1;
      const basket = basketOf([[key, seats]], a.place, a.city[1]);
      const conversion = rng.chance(0.2);
      return {
        at,
        fraud: false,
        kind,
        basket,
        billing: billingOf(a),
        buyer: accountBuyer(a),
        channel: conversion ? 'trial_conversion' : 'renewal',
        locale: a.place.locale,
        interval: monthly ? 'month' : 'year',
        ...(seats > 1 ? { seats } : {}),
        attempts: storeCharges(rng, a.cards[0] ?? cardIn(rng, a.place.country), monthly ? 0.08 : 0.12),
        later: honestAfter(rng, basket.amount, true),
      };
    }
    case 'trial_signup': {
      // A free trial: the card is verified with a $1 charge that is reversed minutes later.
      const place = placeOf(rng);
      const at = saleMoment(rng, w.window, place.tz);
      const a = freshAccount(rng, place, at);
      const p = checkout(rng, a, at, [['trial', 1]], kind, { channel: 'trial_signup', interval: 'month' });
      return {
        ...p,
        attempts: customerPays(rng, a.cards, false, 0.05),
        later: [
          { type: 'refund.created', afterMs: rng.int(2, 20) * MINUTE, reason: 'verification_reversal' },
        ],
      };
    }
    case 'addon_topup': {
      // Existing subscribers run out of AI credits or render minutes mid-project; the saved card pays.
      const a = old();
      const at = saleMoment(rng, w.window, a.tz);
      const key = rng.weightedPick<ProductKey>([
        ['credits500', 4],
        ['credits2k', 4],
        ['credits10k', 1],
        ['render100', 3],
        ['render500', 2],
        ['stockPack', 2],
        ['stockSingle', 2],
        ['storage', 2],
      ]);
      return checkout(rng, a, at, [[key, rng.chance(0.15) ? 2 : 1]], kind);
    }
    case 'team_seats': {
      // An agency or studio admin buys a block of annual seats in office hours, from the office or its VPN.
      const a = rng.chance(0.5) ? old() : freshAccount(rng, placeOf(rng), w.window.start);
      const at = Math.max(saleMoment(rng, w.window, a.tz, OFFICE_HOURS), a.createdAt + 10 * MINUTE);
      const seats = rng.weightedPick<number>([
        [3, 4],
        [5, 5],
        [8, 3],
        [12, 2],
        [20, 1],
        [40, 0.4],
      ]);
      const eu =
        a.place.vat > 0 && a.place.country !== 'CA' && a.place.country !== 'AU' && a.place.country !== 'JP';
      const company = {
        name: `${a.name.split(' ')[1] ?? 'North'} ${rng.pick(['Studio', 'Creative', 'Media', 'Digital', 'Agency', 'Films'])}`,
        ...(eu ? { taxId: `${a.place.country}${rng.digits(9)}` } : {}),
      };
      const corp = rng.chance(0.55) && a.place.country === 'US';
      const cards = corp ? [cardFrom(rng, ...rng.pick(CORPORATE_BINS), 'US')] : a.cards;
      const items: Array<[ProductKey, number]> = [['seatAnnual', seats]];
      if (rng.chance(0.3)) items.push(['credits10k', 1]);
      const p = checkout(rng, a, at, items, kind, {
        code: 'CYBER40',
        reverseCharge: eu,
        interval: 'year',
        seats,
        company,
        channel: 'admin_console',
      });
      const office = networksOf(a.place.country, 'office');
      const ip = rng.chance(0.2)
        ? address(rng, network(rng.pick(VPN_EXITS)))
        : office.length > 0 && rng.chance(0.7)
          ? address(rng, rng.pick(office))
          : p.ip;
      return { ...p, ip, attempts: customerPays(rng, cards, true, 0.06) };
    }
    case 'invoiced_team': {
      // Larger teams ask for an invoice and pay it by bank transfer days later.
      const a = old();
      const at = saleMoment(rng, w.window, a.tz, OFFICE_HOURS);
      const seats = rng.int(25, 120);
      const p = checkout(rng, a, at, [['seatAnnual', seats]], kind, {
        code: 'CYBER40',
        interval: 'year',
        seats,
        company: {
          name: `${a.name.split(' ')[1] ?? 'Blue'} ${rng.pick(['Group', 'Inc.', 'Labs', 'Media'])}`,
        },
        channel: 'invoice',
        reverseCharge: a.place.vat > 0 && a.place.country !== 'CA',
      });
      return {
        ...p,
        ip: a.place.country === 'US' && rng.chance(0.7) ? address(rng, network('us-business')) : p.ip,
        attempts: [other('bank_transfer', true, rng.int(1, 9) * DAY + rng.int(0, 20) * HOUR)],
        later: [{ ...provisioned(rng), afterMs: rng.int(10, 60) * MINUTE }],
      };
    }
    case 'education': {
      // Students and teachers with school e-mail addresses, often on the campus network or in a computer lab.
      const place = rng.weightedPick<Place>(
        Object.values(PLACES)
          .filter((p) => p.edu)
          .map((p) => [p, p.country === 'US' ? 6 : 1] as const),
      );
      const at = saleMoment(rng, w.window, place.tz);
      const a = freshAccount(rng, place, at);
      const school = rng.pick(place.edu ?? ['stanford.edu']);
      const student = { ...a, email: emailOf(rng, a.name, [school]) };
      const p = checkout(rng, student, at, [[rng.chance(0.6) ? 'proAnnual' : 'proMonthly', 1]], kind, {
        code: 'EDU60',
        school,
      });
      const campus = networksOf(place.country, 'campus');
      const lab = rng.chance(0.25);
      return {
        ...p,
        interval: p.basket.lines[0]?.key === 'proAnnual' ? 'year' : 'month',
        ip: campus.length > 0 && rng.chance(0.65) ? address(rng, rng.pick(campus)) : p.ip,
        // Lab machines: one fingerprint for a room of students.
        ...(lab
          ? { device: { id: `dv_lab${school.length}${at % 7}`, userAgent: deviceOf(rng).userAgent } }
          : {}),
        attempts: customerPays(rng, a.cards, false, 0.08),
      };
    }
    case 'gift_subscription': {
      // A year of Pro as a present, often for someone in another country, at the sale's price.
      const a = rng.chance(0.6) ? old() : freshAccount(rng, placeOf(rng), w.window.start);
      const at = Math.max(saleMoment(rng, w.window, a.tz), a.createdAt + 5 * MINUTE);
      const friend = placeOf(rng);
      const count = rng.chance(0.15) ? 2 : 1;
      return checkout(rng, a, at, [['giftAnnual', count]], kind, {
        code: 'BFCM50',
        channel: 'gift',
        giftRecipient: emailOf(
          rng,
          `${rng.pick(['Sam', 'Alex', 'Jo', 'Kim', 'Robin'])} ${a.name.split(' ')[1] ?? 'Lee'}`,
          friend.mail,
        ),
      });
    }
    case 'traveller_or_vpn': {
      // Their own account and card, but the address is a hotel, a co-working space abroad or a VPN exit.
      const a = old();
      const at = saleMoment(rng, w.window, a.tz);
      const p = checkout(
        rng,
        a,
        at,
        [[rng.pick<ProductKey>(['proAnnual', 'credits2k', 'proMonthly', 'render500']), 1]],
        kind,
      );
      const abroad = rng.pick(
        ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'MX', 'JP', 'AU', 'ID'].filter((c) => c !== a.place.country),
      );
      const exits = VPN_EXITS.filter((n) => network(n).country !== a.place.country);
      const ip = rng.chance(0.5)
        ? address(rng, network(rng.pick(exits)))
        : ipIn(rng, abroad, rng.chance(0.5) ? 'mobile' : 'home', 0);
      const device = rng.chance(0.3) ? deviceOf(rng, true) : p.device;
      return { ...p, ip, ...(device ? { device } : {}) };
    }
    case 'global_freelancer': {
      // Freelancers paid by foreign clients: a payout platform's US or Belgian card, a local home or mobile IP.
      const place = rng.weightedPick<Place>(
        ['IN', 'PH', 'PK', 'NG', 'ID', 'BR', 'UA', 'AR', 'MX'].map((c) => [PLACES[c] as Place, 1] as const),
      );
      const at = saleMoment(rng, w.window, place.tz);
      const a = rng.chance(0.5)
        ? freshAccount(rng, place, at)
        : newAccount(rng, place, at - rng.int(30, 900) * DAY);
      const payout = rng.chance(0.55);
      const [bin, brand, country] = rng.pick(PAYOUT_BINS);
      const cards = payout ? [cardFrom(rng, bin, brand, country)] : a.cards;
      const key = rng.pick<ProductKey>(['proMonthly', 'proAnnual', 'starterMonthly', 'credits2k']);
      const p = checkout(
        rng,
        { ...a, cards },
        at,
        [[key, 1]],
        kind,
        key === 'proAnnual' ? { code: 'BFCM50' } : {},
      );
      return {
        ...p,
        ip: ipIn(rng, place.country, rng.chance(0.45) ? 'mobile' : 'home'),
        attempts: customerPays(rng, cards, false, 0.1),
      };
    }
  }
}
