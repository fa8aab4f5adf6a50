import { type Rng } from '../kit/random.js';
import { assemble, device, freshBuyer, localeOf, type World, when } from './build.js';
import { type Decline, newCard, sibling } from './cards.js';
import { line, type Line, top } from './catalogue.js';
import { type FraudKind } from './fraud.js';
import { chargedBack, jig, stopped } from './fraud-kit.js';
import { ipOn } from './networks.js';
import { emailFor, nameIn, throwawayEmail } from './people.js';
import { addressIn, type Market } from './places.js';
import { type Attempt, cardAttempt, firstAuth, type Purchase, retryGap } from './purchase.js';

/** Stolen cards: resale baskets, full-identity fraud, reshipping mules, triangulation, fake corporate gifts. */

/** What sells on the grey market: Champagne prestige cuvées, Cognac XO, first growths, allocations. */
const resale = (rng: Rng): Line[] => {
  const pick = rng.weighted({ champagne: 30, cognac: 25, grand_cru: 30, allocation: 10, magnum: 5 });
  if (pick === 'champagne') return [top('champagne', rng.pick([6, 12, 18]))];
  if (pick === 'cognac')
    return [rng.chance(0.7) ? top('cognac', 1) : line(rng, 'cognac', rng.int(3, 6), 'CO-XO')];
  if (pick === 'allocation') return [line(rng, 'allocation', 1)];
  return [line(rng, pick, rng.pick([3, 6, 12]))];
};

const declineOf = (rng: Rng): Decline =>
  rng.pick<Decline>([
    'do_not_honor',
    'stolen_card',
    'insufficient_funds',
    'incorrect_cvc',
    'authentication_failed',
  ]);

