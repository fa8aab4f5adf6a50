import { basket, byCategory } from './catalog.js';
import { cardTestingRuns, promoAbuseCrews, sneakerBotCrews } from './fraud-crews.js';
import {
  allocate,
  type FraudKind,
  fenceBasket,
  fraudIp,
  stolenLabels,
  tryCards,
  victimCity,
  victimHome,
} from './fraud-kit.js';
import { addressIn, BOUTIQUES, cityIn, FORWARDERS, forwarderSuite } from './geo.js';

import { botDevice, customerId, device, makeCard } from './cards.js';
import { junkEmail, lookalikeEmail, personName } from './people.js';
import { type Address, MINUTE as MIN, type Window } from '../kit/purchase.js';
import { type Purchase, when } from './purchase.js';
import { type Rng } from './random.js';
import { friendly, takeover } from './fraud-accounts.js';

/** Fraudulent orders, one planner per kind (README.md, "Composition"); account fraud is in fraud-accounts.ts, crews and runs in fraud-crews.ts. */

const currencyOf = (c: string) => (c === 'CA' ? 'CAD' : 'USD');

/** Card number (and CVC) only: invented cardholder and billing address, to a drop or a forwarder. */
function stolenBare(rng: Rng, w: Window): Purchase {
  const home = victimHome(rng);
  const fake = cityIn(rng, home);
  const name = personName(rng, home);
  const at = when(rng, w, rng.yes(0.5) ? fake.tz : 1);
  const cards = Array.from(
    { length: rng.weighted({ 1: 55, 2: 30, 3: 15 }) === '1' ? 1 : rng.int(2, 3) },
    () => makeCard(rng, home),
  );
  const attempts = tryCards(rng, cards, false, 0.3);
  const guest = rng.yes(0.6);
  return {
    at,
    fraud: true,
    kind: 'stolen_card_bare',
    basket: fenceBasket(rng, currencyOf(home)),
    buyer: guest
      ? { email: junkEmail(rng), name }
      : { id: customerId(rng), email: junkEmail(rng), name, createdAt: at - rng.int(1, 30) * MIN },
    billing: addressIn(rng, fake),
    shipping: rng.yes(0.25)
      ? forwarderSuite(rng, FORWARDERS.export)
      : addressIn(rng, cityIn(rng, home), true),
    ip: fraudIp(rng, home, { proxy: 35, hosting: 40, origin: 25 }),
    device: rng.yes(0.3)
      ? botDevice(rng)
      : device(rng, rng.pick(['windows', 'android', 'iphone']), rng.yes(0.6)),
    attempts,
    later: stolenLabels(
      rng,
      attempts.some((a) => a.ok),
      0.45,
      0.75,
    ),
  };
}

