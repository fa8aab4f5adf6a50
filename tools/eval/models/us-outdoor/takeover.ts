import { forwarderAddress } from './addresses.js';
import { type Checks, fullzChecks, issueCard } from './cards.js';
import { product } from './catalog.js';
import { fraudDevice } from './devices.js';
import { ascii, disposableEmail } from './emails.js';
import {
  cardRun,
  chargebacks,
  dropAddress,
  type Exit,
  fraudIp,
  fraudPurchase,
  resaleItems,
  victimCountry,
} from './fraud-kit.js';
import { DAY, MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/**
 * Account takeover: a real customer's account, opened with a password from another site's breach or a
 * phishing page. The thief spends the saved card (no CVC asked, the billing address on file passes AVS) or
 * a stolen one, on gift cards and resale goods sent somewhere new. Some change the account's email first so
 * the order confirmation never reaches the owner; a few ride the owner's own browser session (stolen cookies
 * or malware), so even the device looks known.
 */

function lookalike(rng: Rng, email: string): string {
  const local = ascii(email.split('@')[0] ?? 'user');
  return rng.chance(0.5)
    ? `${local}${rng.int(1, 99)}@${rng.pick(['outlook.com', 'proton.me', 'gmx.com'])}`
    : `${local.replace(/\./g, '')}.${rng.token(3)}@gmail.com`;
}

export function accountTakeover(rng: Rng, world: World): Purchase {
  const at = world.calendar.at(rng, 'ET', 'fraud');
  const aged = (c: { accountId?: string; createdAt?: number }) =>
    c.accountId !== undefined && (c.createdAt ?? at) < at - 30 * DAY;
  const known = rng.chance(0.4) ? world.earlierCustomer(rng, at, aged) : undefined;
  const victim = known ?? world.customer(rng, victimCountry(rng), at, 'aged');
  const hijacked = rng.chance(0.15);
  const device = hijacked
    ? rng.pick(victim.devices)
    : fraudDevice(rng, rng.chance(0.65) ? 'antidetect' : 'phone');
  const exit: Exit = hijacked ? 'proxy' : rng.weighted({ foreign: 30, hosting: 30, proxy: 40 });
  const route = rng.weighted({ newAddress: 52, forwarder: 15, giftCards: 20, reroute: 13 });
  const savedCard = rng.chance(0.65);
  const cardholder = savedCard ? victim : world.customer(rng, victim.country, at, 'guest');
  const card = savedCard
    ? (victim.cards[0] ?? issueCard(rng, victim.country))
    : (cardholder.cards[0] ?? issueCard(rng, victim.country));
  const checks = (): Checks =>
    savedCard
      ? { avs: rng.chance(0.88) ? 'pass' : 'unavailable', cvc: rng.chance(0.7) ? 'unchecked' : 'pass' }
      : fullzChecks(rng, card);
  const paid = rng.chance(0.9);
  const items =
    route === 'giftCards'
      ? Array.from(
          { length: rng.int(1, 4) },
          () => [product(rng.pick(['GC-100', 'GC-200', 'GC-500'])), 1] as const,
        )
      : resaleItems(rng, 150);
  const shipping =
    route === 'giftCards'
      ? undefined
      : route === 'forwarder'
        ? forwarderAddress(rng)
        : route === 'reroute'
          ? victim.home
          : dropAddress(rng, victim.country);
  const emailChanged = rng.chance(0.3);
  const purchase = fraudPurchase({
    kind: 'account_takeover',
    at,
    buyer: {
      id: victim.accountId ?? `cus_${rng.token(14)}`,
      createdAt: victim.createdAt ?? at - 400 * DAY,
      email: emailChanged
        ? rng.chance(0.4)
          ? disposableEmail(rng, victim.name)
          : lookalike(rng, victim.email)
        : victim.email,
      name: victim.display,
    },
    billing: cardholder.home,
    ...(shipping ? { shipping } : {}),
    ip: fraudIp(rng, world, exit, victim.country),
    device,
    items,
    attempts: cardRun(rng, [card], () => checks(), paid),
    followUps: chargebacks(rng, paid, savedCard ? 0.35 : 0.6, 0.5),
  });
  if (route === 'reroute' && paid)
    purchase.followUps.unshift({
      type: 'order.updated',
      afterMs: rng.int(10, 120) * MINUTE,
      shipping: dropAddress(rng, victim.country),
    });
  return purchase;
}
