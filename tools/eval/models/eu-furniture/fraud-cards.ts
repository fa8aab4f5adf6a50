import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { deliverySlot } from './calendar.js';
import { type Decline, type HeldCard, newCard } from './cards.js';
import { basketOf, line, ofCategory, product } from './catalogue.js';
import { botDevice, deviceOf, newDevice } from './devices.js';
import {
  chargebackLater,
  dropAddress,
  fraudNetwork,
  fraudPurchase,
  someone,
  throwawayEmail,
  when,
} from './fraud-kit.js';
import { ipOn, type Network, networksOf } from './networks.js';
import { newPerson, type World } from './people.js';
import { abroadIn, addressIn, FORWARDERS, type Market, pickCity, pickMarket } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  HOUR,
  inEur,
  MINUTE,
  type Purchase,
  retryGap,
} from './purchase.js';

/** Fraud on stolen cards: testing, no-details and fullz purchases, collection mules, reshipping, triangulation. */

const STOLEN_FROM = (rng: Rng, m: Market): string =>
  rng.weightedPick<string>([
    ['US', 28],
    ['GB', 18],
    ['DE', 8],
    ['FR', 8],
    ['NL', 4],
    [m, 34],
  ]);

/** Tries stolen cards until one goes through or the list runs out: 3-D Secure stops most European ones. */
function burnCards(rng: Rng, cards: HeldCard[], eur: number, match: 'good' | 'wrong'): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const europe = !['US', 'NG', 'UA', 'RU', 'BY', 'IR', 'SY', 'MD', 'AL'].includes(card.country);
    const ok = rng.chance(europe ? 0.35 : 0.62);
    const why = rng.weightedPick<Decline>(
      europe
        ? [
            ['authentication_failed', 45],
            ['do_not_honor', 15],
            ['stolen_card', 10],
            ['insufficient_funds', 15],
            ['card_velocity_exceeded', 15],
          ]
        : [
            ['do_not_honor', 35],
            ['stolen_card', 15],
            ['lost_card', 10],
            ['insufficient_funds', 25],
            ['transaction_not_allowed', 15],
          ],
    );
    out.push(
      cardAttempt(
        rng,
        card,
        ok,
        'typed',
        match,
        i === 0 ? firstAuth(rng) : retryGap(rng),
        eur,
        ok ? undefined : why,
      ),
    );
    if (ok) break;
  }
  return out;
}

const stolenCards = (rng: Rng, m: Market, n: number, type?: 'business'): HeldCard[] =>
  Array.from({ length: n }, () => newCard(rng, STOLEN_FROM(rng, m), type));