/** Phished card with the holder's name and billing address; a look-alike e-mail; goods elsewhere. */
function stolenFull(
  rng: Rng,
  w: Window,
  kind: 'stolen_card_full' | 'reshipper' | 'bopis_mule' | 'triangulation',
): Purchase {
  const home =
    kind === 'bopis_mule'
      ? rng.yes(0.55)
        ? 'US'
        : 'CA'
      : kind === 'reshipper' && rng.yes(0.9)
        ? 'US'
        : victimHome(rng);
  const holderCity = victimCity(rng, home);
  const holder = personName(rng, home);
  const billing = addressIn(rng, holderCity);
  const card = makeCard(rng, home);
  const tz = kind === 'reshipper' && rng.yes(0.5) ? 1 : holderCity.tz;
  const at = when(rng, w, tz);
  let shipping: Address;
  let name = holder;
  let b = fenceBasket(rng, currencyOf(home));
  let ip = fraudIp(rng, home, { proxy: 65, hosting: 25, origin: 10 });
  let dev = device(rng, rng.pick(['iphone', 'windows', 'android', 'mac']), rng.yes(0.7));
  let email = lookalikeEmail(rng, holder);
  let warn = 0.55;
  let dispute = 0.8;
  if (kind === 'stolen_card_full') {
    shipping = rng.yes(0.65)
      ? addressIn(rng, cityIn(rng, home), true)
      : rng.yes(0.5)
        ? addressIn(rng, holderCity, true)
        : billing;
  } else if (kind === 'reshipper') {
    shipping = forwarderSuite(rng, FORWARDERS.export);
    ip = fraudIp(rng, home, { proxy: 20, hosting: 30, origin: 50 });
    if (rng.yes(0.4)) email = junkEmail(rng);
  } else if (kind === 'bopis_mule') {
    shipping = BOUTIQUES[home];
    ip = fraudIp(rng, home, { proxy: 75, hosting: 20, origin: 5 });
    dev = device(rng, rng.pick(['iphone', 'android', 'app']), true);
    warn = 0.6;
    dispute = 0.85;
  } else {
    // Triangulation: a marketplace buyer's real name and address receive the goods, paid with the card.
    const buyerHome = rng.yes(0.8) ? home : home === 'US' ? 'CA' : 'US';
    const buyerCity = cityIn(rng, buyerHome);
    shipping = addressIn(rng, buyerCity);
    name = rng.yes(0.6) ? personName(rng, buyerHome) : holder;
    email = rng.yes(0.5) ? junkEmail(rng) : lookalikeEmail(rng, name);
    const resale = rng.pick([
      ...byCategory('handbags'),
      ...byCategory('sneakers'),
      ...byCategory('fragrance').filter((x) => x.usd > 20000),
    ]);
    b = basket(currencyOf(home), [[resale, 1]]);
    ip = fraudIp(rng, home, { proxy: 30, hosting: 45, origin: 25 });
    dev = rng.yes(0.3) ? botDevice(rng) : dev;
    warn = 0.35;
    dispute = 0.85;
  }
  const attempts = tryCards(rng, [card], true, kind === 'stolen_card_full' ? 0.2 : 0.25);
  const account = rng.yes(kind === 'bopis_mule' ? 0.5 : 0.6);
  return {
    at,
    fraud: true,
    kind,
    basket: b,
    buyer: account
      ? { id: customerId(rng), email, name, createdAt: at - rng.int(2, 60 * 24 * 3) * MIN }
      : { email, name },
    billing,
    shipping,
    ip,
    device: dev,
    attempts,
    later: stolenLabels(
      rng,
      attempts.some((a) => a.ok),
      warn,
      dispute,
    ),
  };
}

const SINGLE: Partial<Record<FraudKind, (rng: Rng, w: Window) => Purchase>> = {
  stolen_card_bare: stolenBare,
  stolen_card_full: (r, w) => stolenFull(r, w, 'stolen_card_full'),
  reshipper: (r, w) => stolenFull(r, w, 'reshipper'),
  bopis_mule: (r, w) => stolenFull(r, w, 'bopis_mule'),
  triangulation: (r, w) => stolenFull(r, w, 'triangulation'),
  account_takeover: takeover,
  friendly_fraud: friendly,
};

export function planFraud(rng: Rng, w: Window, count: number): Purchase[] {
  const want = allocate(count);
  const out: Purchase[] = [];
  for (const [kind, plan] of Object.entries(SINGLE) as Array<[FraudKind, (r: Rng, w: Window) => Purchase]>) {
    const r = rng.fork(kind);
    for (let i = 0; i < want[kind]; i++) out.push(plan(r.fork(String(i)), w));
  }
  out.push(...cardTestingRuns(rng.fork('card_testing'), w, want.card_testing));
  out.push(...sneakerBotCrews(rng.fork('sneaker_bot'), w, want.sneaker_bot));
  out.push(...promoAbuseCrews(rng.fork('promo_abuse'), w, want.promo_abuse));
  return out.map((p) => ({ ...p, at: Math.max(w.start, Math.min(w.end - 1, p.at)) }));
}
