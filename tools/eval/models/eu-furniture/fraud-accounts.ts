import { type Rng } from '../kit/random.js';
import { deliverySlot } from './calendar.js';
import { newCard } from './cards.js';
import { basketOf, line, ofCategory, product } from './catalogue.js';
import { deviceOf, newDevice } from './devices.js';
import {
  chargebackLater,
  dropAddress,
  fraudNetwork,
  fraudPurchase,
  someone,
  throwawayEmail,
  when,
} from './fraud-kit.js';
import { honestDevice } from './honest-kit.js';
import { ipOn } from './networks.js';
import { buyerOf, newPerson, type World } from './people.js';
import { addressIn, type Market, pickCity, pickMarket } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  HOUR,
  inEur,
  MINUTE,
  otherAttempt,
  type Purchase,
  retryGap,
} from './purchase.js';

/** Fraud through accounts and identities: takeovers, instalments in a stolen name, promo farms, and customers who lie. */

/** A real customer's account, opened from a new device and network, paid with the saved card, sent to a drop. */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const victim = rng.pick(w.accounts);
  const market = victim.market;
  const at = when(rng, w, market, rng.chance(0.4) ? 'night' : 'home');
  const card = rng.pick(victim.cards);
  const style = rng.weightedPick<string>([
    ['drop', 45],
    ['redirect', 20],
    ['collect', 15],
    ['gift_cards', 20],
  ]);
  const lines =
    style === 'gift_cards'
      ? [line(rng, product(rng.pick(['GC-100', 'GC-250'])), market, rng.int(2, 5), 0)]
      : [line(rng, rng.pick(ofCategory('appliance', 'sofa')), market, 1, 0.3)];
  const fulfilment = style === 'collect' ? 'collect' : style === 'gift_cards' ? 'parcel' : 'two_person';
  const basket = basketOf(lines, market, fulfilment);
  const eur = inEur(basket.amount, market);
  const challenged = rng.chance(0.35);
  const attempts: Attempt[] = challenged
    ? [cardAttempt(rng, card, false, 'saved', 'good', firstAuth(rng), eur, 'authentication_failed')]
    : [cardAttempt(rng, card, true, 'saved', 'good', firstAuth(rng), eur)];
  if (challenged && rng.chance(0.3))
    attempts.push(
      cardAttempt(
        rng,
        newCard(rng, 'US'),
        rng.chance(0.6),
        'typed',
        'wrong',
        retryGap(rng),
        eur,
        'do_not_honor',
      ),
    );
  const drop = dropAddress(rng, market);
  const city = pickCity(rng, market, (c) => c.warehouse !== undefined);
  return fraudPurchase(rng, {
    at,
    kind: 'account_takeover',
    market,
    buyer: buyerOf(victim),
    basket,
    billing: victim.home,
    shipping: style === 'drop' ? drop : victim.home,
    fulfilment,
    ...(fulfilment === 'two_person' ? { slot: deliverySlot(rng, at, market, 1) } : {}),
    ...(fulfilment === 'collect' ? { warehouse: city.warehouse ?? 'central' } : {}),
    attempts,
    network: fraudNetwork(rng, market, { proxy: 40, hosting: 35, abroad: 25 }),
    device: deviceOf(rng, rng.pick(['windows', 'android', 'iphone'] as const), { hidden: 0.4 }),
    later: [
      ...(style === 'redirect'
        ? [
            {
              type: 'order.updated' as const,
              afterMs: rng.int(10 * MINUTE, 6 * HOUR),
              reason: 'delivery_address_changed',
              shipping: drop,
            },
          ]
        : []),
      ...chargebackLater(rng, { caught: 0.08, warning: 0.25, dispute: 0.75 }),
    ],
  });
}

/** Instalments in someone else's name: their identity and address pass the lender's check, the goods go elsewhere. */
export function instalmentIdentity(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick<Market>([
    ['IT', 35],
    ['ES', 25],
    ['PL', 30],
    ['RO', 10],
  ]);
  const at = when(rng, w, market, 'home');
  const victim = newPerson(rng, market, undefined, { account: false });
  const lines = rng.chance(0.4)
    ? [line(rng, rng.pick(ofCategory('kitchen')), market, 1, 0.2)]
    : [
        line(rng, rng.pick(ofCategory('sofa')), market),
        line(rng, rng.pick(ofCategory('appliance')), market),
        line(rng, rng.pick(ofCategory('appliance')), market),
      ];
  const collect = rng.chance(0.35);
  const basket = basketOf(lines, market, collect ? 'collect' : 'two_person');
  const approved = rng.chance(0.6);
  const attempts: Attempt[] = [
    otherAttempt(
      'instalments',
      approved,
      rng.int(4, 35) * MINUTE,
      'financing_declined',
      rng.pick([12, 20, 24, 36]),
    ),
  ];
  if (!approved && rng.chance(0.4))
    attempts.push(otherAttempt('klarna', rng.chance(0.4), retryGap(rng), 'do_not_honor'));
  const city = pickCity(rng, market, (c) => c.warehouse !== undefined);
  return fraudPurchase(rng, {
    at,
    kind: 'instalment_identity',
    market,
    buyer: {
      id: `cus_${rng.token(12)}`,
      createdAt: at - rng.int(5, 60) * MINUTE,
      email: throwawayEmail(rng, victim.name),
      name: victim.name.full,
    },
    basket,
    billing: victim.home,
    shipping: dropAddress(rng, market),
    fulfilment: collect ? 'collect' : 'two_person',
    ...(collect ? { warehouse: city.warehouse ?? 'central' } : { slot: deliverySlot(rng, at, market, 3) }),
    attempts,
    network: fraudNetwork(rng, market, { proxy: 60, mobile: 40 }),
    device: deviceOf(rng, rng.pick(['windows', 'android'] as const)),
    later: rng.chance(0.5)
      ? [{ type: 'fraud_warning.created', afterMs: rng.int(20, 55) * DAY, reason: 'identity_theft_reported' }]
      : [],
  });
}

