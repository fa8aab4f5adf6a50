import { accountBuyer, type BasketLine, lineOf, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { blackFriday, placedAt, soonAfter } from './calendar.js';
import { cardOfBin, type HeldCard, newCard } from './cards.js';
import { BY_CATEGORY, type Category, everydayLines, giftCard, P, PERFUMES_PREMIUM } from './catalogue.js';
import {
  antiDetect,
  burnerEmail,
  caught,
  DAY,
  fakeIdentity,
  guest,
  headless,
  HOUR,
  stolenAfter,
  stolenDecline,
  testDecline,
} from './fraud-kit.js';
import { HOSTING, ipOf, localNetwork, network, networksOf } from './networks.js';
import { deviceOf, emailOf, personOf } from './people.js';
import { addressIn, easybox, pickCity, SMALL_TOWNS, TIRASPOL } from './places.js';
import { type Attempt, cardAttempt, inBani, type LaterEvent, other, type Purchase } from './purchase.js';
import { assemble, type Draft, inBlackFridayWeek, type World } from './shape.js';

/** How the shop is attacked, by kind; each kind's share of the season's fraud. */

export const FRAUD = {
  refused_cod_fake_name: 20,
  stolen_card_perfume: 16,
  card_testing: 14,
  promo_abuse: 10,
  gift_card_fraud: 10,
  account_takeover: 9,
  reseller_stolen_cards: 6,
  empty_box_claim: 6,
  friendly_fraud: 6,
  sanctioned_country: 4,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** Stolen-card tries: cards one after another until one goes through or the fraudster gives up. */
function stolenTries(
  rng: Rng,
  cards: () => HeldCard,
  bani: number,
  okShare: number,
  phished: boolean,
): Attempt[] {
  const out: Attempt[] = [];
  const tries = rng.int(1, 3);
  for (let i = 0; i < tries; i++) {
    const card = cards();
    const ok = rng.chance(okShare);
    const afterMs = i === 0 ? rng.int(15_000, 70_000) : rng.int(20_000, 3 * MINUTE);
    const threeDS = ok && phished && card.country === 'RO' ? 'challenge_passed' : undefined;
    out.push(
      cardAttempt(rng, card, bani, {
        ok,
        afterMs,
        holder: false,
        ...(threeDS ? { threeDS } : {}),
        ...(ok ? {} : { decline: stolenDecline(rng) }),
      }),
    );
    if (ok) break;
  }
  return out;
}

const paidAfter = (rng: Rng, attempts: Attempt[], then: () => LaterEvent[]): LaterEvent[] =>
  attempts.some((a) => a.ok)
    ? then()
    : [{ type: 'order.cancelled', afterMs: rng.int(40, 90) * MINUTE, reason: 'payment_failed' }];

function plan(rng: Rng, w: World, kind: FraudKind, ring: Ring): Purchase {
  const win = w.window;
  switch (kind) {
    case 'refused_cod_fake_name': {
      // Rings of orders from one phone to small towns and lockers, meant to be refused at the door.
      const at = ring.at(rng, win);
      const id = fakeIdentity(rng);
      const ship = rng.chance(0.4)
        ? easybox(rng, addressIn(rng, 'RO'))
        : addressIn(rng, 'RO', rng.pick(SMALL_TOWNS));
      const lines = [
        lineOf(rng.pick([...PERFUMES_PREMIUM, P.million, P.eros])),
        lineOf(rng.pick(PERFUMES_PREMIUM)),
      ];
      if (rng.chance(0.3)) lines.push(lineOf(rng.pick([P.airwrap, P.ghd, P.idoleSet])));
      return assemble(
        rng,
        {
          at,
          kind,
          fraud: true,
          buyer: guest(id.name, id.email),
          billing: ship,
          shipping: ship,
          lines,
          ip: ring.ip(rng),
          device: ring.device,
        },
        () => ({ method: 'ramburs', attempts: [] }),
        () => {
          const sent = rng.int(8, 30) * HOUR;
          return [
            { type: 'order.updated', afterMs: sent, status: 'shipped' },
            { type: 'order.updated', afterMs: sent + rng.int(3, 7) * DAY, status: 'returned_to_sender' },
            { type: 'order.cancelled', afterMs: sent + rng.int(7, 9) * DAY, reason: 'refused_at_delivery' },
          ];
        },
      );
    }
    case 'stolen_card_perfume': {
      const at = placedAt(rng, win, rng.chance(0.5) ? 'night' : 'shopper');
      const phished = rng.chance(0.6);
      const person = personOf(rng, 'RO');
      const drop = addressIn(rng, 'RO');
      const ship = rng.chance(0.6) ? easybox(rng, drop) : drop;
      const lines = [lineOf(rng.pick(PERFUMES_PREMIUM)), lineOf(rng.pick(PERFUMES_PREMIUM))];
      if (rng.chance(0.5)) lines.push(lineOf(rng.pick([...PERFUMES_PREMIUM, P.idoleSet, P.elixir])));
      const ip = ipOf(rng, phished && rng.chance(0.6) ? localNetwork(rng, 'RO', 0.8) : rng.pick(HOSTING));
      const cardCountry = phished ? 'RO' : rng.pick(['US', 'GB', 'FR', 'DE']);
      return assemble(
        rng,
        {
          at,
          kind,
          fraud: true,
          buyer: guest(person.name, burnerEmail(rng, person.name)),
          billing: drop,
          shipping: ship,
          lines,
          ip,
          device: antiDetect(rng),
        },
        (basket) => ({
          method: 'card',
          attempts: stolenTries(rng, () => newCard(rng, cardCountry), inBani(basket), 0.55, phished),
        }),
        (_b, paying) =>
          paidAfter(rng, paying.attempts, () => (rng.chance(0.12) ? caught(rng) : stolenAfter(rng, false))),
      );
    }
    case 'card_testing': {
      // Bursts at night from one hosting network, one or two BINs a burst, the cheapest things in the shop.
      const at = ring.at(rng, win);
      const id = fakeIdentity(rng);
      const item = rng.pick([P.farmecBalm, P.mini, P.elmiplant, giftCard(50)]);
      const physical = item.category !== 'gift_card';
      const ship = physical ? addressIn(rng, 'RO') : undefined;
      return assemble(
        rng,
        {
          at,
          kind,
          fraud: true,
          buyer: guest(id.name, id.email),
          billing: ship ?? addressIn(rng, 'RO'),
          ...(ship ? { shipping: ship } : {}),
          currency: 'RON',
          lines: [lineOf(item)],
          ip: ring.ip(rng),
          device: ring.device,
        },
        (basket) => {
          const attempts: Attempt[] = [];
          const tries = rng.int(1, 3);
          for (let k = 0; k < tries; k++) {
            const ok = rng.chance(0.12);
            const card = cardOfBin(rng, ring.binCountry, rng.pick(ring.bins));
            attempts.push(
              cardAttempt(rng, card, basket.amount, {
                ok,
                afterMs: k === 0 ? rng.int(3_000, 15_000) : rng.int(2_000, 9_000),
                holder: false,
                ...(ok ? {} : { decline: testDecline(rng) }),
              }),
            );
            if (ok) break;
          }
          return { method: 'card', attempts };
        },
        (_b, paying) =>
          paidAfter(rng, paying.attempts, () =>
            rng.chance(0.6) ? caught(rng) : stolenAfter(rng, !physical),
          ),
      );
    }
    case 'promo_abuse': {
      // A farm: fresh accounts minutes old, one or two phones, one street or one locker, the welcome code.
      const at = ring.at(rng, win);
      const person = personOf(rng, 'RO');
      const base = ring.home;
      const ship = rng.chance(0.5)
        ? ring.locker
        : { ...base, line1: `${base.line1?.replace(/ap\. \d+/, `ap. ${rng.int(1, 90)}`) ?? ''}` };
      const email = `${person.first
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')}.${ring.handle}${rng.int(1, 999)}@gmail.com`;
      const buyer = {
        id: `c_n${rng.digits(8)}`,
        email,
        name: person.name,
        createdAt: at - rng.int(3, 15) * MINUTE,
      };
      const bf = inBlackFridayWeek(at, blackFriday(new Date(at).getUTCFullYear()));
      return assemble(
        rng,
        {
          at,
          kind,
          fraud: true,
          buyer,
          billing: ship,
          shipping: ship,
          lines: everydayLines(rng, { perfume: 20 }).slice(0, 3),
          code: { code: bf ? 'BLACKFRIDAY' : 'BUNVENIT15', percent: bf ? 25 : 15 },
          ...(bf ? { blackFridayWeek: true } : {}),
          ip: ring.ip(rng),
          device: rng.chance(0.8) ? ring.device : ring.second,
        },
        (basket) =>
          rng.chance(0.7)
            ? { method: 'ramburs', attempts: [] }
            : {
                method: 'card',
                attempts: [
                  cardAttempt(rng, ring.card, basket.amount, { ok: true, afterMs: rng.int(20_000, 60_000) }),
                ],
              },
        (_b, paying) => {
          const sent = rng.int(8, 30) * HOUR;
          const out: LaterEvent[] = [
            { type: 'order.updated', afterMs: sent, status: 'shipped' },
            { type: 'order.updated', afterMs: sent + rng.int(14, 48) * HOUR, status: 'delivered' },
          ];
          if (paying.method === 'ramburs')
            out.push({
              type: 'payment.succeeded',
              afterMs: sent + rng.int(49, 60) * HOUR,
              method: 'ramburs',
            });
          return out;
        },
      );
    }
    case 'gift_card_fraud': {
      const at = placedAt(rng, win, rng.chance(0.5) ? 'night' : 'shopper');
      const phished = rng.chance(0.5);
      const person = personOf(rng, 'RO');
      const billing = addressIn(rng, 'RO');
      const lines = [lineOf(giftCard(rng.pick([300, 500, 500])), rng.int(1, 3))];
      const cardCountry = phished ? 'RO' : rng.pick(['US', 'GB', 'IT']);
      return assemble(
        rng,
        {
          at,
          kind,
          fraud: true,
          buyer: guest(person.name, burnerEmail(rng, person.name)),
          billing,
          lines,
          currency: 'RON',
          ip: ipOf(rng, rng.chance(0.6) ? rng.pick(HOSTING) : localNetwork(rng, 'RO', 1)),
          device: antiDetect(rng),
        },
        (basket) => ({
          method: 'card',
          attempts: stolenTries(rng, () => newCard(rng, cardCountry), basket.amount, 0.5, phished),
        }),
        (_b, paying) => paidAfter(rng, paying.attempts, () => stolenAfter(rng, true)),
      );
    }
    case 'account_takeover': {
      // An aged account's password from a breach; its loyalty wallet or saved card, sent to a locker elsewhere.
      const old = w.base.all.filter((a) => a.country === 'RO' && a.createdAt < win.start - 60 * DAY);
      const rich = old.filter((a) => a.wallet >= 5_000 || a.cards.length > 0);
      const a = rng.pick(rich.length > 0 ? rich : old.length > 0 ? old : w.base.all);
      const at = placedAt(rng, win, rng.chance(0.5) ? 'night' : 'shopper');
      const useWallet = a.wallet >= 5_000 && (a.cards.length === 0 || rng.chance(0.6));
      const drop = easybox(rng, addressIn(rng, 'RO', pickCity(rng, SMALL_TOWNS)));
      const lines = useWallet
        ? fitWithin(rng, a.wallet - 1_299)
        : [lineOf(rng.pick(PERFUMES_PREMIUM)), lineOf(rng.pick([...PERFUMES_PREMIUM, P.elixir]))];
      const net = rng.chance(0.6) ? rng.pick(HOSTING) : localNetwork(rng, 'RO', 1);
      return assemble(
        rng,
        {
          at,
          kind,
          fraud: true,
          buyer: accountBuyer(a),
          billing: a.home,
          shipping: drop,
          lines,
          ip: ipOf(rng, net),
          device: antiDetect(rng),
        },
        (basket) => {
          if (useWallet)
            return {
              method: 'portofel_fidelitate',
              attempts: [other('portofel_fidelitate', true, rng.int(4_000, 15_000))],
            };
          const card = rng.pick(a.cards.length > 0 ? a.cards : [newCard(rng, 'RO')]);
          const ok = rng.chance(0.6);
          return {
            method: 'card',
            attempts: [
              cardAttempt(rng, card, basket.amount, {
                entry: 'saved',
                ok,
                afterMs: rng.int(8_000, 30_000),
                ...(ok
                  ? { threeDS: 'frictionless' as const }
                  : { decline: 'authentication_failed' as const }),
              }),
            ],
          };
        },
        (basket, paying) =>
          paidAfter(rng, paying.attempts, () => {
            const sent = rng.int(6, 30) * HOUR;
            const out: LaterEvent[] = [
              { type: 'order.updated', afterMs: sent, status: 'shipped' },
              { type: 'order.updated', afterMs: sent + rng.int(14, 40) * HOUR, status: 'delivered' },
            ];
            if (paying.method === 'portofel_fidelitate')
              out.push({
                type: 'refund.created',
                afterMs: rng.int(3, 15) * DAY,
                reason: 'account_compromised',
                amount: basket.amount,
              });
            else out.push({ type: 'dispute.created', afterMs: rng.int(15, 50) * DAY, reason: 'fraudulent' });
            return out;
          }),
      );
    }
    case 'reseller_stolen_cards': {
      // Resellers abroad: a dozen of one perfume on foreign stolen cards, to Bulgaria, Italy or a Romanian locker.
      const at = placedAt(rng, win, 'shopper');
      const to = rng.pick(['BG', 'IT', 'RO', 'MD']);
      const person = personOf(rng, to === 'BG' ? 'BG' : 'RO');
      const addr = addressIn(rng, to);
      const ship = to === 'RO' ? easybox(rng, addr) : addr;
      const perfume = rng.pick([P.sauvage, P.khamrah, P.libre, P.million, P.eros]);
      const lines: BasketLine<Category>[] = [lineOf(perfume, rng.int(6, 15))];
      if (rng.chance(0.4)) lines.push(lineOf(rng.pick(PERFUMES_PREMIUM), rng.int(3, 6)));
      const cardCountry = rng.pick(['FR', 'DE', 'IT', 'GB', 'ES']);
      const ip = ipOf(
        rng,
        rng.chance(0.6) ? rng.pick(HOSTING) : rng.pick(networksOf(to === 'RO' ? 'BG' : to, 'home')),
      );
      return assemble(
        rng,
        {
          at,
          kind,
          fraud: true,
          buyer: guest(person.name, burnerEmail(rng, person.name)),
          billing: addressIn(rng, to === 'RO' ? 'BG' : to),
          shipping: ship,
          lines,
          ip,
          device: antiDetect(rng),
        },
        (basket) => ({
          method: 'card',
          attempts: stolenTries(rng, () => newCard(rng, cardCountry), inBani(basket), 0.5, false),
        }),
        (_b, paying) =>
          paidAfter(rng, paying.attempts, () => (rng.chance(0.15) ? caught(rng) : stolenAfter(rng, false))),
      );
    }
    case 'empty_box_claim':
    case 'friendly_fraud': {
      const a = rng.pick(w.base.all.filter((x) => x.country === 'RO'));
      const at = placedAt(rng, win, 'shopper');
      const lines =
        kind === 'empty_box_claim'
          ? [lineOf(rng.pick(PERFUMES_PREMIUM)), ...everydayLines(rng).slice(0, 1)]
          : everydayLines(rng, { perfume: 30, hair_tools: 3 });
      const card = a.cards[0] ?? newCard(rng, 'RO');
      const cod = kind === 'empty_box_claim' && rng.chance(0.5);
      return assemble(
        rng,
        {
          at,
          kind,
          fraud: true,
          buyer: accountBuyer(a),
          billing: a.home,
          shipping: rng.chance(0.4) ? easybox(rng, a.home) : a.home,
          lines,
          ip: ipOf(rng, rng.chance(0.5) ? a.homeNet : a.mobileNet),
          device: rng.pick(a.devices),
        },
        (basket) =>
          cod
            ? { method: 'ramburs', attempts: [] }
            : {
                method: 'card',
                attempts: [
                  cardAttempt(rng, card, basket.amount, {
                    entry: a.cards.includes(card) ? 'saved' : 'typed',
                    ok: true,
                    afterMs: rng.int(20_000, 90_000),
                  }),
                ],
              },
        (basket) => {
          const sent = rng.int(8, 30) * HOUR;
          const delivered = sent + rng.int(14, 48) * HOUR;
          const out: LaterEvent[] = [
            { type: 'order.updated', afterMs: sent, status: 'shipped' },
            { type: 'order.updated', afterMs: delivered, status: 'delivered' },
          ];
          if (cod)
            out.push({
              type: 'payment.succeeded',
              afterMs: delivered + rng.int(1, 15) * MINUTE,
              method: 'ramburs',
            });
          if (kind === 'empty_box_claim')
            out.push({
              type: 'refund.created',
              afterMs: delivered + rng.int(1, 4) * DAY,
              reason: 'empty_box_claim',
              amount: basket.amount,
            });
          else
            out.push({
              type: 'dispute.created',
              afterMs: delivered + rng.int(20, 55) * DAY,
              reason: rng.pick(['product_not_received', 'unrecognized', 'fraudulent']),
            });
          return out;
        },
      );
    }
    case 'sanctioned_country':
      return sanctioned(rng, w);
  }
}

/** Everyday products whose total stays under `bani` (a loyalty balance), at least one. */
function fitWithin(rng: Rng, bani: number): BasketLine<Category>[] {
  const pool = [
    ...BY_CATEGORY.skincare,
    ...BY_CATEGORY.makeup,
    ...BY_CATEGORY.kbeauty,
    ...BY_CATEGORY.haircare,
  ];
  const lines: BasketLine<Category>[] = [];
  let left = bani;
  for (const p of rng.shuffle(pool)) {
    if (p.price <= left) {
      lines.push(lineOf(p));
      left -= p.price;
    }
    if (lines.length >= 4) break;
  }
  return lines.length > 0 ? lines : [lineOf(P.farmecBalm)];
}

/** Buyers from Russia, Belarus or Iran: through Transnistria, a Romanian locker, or straight from Minsk. */
function sanctioned(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, 'shopper');
  const route = rng.weightedPick<'tiraspol' | 'locker' | 'minsk' | 'tehran'>([
    ['tiraspol', 4],
    ['locker', 3],
    ['minsk', 2],
    ['tehran', 1],
  ]);
  const lines = [lineOf(rng.pick(PERFUMES_PREMIUM)), ...everydayLines(rng).slice(0, 2)];
  const base = { at, kind: 'sanctioned_country', fraud: true } as const;
  if (route === 'tiraspol') {
    const person = personOf(rng, rng.chance(0.5) ? 'RU' : 'MD');
    const home = addressIn(rng, 'MD', TIRASPOL);
    const net = rng.pick([network('Rostelecom'), network('MTS mobile')]);
    const d: Draft = {
      ...base,
      buyer: guest(person.name, emailOf(rng, person, 'RU')),
      billing: home,
      shipping: home,
      lines,
      ip: ipOf(rng, net),
      device: deviceOf(rng),
      locale: 'ru-RU',
    };
    return assemble(
      rng,
      d,
      (basket) => ({
        method: 'card',
        attempts: stolenTries(
          rng,
          () => newCard(rng, rng.chance(0.5) ? 'RU' : 'MD'),
          inBani(basket),
          0.5,
          false,
        ),
      }),
      (_b, paying) =>
        paidAfter(rng, paying.attempts, () => [
          { type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'shipping_restricted' },
        ]),
    );
  }
  if (route === 'locker') {
    const person = personOf(rng, 'RU');
    const billing = addressIn(rng, 'RU');
    const ship = easybox(rng, addressIn(rng, 'RO'));
    const d: Draft = {
      ...base,
      buyer: guest(person.name, emailOf(rng, person, 'RU')),
      billing,
      shipping: ship,
      lines,
      ip: ipOf(rng, rng.pick(HOSTING)),
      device: deviceOf(rng, 0.3),
      locale: 'ru-RU',
    };
    return assemble(
      rng,
      d,
      (basket) => ({
        method: 'card',
        attempts: [
          cardAttempt(rng, newCard(rng, 'RU'), inBani(basket), {
            ok: false,
            decline: 'card_not_supported',
            afterMs: rng.int(20_000, 60_000),
            holder: true,
          }),
        ],
      }),
      () => [
        {
          type: 'order.updated',
          afterMs: rng.int(10, 30) * MINUTE,
          status: 'payment_changed',
          method: 'ramburs',
        },
        { type: 'order.cancelled', afterMs: rng.int(3, 20) * HOUR, reason: 'shipping_restricted' },
      ],
    );
  }
  const country = route === 'minsk' ? 'BY' : 'IR';
  const person = personOf(rng, country);
  const home = addressIn(rng, country);
  const net = country === 'BY' ? network('Beltelecom') : network('Iranian mobile (MCI)');
  const billing = country === 'IR' && rng.chance(0.5) ? addressIn(rng, 'RO') : home;
  const shipping = billing.country === 'RO' ? billing : home;
  const card = country === 'BY' ? newCard(rng, 'BY') : newCard(rng, 'RO');
  const d: Draft = {
    ...base,
    buyer: guest(person.name, emailOf(rng, person, country)),
    billing,
    shipping,
    lines,
    currency: shipping.country === 'RO' ? 'RON' : 'EUR',
    ip: ipOf(rng, net),
    device: deviceOf(rng),
    locale: country === 'BY' ? 'ru-RU' : 'en-US',
  };
  return assemble(
    rng,
    d,
    (basket) => {
      const ok = country === 'IR' && rng.chance(0.7);
      return {
        method: 'card',
        attempts: [
          cardAttempt(rng, card, inBani(basket), {
            ok,
            afterMs: rng.int(20_000, 60_000),
            holder: true,
            ...(ok
              ? {}
              : { decline: country === 'BY' ? ('card_not_supported' as const) : ('do_not_honor' as const) }),
          }),
        ],
      };
    },
    (_b, paying) =>
      paidAfter(rng, paying.attempts, () => [
        { type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'shipping_restricted' },
      ]),
  );
}

/** What a group of orders from one source shares: a time, a network, a device, a street, a card's BIN. */
interface Ring {
  at: (rng: Rng, w: World['window']) => number;
  ip: (rng: Rng) => string;
  device: ReturnType<typeof deviceOf>;
  second: ReturnType<typeof deviceOf>;
  home: ReturnType<typeof addressIn>;
  locker: ReturnType<typeof addressIn>;
  handle: string;
  card: HeldCard;
  bins: string[];
  binCountry: string;
}

function ringOf(rng: Rng, w: World, kind: FraudKind): Ring {
  const win = w.window;
  const testing = kind === 'card_testing';
  const start = placedAt(rng, win, testing ? 'night' : 'shopper');
  const step = testing ? 4 * MINUTE : kind === 'promo_abuse' ? 3 * HOUR : 2 * DAY;
  let last = start;
  const net = testing
    ? rng.pick(HOSTING)
    : localNetwork(rng, 'RO', kind === 'refused_cod_fake_name' ? 0.8 : 0.4);
  const fixedIp = ipOf(rng, net);
  const binCountry = rng.pick(['US', 'GB', 'RO', 'IT']);
  const ranges = [newCard(rng, binCountry).bin, newCard(rng, binCountry).bin];
  const home = addressIn(rng, 'RO');
  return {
    at: (r, window) => (last = soonAfter(r, window, last, step)),
    ip: (r) => (testing || r.chance(0.6) ? fixedIp : ipOf(r, net)),
    device: testing ? headless(rng) : deviceOf(rng, 0.9),
    second: deviceOf(rng, 0.9),
    home,
    locker: easybox(rng, home),
    handle: rng.token(4, 'abcdefghijklmnopqrstuvwxyz'),
    card: newCard(rng, 'RO'),
    bins: ranges,
    binCountry,
  };
}

/** Rings per kind: how many orders one source places before it moves on. */
const RING_SIZE: Partial<Record<FraudKind, readonly [number, number]>> = {
  card_testing: [6, 14],
  promo_abuse: [3, 7],
  refused_cod_fake_name: [2, 5],
};

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const counts = allocate(count);
  const out: Purchase[] = [];
  for (const kind of Object.keys(FRAUD) as FraudKind[]) {
    const k = rng.fork(kind);
    let ring = ringOf(k.fork('ring0'), w, kind);
    let left = 0;
    let rings = 0;
    for (let i = 0; i < counts[kind]; i++) {
      const size = RING_SIZE[kind];
      if (size && left <= 0) {
        ring = ringOf(k.fork(`ring${++rings}`), w, kind);
        left = k.int(size[0], size[1]);
      }
      left -= 1;
      out.push(plan(k.fork(`p${i}`), w, kind, ring));
    }
  }
  return out;
}
