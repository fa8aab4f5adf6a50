import { fraudAftermath } from './aftermath.js';
import { type Profile } from './basket.js';
import { bankCard, type Card, newCard } from './cards.js';
import { newDevice } from './devices.js';
import { dropAddress, dropCountry, fraudTime } from './fraud-kit.js';
import { person, personalEmail } from './people.js';
import { type Address, MARKET_CODES, randomAddress } from './places.js';
import { type Attempt, avsCheck, paymentDelay, type Purchase } from './purchase.js';
import { type Rng } from './random.js';
import { basketFor } from './shop.js';
import { type World } from './world.js';

/**
 * Orders touching comprehensively sanctioned countries (Cuba, Iran, North Korea, Syria). The shop may not
 * serve them, and they arrive the way such trade does: from an Iranian or Cuban connection with a European
 * card and address, to a forwarder in Istanbul or Dubai, with a billing address in Tehran on a Turkish card,
 * or, rarely, straight to Damascus or Havana. North Korea's few addresses appear only as an origin.
 */

type Scenario = 'ip' | 'shipping' | 'billing' | 'card';

function sanctionedCountry(rng: Rng, world: World, allowKp: boolean): string {
  const options: Array<readonly [string, number]> = [
    ['IR', 50],
    ['SY', 22],
    ['CU', 22],
  ];
  if (allowKp && world.ips.hasV4('KP')) options.push(['KP', 6]);
  return rng.weightedPick(options);
}

/** A forwarding warehouse in Istanbul or Dubai, or a drop in the markets. */
function forwarder(rng: Rng): Address {
  return rng.chance(0.5) ? randomAddress(rng.pick(['TR', 'AE']), rng) : dropAddress(rng, dropCountry(rng));
}

export function planSanctioned(rng: Rng, world: World, count: number): Purchase[] {
  const purchases: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const at = fraudTime(rng, world);
    const scenario = rng.weightedPick<Scenario>([
      ['ip', 45],
      ['shipping', 25],
      ['billing', 20],
      ['card', 10],
    ]);
    const origin = sanctionedCountry(rng, world, scenario === 'ip');
    const market = rng.pick(MARKET_CODES);
    const who = person(rng, origin);
    let billing = randomAddress(market, rng);
    let shipping: Address = rng.chance(0.6) ? randomAddress(market, rng) : forwarder(rng);
    let card: Card = newCard(rng, market, { neobank: 0.3 });
    let ip: string;
    switch (scenario) {
      case 'ip':
        ip = world.ips.address(origin, 0.05);
        break;
      case 'shipping':
        shipping = randomAddress(origin, rng);
        ip = rng.chance(0.5) ? world.vpnIp(rng) : world.ips.v4(rng.pick(['TR', 'AE', market]));
        break;
      case 'billing':
        billing = randomAddress(origin, rng);
        card = rng.chance(0.6) ? bankCard(rng, rng.pick(['TR', 'AE'])) : newCard(rng, 'LT');
        shipping = forwarder(rng);
        ip = rng.chance(0.4)
          ? world.ips.v4(origin)
          : rng.chance(0.5)
            ? world.vpnIp(rng)
            : world.ips.v4(rng.pick(['TR', 'AE']));
        break;
      case 'card':
        card = bankCard(rng, origin);
        billing = randomAddress(origin, rng);
        ip = world.vpnIp(rng);
        break;
    }
    const guest = rng.chance(0.25);
    const signedUp = Math.floor(at - rng.logUniform(10 * 60_000, 2 * 365 * 86_400_000));
    const profile = rng.weightedPick<Profile>([
      ['resale', 45],
      ['household', 30],
      ['furnish', 25],
    ]);
    const purchase: Purchase = {
      fraud: true,
      kind: 'sanctioned_country',
      at,
      buyer: {
        email: personalEmail(rng, who, origin),
        name: who.name,
        ...(guest ? {} : { id: world.customerId(signedUp), createdAt: signedUp }),
      },
      billing,
      shipping,
      ip,
      device: newDevice(rng, at),
      basket: basketFor(
        rng,
        world,
        at,
        MARKET_CODES.includes(shipping.country) ? shipping.country : market,
        profile,
        {
          targetEur: Math.min(300_000, Math.max(12_000, rng.logNormal(45_000, 0.7))),
        },
      ),
      attempts: payments(rng, card),
      followUps: [],
    };
    if (purchase.basket.digital && scenario !== 'shipping') purchase.shipping = undefined;
    fraudAftermath(rng, purchase, { warning: 0.1, dispute: 0.15, stopped: 0.2 });
    purchases.push(purchase);
  }
  return purchases;
}

function payments(rng: Rng, card: Card): Attempt[] {
  const first: Attempt = {
    card,
    ok: rng.chance(0.75),
    avs: avsCheck(rng, card.country, 'partial'),
    cvc: 'pass',
    afterMs: paymentDelay(rng),
  };
  if (first.ok || rng.chance(0.5)) return [first];
  return [first, { ...first, ok: true, afterMs: rng.int(30_000, 200_000) }];
}
