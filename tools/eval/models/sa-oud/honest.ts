import { type Rng } from '../kit/random.js';
import { placedAt, TZ, officeHours } from './calendar.js';
import { newCard } from './cards.js';
import { linesOf, pickLines, type Taste } from './catalogue.js';
import { ipOn } from './networks.js';
import { type Account, accountOf, deviceOf, expatOf, nationalOf, type Origin } from './people.js';
import { addressIn, type Country, GULF, MARKETS, otherCity } from './places.js';
import {
  type Delivery,
  DAY,
  HOUR,
  honestAfter,
  honestAttempts,
  honestMethod,
  type Method,
  MINUTE,
  type Purchase,
  purchaseOf,
} from './purchase.js';
import { accountBuyer, agedAtLeast, customer, guest, usualConnection, type World } from './world.js';

/**
 * The honest kinds and their weights (README.md has the table). Each planner draws who buys, from where, what,
 * how they pay and what happens next.
 */

export const HONEST = {
  eid_gifts: 24,
  gift_to_relatives: 14,
  cod_household: 14,
  oud_connoisseur: 10,
  gulf_resident: 9,
  expat_worker: 8,
  instalments: 7,
  new_app_customer: 6,
  traveller_or_vpn: 4,
  corporate_gifts: 2,
  diaspora_abroad: 2,
} as const;

export type HonestKind = keyof typeof HONEST;

const GIFT_NOTES = [
  'Eid Mubarak! Kul aam wa antum bikhair',
  'عيدكم مبارك وكل عام وأنتم بخير',
  'To Mama with love, Eid Mubarak',
  'Ramadan Kareem from all of us',
  'عساكم من عواده',
  'Eidiya for the girls :)',
  'هدية العيد من أخوك',
];

const delivery = (rng: Rng, at: number, w: World, country: string): Delivery => {
  const late = (at - w.window.start) / (w.window.end - w.window.start) > 0.55;
  if (country !== 'SA') return 'standard';
  return late && rng.chance(0.35) ? 'express' : rng.chance(0.04) ? 'same_day' : 'standard';
};

const seasonCode = (rng: Rng, share: number): string | undefined =>
  rng.chance(share)
    ? rng.weightedPick([
        ['RAMADAN15', 5],
        ['EID20', 3],
        ['NOURA10', 2],
      ] as const)
    : undefined;

interface Plan {
  rng: Rng;
  w: World;
  kind: HonestKind;
  account?: Account;
  person: { name: string; email: string; phone: string };
  country: Country;
  taste: Taste;
  lines?: number;
  most?: number;
  shipTo?: { country: Country; city?: string };
  method?: Method;
  codShare?: number;
  code?: string;
  ip: string;
  device: ReturnType<typeof deviceOf>;
  at: number;
  giftNote?: string;
  company?: { name: string; vatNumber: string };
  locale?: 'ar' | 'en';
}

/** The common path: basket, price, method, attempts, then what happens after. */
function build(p: Plan): Purchase {
  const { rng, account } = p;
  const home = account?.home ?? addressIn(rng, p.country);
  const lines =
    p.taste === 'corporate'
      ? linesOf(
          ['corporateBox', rng.int(30, 200)],
          ...(rng.chance(0.3) ? ([['eidBox', rng.int(3, 10)]] as const) : []),
        )
      : pickLines(rng, p.taste, p.lines ?? rng.int(1, 3), p.most ?? 2);
  const shipping = p.shipTo ? addressIn(rng, p.shipTo.country, p.shipTo.city) : home;
  const digital = lines.every((l) => l.category === 'gift_card');
  const estimate = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const method =
    p.method ??
    honestMethod(rng, p.country, estimate, {
      digital,
      ...(p.codShare !== undefined ? { codShare: p.codShare } : {}),
    });
  const purchase = purchaseOf({
    at: p.at,
    fraud: false,
    kind: p.kind,
    buyer: account ? accountBuyer(account) : guest(p.person),
    phone: p.person.phone,
    billing: home,
    shipping,
    ip: p.ip,
    device: p.device,
    lines,
    ...(p.code ? { code: p.code } : {}),
    delivery: delivery(rng, p.at, p.w, shipping.country),
    method,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: p.company } : {}),
    ...(p.locale ? { locale: p.locale } : {}),
  });
  const payer = {
    cards: account?.cards ?? [newCard(rng, p.country, p.country === 'SA' ? 'mada' : 'credit')],
    country: p.country,
    signedIn: account !== undefined,
  };
  purchase.attempts = honestAttempts(rng, method, payer, purchase.basket.amount);
  purchase.later = honestAfter(rng, purchase);
  return purchase;
}

