import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterDrop, type Drop, NIGHT_HOURS, shoppingTime } from './calendar.js';
import { newCard } from './cards.js';
import { giftCard, lines } from './catalog.js';
import { app, automated, phoneWeb } from './devices.js';
import { crewDevice, crewIp, fraudPurchase, stolenLater } from './fraud-kit.js';
import { aliasEmail, fullName, lastName } from './names.js';
import { homeIsp, ipIn } from './networks.js';
import { accountId, household, regular, storeIn, type World } from './people.js';
import { type Address, homeAddress, otherMetro } from './places.js';
import { buyerOf, cardAttempt, type LaterEvent, otherAttempt, type Purchase } from './purchase.js';

/** Fraud through accounts: takeovers, reseller rings beating purchase limits, instant-credit bust-outs. */

/**
 * A takeover of a real, aged account (credential stuffing, a phished login): a new device and network, the saved
 * card or the account's store card or gift-card balance, and a runner picking up — often named only after checkout.
 */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const c = rng.chance(0.3)
    ? regular(rng, w.pros)
    : regular(
        rng,
        w.households.filter((h) => h.id),
      );
  const crew = rng.chance(0.45) ? otherMetro(rng, c.metro) : c.metro;
  const store = storeIn(rng, w, crew);
  const at = shoppingTime(rng, w.window, crew.tz, rng.chance(0.4) ? NIGHT_HOURS : undefined);
  const saved = c.cards.find((x) => x.brand !== 'store_card') ?? newCard(rng);
  const storeCard = c.cards.find((x) => x.brand === 'store_card');
  const pay = rng.weighted({ saved: 70, store: storeCard ? 20 : 0, gift: 12 });
  const first = rng.int(2_000, 8_000);
  const attempt =
    pay === 'gift'
      ? otherAttempt('gift_card', true, first)
      : cardAttempt(
          rng,
          pay === 'store' && storeCard ? storeCard : saved,
          rng.chance(0.92),
          'saved',
          'good',
          first,
          'do_not_honor',
        );
  const how = rng.weighted({ pickupElsewhere: 45, pickupHere: 20, ship: 35 });
  const drop = homeAddress(rng, crew);
  const runner = fullName(rng);
  const nameLater = how !== 'ship' && rng.chance(0.3);
  return fraudPurchase(
    {
      kind: 'account_takeover',
      at,
      buyer: buyerOf(c),
      billing: c.pro?.office ?? c.home,
      lines:
        pay === 'gift' && rng.chance(0.5) ? [giftCard(rng, true, [100, 200, 250])] : lines(rng, 'resale'),
      tax: how === 'ship' ? crew.tax : store.metro.tax,
      fulfillment: how === 'ship' ? 'ship' : rng.chance(0.3) ? 'curbside' : 'pickup',
      ...(how === 'ship' ? { shipping: drop } : { store }),
      ...(how !== 'ship' && !nameLater ? { pickupPerson: runner } : {}),
      ip: crewIp(rng, { proxy: 50, vpn: 15, mobile: 15, hosting: 10, abroad: 10 }),
      device: crewDevice(rng),
      attempts: [attempt],
      tz: crew.tz,
      ...(c.loyaltyId ? { loyaltyId: c.loyaltyId } : {}),
    },
    (): LaterEvent[] => {
      const out: LaterEvent[] = nameLater
        ? [{ type: 'order.updated', afterMs: rng.int(10 * MINUTE, 3 * HOUR), pickupPerson: runner }]
        : [];
      if (rng.chance(0.25))
        out.push({ type: 'refund.created', afterMs: rng.int(DAY, 6 * DAY), reason: 'account_takeover' });
      else out.push(...stolenLater(rng, { review: 0.06, warn: 0.15, dispute: 0.6 }));
      return out;
    },
  );
}

/**
 * A reseller ring beating "limit one per customer" at a drop: fresh accounts with alias e-mails, one automated
 * browser profile, rotating proxies, a few of the ring's own cards reused across accounts, the same pickup names
 * or one address written many ways. The cards are theirs, so payments go through; the store cancels some.
 */