/** Bursts on the cheapest things in the shop: guests, one BIN a burst, a bot, seconds to minutes apart. */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(4, 14));
    const market = pickMarket(rng);
    let t = when(rng, w, market, 'night');
    const template = newCard(
      rng,
      rng.weightedPick<string>([
        ['US', 40],
        ['GB', 15],
        [market, 30],
        ['DE', 15],
      ]),
    );
    const device = botDevice(rng);
    const fixed: Network | undefined = rng.chance(0.5)
      ? fraudNetwork(rng, market, { hosting: 1 })
      : undefined;
    for (let i = 0; i < size; i++) {
      t = Math.min(w.window.end - 1, t + rng.int(15_000, 5 * MINUTE));
      const card = { ...template, last4: rng.digits(4), fingerprint: `fp_${rng.token(16)}` };
      const name = someone(rng, market);
      const lines = [
        line(rng, product(rng.pick(['DEC-CANDLE', 'TEX-CUSHION', 'DEC-POT', 'LIG-BULB-4'])), market, 1, 0),
      ];
      const basket = basketOf(lines, market, 'parcel');
      const ok = rng.chance(0.18);
      const why = rng.weightedPick<Decline>([
        ['invalid_number', 20],
        ['do_not_honor', 25],
        ['stolen_card', 8],
        ['lost_card', 6],
        ['insufficient_funds', 15],
        ['incorrect_cvc', 14],
        ['expired_card', 12],
      ]);
      const attempts = [
        cardAttempt(
          rng,
          card,
          ok,
          'typed',
          'unknown',
          rng.int(2_000, 9_000),
          inEur(basket.amount, market),
          ok ? undefined : why,
        ),
      ];
      if (!ok && rng.chance(0.3)) {
        const again = { ...template, last4: rng.digits(4), fingerprint: `fp_${rng.token(16)}` };
        const ok2 = rng.chance(0.2);
        attempts.push(
          cardAttempt(
            rng,
            again,
            ok2,
            'typed',
            'unknown',
            rng.int(5_000, 40_000),
            inEur(basket.amount, market),
            ok2 ? undefined : 'do_not_honor',
          ),
        );
      }
      const address = addressIn(rng, pickCity(rng, market));
      out.push(
        fraudPurchase(rng, {
          at: t,
          kind: 'card_testing',
          market,
          buyer: { email: throwawayEmail(rng, name), name: name.full },
          basket,
          billing: address,
          shipping: address,
          fulfilment: 'parcel',
          attempts,
          network: fixed ?? fraudNetwork(rng, market, { proxy: 3, hosting: 1 }),
          device,
          later: chargebackLater(rng, { caught: 0.3, warning: 0.3, dispute: 0.15 }),
        }),
      );
    }
  }
  return out;
}

/** A stolen card without the holder's details: a made-up buyer and a drop, the dearest appliances, the first slot. */
export function stolenCardAppliances(rng: Rng, w: World): Purchase {
  const market = pickMarket(rng);
  const at = when(rng, w, market, rng.chance(0.5) ? 'night' : 'home');
  const name = someone(rng, market);
  const drop = dropAddress(rng, market);
  const lines = Array.from({ length: rng.int(1, 2) }, () =>
    line(
      rng,
      product(
        rng.pick([
          'APP-FRIDGE-SBS',
          'APP-AC-12K',
          'APP-DRYER-HP',
          'APP-OVEN-PYRO',
          'APP-FRIDGE-NF',
          'APP-WASH-9',
        ]),
      ),
      market,
      rng.chance(0.25) ? 2 : 1,
      0.2,
    ),
  );
  const basket = basketOf(lines, market, 'two_person');
  const cards = stolenCards(rng, market, rng.int(1, 4));
  const fresh = rng.chance(0.4);
  return fraudPurchase(rng, {
    at,
    kind: 'stolen_card_appliances',
    market,
    buyer: {
      ...(fresh ? { id: `cus_${rng.token(12)}`, createdAt: at - rng.int(2, 40) * MINUTE } : {}),
      email: throwawayEmail(rng, name),
      name: name.full,
    },
    basket,
    billing: drop,
    shipping: drop,
    fulfilment: 'two_person',
    slot: deliverySlot(rng, at, market, 1),
    attempts: burnCards(rng, cards, inEur(basket.amount, market), 'wrong'),
    network: fraudNetwork(rng, market, { proxy: 40, mobile: 25, hosting: 25, abroad: 10 }),
    device: rng.chance(0.7) ? newDevice(rng, market) : botDevice(rng),
    later: chargebackLater(rng),
  });
}

