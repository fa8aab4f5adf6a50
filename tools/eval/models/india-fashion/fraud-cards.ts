import { type Rng } from '../kit/random.js';
import {
  type Card,
  cardFrom,
  DOMESTIC_DECLINES,
  sibling,
  STOLEN_DECLINES,
  TESTING_DECLINES,
} from './cards.js';
import { DEAR, line, shelf } from './catalog.js';
import {
  burnerEmail,
  chargeback,
  crews,
  crewTown,
  cycleCards,
  dropAddress,
  fraudOrder,
  freshBuyer,
  reviewCancel,
  unpaid,
} from './fraud-kit.js';
import { ABROAD_NETS, HOME_NETS_ABROAD, IN_NETS, ipOn, MOBILE, type Network } from './networks.js';
import { person } from './people.js';
import { abroadHome, type Address, pickCity } from './places.js';
import { botDevice, device, type Later, MIN, type Purchase, when, type Window } from './purchase.js';

/** Stolen foreign cards, card testing, domestic cards phished for their OTP, and gift-card cash-out. */

const STOLEN_FROM: ReadonlyArray<readonly [string, number]> = [
  ['US', 45],
  ['GB', 18],
  ['CA', 10],
  ['AU', 8],
  ['AE', 8],
  ['DE', 6],
  ['FR', 5],
];

/** Where a carder connects from: a VPN exit in the card's country, a rented server, or an Indian phone. */
function carderNet(rng: Rng, cardCountry: string): Network {
  const local = { US: ABROAD_NETS.vpnUs, GB: ABROAD_NETS.vpnGb } as Readonly<Record<string, Network>>;
  const how = rng.weighted({ vpn: 35, residential: 15, indian: 35, server: 15 });
  if (how === 'vpn')
    return local[cardCountry] ?? rng.pick([ABROAD_NETS.vpnNl, ABROAD_NETS.vpnSg, ABROAD_NETS.vpnUs]);
  if (how === 'residential')
    return rng.pick(HOME_NETS_ABROAD[cardCountry] ?? HOME_NETS_ABROAD.US ?? [ABROAD_NETS.comcast]);
  if (how === 'server') return rng.pick([ABROAD_NETS.doSingapore, ABROAD_NETS.hetzner, IN_NETS.awsMumbai]);
  return rng.weightedPick(MOBILE);
}

/**
 * Cards stolen abroad (Indian cards need an OTP, foreign ones often do not): a carder cycles through cards
 * from a batch on one order, types the dump's billing address (AVS passes where it is checked) or an Indian
 * one, and ships watches, bags, sneakers and perfume to a drop. Warnings and disputes follow.
 */
export function stolenForeignCard(rng: Rng, w: Window, count: number): Purchase[] {
  return crews(rng, count, 2, 5).flatMap((size) => {
    const country = rng.weightedPick(STOLEN_FROM);
    const town = pickCity(rng, rng.chance(0.6) ? [1] : [2, 3]);
    const dev = device(rng, false, rng.weighted({ desktop: 45, mweb: 30, app: 25 }));
    const net = carderNet(rng, country);
    const batch = cardFrom(rng, country);
    return Array.from({ length: size }, () => {
      const at = when(rng, w, { rush: false });
      const who = person(rng, town.region);
      const cards = Array.from({ length: rng.int(1, 4) }, () =>
        rng.chance(0.5) ? sibling(rng, batch) : cardFrom(rng, country),
      );
      const dump = rng.chance(0.6);
      const billing = dump ? abroadHome(rng, country) : dropAddress(rng, town);
      const { attempts, paid } = cycleCards(rng, cards, 0.4, STOLEN_DECLINES, {
        avsMatch: () => dump && rng.chance(0.75),
      });
      const later: Later[] = paid
        ? rng.chance(0.2)
          ? [...reviewCancel(rng), ...chargeback(rng, paid, { dispute: 0.2 })]
          : chargeback(rng, paid)
        : unpaid(rng);
      const lines = rng.shuffle(DEAR).slice(
        0,
        rng.weightedPick([
          [1, 60],
          [2, 30],
          [3, 10],
        ]),
      );
      return fraudOrder({
        kind: 'stolen_foreign_card',
        at,
        buyer: freshBuyer(rng, who, at, burnerEmail(rng), 0.5),
        lines: lines.map((x) => line(x)),
        method: 'card',
        attempts,
        later,
        ip: ipOn(rng, net),
        device: dev,
        billing,
        shipping: dropAddress(rng, town),
      });
    });
  });
}

/**
 * Card testing: a script checks numbers from a batch on the cheapest items, guest checkouts seconds to
 * minutes apart from rotating servers, one to six cards an order; almost everything is declined.
 */
