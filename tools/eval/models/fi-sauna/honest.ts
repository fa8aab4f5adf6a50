import { accountBuyer, type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  accessories,
  basketOf,
  CATALOGUE,
  type Currency,
  type Delivery,
  KITS,
  line,
  type Line,
  needsFreight,
  STOVES,
  TUBS,
} from './catalogue.js';
import { address, networkOf } from './networks.js';
import {
  type Account,
  businessId,
  cottageAddress,
  device,
  homeAddress,
  MARKETS,
  newCard,
  person,
  type World,
} from './people.js';
import { honestAfter, honestPay, officeTime, type Purchase, shopTime } from './purchase.js';

/** The honest kinds and their weights (per cent of honest orders). */
export const HONEST = {
  accessory_locker: 27,
  stove_replacement: 16,
  cottage_delivery: 12,
  repeat_customer: 14,
  hot_tub: 6,
  installer: 5,
  housing_association: 2,
  nordic_export: 9,
  overseas: 3,
  gift_buyer: 6,
} as const;
export type HonestKind = keyof typeof HONEST;

const eurOf = (lines: readonly Line[]) =>
  lines.reduce(
    (s, l) => s + (Object.values(CATALOGUE).find((p) => p.sku === l.sku)?.price ?? 0) * l.quantity,
    0,
  );

const CODES = [
  { code: 'VAPPU15', pct: 15 },
  { code: 'MOKKI10', pct: 10 },
  { code: 'UUTISKIRJE10', pct: 10 },
];

/** A stove and what goes with it: stones, sometimes a control unit, chimney or heat shield. */
function stoveLines(rng: Rng, c: Currency, stoves = STOVES): Line[] {
  const stove = rng.pick(stoves);
  const lines = [line(stove, c)];
  const electric = stove.startsWith('elec');
  lines.push(line('stones', c, electric ? rng.int(2, 5) : rng.int(1, 3)));
  if (electric && rng.chance(0.3)) lines.push(line('control', c));
  if (!electric && rng.chance(0.35)) lines.push(line('chimney', c));
  if (rng.chance(0.2)) lines.push(line('shield', c));
  if (rng.chance(0.25)) lines.push(...accessories(rng, c, 2));
  return lines;
}

interface Shape {
  kind: HonestKind;
  at: number;
  country: string;
  lines: Line[];
  delivery?: Delivery;
  shipping?: Address | 'none';
  billing?: Address;
  account?: Account;
  guest?: { name: string; email: string };
  code?: boolean;
  invoice?: boolean;
  company?: { name: string; businessId: string };
  reference?: string;
  mobile?: boolean;
}

/** Assemble an honest purchase from its shape: who, where from, how they pay and what follows. */
function assemble(rng: Rng, s: Shape): Purchase {
  const a = s.account;
  const country = a?.country ?? s.country;
  const m = MARKETS[country] ?? MARKETS.FI!;
  const billing = s.billing ?? a?.home ?? homeAddress(rng, country);
  const delivery: Delivery =
    s.delivery ??
    (needsFreight(s.lines)
      ? rng.chance(country === 'FI' ? 0.12 : 0)
        ? 'pickup'
        : 'freight_slot'
      : country === 'FI'
        ? rng.weighted({ posti_locker: 70, posti_parcel: 22, pickup: 3, courier: 5 })
        : 'posti_parcel');
  const shipping = s.shipping === 'none' || delivery === 'pickup' ? undefined : (s.shipping ?? billing);
  const code = s.code ?? rng.chance(0.12);
  const basket = basketOf(
    s.lines,
    m.currency,
    delivery,
    shipping?.country ?? country,
    code ? rng.pick(CODES) : undefined,
  );
  const eur = eurOf(s.lines);
  let ip: string;
  if (a && !s.mobile && rng.chance(0.65)) ip = a.ip;
  else if (a && !s.mobile) ip = address(rng, a.network);
  else ip = address(rng, networkOf(rng, country, s.mobile ? 'mobile' : rng.chance(0.7) ? 'fixed' : 'mobile'));
  const dev = a && rng.chance(0.85) ? rng.pick(a.devices) : device(rng);
  const cards = a?.cards ?? [newCard(rng, country)];
  const attempts = honestPay(
    rng,
    {
      country,
      cards,
      signedIn: !!a,
      ...(a ? { habit: a.habit } : {}),
      ...(s.invoice ? { invoice: true } : {}),
    },
    eur,
  );
  const buyer = a ? accountBuyer(a) : (s.guest ?? person(rng, country));
  return {
    at: s.at,
    fraud: false,
    kind: s.kind,
    basket,
    billing,
    attempts,
    later: honestAfter(rng, {
      delivery,
      abroad: (shipping?.country ?? 'FI') !== 'FI',
      amount: basket.amount,
      at: s.at,
    }),
    buyer,
    ...(shipping ? { shipping } : {}),
    delivery,
    ip,
    device: dev,
    locale: country === 'FI' && rng.chance(0.06) ? 'sv-FI' : m.locale,
    ...(s.company ? { company: s.company } : {}),
    ...(s.reference ? { reference: s.reference } : {}),
  };
}