/** Fullz: the holder's name, address and card (and a phished 3-D Secure code); goods sent elsewhere. */
export function fullzBigTicket(rng: Rng, w: World): Purchase {
  const market = pickMarket(rng);
  const at = when(rng, w, market, 'home');
  const victim = newPerson(rng, market, undefined, { account: false });
  const card = victim.cards[0] ?? newCard(rng, market);
  const lines = rng.chance(0.5)
    ? [
        line(rng, rng.pick(ofCategory('sofa')), market),
        line(rng, rng.pick(ofCategory('wardrobe', 'dining')), market),
      ]
    : [
        line(rng, rng.pick(ofCategory('appliance')), market),
        line(rng, rng.pick(ofCategory('appliance')), market),
      ];
  const basket = basketOf(lines, market, 'two_person');
  const eur = inEur(basket.amount, market);
  const otpPhished = rng.chance(0.6);
  const attempts = otpPhished
    ? [cardAttempt(rng, card, true, 'typed', 'good', firstAuth(rng), eur)]
    : [cardAttempt(rng, card, false, 'typed', 'good', firstAuth(rng), eur, 'authentication_failed')];
  const redirect = rng.chance(0.3);
  const drop = dropAddress(rng, market);
  return fraudPurchase(rng, {
    at,
    kind: 'fullz_big_ticket',
    market,
    buyer: {
      id: `cus_${rng.token(12)}`,
      createdAt: at - rng.int(3, 90) * MINUTE,
      email: throwawayEmail(rng, victim.name),
      name: victim.name.full,
    },
    basket,
    billing: victim.home,
    shipping: redirect ? victim.home : drop,
    fulfilment: 'two_person',
    slot: deliverySlot(rng, at, market, 2),
    attempts,
    network: fraudNetwork(rng, market, { proxy: 70, mobile: 30 }),
    device: deviceOf(rng, rng.pick(['windows', 'windows', 'mac', 'android'] as const)),
    later: [
      ...(redirect
        ? [
            {
              type: 'order.updated' as const,
              afterMs: rng.int(2 * HOUR, DAY),
              reason: 'delivery_address_changed',
              shipping: drop,
            },
          ]
        : []),
      ...chargebackLater(rng, { caught: 0.05, warning: 0.3, dispute: 0.85 }),
    ],
  });
}

/** A mule collects at the warehouse what a stolen card bought: no delivery address at all. */
export function collectMule(rng: Rng, w: World): Purchase {
  const market = pickMarket(rng);
  const city = pickCity(rng, market, (c) => c.warehouse !== undefined);
  const at = when(rng, w, market, 'home');
  const mule = someone(rng, market);
  const lines = rng.chance(0.6)
    ? [line(rng, rng.pick(ofCategory('appliance')), market, rng.int(1, 2))]
    : [
        line(rng, product('OFF-CHAIR-ERGO'), market, rng.int(3, 8)),
        line(rng, product('APP-HOB-IND'), market, rng.int(1, 3)),
      ];
  const basket = basketOf(lines, market, 'collect');
  return fraudPurchase(rng, {
    at,
    kind: 'collect_mule',
    market,
    buyer: { email: throwawayEmail(rng, mule), name: mule.full },
    basket,
    billing: addressIn(rng, city),
    fulfilment: 'collect',
    warehouse: city.warehouse ?? 'central',
    attempts: burnCards(rng, stolenCards(rng, market, rng.int(1, 3)), inEur(basket.amount, market), 'wrong'),
    network: rng.pick(networksOf(market, 'mobile')),
    device: deviceOf(rng, rng.pick(['android', 'iphone'] as const)),
    later: chargebackLater(rng, { caught: 0.12 }),
  });
}

/** Foreign fullz shipped to a freight forwarder near the eastern border, bound further east. */
export function reshipper(rng: Rng, w: World): Purchase {
  const fwd: Address = rng.pick(FORWARDERS);
  const market = fwd.country as Market;
  const at = when(rng, w, market, rng.chance(0.5) ? 'night' : 'any');
  const from = rng.weightedPick<string>([
    ['US', 40],
    ['GB', 30],
    ['DE', 15],
    ['NL', 8],
    ['CH', 7],
  ]);
  const holder = someone(rng, from as Market);
  const cards = Array.from({ length: rng.int(1, 3) }, () => newCard(rng, from));
  const lines = [
    line(
      rng,
      rng.pick([...ofCategory('appliance'), product('MAT-160-MEMORY'), product('SOF-ANG-NORA')]),
      market,
      rng.int(1, 4),
      0.2,
    ),
  ];
  const basket = basketOf(lines, market, 'two_person');
  return fraudPurchase(rng, {
    at,
    kind: 'reshipper_forwarder',
    market,
    buyer: { email: throwawayEmail(rng, holder), name: holder.full },
    basket,
    billing: abroadIn(rng, from),
    shipping: fwd,
    fulfilment: 'two_person',
    slot: deliverySlot(rng, at, market, 2),
    attempts: burnCards(rng, cards, inEur(basket.amount, market), 'good'),
    network: fraudNetwork(rng, market, { hosting: 40, abroad: 30, proxy: 30 }),
    device: rng.chance(0.5) ? botDevice(rng) : newDevice(rng, 'GB'),
    later: chargebackLater(rng, { caught: 0.1 }),
  });
}