const inKingdom = (a: Account) => a.country === 'SA';

/** A known customer, or (a `guestShare` of the time) a guest from the same market. */
function buyerOf(rng: Rng, w: World, guestShare: number, test: (a: Account) => boolean) {
  const account = customer(rng, w, test);
  if (!rng.chance(guestShare)) return { account, person: account, country: account.country };
  const person = nationalOf(rng, account.country);
  return { person, country: account.country };
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'eid_gifts': {
      const b = buyerOf(rng, w, 0.3, inKingdom);
      const code = seasonCode(rng, 0.25);
      const c = b.account
        ? usualConnection(rng, b.account)
        : { ip: ipOn(rng, rng.pick(['sa-mobile-1', 'sa-mobile-2', 'sa-fibre'])), device: deviceOf(rng) };
      return build({
        rng,
        w,
        kind,
        ...b,
        taste: 'eid_gifts',
        lines: rng.int(1, 4),
        most: 3,
        ...(code ? { code } : {}),
        ...c,
        at: placedAt(rng, w.window, TZ),
      });
    }
    case 'gift_to_relatives': {
      const account = customer(rng, w, inKingdom);
      const abroad = rng.chance(0.3);
      const country: Country = abroad ? rng.pick(GULF) : 'SA';
      return build({
        rng,
        w,
        kind,
        account,
        person: account,
        country: 'SA',
        taste: 'eid_gifts',
        lines: rng.int(1, 3),
        most: 2,
        shipTo: { country, ...(abroad ? {} : { city: otherCity(rng, 'SA', account.home.city) }) },
        codShare: 0,
        ...usualConnection(rng, account),
        at: placedAt(rng, w.window, TZ),
        giftNote: rng.pick(GIFT_NOTES),
      });
    }
    case 'cod_household': {
      const b = buyerOf(rng, w, 0.55, inKingdom);
      return build({
        rng,
        w,
        kind,
        ...b,
        taste: rng.chance(0.6) ? 'everyday' : 'eid_gifts',
        method: 'cod',
        ip: ipOn(rng, rng.pick(['sa-mobile-1', 'sa-mobile-2', 'sa-mobile-3', 'sa-fibre'])),
        device: b.account && rng.chance(0.85) ? rng.pick(b.account.devices) : deviceOf(rng),
        at: placedAt(rng, w.window, TZ),
      });
    }
    case 'oud_connoisseur': {
      const account = customer(
        rng,
        w,
        (a) => agedAtLeast(w, 365)(a) && a.country !== 'GB' && a.country !== 'EG',
      );
      return build({
        rng,
        w,
        kind,
        account,
        person: account,
        country: account.country,
        taste: 'connoisseur',
        lines: rng.int(1, 4),
        most: 3,
        codShare: 2,
        ...usualConnection(rng, account, 0.4),
        at: placedAt(rng, w.window, MARKETS[account.country].tz),
      });
    }
    case 'gulf_resident': {
      const account = customer(rng, w, (a) => GULF.includes(a.country));
      const b = GULF.includes(account.country)
        ? account
        : accountOf(rng, w.window.start - rng.int(30, 900) * DAY, rng.pick(GULF));
      return build({
        rng,
        w,
        kind,
        account: b,
        person: b,
        country: b.country,
        taste: rng.chance(0.6) ? 'eid_gifts' : 'connoisseur',
        ...usualConnection(rng, b),
        at: placedAt(rng, w.window, MARKETS[b.country].tz),
      });
    }
    case 'expat_worker': {
      const known = customer(rng, w, (a) => a.expat !== undefined);
      const account = known.expat && rng.chance(0.6) ? known : undefined;
      const origin: Origin = account?.expat ?? rng.pick<Origin>(['IN', 'PK', 'PH', 'EG']);
      const person = account ?? expatOf(rng, origin);
      const toEgypt = origin === 'EG' && rng.chance(0.3);
      const office = rng.chance(0.4);
      return build({
        rng,
        w,
        kind,
        ...(account ? { account } : {}),
        person,
        country: 'SA',
        taste: 'expat',
        lines: rng.int(1, 3),
        most: 3,
        ...(toEgypt ? { shipTo: { country: 'EG' as const } } : {}),
        method: toEgypt
          ? 'mada'
          : rng.weightedPick<Method>([
              ['cod', 40],
              ['mada', 38],
              ['stc_pay', 22],
            ]),
        ip: ipOn(rng, office ? 'sa-office' : rng.pick(['sa-mobile-1', 'sa-mobile-2', 'sa-mobile-3'])),
        device: account
          ? rng.pick(account.devices)
          : deviceOf(rng, rng.chance(0.7) ? 'web_android' : 'app_android'),
        at: placedAt(rng, w.window, TZ, office ? officeHours : undefined),
        locale: 'en',
      });
    }
    case 'instalments': {
      const account = customer(rng, w, (a) => ['SA', 'AE', 'KW'].includes(a.country));
      return build({
        rng,
        w,
        kind,
        account,
        person: account,
        country: account.country,
        taste: rng.chance(0.5) ? 'connoisseur' : 'eid_gifts',
        lines: rng.int(2, 4),
        most: 2,
        method: rng.chance(0.58) ? 'tabby' : 'tamara',
        ...usualConnection(rng, account),
        at: placedAt(rng, w.window, MARKETS[account.country].tz),
      });
    }
    case 'new_app_customer': {
      const at = placedAt(rng, w.window, TZ);
      const account = accountOf(
        rng,
        at - rng.int(3, 90) * MINUTE - (rng.chance(0.3) ? rng.int(1, 40) * HOUR : 0),
        'SA',
      );
      account.devices = [deviceOf(rng, rng.chance(0.6) ? 'app_ios' : 'app_android')];
      return build({
        rng,
        w,
        kind,
        account,
        person: account,
        country: 'SA',
        taste: rng.chance(0.5) ? 'everyday' : 'eid_gifts',
        code: rng.chance(0.7) ? 'WELCOME10' : 'APP25',
        ip: ipOn(rng, rng.chance(0.7) ? account.mobile : account.homeNet),
        device: account.devices[0] ?? deviceOf(rng),
        at,
      });
    }
    case 'traveller_or_vpn': {
      const account = customer(rng, w, (a) => inKingdom(a) && !a.expat);
      const where = rng.weightedPick([
        ['gb-fixed', 3],
        ['gb-mobile', 2],
        ['ae-mobile', 2],
        ['eg-mobile', 1],
        ['us-fixed', 1],
        ['de-hosting', 3],
        ['nl-hosting', 2],
        ['us-hosting', 2],
      ] as const);
      return build({
        rng,
        w,
        kind,
        account,
        person: account,
        country: 'SA',
        taste: rng.chance(0.5) ? 'eid_gifts' : 'connoisseur',
        codShare: 0,
        ip: ipOn(rng, where),
        device: rng.pick(account.devices),
        at: placedAt(rng, w.window, where.startsWith('gb') ? 0 : TZ),
        ...(rng.chance(0.4) ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
      });
    }
    case 'corporate_gifts': {
      const firm = rng.pick([
        ['Najd Contracting Co.', 'najd-contracting.com.sa'],
        ['Al Faris Trading Est.', 'alfaris-trading.com'],
        ['Gulf Star Logistics', 'gulfstar-logistics.com'],
        ['Eastern Petro Services', 'eastern-petro-services.com'],
        ['Riyadh Dental Clinics', 'riyadhdental.sa'],
      ] as const);
      const person = nationalOf(rng, 'SA');
      const first = person.name.split(' ')[0]?.toLowerCase() ?? 'hr';
      const account = accountOf(rng, w.window.start - rng.int(20, 1500) * DAY, 'SA');
      Object.assign(account, {
        email: `${rng.pick([first, 'hr', 'admin', 'procurement'])}@${firm[1]}`,
        name: person.name,
      });
      const at = placedAt(rng, w.window, TZ, officeHours, true);
      return build({
        rng,
        w,
        kind,
        account,
        person: account,
        country: 'SA',
        taste: 'corporate',
        method: rng.chance(0.5) ? 'bank_transfer' : 'card',
        ip: ipOn(rng, 'sa-office'),
        device: deviceOf(rng, 'desktop'),
        at,
        company: { name: firm[0], vatNumber: `3${rng.digits(13)}3` },
      });
    }
    case 'diaspora_abroad': {
      const country: Country = rng.chance(0.5) ? 'GB' : 'EG';
      const account = customer(rng, w, (a) => a.country === country);
      const a =
        account.country === country
          ? account
          : accountOf(rng, w.window.start - rng.int(60, 900) * DAY, country);
      return build({
        rng,
        w,
        kind,
        account: a,
        person: a,
        country,
        taste: rng.chance(0.6) ? 'connoisseur' : 'eid_gifts',
        ...usualConnection(rng, a),
        at: placedAt(rng, w.window, MARKETS[country].tz),
        locale: country === 'GB' ? 'en' : 'ar',
      });
    }
  }
}
