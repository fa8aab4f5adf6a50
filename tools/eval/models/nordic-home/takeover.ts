import { fraudAftermath } from './aftermath.js';
import { bankCard } from './cards.js';
import { parcelLocker } from './destinations.js';
import { type Device, newDevice, spoofedDevice } from './devices.js';
import { dropAddress, FRAUD_HOMES, fraudIp, fraudTime, VICTIM_COUNTRIES, type Cover } from './fraud-kit.js';
import { MARKET_CODES, type Address } from './places.js';
import { type Attempt, avsCheck, cvcCheck, paymentDelay, type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { basketFor, buyerOf } from './shop.js';
import { type Customer, type World } from './world.js';
import { DAY } from '../kit/purchase.js';

/**
 * Account takeover: a long-standing customer's password, reused elsewhere, is used from a new device and a
 * new network (often abroad, or a residential proxy at home) to buy far above the household's habits with
 * the card stored on the account, shipped to a new address, sometimes by editing the address after the
 * order. Takeover crews work through lists, so one device shows up on several victims' accounts.
 */

interface Crew {
  home: string;
  device: Device;
  ip?: string;
}

function victim(rng: Rng, world: World, at: number): Customer {
  const known = world.customers.filter(
    (customer) =>
      !customer.company && customer.createdAt < at - 60 * DAY && customer.orders.some((time) => time < at),
  );
  if (known.length > 0 && rng.chance(0.6)) return rng.pick(known);
  const customer = world.createCustomer(rng, at, Math.floor(at - rng.logUniform(120 * DAY, 7 * 365 * DAY)));
  world.customers.push(customer);
  return customer;
}

function newAddress(rng: Rng, home: Address): Address {
  const roll = rng.next();
  if (roll < 0.5) return dropAddress(rng, home.country);
  if (roll < 0.7) return parcelLocker(rng, home.country);
  return dropAddress(rng, rng.pick([...MARKET_CODES.filter((code) => code !== home.country), 'LT', 'PL']));
}

export function planTakeovers(rng: Rng, world: World, count: number): Purchase[] {
  const crews: Crew[] = [];
  const purchases: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const at = fraudTime(rng, world);
    const account = victim(rng, world, at);
    const known = rng.pick(account.devices);
    const reuse = crews.length > 0 && rng.chance(0.35);
    const crew: Crew = reuse
      ? rng.pick(crews)
      : {
          home: rng.weightedPick(FRAUD_HOMES),
          device: rng.chance(0.25) ? spoofedDevice(rng, known) : newDevice(rng, at, 'windows'),
        };
    if (!reuse) crews.push(crew);
    const cover = rng.weightedPick<Cover>([
      ['home', 45],
      ['vpn', 25],
      ['victim-proxy', 30],
    ]);
    const ip =
      reuse && crew.ip && rng.chance(0.4)
        ? crew.ip
        : fraudIp(rng, world, cover, { victim: account.country, home: crew.home, drop: account.country });
    crew.ip = ip;
    const drop = newAddress(rng, account.home);
    const edited = rng.chance(0.25);
    const purchase: Purchase = {
      fraud: true,
      kind: 'account_takeover',
      at,
      buyer: buyerOf(account),
      billing: account.home,
      shipping: edited ? account.home : drop,
      ip,
      device: crew.device,
      basket: basketFor(rng, world, at, account.country, 'resale', {
        targetEur: Math.min(700_000, Math.max(50_000, rng.logNormal(140_000, 0.55))),
      }),
      attempts: payments(rng, account),
      followUps: [],
    };
    if (purchase.basket.digital) purchase.shipping = undefined;
    else if (edited)
      purchase.followUps.push({
        type: 'order.updated',
        afterMs: rng.int(5 * 60_000, 40 * 60_000),
        shipping: drop,
      });
    fraudAftermath(rng, purchase, { warning: 0.2, dispute: 0.45, stopped: 0.12 });
    purchases.push(purchase);
  }
  return purchases;
}

/** The stored card without its CVC most of the time; otherwise a stolen card typed into the account. */
function payments(rng: Rng, account: Customer): Attempt[] {
  const stored = rng.chance(0.7);
  const card = stored ? rng.pick(account.cards) : bankCard(rng, rng.weightedPick(VICTIM_COUNTRIES));
  const first: Attempt = {
    card,
    ok: rng.chance(0.85),
    avs: avsCheck(rng, card.country, stored ? 'match' : 'mismatch'),
    cvc: stored ? cvcCheck(rng, true) : 'pass',
    afterMs: paymentDelay(rng),
  };
  if (first.ok) return [first];
  const other = account.cards.find((candidate) => candidate !== card);
  if (!other || rng.chance(0.5)) return [first];
  return [
    first,
    {
      card: other,
      ok: true,
      avs: avsCheck(rng, other.country, 'match'),
      cvc: cvcCheck(rng, true),
      afterMs: rng.int(20_000, 120_000),
    },
  ];
}