export function resellerRing(rng: Rng, w: World, drop: Drop, count: number): Purchase[] {
  const hq = household(rng, w.window.start);
  const cards = Array.from({ length: rng.int(2, 4) }, () =>
    newCard(rng, rng.weighted({ consumer: 50, business: 30, prepaid: 20 })),
  );
  const pickers = Array.from(
    { length: rng.int(1, 3) },
    () => `${fullName(rng).split(' ')[0]} ${lastName(rng)}`,
  );
  const domain = rng.chance(0.6) ? 'gmail.com' : `${lastName(rng).toLowerCase()}deals.com`;
  const handle = `${hq.name.split(' ')[0]?.toLowerCase() ?? 'r'}${lastName(rng).toLowerCase()}`;
  const device = automated(rng);
  const ship = rng.chance(0.35);
  const variants: Address[] = [
    hq.home,
    { ...hq.home, line1: `${hq.home.line1} ${rng.pick(['#', 'Unit', 'Apt'])} ${rng.int(1, 9)}` },
    { ...hq.home, line1: (hq.home.line1 ?? '').replace(/St\b/, 'Street').replace(/Ave\b/, 'Avenue') },
  ];
  return Array.from({ length: count }, () => {
    const at = afterDrop(rng, drop, w.window, 2);
    const store = storeIn(rng, w, hq.metro);
    const card = rng.pick(cards);
    const address = rng.pick(variants);
    return fraudPurchase(
      {
        kind: 'doorbuster_limit_evasion',
        at,
        buyer: {
          id: accountId(rng),
          email: aliasEmail(rng, handle, domain),
          name: rng.chance(0.5) ? hq.name : fullName(rng),
          createdAt: at - rng.int(20 * MINUTE, 6 * DAY),
        },
        billing: address,
        lines: lines(rng, 'doorbuster', rng.pick(drop.skus)).slice(0, 1),
        tax: hq.metro.tax,
        fulfillment: ship ? 'ship' : 'pickup',
        ...(ship ? { shipping: address } : { store, pickupPerson: rng.pick(pickers) }),
        ip: crewIp(rng, rng.chance(0.6) ? { proxy: 1 } : rng.chance(0.6) ? { hosting: 1 } : { mobile: 1 }),
        device: rng.chance(0.85) ? device : automated(rng),
        attempts: [
          cardAttempt(
            rng,
            card,
            rng.chance(0.93),
            'typed',
            'good',
            rng.int(1_200, 4_000),
            'card_velocity_exceeded',
          ),
        ],
        tz: hq.metro.tz,
      },
      (): LaterEvent[] => {
        if (!rng.chance(0.3)) return [];
        const after = rng.int(30 * MINUTE, 20 * HOUR);
        return [
          { type: 'order.cancelled', afterMs: after, reason: 'purchase_limit_exceeded' },
          {
            type: 'refund.created',
            afterMs: after + rng.int(MINUTE, HOUR),
            reason: 'purchase_limit_exceeded',
          },
        ];
      },
    );
  });
}

/**
 * Instant credit at checkout under a stolen or synthetic identity: the store card is approved, maxed on big
 * tickets the same hour and picked up; no chargeback follows — the bank finds out when the first bill goes unpaid.
 */
export function instantCreditBustout(rng: Rng, w: World): Purchase {
  const who = household(rng, w.window.start);
  const store = storeIn(rng, w, who.metro);
  const at = shoppingTime(rng, w.window, who.metro.tz);
  const card = newCard(rng, 'store');
  const basket = [...lines(rng, 'appliance').slice(0, 1), ...lines(rng, 'resale')];
  return fraudPurchase(
    {
      kind: 'instant_credit_bustout',
      at,
      buyer: {
        id: accountId(rng),
        email: who.email,
        name: who.name,
        createdAt: at - rng.int(4 * MINUTE, 50 * MINUTE),
      },
      billing: who.home,
      lines: basket,
      tax: store.metro.tax,
      fulfillment: 'pickup',
      store,
      ...(rng.chance(0.2) ? { pickupPerson: fullName(rng) } : {}),
      ip: rng.chance(0.3)
        ? ipIn(rng, homeIsp(rng, who.metro.region), 0.2)
        : crewIp(rng, { mobile: 45, proxy: 45, vpn: 10 }),
      device: rng.chance(0.5) ? phoneWeb(rng) : rng.chance(0.5) ? app(rng) : crewDevice(rng),
      attempts: [
        cardAttempt(rng, card, rng.chance(0.95), 'typed', 'good', rng.int(3_000, 15_000), 'do_not_honor'),
      ],
      tz: who.metro.tz,
    },
    (): LaterEvent[] =>
      rng.chance(0.35)
        ? [{ type: 'fraud_warning.created', afterMs: rng.int(25 * DAY, 45 * DAY), reason: 'fraudulent' }]
        : [],
  );
}
