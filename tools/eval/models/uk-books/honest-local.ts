import { Rng } from '../kit/random.js';
import { accountIn, type World } from './accounts.js';
import { purchaseOf } from './build.js';
import { DAYTIME, drawTime, EVENINGS, OFFICE_HOURS, type Zone } from './calendar.js';
import { commercialCard } from './cards.js';
import {
  basketOf,
  EVENTS,
  GIFTS,
  lineIn,
  type Line,
  NEW_BOOKS,
  readerLines,
  TEXTBOOKS,
} from './catalogue.js';
import { address, mobileNetworkOf, network } from './networks.js';
import { addressIn, edinburghOrLothians, INSTITUTIONS, marketOf, scottishTown, townIn } from './places.js';
import { deviceAt, newDevice, originIn, personOf, workEmail } from './people.js';
import {
  DAY,
  EVERYDAY_MIX,
  fulfil,
  HOUR,
  honestEnding,
  honestPay,
  type LaterEvent,
  type Purchase,
} from './purchase.js';
import { eventDay, institutionDay, visitorDay } from './seasons.js';
import { guest, returning } from './visits.js';

/** Buyers close to the shop: libraries, schools and universities on account, ticket buyers, click and collect. */

/**
 * A library, school or university buying on account: the same member of staff on the same office PC, a
 * purchase order, class sets or multiple copies, a courier to goods-in, and the invoice paid by BACS weeks
 * later (now and then on a purchasing card instead).
 */
export function institution(rng: Rng, w: World): Purchase {
  const inst = rng.pick(INSTITUTIONS);
  const at = drawTime(rng, w.window, 'uk', institutionDay, OFFICE_HOURS);
  // The institution's own account: its buyer, PC and network stay the same from order to order.
  const staff = new Rng(`uk-books:staff:${inst.name}`);
  const colleague = rng.chance(0.25);
  const person = personOf(colleague ? rng : staff, rng.chance(0.7) ? 'scottish' : 'english');
  const net = network(inst.kind === 'university_library' ? 'gb-university' : 'gb-office');
  const pc = newDevice(
    staff,
    inst.kind === 'school' ? 'chromebook' : staff.chance(0.6) ? 'windows_edge' : 'windows_chrome',
    0.3,
  );
  const account = {
    id: `cus_${staff.token(14)}`,
    createdAt: w.window.start - staff.int(300, 2500) * DAY - staff.int(0, 86_399) * 1000,
  };
  const visit = {
    buyer: { ...account, email: workEmail(person, inst.domain), name: `${person.first} ${person.last}` },
    ip: colleague ? address(rng, net, false) : address(staff, net, false),
    device: deviceAt(pc, at),
    mobile: false,
    cards: [commercialCard(staff)],
    signedIn: true,
  };
  let lines: Line[];
  if (inst.kind === 'school') {
    const setText = rng.pick(
      NEW_BOOKS.filter((b) => ['NB-9780862', 'NB-9780141', 'NB-9780752'].includes(b.sku)),
    );
    lines = [lineIn(setText, 'GBP', rng.int(20, 32))];
    if (rng.chance(0.4)) lines.push(lineIn(rng.pick(NEW_BOOKS.slice(8)), 'GBP', rng.int(5, 15)));
  } else if (inst.kind === 'university_library') {
    lines = rng
      .shuffle(TEXTBOOKS)
      .slice(0, rng.int(3, 8))
      .map((b) => lineIn(b, 'GBP', rng.int(2, 5)));
  } else {
    lines = rng
      .shuffle(NEW_BOOKS)
      .slice(0, rng.int(8, 18))
      .map((b) => lineIn(b, 'GBP', rng.int(1, 3)));
  }
  const code = inst.kind === 'school' ? { code: 'EDU10', percent: 10 } : { code: 'LIB15', percent: 15 };
  const basket = basketOf(lines, 'GBP', 'courier', 'GB', code);
  const company = { name: inst.name, ...(rng.chance(0.85) ? { purchaseOrder: `PO${rng.digits(7)}` } : {}) };
  const base = {
    kind: 'institution',
    at,
    zone: 'uk' as Zone,
    visit,
    billing: inst.address,
    shipping: inst.address,
    basket,
    fulfilment: 'courier' as const,
    company,
  };
  if (rng.chance(0.82)) {
    const later: LaterEvent[] = [
      { type: 'order.updated', afterMs: rng.int(1, 4) * HOUR, status: 'invoice_sent' },
      ...fulfil(rng, { fulfilment: 'courier', destination: 'GB', amount: basket.amount }),
      { type: 'payment.succeeded', afterMs: rng.int(14, 50) * DAY },
    ];
    return purchaseOf({ ...base, attempts: [], later, method: 'invoice' });
  }
  const attempts = honestPay(rng, { ...visit, country: 'GB' }, basket.amount, [['card', 1]], 0.03);
  const later = honestEnding(rng, attempts, {
    fulfilment: 'courier',
    destination: 'GB',
    amount: basket.amount,
  });
  return purchaseOf({ ...base, attempts, later });
}

