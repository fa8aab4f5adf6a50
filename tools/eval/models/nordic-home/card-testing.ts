import { fraudAftermath } from './aftermath.js';
import { type Brand, type Card, bankCard, cardOnBin } from './cards.js';
import { botDevice, type Device } from './devices.js';
import { dropCountry, fraudIp, VICTIM_COUNTRIES, type Cover } from './fraud-kit.js';
import { botEmail, person } from './people.js';
import { type Address, randomAddress } from './places.js';
import { type Attempt, avsCheck, type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { basketFor } from './shop.js';
import { type World } from './world.js';

/**
 * Card testing: a bot checks which cards of a freshly bought batch are live by buying the cheapest things
 * (a greeting card, tealights, a €25 gift card) or, once a card works, a larger gift card. Runs come as
 * bursts (an attempt every few seconds for half an hour) or as slow drips over a day to stay under limits.
 * The bot rotates proxies, device cookies and made-up e-mail addresses; most attempts are declined.
 */

export interface Validated {
  card: Card;
  at: number;
}

interface Run {
  burst: boolean;
  size: number;
  victim: string;
  bins: ReadonlyArray<readonly [string, Brand]>;
  cover: Cover;
  fixedIps: string[];
  devices: Device[];
  freshDevice: boolean;
  email?: string;
  address?: Address;
  fullDetails: boolean;
  guest: boolean;
}

function newRun(rng: Rng, world: World, size: number, burst: boolean, start: number): Run {
  const victim = rng.weightedPick(VICTIM_COUNTRIES);
  const bins = Array.from({ length: rng.int(1, 3) }, () => {
    const card = bankCard(rng, victim);
    return [card.bin, card.brand] as const;
  });
  const cover = rng.weightedPick<Cover>([
    ['victim-proxy', 35],
    ['vpn', 40],
    ['home', 25],
  ]);
  const home = rng.pick(['US', 'VN', 'BR', 'NG', 'RU', 'ID', 'NL', 'DE']);
  // "home" for a bot is the server it runs on: a few data-centre addresses for the whole run.
  const fixedIps =
    cover === 'home' ? Array.from({ length: rng.int(1, 3) }, () => world.ips.hosting(home)) : [];
  const devices = Array.from({ length: rng.int(2, 3) }, () => botDevice(rng, start));
  const who = person(rng, victim);
  return {
    burst,
    size,
    victim,
    bins,
    cover,
    fixedIps,
    devices,
    freshDevice: rng.chance(0.55),
    email: rng.chance(0.25) ? botEmail(rng, who) : undefined,
    address: rng.chance(0.4) ? randomAddress(victim, rng) : undefined,
    fullDetails: rng.chance(0.3),
    guest: rng.chance(0.7),
  };
}

function sizes(rng: Rng, count: number): Array<{ size: number; burst: boolean }> {
  const out: Array<{ size: number; burst: boolean }> = [];
  let remaining = count;
  while (remaining > 0) {
    const burst = remaining >= 10 && (out.length === 0 || rng.chance(0.6));
    const size = Math.min(remaining, burst ? rng.int(10, 32) : rng.int(4, 14));
    out.push({ size, burst });
    remaining -= size;
  }
  return out;
}

export function planCardTesting(
  rng: Rng,
  world: World,
  count: number,
): { purchases: Purchase[]; validated: Validated[] } {
  const purchases: Purchase[] = [];
  const validated: Validated[] = [];
  const { calendar } = world;
  for (const { size, burst } of sizes(rng, count)) {
    let at = calendar.sample(rng, burst ? 'night' : 'consumer', 1);
    const run = newRun(rng, world, size, burst, at);
    for (let i = 0; i < run.size; i++) {
      at += burst ? Math.round(3_000 + rng.exp(30_000)) : Math.round(5 * 60_000 + rng.exp(45 * 60_000));
      if (at >= calendar.end) at = calendar.start + Math.floor(rng.next() * (calendar.end - calendar.start));
      purchases.push(attempt(rng, world, run, at, validated));
    }
  }
  return { purchases, validated };
}

function attempt(rng: Rng, world: World, run: Run, at: number, validated: Validated[]): Purchase {
  const who = person(rng, run.victim);
  const billing = run.address ?? randomAddress(run.victim, rng);
  const cards = rng.chance(0.3) ? rng.int(2, 4) : 1;
  const attempts: Attempt[] = [];
  for (let i = 0; i < cards; i++) {
    const [bin, brand] = rng.pick(run.bins);
    const card = cardOnBin(rng, bin, brand, run.victim);
    const ok = rng.chance(0.15);
    const cvc = ok
      ? 'pass'
      : rng.weightedPick([
          ['fail', 30],
          ['pass', 40],
          ['unavailable', 15],
          ['unchecked', 15],
        ] as const);
    const avs = avsCheck(rng, run.victim, run.fullDetails ? 'match' : 'mismatch');
    attempts.push({ card, ok, avs, cvc, afterMs: i === 0 ? rng.int(1_500, 5_000) : rng.int(5_000, 20_000) });
    if (ok) {
      validated.push({ card, at });
      break;
    }
  }
  const ip =
    run.fixedIps.length > 0
      ? rng.pick(run.fixedIps)
      : fraudIp(rng, world, run.cover, { victim: run.victim, home: 'US', drop: dropCountry(rng) });
  const signedUp = at - rng.int(5_000, 60_000);
  const purchase: Purchase = {
    fraud: true,
    kind: 'card_testing',
    at,
    buyer: {
      email: run.email ?? botEmail(rng, who),
      name: who.name,
      ...(run.guest ? {} : { id: world.customerId(signedUp), createdAt: signedUp }),
    },
    billing,
    shipping: billing,
    ip,
    device: run.freshDevice ? botDevice(rng, at) : rng.pick(run.devices),
    basket: basketFor(rng, world, at, billing.country, rng.chance(0.65) ? 'cheap' : 'probe'),
    attempts,
    followUps: [],
  };
  if (purchase.basket.digital) purchase.shipping = undefined;
  fraudAftermath(rng, purchase, { warning: 0.3, dispute: 0.2 });
  return purchase;
}