/** Sold cheap on a classifieds site, bought with a stolen card, delivered to the real (unknowing) buyer. */
export function triangulation(rng: Rng, w: World): Purchase {
  const market = pickMarket(rng);
  const at = when(rng, w, market, 'any');
  const buyerAtHome = newPerson(rng, market, undefined, { account: false });
  const cardFrom = STOLEN_FROM(rng, market);
  const holderBilling = cardFrom === market ? addressIn(rng, pickCity(rng, market)) : abroadIn(rng, cardFrom);
  const card = newCard(rng, cardFrom);
  const lines = [
    line(
      rng,
      product(
        rng.pick([
          'SOF-BED-OSLO',
          'OFF-CHAIR-ERGO',
          'MAT-160-MEMORY',
          'APP-WASH-9',
          'DIN-TAB-OAK6',
          'SOF-3-LINO',
        ]),
      ),
      market,
      1,
      0.3,
    ),
  ];
  const basket = basketOf(lines, market, 'two_person', { assembly: rng.chance(0.3) });
  const ok = rng.chance(0.75);
  return fraudPurchase(rng, {
    at,
    kind: 'triangulation',
    market,
    buyer: {
      email: rng.chance(0.5) ? throwawayEmail(rng, buyerAtHome.name) : buyerAtHome.email,
      name: buyerAtHome.name.full,
    },
    basket,
    billing: rng.chance(0.6) ? holderBilling : buyerAtHome.home,
    shipping: buyerAtHome.home,
    fulfilment: 'two_person',
    slot: deliverySlot(rng, at, market, 3),
    attempts: [
      cardAttempt(
        rng,
        card,
        ok,
        'typed',
        'wrong',
        firstAuth(rng),
        inEur(basket.amount, market),
        ok ? undefined : 'do_not_honor',
      ),
    ],
    network: fraudNetwork(rng, market, { abroad: 45, hosting: 30, proxy: 25 }),
    device: newDevice(rng, market),
    later: chargebackLater(rng, { caught: 0.04, warning: 0.3, dispute: 0.9 }),
  });
}