/** Tickets for the shop's readings and Book Week Scotland, e-mailed; mostly Edinburgh and the Lothians. */
export function events(rng: Rng, w: World): Purchase {
  const where = rng.weightedPick([
    ['edinburgh', 70],
    ['scotland', 20],
    ['uk', 7],
    ['abroad', 3],
  ] as const);
  const country = where === 'abroad' ? rng.pick(['US', 'IE', 'DE']) : 'GB';
  const town =
    where === 'edinburgh'
      ? edinburghOrLothians(rng)
      : where === 'scotland'
        ? scottishTown(rng)
        : townIn(rng, country);
  const local = accountIn(rng, w, ['GB']);
  const a = country === 'GB' && local.home.city === town.city && rng.chance(0.6) ? local : undefined;
  const at = drawTime(rng, w.window, town.zone, eventDay, EVENINGS);
  const visit = a
    ? returning(rng, a, at)
    : guest(rng, personOf(rng, originIn(rng, country)), country, at, { signUp: 0.2 });
  const event = rng.weightedPick(EVENTS.map((e, i) => [e, [15, 35, 15, 15, 15, 5][i] ?? 1] as const));
  const quantity =
    event.price >= 2500
      ? rng.int(1, 2)
      : rng.weightedPick([
          [1, 30],
          [2, 50],
          [3, 10],
          [4, 10],
        ] as const);
  const basket = basketOf([lineIn(event, 'GBP', quantity)], 'GBP', 'email', country);
  const attempts = honestPay(rng, { ...visit, country }, basket.amount, [
    ['card', 45],
    ['apple_pay', 30],
    ['google_pay', 10],
    ['paypal', 15],
  ]);
  const later = honestEnding(
    rng,
    attempts,
    { fulfilment: 'email', destination: country, amount: basket.amount },
    true,
  );
  if (attempts.some((x) => x.ok) && rng.chance(0.03))
    later.push({ type: 'refund.created', afterMs: rng.int(3, 20) * DAY, reason: 'event_cancelled' });
  const billing = a?.home ?? addressIn(rng, town);
  return purchaseOf({
    kind: 'events',
    at,
    zone: town.zone,
    visit,
    billing,
    basket,
    fulfilment: 'email',
    attempts,
    later,
  });
}

const TOURISTS = [
  ['US', 35],
  ['AU', 12],
  ['DE', 12],
  ['FR', 10],
  ['NL', 8],
  ['ES', 8],
  ['IT', 7],
  ['SE', 4],
  ['IE', 4],
] as const;

/**
 * Order online, collect at the shop: locals, and tourists staying in the Old Town who pay in pounds on a card
 * from home, over the hotel's wi-fi or their own phone (roaming data comes out at home).
 */
export function clickCollect(rng: Rng, w: World): Purchase {
  const tourist = rng.chance(0.35);
  const at = drawTime(rng, w.window, 'uk', visitorDay, DAYTIME);
  let visit;
  let billing;
  let locale = 'en-GB';
  if (tourist) {
    const country = rng.weightedPick(TOURISTS);
    const net = rng.chance(0.6)
      ? network(rng.pick(['gb-office', 'gb-home-fibre'] as const))
      : mobileNetworkOf(rng, country);
    visit = guest(rng, personOf(rng, originIn(rng, country)), country, at, {
      mobile: rng.chance(0.85),
      network: net,
      signUp: 0.1,
    });
    billing = addressIn(rng, townIn(rng, country));
    locale = marketOf(country).locale;
  } else {
    const pool = w.accounts.filter((x) => x.home.city === 'Edinburgh');
    const a = pool.length > 0 && rng.chance(0.45) ? rng.pick(pool) : undefined;
    visit = a ? returning(rng, a, at) : guest(rng, personOf(rng, originIn(rng, 'GB')), 'GB', at);
    billing = a?.home ?? addressIn(rng, edinburghOrLothians(rng));
  }
  const lines = readerLines(rng, 'GBP', rng.int(1, 3));
  if (tourist && rng.chance(0.3)) lines.push(lineIn(rng.pick([GIFTS.map, GIFTS.tote]), 'GBP'));
  const basket = basketOf(lines, 'GBP', 'click_collect', 'GB');
  const cardCountry = visit.cards[0]?.country ?? 'GB';
  const attempts = honestPay(rng, { ...visit, country: cardCountry }, basket.amount, EVERYDAY_MIX);
  let later = honestEnding(rng, attempts, {
    fulfilment: 'click_collect',
    destination: 'GB',
    amount: basket.amount,
  });
  // A parcel never collected is cancelled after ten days and refunded.
  if (attempts.some((x) => x.ok) && rng.chance(0.03))
    later = [
      { type: 'order.updated', afterMs: rng.int(2, 20) * HOUR, status: 'ready_for_collection' },
      { type: 'order.cancelled', afterMs: 10 * DAY, reason: 'not_collected' },
    ];
  return purchaseOf({
    kind: 'click_collect',
    at,
    zone: 'uk',
    visit,
    billing,
    basket,
    fulfilment: 'click_collect',
    attempts,
    later,
    locale,
  });
}
