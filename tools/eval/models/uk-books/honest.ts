import { type Rng } from '../kit/random.js';
import { accountIn, type World } from './accounts.js';
import { giftNoteFrom, purchaseOf, renewalTime } from './build.js';
import { drawTime, EVENINGS, OFFICE_HOURS } from './calendar.js';
import { commercialCard, newCard } from './cards.js';
import {
  basketOf,
  GIFT_CARD_VALUES,
  giftCard,
  GIFTS,
  lineIn,
  type Line,
  NEW_BOOKS,
  priceIn,
  readerLines,
  SIGNED,
  SUBSCRIPTIONS,
} from './catalogue.js';
import { clickCollect, events, institution } from './honest-local.js';
import { abroad, collector, travellerVpn } from './honest-more.js';
import { student } from './students.js';
import { network } from './networks.js';
import { addressIn, EDINBURGH, marketOf, townIn, ukTown } from './places.js';
import { emailOf, fullName, originIn, personOf, workEmail } from './people.js';
import {
  cardAttempt,
  DAY,
  EVERYDAY_MIX,
  fulfil,
  honestEnding,
  honestPay,
  type LaterEvent,
  type Purchase,
  releaseUnpaid,
} from './purchase.js';
import { giftDay, readerDay, subscriptionDay } from './seasons.js';
import { guest, returning } from './visits.js';

/**
 * The honest kinds by weight, and the everyday ones: readers, regulars, gift buyers and subscribers (students in
 * students.ts; the unusual-looking ones in honest-more.ts and honest-local.ts).
 */

export const HONEST = {
  reader: 25,
  regular: 13,
  student: 12,
  gift: 11,
  subscription: 8,
  abroad: 9,
  collector: 4,
  institution: 4,
  events: 6,
  click_collect: 5,
  traveller_vpn: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

const count = (rng: Rng) =>
  rng.weightedPick([
    [1, 45],
    [2, 30],
    [3, 15],
    [4, 10],
  ] as const);

/** A reader at home in Britain buying a few new books, now and then a book club's copies of one title. */
function reader(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.4) ? accountIn(rng, w, ['GB']) : undefined;
  const town = ukTown(rng);
  const zone = a?.zone ?? town.zone;
  const at = drawTime(rng, w.window, zone, readerDay, EVENINGS);
  const visit = a ? returning(rng, a, at) : guest(rng, personOf(rng, originIn(rng, 'GB')), 'GB', at);
  const home = a?.home ?? addressIn(rng, town);
  const bookClub = rng.chance(0.04);
  const lines = bookClub
    ? [lineIn(rng.pick(NEW_BOOKS.slice(0, 8)), 'GBP', rng.int(6, 12))]
    : readerLines(rng, 'GBP', count(rng));
  if (!bookClub && rng.chance(0.08))
    lines.push(lineIn(rng.pick([GIFTS.tote, GIFTS.bookmark, GIFTS.notebook]), 'GBP'));
  const fulfilment = rng.chance(0.18) ? 'tracked_24' : 'tracked_48';
  const code = bookClub
    ? { code: 'BOOKCLUB10', percent: 10 }
    : !a && rng.chance(0.06)
      ? { code: 'WELCOME10', percent: 10 }
      : undefined;
  const basket = basketOf(lines, 'GBP', fulfilment, 'GB', code);
  const attempts = honestPay(rng, { ...visit, country: 'GB' }, basket.amount, EVERYDAY_MIX);
  const later = honestEnding(rng, attempts, { fulfilment, destination: 'GB', amount: basket.amount });
  return purchaseOf({
    kind: 'reader',
    at,
    zone,
    visit,
    billing: home,
    shipping: home,
    basket,
    fulfilment,
    attempts,
    later,
  });
}

/**
 * A regular with an account and a saved card: more books a time, pre-ordered signed first printings shipped
 * on publication day, collection at the shop for those in town.
 */