const finnish = (w: World) => w.accounts.filter((a) => a.country === 'FI');

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const win = w.window;
  const pickFi = () => rng.pick(finnish(w).length > 0 ? finnish(w) : w.accounts);
  switch (kind) {
    case 'accessory_locker': {
      const account = rng.chance(0.55) ? pickFi() : undefined;
      return assemble(rng, {
        kind,
        at: shopTime(rng, win, 3),
        country: 'FI',
        lines: accessories(rng, 'EUR', 4),
        delivery: rng.chance(0.85) ? 'posti_locker' : 'posti_parcel',
        ...(account ? { account } : {}),
      });
    }
    case 'stove_replacement': {
      const account = rng.chance(0.5) ? pickFi() : undefined;
      return assemble(rng, {
        kind,
        at: shopTime(rng, win, 3),
        country: 'FI',
        lines: stoveLines(rng, 'EUR'),
        ...(account ? { account } : {}),
      });
    }
    case 'cottage_delivery': {
      const withCottage = finnish(w).filter((a) => a.cottage);
      const account = withCottage.length > 0 && rng.chance(0.7) ? rng.pick(withCottage) : undefined;
      const r = rng.next();
      const c: Currency = 'EUR';
      const lines =
        r < 0.35
          ? [line(rng.pick(KITS), c), line('stones', c, rng.int(3, 6)), ...accessories(rng, c, 3)]
          : r < 0.8
            ? stoveLines(rng, c, ['woodSmall', 'woodMid', 'woodWater', 'woodPanorama'])
            : [line(rng.pick(['firePit', 'pan', 'smoker'] as const), c), ...accessories(rng, c, 3)];
      return assemble(rng, {
        kind,
        at: shopTime(rng, win, 3),
        country: 'FI',
        lines,
        shipping: account?.cottage ?? cottageAddress(rng),
        mobile: rng.chance(0.35),
        ...(account ? { account } : {}),
      });
    }
    case 'repeat_customer': {
      const account = rng.pick(w.accounts);
      const c = MARKETS[account.country]?.currency ?? 'EUR';
      const lines = rng.chance(0.8) ? accessories(rng, c, 3) : stoveLines(rng, c);
      const to = account.cottage && rng.chance(0.4) ? account.cottage : undefined;
      return assemble(rng, {
        kind,
        at: shopTime(rng, win, MARKETS[account.country]?.tz ?? 3),
        country: account.country,
        lines,
        account,
        ...(to ? { shipping: to } : {}),
      });
    }
    case 'hot_tub': {
      const account = rng.chance(0.4) ? pickFi() : undefined;
      const lines = [line(rng.pick(TUBS), 'EUR')];
      if (rng.chance(0.6)) lines.push(line('tubCover', 'EUR'));
      if (rng.chance(0.2)) lines.push(line('tubHeater', 'EUR'));
      const to = account?.cottage && rng.chance(0.5) ? account.cottage : undefined;
      return assemble(rng, {
        kind,
        at: shopTime(rng, win, 3),
        country: 'FI',
        lines,
        delivery: 'freight_slot',
        ...(account ? { account } : {}),
        ...(to ? { shipping: to } : {}),
      });
    }
    case 'installer': {
      const account = rng.pick(w.trade);
      const n = rng.int(1, 3);
      const lines: Line[] = [];
      for (let i = 0; i < n; i++) lines.push(line(rng.pick(STOVES), 'EUR', rng.int(1, 2)));
      lines.push(line('stones', 'EUR', rng.int(2, 8)));
      if (rng.chance(0.5)) lines.push(line('control', 'EUR'));
      const site = rng.chance(0.5) ? cottageAddress(rng) : homeAddress(rng, 'FI');
      return assemble(rng, {
        kind,
        at: officeTime(rng, win),
        country: 'FI',
        lines,
        account,
        shipping: rng.chance(0.6) ? site : account.home,
        invoice: rng.chance(0.6),
        code: false,
        mobile: rng.chance(0.5),
        ...(account.company ? { company: account.company } : {}),
        reference: `Työmaa ${site.city ?? ''} ${rng.int(100, 999)}`,
      });
    }
    case 'housing_association': {
      const home = homeAddress(rng, 'FI');
      const name = `As Oy ${home.city} ${rng.pick(['Koivula', 'Rantapuisto', 'Kotikallio', 'Mäntyrinne', 'Tähkäpää'])}`;
      const manager = person(rng, 'FI');
      const domain = rng.pick(['isannointi-kulmala.fi', 'kiinteistopalvelu.fi', 'isannointitoimisto.fi']);
      return assemble(rng, {
        kind,
        at: officeTime(rng, win),
        country: 'FI',
        lines: [
          line(rng.pick(['elecFloor', 'elecTower'] as const), 'EUR', rng.int(1, 3)),
          line('stones', 'EUR', rng.int(4, 10)),
          line('control', 'EUR'),
        ],
        guest: { name: manager.name, email: `${manager.email.split('@')[0]}@${domain}` },
        billing: home,
        shipping: home,
        delivery: 'freight_slot',
        invoice: true,
        code: false,
        company: { name, businessId: businessId(rng) },
        reference: 'Taloyhtiön sauna, kiukaan vaihto',
      });
    }
    case 'nordic_export': {
      const country = rng.weighted({ SE: 35, NO: 22, EE: 12, LV: 6, LT: 6, DE: 12, NL: 7 });
      const pool = w.accounts.filter((a) => a.country === country);
      const account = pool.length > 0 && rng.chance(0.45) ? rng.pick(pool) : undefined;
      const c = MARKETS[country]!.currency;
      const lines = rng.chance(0.55)
        ? stoveLines(rng, c)
        : rng.chance(0.3)
          ? [line(rng.pick(KITS), c), line('stones', c, 4)]
          : accessories(rng, c, 4);
      return assemble(rng, {
        kind,
        at: shopTime(rng, win, MARKETS[country]!.tz),
        country,
        lines,
        ...(account ? { account } : {}),
      });
    }
    case 'overseas': {
      const country = rng.weighted({ US: 70, CA: 30 });
      const c = MARKETS[country]!.currency;
      const lines = rng.chance(0.25)
        ? [line(rng.pick(['woodSmall', 'woodMid'] as const), c), line('stones', c, 2)]
        : accessories(rng, c, 4);
      const pool = w.accounts.filter((a) => a.country === country);
      const account = pool.length > 0 && rng.chance(0.35) ? rng.pick(pool) : undefined;
      return assemble(rng, {
        kind,
        at: shopTime(rng, win, MARKETS[country]!.tz),
        country,
        lines,
        ...(account ? { account } : {}),
        ...(needsFreight(lines) ? {} : { delivery: 'courier' as const }),
      });
    }
    case 'gift_buyer': {
      const account = rng.chance(0.5) ? pickFi() : undefined;
      const lines = rng.chance(0.4)
        ? [line(rng.pick(['gift50', 'gift100'] as const), 'EUR')]
        : [
            line(rng.pick(['scentSet', 'robe', 'towel', 'bucket'] as const), 'EUR'),
            ...accessories(rng, 'EUR', 2),
          ];
      const gift = lines.every((l) => l.category === 'gift_card');
      return assemble(rng, {
        kind,
        at: shopTime(rng, win, 3),
        country: 'FI',
        lines,
        ...(gift
          ? { delivery: 'email' as const, shipping: 'none' as const }
          : { shipping: homeAddress(rng, 'FI'), delivery: 'posti_locker' as const }),
        ...(account ? { account } : {}),
      });
    }
  }
}
