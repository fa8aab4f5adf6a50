import { fraudAftermath } from './aftermath.js';
import { type Profile } from './basket.js';
import { bankCard, type Card } from './cards.js';
import { type Device, newDevice } from './devices.js';
import {
  alias,
  dropAddress,
  dropCountry,
  FRAUD_HOMES,
  fraudIp,
  fraudTime,
  VICTIM_COUNTRIES,
  type Cover,
} from './fraud-kit.js';
import { botEmail, disposableEmail, relayEmail } from './people.js';
import { MARKET_CODES, randomAddress } from './places.js';
import { type Attempt, avsCheck, paymentDelay, type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { basketFor } from './shop.js';
import { type World } from './world.js';

/**
 * Throwaway accounts: an account opened minutes before checkout with a disposable or relay mailbox, used once
 * for an order far above what the shop usually sells (a sofa, design lamps and an espresso machine in one
 * basket) and never again. The same operator opens the next one from the same machine.
 */

interface Operator {
  home: string;
  device: Device;
}

function card(rng: Rng, billingCountry: string): Card {
  return bankCard(rng, rng.chance(0.5) ? rng.weightedPick(VICTIM_COUNTRIES) : billingCountry);
}

export function planThrowaways(rng: Rng, world: World, count: number): Purchase[] {
  const operators: Operator[] = [];
  const purchases: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const at = fraudTime(rng, world);
    const reuse = operators.length > 0 && rng.chance(0.35);
    const operator: Operator = reuse
      ? rng.pick(operators)
      : { home: rng.weightedPick(FRAUD_HOMES), device: newDevice(rng, at) };
    if (!reuse) operators.push(operator);
    const billingCountry = rng.chance(0.7)
      ? rng.pick(MARKET_CODES)
      : rng.pick(['GB', 'FR', 'US', 'IT', 'ES']);
    const billing = randomAddress(billingCountry, rng);
    const shipping =
      rng.chance(0.55) && MARKET_CODES.includes(billingCountry)
        ? billing
        : dropAddress(rng, dropCountry(rng));
    const who = alias(rng, billingCountry);
    const roll = rng.next();
    const email =
      roll < 0.55 ? disposableEmail(rng, who) : roll < 0.85 ? relayEmail(rng) : botEmail(rng, who);
    const signedUp = Math.floor(at - rng.logUniform(60_000, 25 * 60_000));
    const cover = rng.weightedPick<Cover>([
      ['vpn', 40],
      ['home', 30],
      ['victim-proxy', 30],
    ]);
    const first = card(rng, billingCountry);
    const profile = rng.weightedPick<Profile>([
      ['design', 35],
      ['resale', 40],
      ['furnish', 25],
    ]);
    const purchase: Purchase = {
      fraud: true,
      kind: 'new_account_throwaway',
      at,
      buyer: { id: world.customerId(signedUp), email, name: who.name, createdAt: signedUp },
      billing,
      shipping,
      ip: fraudIp(rng, world, cover, { victim: billingCountry, home: operator.home, drop: shipping.country }),
      device: reuse && rng.chance(0.8) ? operator.device : newDevice(rng, at),
      basket: basketFor(rng, world, at, shipping.country, profile, {
        targetEur: Math.min(900_000, Math.max(70_000, rng.logNormal(190_000, 0.5))),
      }),
      attempts: payments(rng, first, billingCountry),
      followUps: [],
    };
    if (purchase.basket.digital) purchase.shipping = undefined;
    fraudAftermath(rng, purchase, { warning: 0.3, dispute: 0.5, stopped: 0.08 });
    purchases.push(purchase);
  }
  return purchases;
}

function payments(rng: Rng, first: Card, billingCountry: string): Attempt[] {
  const match = rng.chance(0.4) ? 'match' : 'mismatch';
  const roll = rng.next();
  const attempt = (card: Card, ok: boolean, afterMs: number): Attempt => ({
    card,
    ok,
    avs: avsCheck(rng, card.country, match),
    cvc: ok || rng.chance(0.7) ? 'pass' : 'fail',
    afterMs,
  });
  if (roll < 0.78) return [attempt(first, true, paymentDelay(rng))];
  const second = card(rng, billingCountry);
  return [attempt(first, false, paymentDelay(rng)), attempt(second, roll < 0.92, rng.int(30_000, 150_000))];
}