function regular(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['GB', 'IE']);
  const at = drawTime(rng, w.window, a.zone, readerDay, EVENINGS);
  const visit = returning(rng, a, at);
  const { currency } = marketOf(a.country);
  const preorder = rng.chance(0.12);
  const lines = preorder ? [lineIn(rng.pick(SIGNED), currency)] : readerLines(rng, currency, count(rng) + 1);
  const local = a.home.city === 'Edinburgh' && rng.chance(0.25);
  const fulfilment = local ? 'click_collect' : a.country === 'GB' ? 'tracked_48' : 'international_tracked';
  const basket = basketOf(lines, currency, fulfilment, a.country);
  const attempts = honestPay(rng, { ...visit, country: a.country }, basket.amount, EVERYDAY_MIX);
  const d = {
    fulfilment,
    destination: a.country,
    amount: basket.amount,
    ...(preorder ? { from: rng.int(5, 40) * DAY } : {}),
  } as const;
  const later = honestEnding(rng, attempts, d);
  return purchaseOf({
    kind: 'regular',
    at,
    zone: a.zone,
    visit,
    billing: a.home,
    ...(fulfilment === 'click_collect' ? {} : { shipping: a.home }),
    basket,
    fulfilment,
    attempts,
    later,
    preorder,
  });
}

const FIRMS = [
  'Calton Hill Legal LLP',
  'Leith Harbour Architects',
  'Morningside Wealth Partners',
  'Clyde Street Consulting Ltd',
  'Forth Valley Engineering Ltd',
];

/**
 * A gift: books wrapped and posted to someone elsewhere (now and then abroad), an e-gift card e-mailed to
 * the recipient, or a firm's Christmas books for its clients on a company card.
 */
