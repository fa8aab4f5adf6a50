import { type Address, type Buyer, DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account, buyerOf } from './accounts.js';
import { type HeldCard, newCard } from './cards.js';
import { deviceOf, personOf } from './people.js';
import { type Country, homeIn } from './places.js';

/** An honest shopper: a member signing in, a guest, or someone opening an account at checkout. */

export interface Shopper {
  buyer: Buyer;
  home: Address;
  tz: number;
  country: Country;
  cards: HeldCard[];
  device: Device;
  signedIn: boolean;
  account?: Account;
}

/** A member from `accounts` passing `test`: their card, usual device (or with `newDevice` chance a new one). */
export function member(rng: Rng, a: Account, newDevice = 0.12): Shopper {
  return {
    buyer: buyerOf(a),
    home: a.home,
    tz: a.tz,
    country: a.country,
    cards: a.cards,
    device: rng.chance(newDevice) ? deviceOf(rng, a.country) : rng.pick(a.devices),
    signedIn: true,
    account: a,
  };
}

/**
 * Someone new to the shop from `country`, ordering at `when(tz)` in their time zone: a guest, or (with `signUp`
 * chance) an account opened during checkout a few minutes before the order.
 */
export function newcomer(
  rng: Rng,
  country: Country,
  when: (tz: number) => number,
  signUp = 0.3,
  japanese?: boolean,
): { shopper: Shopper; at: number } {
  const person = personOf(rng, country, japanese);
  const { address, tz } = homeIn(rng, country);
  const at = when(tz);
  const account = rng.chance(signUp);
  const shopper: Shopper = {
    buyer: {
      ...(account ? { id: `mem_${rng.digits(8)}` } : {}),
      email: person.email,
      name: person.name,
      ...(account ? { createdAt: at - rng.int(2 * MINUTE, 25 * MINUTE) } : {}),
    },
    home: address,
    tz,
    country,
    cards: [newCard(rng, country, rng.chance(0.15) ? 'debit' : 'credit')],
    device: deviceOf(rng, country),
    signedIn: account,
  };
  return { shopper, at };
}

/** A member from `country` passing `test` with `share` chance (when there is one), else a newcomer. */
export function shopperIn(
  rng: Rng,
  accounts: readonly Account[],
  country: Country,
  share: number,
  when: (tz: number) => number,
  test: (a: Account) => boolean = (a) => !a.collector && !a.tourist,
): { shopper: Shopper; at: number } {
  const pool = accounts.filter((a) => a.country === country && test(a));
  if (pool.length > 0 && rng.chance(share)) {
    const shopper = member(rng, rng.pick(pool));
    return { shopper, at: when(shopper.tz) };
  }
  return newcomer(rng, country, when);
}

/** Whether an account is old enough to count as returning (two months or more at `at`). */
export const returning = (a: Account, at: number): boolean => at - a.createdAt > 60 * DAY;
