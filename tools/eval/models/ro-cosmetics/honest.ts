import { accountBuyer, type Buyer, type Device, lineOf, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { blackFriday, placedAt, type Profile } from './calendar.js';
import { newCard, rateCard } from './cards.js';
import { BY_CATEGORY, everydayLines, giftCard, P, PERFUMES_PREMIUM } from './catalogue.js';
import { HOSTING, ipOf, localNetwork, networksOf } from './networks.js';
import { type Account, accountIn, deviceOf, emailOf, personOf } from './people.js';
import { addressIn, easybox, RO_CITIES, pickCity } from './places.js';
import { honestAfter, honestPay, type Payer, type Payment, type Purchase } from './purchase.js';
import { assemble, type Draft, inBlackFridayWeek, type World } from './shape.js';

/** The honest shoppers: who they are, what they buy, how they pay. */

export const HONEST = {
  regular: 28,
  new_customer: 20,
  black_friday_hunter: 14,
  gift_buyer: 10,
  diaspora: 6,
  traveller_vpn: 4,
  gift_card_buyer: 4,
  moldova_customer: 3,
  salon_business: 3,
  instalment_big_basket: 3,
  neighbour_country: 2,
} as const;

export type HonestKind = keyof typeof HONEST;

/** A signed-in account's checkout: one of its devices, its home line or phone. */
function fromAccount(rng: Rng, a: Account): { buyer: Buyer; device: Device; ip: string } {
  return {
    buyer: accountBuyer(a),
    device: rng.pick(a.devices),
    ip: ipOf(rng, rng.chance(0.55) ? a.homeNet : a.mobileNet),
  };
}

/** A guest, or a new account opened minutes before the order. */
function newcomer(rng: Rng, country: string, at: number, nameCountry = country) {
  const person = personOf(rng, nameCountry);
  const email = emailOf(rng, person, nameCountry);
  const opened = rng.chance(0.45);
  const buyer: Buyer = opened
    ? { id: `c_n${rng.digits(8)}`, email, name: person.name, createdAt: at - rng.int(2, 25) * MINUTE }
    : { email, name: person.name };
  return { person, buyer, opened, device: deviceOf(rng), ip: ipOf(rng, localNetwork(rng, country)) };
}

const payerOf = (a: Account, toRomania: boolean): Payer => ({
  country: a.country,
  cards: a.cards,
  ramburs: a.ramburs,
  signedIn: true,
  wallet: a.wallet,
  toRomania,
});

function standard(rng: Rng, d: Draft, payer: Payer): Purchase {
  let chosen: Payment | undefined;
  return assemble(
    rng,
    d,
    (basket) => (chosen = honestPay(rng, payer, basket)),
    (basket, paying, courier) => {
      const failed = paying.attempts.length > 0 && !paying.attempts.some((a) => a.ok);
      const cod = paying.method === 'ramburs' || Boolean(chosen?.switched);
      if (failed && !cod)
        return [{ type: 'order.cancelled', afterMs: rng.int(40, 90) * MINUTE, reason: 'payment_failed' }];
      const later = honestAfter(rng, { method: paying.method, courier, amount: basket.amount, cod });
      if (chosen?.switched)
        later.push({
          type: 'order.updated',
          afterMs: rng.int(10, 40) * MINUTE,
          status: 'payment_changed',
          method: 'ramburs',
        });
      return later;
    },
  );
}

const GIFT_NOTES = [
  'Crăciun fericit, mami!',
  'La mulți ani, draga mea!',
  'De la Moș Nicolae, cu drag',
  'Sărbători fericite! Te iubim',
  'Pentru cea mai bună soră',
  'Crăciun fericit de la noi toți',
];

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const win = w.window;
  const profile: Profile =
    kind === 'black_friday_hunter' ? 'deals' : kind === 'salon_business' ? 'office' : 'shopper';
  const at = placedAt(rng, win, profile);
  const bf = blackFriday(new Date(at).getUTCFullYear());
  const bfWeek = inBlackFridayWeek(at, bf);
  const common = { at, kind, fraud: false, ...(bfWeek ? { blackFridayWeek: true } : {}) };

  switch (kind) {
    case 'regular': {
      const a = accountIn(rng, w.base, ['RO']);
      const shipping = rng.chance(0.3) ? easybox(rng, a.home) : a.home;
      const code = rng.chance(0.1) ? { code: 'NEWSLETTER10', percent: 10 } : undefined;
      return standard(
        rng,
        {
          ...common,
          ...fromAccount(rng, a),
          billing: a.home,
          shipping,
          lines: everydayLines(rng),
          ...(code ? { code } : {}),
        },
        payerOf(a, true),
      );
    }
    case 'new_customer': {
      const n = newcomer(rng, 'RO', at);
      const home = addressIn(rng, 'RO');
      const code = n.opened && rng.chance(0.5) ? { code: 'BUNVENIT15', percent: 15 } : undefined;
      return standard(
        rng,
        {
          ...common,
          buyer: n.buyer,
          device: n.device,
          ip: n.ip,
          billing: home,
          shipping: rng.chance(0.25) ? easybox(rng, home) : home,
          lines: everydayLines(rng),
          ...(code ? { code } : {}),
        },
        { country: 'RO', cards: [], ramburs: rng.chance(0.5), signedIn: n.opened, toRomania: true },
      );
    }
    case 'black_friday_hunter': {
      const known = rng.chance(0.6);
      const a = known ? accountIn(rng, w.base, ['RO']) : undefined;
      const n = a ? undefined : newcomer(rng, 'RO', at);
      const home = a?.home ?? addressIn(rng, 'RO');
      const lines = everydayLines(rng, { perfume: 25, gift_set: 10 });
      if (rng.chance(0.5)) lines.push(lineOf(rng.pick([...PERFUMES_PREMIUM, P.million, P.eros, P.khamrah])));
      if (rng.chance(0.3)) lines.push(lineOf(rng.pick(BY_CATEGORY.kbeauty), rng.int(1, 3)));
      const who = a ? fromAccount(rng, a) : { buyer: n!.buyer, device: n!.device, ip: n!.ip };
      return standard(
        rng,
        {
          ...common,
          ...who,
          billing: home,
          shipping: rng.chance(0.35) ? easybox(rng, home) : home,
          lines,
          code: bfWeek
            ? { code: 'BLACKFRIDAY', percent: rng.pick([20, 25, 30]) }
            : { code: 'EARLYBF', percent: 15 },
        },
        a
          ? payerOf(a, true)
          : {
              country: 'RO',
              cards: [],
              ramburs: rng.chance(0.5),
              signedIn: Boolean(n?.opened),
              toRomania: true,
            },
      );
    }
    case 'gift_buyer': {
      const known = rng.chance(0.65);
      const a = known ? accountIn(rng, w.base, ['RO']) : undefined;
      const n = a ? undefined : newcomer(rng, 'RO', at);
      const home = a?.home ?? addressIn(rng, 'RO');
      // To a parent, a sister, a friend: elsewhere in Romania, or a locker near them.
      const elsewhere = addressIn(rng, 'RO', pickCity(rng, RO_CITIES));
      const lines = [lineOf(rng.pick([...BY_CATEGORY.gift_set, ...PERFUMES_PREMIUM, P.bottled, P.million]))];
      if (rng.chance(0.4)) lines.push(...everydayLines(rng).slice(0, 1));
      const who = a ? fromAccount(rng, a) : { buyer: n!.buyer, device: n!.device, ip: n!.ip };
      const payer = a
        ? payerOf(a, rng.chance(0.3))
        : {
            country: 'RO',
            cards: [],
            ramburs: false,
            signedIn: Boolean(n?.opened),
            toRomania: rng.chance(0.3),
          };
      return standard(
        rng,
        {
          ...common,
          ...who,
          billing: home,
          shipping: rng.chance(0.2) ? easybox(rng, elsewhere) : elsewhere,
          lines,
          giftNote: rng.pick(GIFT_NOTES),
        },
        { ...payer, ramburs: false },
      );
    }
    case 'diaspora': {
      const a = accountIn(rng, w.base, ['IT', 'ES', 'DE']);
      const home = a.home;
      const toFamily = rng.chance(0.6);
      const lines = toFamily
        ? [
            lineOf(rng.pick([...BY_CATEGORY.gift_set, ...PERFUMES_PREMIUM])),
            ...everydayLines(rng).slice(0, 2),
          ]
        : everydayLines(rng, { kbeauty: 10 });
      const shipping = toFamily ? addressIn(rng, 'RO') : home;
      const cards = a.cards.length > 0 ? a.cards : [newCard(rng, a.country)];
      return standard(
        rng,
        {
          ...common,
          ...fromAccount(rng, a),
          billing: home,
          shipping,
          lines,
          ...(toFamily ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
        },
        { country: a.country, cards, ramburs: false, signedIn: true, toRomania: toFamily },
      );
    }
    case 'traveller_vpn': {
      const a = accountIn(rng, w.base, ['RO']);
      const vpn = rng.chance(0.5);
      const abroad = rng.pick(['IT', 'ES', 'DE', 'HU', 'BG']);
      // A VPN exit abroad (Amsterdam, Frankfurt, New York) or a hotel's line.
      const net = vpn
        ? rng.pick(HOSTING.filter((x) => x.country !== 'RO'))
        : rng.pick(networksOf(abroad, 'home'));
      const shipping = rng.chance(0.4) ? easybox(rng, a.home) : a.home;
      return standard(
        rng,
        {
          ...common,
          buyer: accountBuyer(a),
          device: rng.pick(a.devices),
          ip: ipOf(rng, net),
          billing: a.home,
          shipping,
          lines: everydayLines(rng),
        },
        payerOf(a, true),
      );
    }
    case 'gift_card_buyer': {
      const known = rng.chance(0.6);
      const a = known ? accountIn(rng, w.base, ['RO']) : undefined;
      const n = a ? undefined : newcomer(rng, 'RO', at);
      const office = rng.chance(0.15);
      const value = rng.pick([100, 200, 200, 300, 500]);
      const lines = [lineOf(giftCard(office ? rng.pick([100, 200]) : value), office ? rng.int(4, 12) : 1)];
      const who = a ? fromAccount(rng, a) : { buyer: n!.buyer, device: n!.device, ip: n!.ip };
      return standard(
        rng,
        {
          ...common,
          ...who,
          billing: a?.home ?? addressIn(rng, 'RO'),
          lines,
          giftNote: rng.pick(GIFT_NOTES),
        },
        a
          ? payerOf(a, false)
          : { country: 'RO', cards: [], ramburs: false, signedIn: Boolean(n?.opened), toRomania: false },
      );
    }
    case 'moldova_customer':
    case 'neighbour_country': {
      const country = kind === 'moldova_customer' ? 'MD' : rng.pick(['HU', 'BG']);
      const known = rng.chance(0.5);
      const a = known ? accountIn(rng, w.base, [country]) : undefined;
      const mine = a?.country === country ? a : undefined;
      const n = mine ? undefined : newcomer(rng, country, at);
      const home = mine?.home ?? addressIn(rng, country);
      const who = mine ? fromAccount(rng, mine) : { buyer: n!.buyer, device: n!.device, ip: n!.ip };
      const locale = country === 'HU' ? 'hu-HU' : country === 'BG' ? 'bg-BG' : 'ro-MD';
      const cards = mine && mine.cards.length > 0 ? mine.cards : [newCard(rng, country)];
      return standard(
        rng,
        {
          ...common,
          ...who,
          billing: home,
          shipping: home,
          lines: everydayLines(rng, { kbeauty: 8, perfume: 8 }),
          locale,
        },
        { country, cards, ramburs: false, signedIn: Boolean(mine) || Boolean(n?.opened), toRomania: false },
      );
    }
    case 'salon_business': {
      const n = newcomer(rng, 'RO', at);
      const known = rng.chance(0.7);
      const a = known ? accountIn(rng, w.base, ['RO']) : undefined;
      const home = a?.home ?? addressIn(rng, 'RO');
      const salon = rng.pick([
        'Bella Studio',
        'Salon Andreea',
        'Beauty Corner',
        'Studio Glow',
        'Hair Atelier',
        'Salon Ioana',
        'Nails & Beauty',
      ]);
      const reseller = rng.chance(0.3);
      const lines = reseller
        ? [
            lineOf(rng.pick(BY_CATEGORY.kbeauty), rng.int(6, 12)),
            lineOf(rng.pick(BY_CATEGORY.kbeauty), rng.int(6, 12)),
          ]
        : [
            lineOf(P.majirel, rng.int(10, 40)),
            lineOf(P.koleston, rng.int(6, 24)),
            lineOf(P.oxidant, rng.int(3, 10)),
            ...(rng.chance(0.5) ? [lineOf(P.bonacure, rng.int(2, 6))] : []),
          ];
      const company = {
        name: `SC ${reseller ? 'Beauty Shop' : salon} SRL`,
        cui: `RO${rng.int(10_000_000, 49_999_999)}`,
      };
      const who = a ? fromAccount(rng, a) : { buyer: n.buyer, device: deviceOf(rng, 0.2), ip: n.ip };
      return assemble(
        rng,
        { ...common, ...who, billing: home, shipping: home, lines, company },
        (basket) => {
          if (rng.chance(0.65)) {
            const paid = rng.chance(0.93);
            return {
              method: 'ordin_de_plata',
              attempts: paid
                ? [{ method: 'ordin_de_plata', ok: true, afterMs: rng.int(5, 72) * 60 * MINUTE }]
                : [],
            };
          }
          return honestPay(
            rng,
            { country: 'RO', cards: a?.cards ?? [], ramburs: false, signedIn: Boolean(a), toRomania: false },
            basket,
          );
        },
        (basket, paying, courier) => {
          if (paying.attempts.length === 0)
            return [
              {
                type: 'order.cancelled',
                afterMs: rng.int(5, 7) * 24 * 60 * MINUTE,
                reason: 'proforma_expired',
              },
            ];
          if (!paying.attempts.some((x) => x.ok))
            return [{ type: 'order.cancelled', afterMs: rng.int(40, 90) * MINUTE, reason: 'payment_failed' }];
          const paidAfter = paying.attempts.reduce((s, x) => s + x.afterMs, 0);
          return honestAfter(rng, { method: paying.method, courier, amount: basket.amount, cod: false }).map(
            (l) => ({
              ...l,
              afterMs: l.afterMs + paidAfter,
            }),
          );
        },
      );
    }
    case 'instalment_big_basket': {
      const a = accountIn(rng, w.base, ['RO']);
      const lines = [lineOf(rng.pick([P.airwrap, P.ghd, P.airwrap])), lineOf(rng.pick(PERFUMES_PREMIUM))];
      if (rng.chance(0.5)) lines.push(...everydayLines(rng));
      const cards = [rateCard(rng), ...a.cards];
      return standard(
        rng,
        { ...common, ...fromAccount(rng, a), billing: a.home, shipping: a.home, lines },
        { country: 'RO', cards, ramburs: false, signedIn: true, toRomania: false, wantsRate: true },
      );
    }
  }
}