export function cardTesting(rng: Rng, w: Window, count: number): Purchase[] {
  return crews(rng, count, Math.min(count, 6), 20).flatMap((size) => {
    const country = rng.weightedPick(STOLEN_FROM);
    const bot = botDevice(rng);
    const pool = [
      ABROAD_NETS.awsUsEast,
      ABROAD_NETS.hetzner,
      ABROAD_NETS.ovh,
      ABROAD_NETS.vpnNl,
      IN_NETS.awsMumbai,
    ];
    const batch = cardFrom(rng, country);
    const drop = dropAddress(rng, pickCity(rng));
    const cheap = shelf(['western', 'beauty', 'gadgets', 'footwear'], 0, 300);
    let at = when(rng, w, { rush: false });
    return Array.from({ length: size }, () => {
      at = Math.min(w.end - 1, at + rng.int(15, 200) * 1000);
      const cards = Array.from({ length: rng.int(1, 6) }, () => sibling(rng, batch));
      const { attempts, paid } = cycleCards(rng, cards, 0.06, TESTING_DECLINES, {
        gapMs: [3_000, 20_000],
        avsMatch: () => rng.chance(0.3),
      });
      const later: Later[] = paid
        ? rng.chance(0.5)
          ? [...reviewCancel(rng), ...chargeback(rng, paid, { warning: 0.5, dispute: 0.1 })]
          : chargeback(rng, paid, { warning: 0.5, dispute: 0.4 })
        : unpaid(rng);
      return fraudOrder({
        kind: 'card_testing',
        at,
        buyer: {
          email: burnerEmail(rng),
          name: `${rng.pick(['John', 'Mike', 'Test', 'James', 'David'])} ${rng.pick(['Smith', 'Brown', 'User', 'Lee'])}`,
        },
        lines: [line(rng.pick(cheap))],
        method: 'card',
        attempts,
        later,
        ip: ipOn(rng, rng.pick(pool)),
        device: bot,
        billing: abroadHome(rng, country),
        shipping: drop,
      });
    });
  });
}

/**
 * Indian cards whose OTP was talked out of the holder ("your KYC is expiring", "electricity will be cut"):
 * the charge passes 3-D Secure; the goods go to a drop in the caller's district; the holder disputes it.
 */
export function otpPhishedCard(rng: Rng, w: Window, count: number): Purchase[] {
  return crews(rng, count, 2, 6).flatMap((size) => {
    const town = crewTown(rng, [3]);
    const phone = device(rng, false, rng.chance(0.6) ? 'app' : 'mweb', true);
    const net = rng.weightedPick(MOBILE);
    return Array.from({ length: size }, () => {
      const at = when(rng, w, { rush: false });
      const who = person(rng, town.region);
      const victim = cardFrom(rng, 'IN');
      const talked = rng.chance(0.75);
      const { attempts, paid } = cycleCards(
        rng,
        [victim],
        talked ? 0.92 : 0,
        talked ? DOMESTIC_DECLINES : [['authentication_failed', 1]],
        { gapMs: [60_000, 240_000] },
      );
      const later: Later[] = paid ? chargeback(rng, paid, { warning: 0.25, dispute: 0.75 }) : unpaid(rng);
      const lines = rng.chance(0.2)
        ? [line(rng.pick(shelf(['giftcard'], 2000)))]
        : [line(rng.pick([...DEAR, ...shelf(['gadgets', 'watches', 'footwear'], 1500, 4999)]))];
      const gift = lines.every((l) => l.category === 'giftcard');
      const victimHome: Address = { country: 'IN', city: pickCity(rng).name };
      return fraudOrder({
        kind: 'otp_phished_card',
        at,
        buyer: freshBuyer(rng, who, at, burnerEmail(rng, who), 0.3),
        lines,
        method: 'card',
        attempts,
        later,
        ip: ipOn(rng, net),
        device: phone,
        billing: rng.chance(0.5) ? victimHome : dropAddress(rng, town),
        ...(gift ? {} : { shipping: dropAddress(rng, town) }),
      });
    });
  });
}

/**
 * E-gift cards bought with stolen foreign or phished domestic cards and sold on at a discount: no parcel,
 * the code is e-mailed; repeated tries across cards.
 */
export function giftCardCashout(rng: Rng, w: Window, count: number): Purchase[] {
  return crews(rng, count, 1, 4).flatMap((size) => {
    const foreign = rng.chance(0.5);
    const country = foreign ? rng.weightedPick(STOLEN_FROM) : 'IN';
    const net = foreign ? carderNet(rng, country) : rng.weightedPick(MOBILE);
    const dev = device(rng, false, rng.chance(0.5) ? 'desktop' : 'app', true);
    const town = crewTown(rng);
    let at = when(rng, w, { rush: false });
    return Array.from({ length: size }, () => {
      at = Math.min(w.end - 1, at + rng.int(5, 90) * MIN);
      const who = person(rng, town.region);
      const cards: Card[] = Array.from({ length: rng.int(1, 3) }, () => cardFrom(rng, country));
      const { attempts, paid } = cycleCards(
        rng,
        cards,
        foreign ? 0.4 : 0.7,
        foreign ? STOLEN_DECLINES : DOMESTIC_DECLINES,
      );
      const later: Later[] = paid
        ? chargeback(rng, paid, { warning: foreign ? 0.6 : 0.2, dispute: 0.8 })
        : unpaid(rng);
      const gc = rng.pick(shelf(['giftcard'], 2000));
      return fraudOrder({
        kind: 'gift_card_cashout',
        at,
        buyer: freshBuyer(rng, who, at, burnerEmail(rng), 0.4),
        lines: [line(gc, rng.int(1, 3))],
        method: 'card',
        attempts,
        later,
        ip: ipOn(rng, net),
        device: dev,
        billing: foreign ? abroadHome(rng, country) : dropAddress(rng, town),
      });
    });
  });
}