export function planCardFraud(rng: Rng, w: World, a: Record<FraudKind, number>): Purchase[] {
  const out: Purchase[] = [];

  // Sloppy: a card bought on a forum without the holder's address; the billing is invented or the drop's own,
  // a fresh account or guest with a throw-away or random free-mail, often on a VPN; declines, then the next card.
  // European cards only pass with the holder's one-time code, phished along with the card.
  for (let i = 0; i < a.stolen_card_resale; i++) {
    const r = rng.fork(`scr${i}`);
    const drop = addressIn(r, r.pick<Market>(['FR', 'FR', 'FR', 'BE', 'DE', 'NL']));
    const at = when(r, w, 'FR', r.chance(0.5) ? 'night' : 'household');
    const card = newCard(r, r.pick(['US', 'GB', 'FR', 'FR', 'DE', 'CH']));
    const name = nameIn(r, 'FR');
    out.push(
      assemble(r, {
        kind: 'stolen_card_resale',
        fraud: true,
        at,
        buyer: freshBuyer(r, 'FR', at, {
          guest: r.chance(0.5),
          name,
          email: r.chance(0.6) ? throwawayEmail(r) : `${r.token(9)}${r.digits(2)}@gmail.com`,
        }),
        billing: r.chance(0.6) ? drop : addressIn(r, 'FR'),
        shipping: { ...drop, line1: jig(r, drop.line1 ?? '') },
        fulfilment: r.chance(0.15) ? 'pickup' : 'courier',
        lines: resale(r),
        ip: r.chance(0.6) ? ipOn(r, r.pick(['NL', 'DE', 'US']), 'hosting') : ipOn(r, 'FR', 'mobile'),
        device: device(r),
        locale: 'fr-FR',
        pay: (amount) => {
          const tries: Attempt[] = [];
          let c = card;
          for (let k = 0; k < r.int(0, 3); k++) {
            tries.push(
              cardAttempt(r, c, amount, {
                ok: false,
                decline: declineOf(r),
                afterMs: k === 0 ? firstAuth(r) : retryGap(r) / 3,
                match: 'none',
              }),
            );
            c = r.chance(0.5) ? sibling(r, c) : newCard(r, r.pick(['US', 'GB', 'FR']));
          }
          if (r.chance(0.75))
            tries.push(
              cardAttempt(r, c, amount, {
                ok: true,
                afterMs: tries.length ? retryGap(r) / 3 : firstAuth(r),
                match: 'none',
                threeDS: ['US', 'GB'].includes(c.country) ? 'not_enrolled' : 'challenge_passed',
              }),
            );
          return tries;
        },
        after: (_, wasPaid) =>
          wasPaid ? (r.chance(0.12) ? stopped(r, 'fraud_review') : chargedBack(r)) : [],
      }),
    );
  }

  // Careful: a full identity (name, address, e-mail lookalike, phone for the OTP) phished from a US, British or
  // French holder; billing matches, AVS passes, a residential proxy in the holder's country, shipped to a
  // different address in the holder's own region or collected at the shop with a fake ID.
  for (let i = 0; i < a.stolen_card_full_details; i++) {
    const r = rng.fork(`sfd${i}`);
    const country = r.pick<Market>(['US', 'GB', 'FR', 'FR', 'BE', 'CH']);
    const victim = addressIn(r, country);
    const name = nameIn(r, country);
    const at = when(r, w, country);
    const card = newCard(r, country, 'credit');
    const collect = r.chance(0.2);
    const drop = addressIn(r, country === 'US' || country === 'GB' ? 'FR' : country);
    out.push(
      assemble(r, {
        kind: 'stolen_card_full_details',
        fraud: true,
        at,
        buyer: freshBuyer(r, country, at, {
          name,
          email: emailFor(r, name, country).replace('@', `${r.digits(2)}@`),
        }),
        billing: victim,
        ...(collect ? {} : { shipping: drop }),
        fulfilment: collect ? 'pickup' : 'courier',
        lines: resale(r),
        ip: ipOn(r, country, 'home'),
        device: device(r, r.pick(['windows', 'mac', 'iphone'] as const)),
        locale: localeOf(country),
        pay: (amount) => [
          cardAttempt(r, card, amount, {
            ok: r.chance(0.85),
            decline: 'do_not_honor',
            afterMs: firstAuth(r),
            match: 'good',
            ...(['US', 'GB'].includes(country) ? {} : { threeDS: 'challenge_passed' as const }),
          }),
        ],
        after: (_, wasPaid) => (wasPaid ? chargedBack(r, { warn: 0.35, dispute: 0.85 }) : []),
      }),
    );
  }

  // Reshipping mules: US and British cards with the holder's billing, shipped to a few French, Belgian and
  // German homes of recruited "parcel agents" who forward the cases east; each mule address gets several orders.
  const mules = Array.from({ length: Math.max(1, Math.ceil(a.reshipping_mule / 4)) }, (_, k) => ({
    home: addressIn(rng.fork(`mule${k}`), rng.fork(`mule${k}`).pick<Market>(['FR', 'FR', 'BE', 'DE'])),
    name: nameIn(rng.fork(`mulename${k}`), 'FR'),
  }));
  for (let i = 0; i < a.reshipping_mule; i++) {
    const r = rng.fork(`mul${i}`);
    const mule = r.pick(mules);
    const country = r.pick<Market>(['US', 'US', 'GB']);
    const at = when(r, w, country);
    const holder = nameIn(r, country);
    out.push(
      assemble(r, {
        kind: 'reshipping_mule',
        fraud: true,
        at,
        buyer: freshBuyer(r, country, at, { name: holder, guest: r.chance(0.6) }),
        billing: addressIn(r, country),
        shipping: { ...mule.home },
        fulfilment: 'courier',
        lines: resale(r),
        ip: r.chance(0.6) ? ipOn(r, country, 'home') : ipOn(r, 'US', 'hosting'),
        device: device(r),
        locale: localeOf(country),
        giftNote: r.chance(0.4) ? `For ${mule.name}` : undefined,
        pay: (amount) => [
          cardAttempt(r, newCard(r, country), amount, {
            ok: r.chance(0.85),
            decline: 'do_not_honor',
            afterMs: firstAuth(r),
            match: r.chance(0.7) ? 'good' : 'partial',
          }),
        ],
        after: (_, wasPaid) => (wasPaid ? chargedBack(r, { warn: 0.5 }) : []),
      }),
    );
  }

  // Triangulation: a "discount wine" seller on a marketplace takes a real buyer's order and money, then buys it
  // here with a stolen card: the wine goes to the real buyer's home under their name; billing and card are
  // someone else's; the e-mail is the seller's; they order from a hosting address in bursts of ordinary baskets.
  for (let i = 0; i < a.triangulation; i++) {
    const r = rng.fork(`tri${i}`);
    const buyerHome = addressIn(r, r.pick<Market>(['FR', 'FR', 'BE', 'DE']));
    const at = when(r, w, 'FR', 'any');
    const cardCountry = r.pick<Market>(['US', 'GB', 'FR', 'DE']);
    out.push(
      assemble(r, {
        kind: 'triangulation',
        fraud: true,
        at,
        buyer: freshBuyer(r, 'FR', at, {
          name: nameIn(r, buyerHome.country ?? 'FR'),
          email: `${r.pick(['cave', 'vins', 'grandsvins', 'promo'])}.${r.token(5)}@${r.pick(['gmail.com', 'outlook.com', 'proton.me'])}`,
          guest: true,
        }),
        billing: addressIn(r, cardCountry),
        shipping: buyerHome,
        fulfilment: 'courier',
        lines: [line(r, r.pick(['champagne', 'cognac', 'mixed_case', 'gift_box'] as const), r.int(1, 6))],
        ip: ipOn(r, r.pick(['NL', 'US', 'DE', 'FR']), r.chance(0.7) ? 'hosting' : 'mobile'),
        device: device(r, 'windows'),
        locale: 'fr-FR',
        pay: (amount) => [
          cardAttempt(r, newCard(r, cardCountry), amount, {
            ok: r.chance(0.85),
            decline: 'do_not_honor',
            afterMs: firstAuth(r),
            match: 'partial',
          }),
        ],
        after: (_, wasPaid) => (wasPaid ? chargedBack(r, { warn: 0.4, dispute: 0.8 }) : []),
      }),
    );
  }

  // Fake corporate gifts: a look-alike company domain, a purchasing manager's name, office hours, fifty to a
  // hundred and fifty Champagne or Cognac gift sets on a stolen business card, to an address that is not the
  // company's; the slower ones ask to change the address by e-mail after paying.
  for (let i = 0; i < a.corporate_gift_fraud; i++) {
    const r = rng.fork(`cgf${i}`);
    const at = when(r, w, 'FR', 'office');
    const company = r.pick([
      'Groupe Atlantique Conseil',
      'Aéro Composites',
      'Banque Privée Chartrons',
      'Nexity Partners',
    ]);
    const domain = `${company.toLowerCase().replace(/[^a-z]+/g, '-')}-${r.pick(['group', 'sas', 'fr'])}.com`;
    const name = nameIn(r, 'FR');
    const office = addressIn(r, 'FR', 'Paris');
    const drop = addressIn(r, r.pick<Market>(['FR', 'BE', 'NL']));
    const redirect = r.chance(0.4);
    out.push(
      assemble(r, {
        kind: 'corporate_gift_fraud',
        fraud: true,
        at,
        buyer: freshBuyer(r, 'FR', at, { name, email: `achats.${r.token(3)}@${domain}` }),
        billing: office,
        shipping: redirect ? office : drop,
        fulfilment: 'courier',
        lines: [
          r.chance(0.5)
            ? line(r, 'gift_box', r.int(50, 150), 'GB-CHAMP-2F')
            : line(r, r.pick(['champagne', 'cognac'] as const), r.int(40, 120)),
        ],
        ip: r.chance(0.6) ? ipOn(r, 'FR', 'home') : ipOn(r, 'NL', 'hosting'),
        device: device(r, 'windows'),
        locale: 'fr-FR',
        company: { name: company, vatId: `FR${r.digits(11)}` },
        pay: (amount) => [
          cardAttempt(r, newCard(r, r.pick(['FR', 'US', 'GB']), 'credit'), amount, {
            ok: r.chance(0.8),
            decline: 'do_not_honor',
            afterMs: firstAuth(r),
            match: 'none',
          }),
        ],
        after: (_, wasPaid) =>
          wasPaid
            ? [
                ...(redirect
                  ? [
                      {
                        type: 'order.updated' as const,
                        afterMs: r.int(1, 6) * 3_600_000,
                        shipping: drop,
                        reason: 'address_change_by_email',
                      },
                    ]
                  : []),
                ...chargedBack(r, { dispute: 0.8 }),
              ]
            : [],
      }),
    );
  }
  return out;
}
