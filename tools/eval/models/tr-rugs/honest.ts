import { accountBuyer, type Buyer, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placedAt } from './calendar.js';
import { newCard } from './cards.js';
import { basketLines, basketOf, projectLines, type Tier } from './catalogue.js';
import { homeNetwork, ipOf, network, NETWORKS } from './networks.js';
import { type Account, newDevice } from './people.js';
import { ABROAD, type Country, emailFor, GULF, homeAddress, MARKETS, nameIn } from './places.js';
import { honestAfter, honestPay, type Purchase } from './purchase.js';
import { currencyFor, type Draft, purchaseOf, salesperson, type World } from './world.js';

/**
 * Honest buyers. Most are foreigners, and many first met the shop in the bazaar: they order once home (or
 * still from the hotel), from their own networks with their own cards, shipping home. Designers order for
 * clients, Turkish buyers pay in instalments, Gulf buyers buy big silk, and the odd-but-honest ones (gifts,
 * VPNs, a buyer abroad on business) are all here.
 */

export const HONEST = {
  returning_tourist: 20,
  hotel_checkout: 6,
  online_collector: 9,
  interior_designer: 7,
  turkish_instalment: 13,
  gulf_buyer: 8,
  small_decor: 17,
  gift_sender: 6,
  repeat_customer: 9,
  away_or_vpn: 5,
} as const;
export type HonestKind = keyof typeof HONEST;

interface Guest {
  country: Country;
  name: string;
  email: string;
}

function guest(rng: Rng, country: Country): Guest {
  const name = nameIn(rng, country);
  return { country, name, email: emailFor(rng, name, country) };
}

const guestBuyer = (g: Guest): Buyer => ({ email: g.email, name: g.name });

function tierOf(rng: Rng, weights: ReadonlyArray<readonly [Tier, number]>): Tier {
  return rng.weightedPick(weights);
}