function gift(rng: Rng, w: World): Purchase {
  const what = rng.weightedPick([
    ['parcel', 70],
    ['egift', 22],
    ['corporate', 8],
  ] as const);
  const from = rng.weightedPick([
    ['GB', 85],
    ['US', 6],
    ['AU', 4],
    ['IE', 5],
  ] as const);
  const a = what !== 'corporate' && rng.chance(0.4) ? accountIn(rng, w, [from]) : undefined;
  const country = a?.country ?? from;
  const town = townIn(rng, country);
  const zone = a?.zone ?? town.zone;
  const { currency } = marketOf(country);
  const recipient = personOf(rng, originIn(rng, 'GB'));
  if (what === 'corporate') {
    const at = drawTime(rng, w.window, 'uk', giftDay, OFFICE_HOURS);
    const person = personOf(rng, originIn(rng, 'GB'));
    const firm = rng.pick(FIRMS);
    const visit = guest(rng, person, 'GB', at, {
      mobile: false,
      network: network('gb-office'),
      signUp: 0.6,
      email: workEmail(
        person,
        `${(firm.split(' ')[0] ?? 'office').toLowerCase()}${rng.pick(['.co.uk', '.com', '.scot'])}`,
      ),
    });
    visit.cards = [commercialCard(rng)];
    const office = {
      ...addressIn(rng, rng.chance(0.7) ? EDINBURGH : townIn(rng, 'GB')),
      line1: `${rng.pick(['1st', '2nd', '3rd', '4th'])} Floor, ${rng.int(1, 60)} ${rng.pick(['George Street', 'Queen Street', 'St Vincent Street', 'Melville Street'])}`,
    };
    const copies = rng.int(10, 40);
    const title = rng.pick(
      NEW_BOOKS.filter((b) => ['NB-SCOT-HIST', 'NB-COOK', 'NB-WALKS', 'NB-BURNS'].includes(b.sku)),
    );
    const lines = [lineIn(title, 'GBP', copies), lineIn(GIFTS.wrap, 'GBP', copies)];
    const basket = basketOf(lines, 'GBP', 'tracked_48', 'GB');
    const attempts = honestPay(rng, { ...visit, country: 'GB' }, basket.amount, [['card', 1]]);
    const later = honestEnding(rng, attempts, {
      fulfilment: 'tracked_48',
      destination: 'GB',
      amount: basket.amount,
    });
    return purchaseOf({
      kind: 'gift',
      at,
      zone: 'uk',
      visit,
      billing: office,
      shipping: office,
      basket,
      fulfilment: 'tracked_48',
      attempts,
      later,
      company: { name: firm },
    });
  }
  const at = drawTime(rng, w.window, zone, giftDay, EVENINGS);
  const buyerPerson =
    a?.person ??
    personOf(
      rng,
      country === 'GB' ? originIn(rng, 'GB') : rng.chance(0.5) ? 'scottish' : originIn(rng, country),
    );
  const visit = a ? returning(rng, a, at) : guest(rng, buyerPerson, country, at);
  const billing = a?.home ?? addressIn(rng, town);
  const note = rng.chance(0.7) ? giftNoteFrom(rng, buyerPerson.first) : undefined;
  if (what === 'egift') {
    const value = rng.weightedPick(GIFT_CARD_VALUES.map((v) => [v, v >= 20 && v <= 50 ? 4 : 1] as const));
    const basket = basketOf([giftCard(value, currency)], currency, 'email', country);
    const attempts = honestPay(rng, { ...visit, country }, basket.amount, EVERYDAY_MIX);
    const later = honestEnding(
      rng,
      attempts,
      { fulfilment: 'email', destination: country, amount: basket.amount },
      true,
    );
    const giftRecipient = emailOf(rng, recipient, 'GB');
    return purchaseOf({
      kind: 'gift',
      at,
      zone,
      visit,
      billing,
      basket,
      fulfilment: 'email',
      attempts,
      later,
      giftRecipient,
      recipientName: fullName(recipient),
      ...(note ? { giftNote: note } : {}),
    });
  }
  // Mostly to family in Britain; from Britain now and then to relatives abroad.
  const abroad = country === 'GB' && rng.chance(0.1);
  const destination = abroad ? rng.pick(['IE', 'US', 'AU', 'DE']) : 'GB';
  const shipping = addressIn(rng, destination === 'GB' ? ukTown(rng) : townIn(rng, destination));
  const lines = readerLines(rng, currency, count(rng));
  if (rng.chance(0.6)) lines.push(lineIn(GIFTS.wrap, currency, lines.length));
  const fulfilment =
    destination !== 'GB' ? 'international_tracked' : rng.chance(0.25) ? 'tracked_24' : 'tracked_48';
  const basket = basketOf(lines, currency, fulfilment, destination);
  const attempts = honestPay(rng, { ...visit, country }, basket.amount, EVERYDAY_MIX);
  const later = honestEnding(rng, attempts, { fulfilment, destination, amount: basket.amount });
  return purchaseOf({
    kind: 'gift',
    at,
    zone,
    visit,
    billing,
    shipping,
    basket,
    fulfilment,
    attempts,
    later,
    recipientName: fullName(recipient),
    ...(note ? { giftNote: note } : {}),
  });
}

/** Subscription prices abroad carry the postage. */
const subscriptionLine = (sku: keyof typeof SUBSCRIPTIONS, country: string, months = 1): Line => {
  const p = SUBSCRIPTIONS[sku];
  const postage = country === 'GB' ? 0 : 600 * months;
  return {
    ...lineIn(p, marketOf(country).currency),
    price: priceIn(p.price + postage, marketOf(country).currency),
  };
};

/**
 * Subscriptions: the monthly charge the shop makes itself on the saved card (no session, no 3-D Secure; a
 * failed charge is retried three days later), and new or gift subscriptions bought at the checkout.
 */