const WELCOME: Readonly<Record<Market, string>> = {
  IT: 'BENVENUTO15',
  ES: 'BIENVENIDO15',
  PL: 'WITAJ15',
  RO: 'BINEAI15',
  GR: 'KALOSIRTHES15',
};

/** One reseller's farm: fresh accounts with the welcome code, one phone, one street, goods resold on classifieds. */
export function promoFarm(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(3, 8));
    const market = pickMarket(rng);
    const city = pickCity(rng, market);
    const home = addressIn(rng, city);
    const device = rng.chance(0.5) ? deviceOf(rng, 'app') : newDevice(rng, market);
    const net = fraudNetwork(rng, market, { proxy: 60, mobile: 40 });
    const base = someone(rng, market);
    const local = `${base.first}${base.last}`
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
    let t = when(rng, w, market, 'home');
    for (let i = 0; i < size; i++) {
      t = Math.min(w.window.end - 1, t + rng.int(10 * MINUTE, 2 * DAY));
      const name = rng.chance(0.5) ? base : someone(rng, market);
      const email = rng.chance(0.6)
        ? `${local.slice(0, 3)}.${local.slice(3)}+${i + 1}@gmail.com`
        : throwawayEmail(rng, name);
      const lines = Array.from({ length: rng.int(1, 3) }, () =>
        line(rng, rng.pick(ofCategory('lighting', 'office', 'textile', 'dining', 'storage')), market, 1, 0.6),
      );
      const basket = basketOf(lines, market, 'parcel', { code: WELCOME[market], codeShare: 0.15 });
      const flat = {
        ...home,
        line1: `${home.line1 ?? ''}${rng.pick(['', ' ', ', int. 2', ' (citofono ' + name.last + ')', ' bis'])}`,
      };
      const card = newCard(rng, market, rng.chance(0.5) ? 'prepaid' : 'debit');
      out.push(
        fraudPurchase(rng, {
          at: t,
          kind: 'promo_abuse',
          market,
          buyer: {
            id: `cus_${rng.token(12)}`,
            createdAt: t - rng.int(1, 15) * MINUTE,
            email,
            name: name.full,
          },
          basket,
          billing: flat,
          shipping: flat,
          fulfilment: 'parcel',
          attempts: [
            cardAttempt(rng, card, true, 'typed', 'good', firstAuth(rng), inEur(basket.amount, market)),
          ],
          network: net,
          ip: ipOn(rng, net),
          device,
          later: [],
        }),
      );
    }
  }
  return out;
}

/** Real customers who got what they paid for and tell the bank they did not (or that it was not them). */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const person = rng.pick(w.accounts);
  const market = person.market;
  const at = when(rng, w, market, 'home');
  const lines = [line(rng, rng.pick(ofCategory('sofa', 'mattress', 'appliance', 'bed')), market)];
  const basket = basketOf(lines, market, 'two_person', { assembly: rng.chance(0.4) });
  const slot = deliverySlot(rng, at, market, 3);
  const reason = rng.weightedPick<string>([
    ['product_not_received', 45],
    ['not_as_described', 30],
    ['fraudulent', 25],
  ]);
  return fraudPurchase(rng, {
    at,
    kind: 'friendly_fraud',
    market,
    buyer: buyerOf(person),
    basket,
    billing: person.home,
    shipping: person.home,
    fulfilment: 'two_person',
    slot,
    attempts: [
      cardAttempt(
        rng,
        rng.pick(person.cards),
        true,
        rng.chance(0.5) ? 'saved' : 'typed',
        'good',
        firstAuth(rng),
        inEur(basket.amount, market),
      ),
    ],
    network: rng.chance(0.7) ? person.homeNet : person.mobileNet,
    device: honestDevice(rng, person),
    later: [{ type: 'dispute.created', afterMs: slot.from - at + rng.int(20, 50) * DAY, reason }],
  });
}

/** Customers who claim damage or a missing parcel to keep the goods and the money. */
export function refundAbuse(rng: Rng, w: World): Purchase {
  const person = rng.pick(w.accounts);
  const market = person.market;
  const at = when(rng, w, market, 'home');
  const parcel = rng.chance(0.6);
  const lines = parcel
    ? Array.from({ length: rng.int(2, 5) }, () =>
        line(rng, rng.pick(ofCategory('textile', 'lighting', 'decor', 'office')), market, rng.int(1, 2)),
      )
    : [line(rng, rng.pick(ofCategory('mattress', 'sofa')), market)];
  const basket = basketOf(lines, market, parcel ? 'parcel' : 'two_person');
  const claim = parcel ? rng.pick(['item_not_received', 'damaged_in_transit']) : 'damaged_in_transit';
  return fraudPurchase(rng, {
    at,
    kind: 'refund_abuse',
    market,
    buyer: buyerOf(person),
    basket,
    billing: person.home,
    shipping: person.home,
    fulfilment: parcel ? 'parcel' : 'two_person',
    ...(parcel ? {} : { slot: deliverySlot(rng, at, market, 3) }),
    attempts: [
      cardAttempt(
        rng,
        rng.pick(person.cards),
        true,
        'saved',
        'good',
        firstAuth(rng),
        inEur(basket.amount, market),
      ),
    ],
    network: person.homeNet,
    device: honestDevice(rng, person),
    later: [
      {
        type: 'refund.created',
        afterMs: rng.int(4, 16) * DAY,
        reason: claim,
        amount: Math.round(basket.amount * (rng.chance(0.7) ? 1 : 0.5)),
      },
    ],
  });
}
