import { fraudAftermath } from './aftermath.js';
import { type Card, bankCard } from './cards.js';
import { type Validated } from './card-testing.js';
import { newDevice, randomPlatform } from './devices.js';
import {
  type Actor,
  alias,
  dropAddress,
  dropCountry,
  FRAUD_HOMES,
  fraudIp,
  fraudTime,
  throwawayMailbox,
  VICTIM_COUNTRIES,
  type Cover,
} from './fraud-kit.js';
import { randomAddress } from './places.js';
import { type Attempt, avsCheck, paymentDelay, type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { basketFor } from './shop.js';
import { type World } from './world.js';

/**
 * Stolen cards: someone else's card, typed with the cardholder's name and billing address (phished "fullz"
 * pass the address check), delivered to a drop. The buyer is new (a guest or an account a few minutes to a
 * few days old) and buys what resells: espresso machines, design lamps, cashmere, gift cards. The same
 * people come back with the next card from the same device, mailbox or drop, and cards that passed a card
 * test earlier are cashed out here.
 */

interface StolenActor extends Actor {
  cards: Card[];
}

function newActor(rng: Rng, at: number): StolenActor {
  const drop = dropAddress(rng, dropCountry(rng));
  return {
    home: rng.weightedPick(FRAUD_HOMES),
    device: newDevice(rng, at, rng.chance(0.6) ? 'windows' : randomPlatform(rng)),
    drop,
    purchases: 0,
    cards: [],
  };
}

function stolen(rng: Rng, at: number, actor: StolenActor, validated: Validated[]): Card {
  const tested = validated.filter((entry) => entry.at < at);
  if (tested.length > 0 && rng.chance(0.25)) return rng.pick(tested).card;
  if (actor.cards.length > 0 && rng.chance(0.2)) return rng.pick(actor.cards);
  const card = bankCard(rng, rng.weightedPick(VICTIM_COUNTRIES));
  actor.cards.push(card);
  return card;
}

export function planStolenCards(rng: Rng, world: World, count: number, validated: Validated[]): Purchase[] {
  const actors: StolenActor[] = [];
  const purchases: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const at = fraudTime(rng, world);
    const returning = actors.length > 0 && rng.chance(0.4);
    const actor = returning ? rng.pick(actors) : newActor(rng, at);
    if (!returning) actors.push(actor);
    actor.purchases++;
    const card = stolen(rng, at, actor, validated);
    const cardholder = alias(rng, card.country);
    const billing = randomAddress(card.country, rng);
    const fullDetails = rng.chance(0.55);
    const drop = returning && rng.chance(0.6) ? actor.drop : dropAddress(rng, dropCountry(rng));
    const cover = rng.weightedPick<Cover>([
      ['victim-proxy', 30],
      ['vpn', 30],
      ['home', 25],
      ['drop-local', 15],
    ]);
    const ip =
      returning && actor.ip && rng.chance(0.3)
        ? actor.ip
        : fraudIp(rng, world, cover, { victim: card.country, home: actor.home, drop: drop.country });
    actor.ip = ip;
    const email =
      returning && actor.email && rng.chance(0.35) ? actor.email : throwawayMailbox(rng, cardholder);
    actor.email = email;
    const device = returning && rng.chance(0.7) ? actor.device : newDevice(rng, at);
    const guest = rng.chance(0.35);
    const signedUp = Math.floor(at - rng.logUniform(3 * 60_000, 4 * 86_400_000));
    const attempts = payments(rng, card, fullDetails);
    const intercept = rng.chance(0.1);
    const purchase: Purchase = {
      fraud: true,
      kind: 'stolen_card',
      at,
      buyer: {
        email,
        name: rng.chance(0.75) ? cardholder.name : alias(rng, actor.home).name,
        ...(guest ? {} : { id: world.customerId(signedUp), createdAt: signedUp }),
      },
      billing,
      // Now and then shipped to the cardholder's own address and redirected once the payment cleared.
      shipping: intercept ? billing : drop,
      ip,
      device,
      basket: basketFor(rng, world, at, drop.country, 'resale', {
        targetEur: Math.min(450_000, Math.max(18_000, rng.logNormal(70_000, 0.6))),
      }),
      attempts,
      followUps: [],
    };
    if (purchase.basket.digital) purchase.shipping = undefined;
    else if (intercept) {
      purchase.followUps.push({
        type: 'order.updated',
        afterMs: rng.int(10 * 60_000, 60 * 60_000),
        shipping: drop,
      });
    }
    fraudAftermath(rng, purchase, { warning: 0.35, dispute: 0.6, stopped: 0.05 });
    purchases.push(purchase);
  }
  return purchases;
}

/** Mostly one clean authorisation; sometimes a decline and the next card; now and then nothing works. */
function payments(rng: Rng, card: Card, fullDetails: boolean): Attempt[] {
  const match = fullDetails ? 'match' : 'mismatch';
  const roll = rng.next();
  if (roll < 0.78)
    return [
      { card, ok: true, avs: avsCheck(rng, card.country, match), cvc: 'pass', afterMs: paymentDelay(rng) },
    ];
  const attempts: Attempt[] = [
    {
      card,
      ok: false,
      avs: avsCheck(rng, card.country, match),
      cvc: rng.chance(0.3) ? 'fail' : 'pass',
      afterMs: paymentDelay(rng),
    },
  ];
  const retries = roll < 0.92 ? 1 : rng.int(1, 2);
  for (let i = 0; i < retries; i++) {
    const next = bankCard(rng, rng.weightedPick(VICTIM_COUNTRIES));
    const ok = roll < 0.92;
    attempts.push({
      card: next,
      ok,
      avs: avsCheck(rng, next.country, match),
      cvc: 'pass',
      afterMs: rng.int(30_000, 180_000),
    });
  }
  return attempts;
}