/** A purchase by an account holder at home, with the account's own device, network and cards. */
function fromAccount(
  rng: Rng,
  w: World,
  kind: HonestKind,
  a: Account,
  tier: Tier,
  wireShare?: number,
): Purchase {
  const at = placedAt(rng, w.window, MARKETS[a.country].tz);
  const basket = basketOf(basketLines(rng, tier), currencyFor(rng, a.country));
  const attempts = honestPay(
    rng,
    { cards: a.cards, country: a.country, signedIn: true, ...(wireShare ? { wireShare } : {}) },
    basket,
  );
  const d: Draft = {
    kind,
    fraud: false,
    at,
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: a.home,
    ip: ipOf(rng, rng.chance(0.85) ? a.network : homeNetwork(rng, a.country, 0.8)),
    device: rng.pick(a.devices),
    locale: MARKETS[a.country].locale,
    basket,
    attempts,
    later: [],
  };
  d.later = honestAfter(rng, d);
  return purchaseOf(rng, d);
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const c = w.customers;
  switch (kind) {
    case 'returning_tourist': {
      // Back home one to eight weeks after the visit; the account was often opened in the shop.
      const country = rng.weightedPick(ABROAD);
      const g = guest(rng, country);
      const at = placedAt(rng, w.window, MARKETS[country].tz);
      const withAccount = rng.chance(0.45);
      const link = rng.chance(0.4);
      const buyer: Buyer = withAccount
        ? { id: `cus_${rng.token(14)}`, email: g.email, name: g.name, createdAt: at - rng.int(7, 56) * DAY }
        : guestBuyer(g);
      const home = homeAddress(rng, country);
      const basket = basketOf(
        basketLines(
          rng,
          tierOf(rng, [
            ['rug', 50],
            ['premium', 25],
            ['kilim', 20],
            ['decor', 5],
          ]),
        ),
        currencyFor(rng, country),
      );
      const cards = [newCard(rng, country)];
      const d: Draft = {
        kind,
        fraud: false,
        at,
        buyer,
        billing: home,
        shipping: home,
        ip: ipOf(rng, homeNetwork(rng, country)),
        device: newDevice(rng),
        locale: MARKETS[country].locale,
        channel: link ? 'payment_link' : 'web',
        salesRef: link ? salesperson(rng) : undefined,
        basket,
        attempts: honestPay(rng, { cards, country, signedIn: withAccount }, basket),
        later: [],
      };
      d.later = honestAfter(rng, d);
      return purchaseOf(rng, d);
    }
    case 'hotel_checkout': {
      // Still in Istanbul: hotel Wi-Fi or a local SIM, a card from home, the rug shipped home.
      const country = rng.weightedPick(ABROAD);
      const g = guest(rng, country);
      const home = homeAddress(rng, country);
      const basket = basketOf(
        basketLines(
          rng,
          tierOf(rng, [
            ['rug', 50],
            ['premium', 30],
            ['kilim', 20],
          ]),
        ),
        currencyFor(rng, country),
      );
      const d: Draft = {
        kind,
        fraud: false,
        at: placedAt(rng, w.window, 3),
        buyer: guestBuyer(g),
        billing: home,
        shipping: home,
        ip: ipOf(rng, network(rng.chance(0.7) ? 'tr_hotel_wifi' : 'tr_mobile'), 0.1),
        device: newDevice(rng),
        locale: MARKETS[country].locale,
        channel: rng.chance(0.7) ? 'payment_link' : 'web',
        salesRef: salesperson(rng),
        basket,
        attempts: honestPay(rng, { cards: [newCard(rng, country)], country, signedIn: false }, basket),
        later: [],
      };
      d.later = honestAfter(rng, d);
      return purchaseOf(rng, d);
    }
    case 'online_collector':
      return fromAccount(
        rng,
        w,
        kind,
        rng.pick(c.collectors),
        rng.chance(0.75) ? 'collector' : 'premium',
        0.3,
      );
    case 'repeat_customer':
      return fromAccount(
        rng,
        w,
        kind,
        rng.pick(c.abroad),
        tierOf(rng, [
          ['kilim', 35],
          ['decor', 35],
          ['rug', 30],
        ]),
      );
    case 'interior_designer': {
      // Office hours; several pieces for a client's house, shipped to the client (sometimes abroad).
      const a = rng.pick(c.designers);
      const clientCountry: Country = rng.chance(0.8) ? a.country : rng.weightedPick([...ABROAD, ...GULF]);
      const client = nameIn(rng, clientCountry);
      const basket = basketOf(projectLines(rng), a.country === 'TR' ? 'USD' : currencyFor(rng, a.country));
      const d: Draft = {
        kind,
        fraud: false,
        at: placedAt(rng, w.window, MARKETS[a.country].tz, 'office'),
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: homeAddress(rng, clientCountry),
        recipient: `${client} c/o ${a.studio?.name ?? a.name}`,
        ip: ipOf(rng, a.network),
        device: rng.pick(a.devices),
        locale: MARKETS[a.country].locale,
        company: a.studio,
        basket,
        attempts: honestPay(
          rng,
          { cards: a.cards, country: a.country, signedIn: true, wireShare: 0.4 },
          basket,
        ),
        later: [],
      };
      d.later = honestAfter(rng, d);
      return purchaseOf(rng, d);
    }
    case 'turkish_instalment': {
      if (rng.chance(0.55)) {
        const a = rng.pick(c.turkish);
        return fromAccount(
          rng,
          w,
          kind,
          a,
          tierOf(rng, [
            ['rug', 45],
            ['kilim', 30],
            ['decor', 25],
          ]),
        );
      }
      const g = guest(rng, 'TR');
      const home = homeAddress(rng, 'TR');
      const basket = basketOf(
        basketLines(
          rng,
          tierOf(rng, [
            ['rug', 40],
            ['kilim', 30],
            ['decor', 30],
          ]),
        ),
        'TRY',
      );
      const d: Draft = {
        kind,
        fraud: false,
        at: placedAt(rng, w.window, 3),
        buyer: guestBuyer(g),
        billing: home,
        shipping: home,
        ip: ipOf(rng, homeNetwork(rng, 'TR', 0.5)),
        device: newDevice(rng),
        locale: 'tr-TR',
        basket,
        attempts: honestPay(rng, { cards: [newCard(rng, 'TR')], country: 'TR', signedIn: false }, basket),
        later: [],
      };
      d.later = honestAfter(rng, d);
      return purchaseOf(rng, d);
    }
    case 'gulf_buyer': {
      // Big silk and palace rugs; now and then shipped to a flat in London or a summer house in Bodrum.
      const country = rng.weightedPick(GULF);
      const g = guest(rng, country);
      const home = homeAddress(rng, country);
      const shipping = rng.chance(0.12) ? homeAddress(rng, rng.chance(0.6) ? 'GB' : 'TR') : home;
      const basket = basketOf(
        basketLines(
          rng,
          tierOf(rng, [
            ['premium', 50],
            ['collector', 15],
            ['rug', 35],
          ]),
        ),
        'USD',
      );
      const signedIn = rng.chance(0.4);
      const d: Draft = {
        kind,
        fraud: false,
        at: placedAt(rng, w.window, MARKETS[country].tz),
        buyer: signedIn
          ? {
              id: `cus_${rng.token(14)}`,
              email: g.email,
              name: g.name,
              createdAt: w.window.start - rng.int(20, 1500) * DAY,
            }
          : guestBuyer(g),
        billing: home,
        shipping,
        ip: ipOf(rng, homeNetwork(rng, country, 0.5)),
        device: newDevice(rng),
        locale: MARKETS[country].locale,
        channel: rng.chance(0.25) ? 'whatsapp' : 'web',
        basket,
        attempts: honestPay(
          rng,
          { cards: [newCard(rng, country), newCard(rng, country)], country, signedIn, wireShare: 0.2 },
          basket,
        ),
        later: [],
      };
      d.later = honestAfter(rng, d);
      return purchaseOf(rng, d);
    }
    case 'small_decor': {
      const country: Country = rng.chance(0.15) ? 'TR' : rng.weightedPick(ABROAD);
      const g = guest(rng, country);
      const home = homeAddress(rng, country);
      const basket = basketOf(basketLines(rng, 'decor'), currencyFor(rng, country));
      const d: Draft = {
        kind,
        fraud: false,
        at: placedAt(rng, w.window, MARKETS[country].tz),
        buyer: guestBuyer(g),
        billing: home,
        shipping: home,
        ip: ipOf(rng, homeNetwork(rng, country, 0.55)),
        device: newDevice(rng),
        locale: MARKETS[country].locale,
        basket,
        attempts: honestPay(rng, { cards: [newCard(rng, country)], country, signedIn: false }, basket),
        later: [],
      };
      d.later = honestAfter(rng, d);
      return purchaseOf(rng, d);
    }
    case 'gift_sender': {
      // Sent to someone else, often in another city or country, with a note.
      const country = rng.weightedPick(ABROAD);
      const g = guest(rng, country);
      const to: Country = rng.chance(0.65) ? country : rng.weightedPick(ABROAD);
      const basket = basketOf(
        basketLines(
          rng,
          tierOf(rng, [
            ['decor', 50],
            ['kilim', 40],
            ['rug', 10],
          ]),
        ),
        currencyFor(rng, country),
      );
      const d: Draft = {
        kind,
        fraud: false,
        at: placedAt(rng, w.window, MARKETS[country].tz),
        buyer: guestBuyer(g),
        billing: homeAddress(rng, country),
        shipping: homeAddress(rng, to),
        recipient: nameIn(rng, to),
        giftNote: rng.pick([
          'Happy housewarming!',
          'Happy birthday, Mum',
          'Congratulations on the new flat',
          'From Istanbul with love',
        ]),
        ip: ipOf(rng, homeNetwork(rng, country)),
        device: newDevice(rng),
        locale: MARKETS[country].locale,
        basket,
        attempts: honestPay(rng, { cards: [newCard(rng, country)], country, signedIn: false }, basket),
        later: [],
      };
      d.later = honestAfter(rng, d);
      return purchaseOf(rng, d);
    }
    case 'away_or_vpn': {
      // A privacy VPN at home, or a business trip: the network is elsewhere, card and address are home.
      const a = rng.pick(c.abroad);
      const vpn = rng.chance(0.5);
      const away = NETWORKS.filter(
        (n) =>
          n.kind === 'home' &&
          n.country !== a.country &&
          ['US', 'GB', 'DE', 'FR', 'NL', 'AE', 'TR'].includes(n.country),
      );
      const net = vpn ? network(rng.chance(0.6) ? 'us_hosting' : 'de_hosting') : rng.pick(away);
      const p = fromAccount(
        rng,
        w,
        kind,
        a,
        tierOf(rng, [
          ['rug', 40],
          ['kilim', 30],
          ['decor', 20],
          ['premium', 10],
        ]),
      );
      return { ...p, ip: ipOf(rng, net), at: placedAt(rng, w.window, vpn ? MARKETS[a.country].tz : 1) };
    }
  }
}