/** A made-up hotel "fitting out" rooms with a stolen business card, shipped to a storage unit. */
export function fakeTradeBuyer(rng: Rng, w: World): Purchase {
  const market = pickMarket(rng);
  const at = when(rng, w, market, 'office');
  const contact = someone(rng, market);
  const brand = rng.pick(['Aurora', 'Marina', 'Olympia', 'Sunset', 'Bella Vista', 'Royal']);
  const domain = `${brand.toLowerCase().replace(' ', '')}-${rng.pick(['hospitality', 'suites', 'rentals', 'hotels'])}.com`;
  const rooms = rng.int(10, 40);
  const lines = [
    line(rng, product(rng.pick(['MAT-160-MEMORY', 'MAT-140-HYBRID'])), market, rooms, 0.2),
    line(rng, product('BED-160-ARIA'), market, Math.ceil(rooms / 2), 0.2),
    ...(rng.chance(0.5) ? [line(rng, product('APP-AC-12K'), market, rng.int(5, 15), 0.2)] : []),
  ];
  const basket = basketOf(lines, market, 'two_person');
  const cards = Array.from({ length: rng.int(1, 3) }, () =>
    newCard(rng, STOLEN_FROM(rng, market), 'business'),
  );
  return fraudPurchase(rng, {
    at,
    kind: 'fake_trade_buyer',
    market,
    buyer: {
      id: `cus_${rng.token(12)}`,
      createdAt: at - rng.int(1, 5) * DAY,
      email: `${contact.first.toLowerCase()}@${domain}`,
      name: contact.full,
    },
    basket,
    billing: addressIn(rng, pickCity(rng, market)),
    shipping: rng.chance(0.5) ? dropAddress(rng, market) : rng.pick(FORWARDERS),
    fulfilment: 'two_person',
    slot: deliverySlot(rng, at, market, 3),
    attempts: burnCards(rng, cards, inEur(basket.amount, market), 'wrong'),
    network: fraudNetwork(rng, market, { proxy: 50, hosting: 35, abroad: 15 }),
    device: deviceOf(rng, 'windows'),
    company: {
      name: `Hotel ${brand} ${rng.pick(['s.r.l.', 'S.L.', 'sp. z o.o.', 'SRL', 'IKE'])}`,
      vatId: `${market === 'GR' ? 'EL' : market}${rng.digits(9)}`,
    },
    later: chargebackLater(rng, { caught: 0.15, warning: 0.4, dispute: 0.85 }),
  });
}

/** Buyers in Russia, Belarus, Iran or Syria: shipped home or through a forwarder, on their own or a relative's card. */
export function sanctioned(rng: Rng, w: World): Purchase {
  const from = rng.weightedPick<string>([
    ['RU', 45],
    ['BY', 25],
    ['IR', 15],
    ['SY', 15],
  ]);
  const viaForwarder = rng.chance(0.6);
  const fwd = rng.pick(FORWARDERS);
  const market: Market = viaForwarder ? (fwd.country as Market) : rng.pick(['PL', 'RO', 'GR'] as const);
  const at = when(rng, w, market, 'any');
  const name = someone(rng, from as Market);
  const home = abroadIn(rng, from);
  const lines = [
    line(
      rng,
      rng.pick([...ofCategory('sofa', 'kitchen', 'appliance', 'dining')]),
      market,
      rng.int(1, 2),
      0.3,
    ),
  ];
  const basket = basketOf(lines, market, 'two_person');
  const own = newCard(rng, from);
  const relative = newCard(rng, rng.pick(['PL', 'RO', 'GR', 'DE']));
  const eur = inEur(basket.amount, market);
  const attempts: Attempt[] = [
    cardAttempt(rng, own, false, 'typed', 'unknown', firstAuth(rng), eur, 'transaction_not_allowed'),
  ];
  if (rng.chance(0.65))
    attempts.push(
      cardAttempt(
        rng,
        relative,
        rng.chance(0.7),
        'typed',
        'wrong',
        retryGap(rng),
        eur,
        'authentication_failed',
      ),
    );
  const net = rng.chance(0.5) ? networksOf(from, rng.pick(['home', 'mobile'] as const))[0] : undefined;
  const network = net ?? fraudNetwork(rng, market, { hosting: 1 });
  return fraudPurchase(rng, {
    at,
    kind: 'sanctioned_country',
    market,
    buyer: { email: throwawayEmail(rng, name), name: name.full },
    basket,
    billing: home,
    shipping: viaForwarder ? fwd : home,
    fulfilment: 'two_person',
    slot: deliverySlot(rng, at, market, 4),
    attempts,
    network,
    ip: ipOn(rng, network),
    device: newDevice(rng, 'RO'),
    later: rng.chance(0.5)
      ? [
          { type: 'order.cancelled', afterMs: rng.int(HOUR, DAY), reason: 'sanctions_screening' },
          { type: 'refund.created', afterMs: DAY + rng.int(HOUR, DAY), reason: 'sanctions_screening' },
        ]
      : chargebackLater(rng, { caught: 0, warning: 0.2, dispute: 0.3 }),
  });
}