function subscription(rng: Rng, w: World): Purchase {
  const a = w.subscribers.length > 0 && rng.chance(0.72) ? rng.pick(w.subscribers) : undefined;
  if (a) {
    const at = renewalTime(rng, w.window, a);
    const { currency } = marketOf(a.country);
    const basket = basketOf(
      [subscriptionLine(a.subscription?.plan === 'kids' ? 'kids' : 'month', a.country)],
      currency,
      'subscription_post',
      a.country,
    );
    const card = a.cards[0] ?? newCard(rng, a.country);
    const charge = (ok: boolean, afterMs: number) =>
      cardAttempt(rng, card, basket.amount, {
        entry: 'off_session',
        ok,
        afterMs,
        threeDS: 'none',
        ...(ok ? {} : { decline: rng.pick(['insufficient_funds', 'expired_card'] as const) }),
      });
    const attempts = rng.chance(0.94)
      ? [charge(true, rng.int(2000, 9000))]
      : [charge(false, rng.int(2000, 9000)), charge(rng.chance(0.7), 3 * DAY)];
    const paidOk = attempts.some((x) => x.ok);
    const later: LaterEvent[] = paidOk
      ? [
          ...fulfil(rng, {
            fulfilment: 'subscription_post',
            destination: a.country,
            amount: basket.amount,
            from: rng.int(1, 5) * DAY,
          }),
        ]
      : releaseUnpaid(rng, attempts);
    // Now and then a subscriber who forgot to cancel disputes the charge instead of asking.
    if (paidOk && rng.chance(0.008))
      later.push({
        type: 'dispute.created',
        afterMs: rng.int(10, 40) * DAY,
        reason: 'subscription_canceled',
      });
    return purchaseOf({
      kind: 'subscription',
      at,
      zone: a.zone,
      buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
      billing: a.home,
      shipping: a.home,
      basket,
      fulfilment: 'subscription_post',
      attempts,
      later,
    });
  }
  const town = ukTown(rng);
  const at = drawTime(rng, w.window, town.zone, subscriptionDay, EVENINGS);
  const person = personOf(rng, originIn(rng, 'GB'));
  const visit = guest(rng, person, 'GB', at, { signUp: 1 });
  const billing = addressIn(rng, town);
  const forSomeoneElse = rng.chance(0.7);
  const plan = forSomeoneElse
    ? rng.weightedPick([
        ['three', 45],
        ['six', 30],
        ['twelve', 25],
      ] as const)
    : rng.chance(0.8)
      ? 'month'
      : 'kids';
  const shipping = forSomeoneElse ? addressIn(rng, ukTown(rng)) : billing;
  const basket = basketOf([subscriptionLine(plan, 'GB')], 'GBP', 'subscription_post', 'GB');
  const attempts = honestPay(
    rng,
    { ...visit, country: 'GB' },
    basket.amount,
    EVERYDAY_MIX.filter(([m]) => m !== 'klarna'),
  );
  const later = honestEnding(rng, attempts, {
    fulfilment: 'subscription_post',
    destination: 'GB',
    amount: basket.amount,
    from: rng.int(2, 12) * DAY,
  });
  const recipient = personOf(rng, originIn(rng, 'GB'));
  return purchaseOf({
    kind: 'subscription',
    at,
    zone: town.zone,
    visit,
    billing,
    shipping,
    basket,
    fulfilment: 'subscription_post',
    attempts,
    later,
    ...(forSomeoneElse
      ? { recipientName: fullName(recipient), giftNote: giftNoteFrom(rng, person.first) }
      : {}),
  });
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'reader':
      return reader(rng, w);
    case 'regular':
      return regular(rng, w);
    case 'student':
      return student(rng, w);
    case 'gift':
      return gift(rng, w);
    case 'subscription':
      return subscription(rng, w);
    case 'abroad':
      return abroad(rng, w);
    case 'collector':
      return collector(rng, w);
    case 'institution':
      return institution(rng, w);
    case 'events':
      return events(rng, w);
    case 'click_collect':
      return clickCollect(rng, w);
    case 'traveller_vpn':
      return travellerVpn(rng, w);
  }
}
