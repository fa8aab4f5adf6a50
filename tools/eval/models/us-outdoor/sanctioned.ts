import {
  type Address,
  addressIn,
  cityIn,
  forwarderAddress,
  sanctionedAddress,
  transshipmentAddress,
} from './addresses.js';
import { type Card, fullzChecks, honestChecks, issueCard } from './cards.js';
import { type Items } from './checkout.js';
import { type Device, fraudDevice, newDevice } from './devices.js';
import { disposableEmail, personalEmail } from './emails.js';
import { chargebacks, fraudPurchase, resaleItems } from './fraud-kit.js';
import { nameFor } from './names.js';
import { CITIES } from './places.js';
import { type FollowUp, HOUR, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/**
 * Orders a US store may not fill: goods bound for, paid from or placed in a comprehensively embargoed
 * country (Cuba, Iran, North Korea, Syria). Few, and of several kinds: Iranian buyers paying with Turkish
 * or Emirati cards and shipping via Dubai or Istanbul; Cuban-American families in Miami sending gear to
 * relatives in Havana; Cubans ordering directly; Syrian buyers through Turkey; North Korean carding crews
 * with stolen US cards; and a card issued in an embargoed country, used through a VPN. Compliance cancels
 * some once a person reads them.
 */

type Route = 'iran' | 'cuba_family' | 'cuba_direct' | 'syria' | 'dprk' | 'card';

interface Shape {
  ip: string;
  billing: Address;
  shipping: Address;
  card: Card;
  name: ReturnType<typeof nameFor>;
  device: Device;
  stolen: boolean;
}

function shape(rng: Rng, world: World, route: Route): Shape {
  const person = (country: string) => nameFor(rng, country);
  const hosting = () => world.ips.v4(world.pickNetwork(rng, rng.pick(['NL', 'DE']), 'hosting'));
  switch (route) {
    case 'iran':
      return {
        ip: rng.chance(0.55) ? world.ips.other('IR') : hosting(),
        billing: sanctionedAddress(rng, 'IR'),
        shipping: transshipmentAddress(rng),
        card: issueCard(rng, rng.chance(0.7) ? rng.pick(['TR', 'AE']) : 'IR'),
        name: person('IR'),
        device: newDevice(rng),
        stolen: false,
      };
    case 'cuba_family': {
      const miami = CITIES.find((city) => city.city === 'Miami') ?? cityIn(rng, 'US');
      const network = world.pickNetwork(rng, 'US', 'broadband');
      return {
        ip: world.homeIp(rng, network),
        billing: addressIn(rng, miami),
        shipping: sanctionedAddress(rng, 'CU'),
        card: issueCard(rng, 'US'),
        name: person('CU'),
        device: newDevice(rng),
        stolen: false,
      };
    }
    case 'cuba_direct': {
      const home = sanctionedAddress(rng, 'CU');
      return {
        ip: world.ips.other('CU'),
        billing: home,
        shipping: home,
        card: issueCard(rng, rng.pick(['CA', 'MX'])),
        name: person('CU'),
        device: newDevice(rng),
        stolen: false,
      };
    }
    case 'syria':
      return {
        ip: rng.chance(0.6) ? world.ips.other('SY') : hosting(),
        billing: rng.chance(0.5) ? sanctionedAddress(rng, 'SY') : transshipmentAddress(rng),
        shipping: rng.chance(0.3) ? sanctionedAddress(rng, 'SY') : transshipmentAddress(rng),
        card: issueCard(rng, rng.pick(['TR', 'AE'])),
        name: person('SY'),
        device: newDevice(rng),
        stolen: false,
      };
    case 'dprk': {
      const victim = world.customer(rng, 'US', world.calendar.start, 'guest');
      const ip = world.ips.hasOther('KP') ? world.ips.other('KP') : world.ips.other('IR');
      return {
        ip,
        billing: victim.home,
        shipping: forwarderAddress(rng),
        card: victim.cards[0] ?? issueCard(rng, 'US'),
        name: victim.name,
        device: fraudDevice(rng, 'antidetect'),
        stolen: true,
      };
    }
    case 'card': {
      const dubai = transshipmentAddress(rng);
      return {
        ip: hosting(),
        billing: dubai,
        shipping: dubai,
        card: issueCard(rng, rng.pick(['IR', 'CU', 'SY'])),
        name: person('IR'),
        device: newDevice(rng),
        stolen: false,
      };
    }
  }
}

export function sanctionedOrder(rng: Rng, world: World): Purchase {
  const route = rng.weighted({
    iran: 30,
    cuba_family: 25,
    cuba_direct: 10,
    syria: 15,
    dprk: 10,
    card: 10,
  } satisfies Record<Route, number>);
  const at = world.calendar.at(
    rng,
    route === 'cuba_family' ? 'ET' : 'UK',
    route === 'cuba_family' ? 'shopper' : 'fraud',
  );
  const s = shape(rng, world, route);
  const items: Items = route === 'cuba_family' ? resaleItems(rng, 0).slice(0, 1) : resaleItems(rng, 0);
  const paid = rng.chance(0.85);
  const compliance: FollowUp[] =
    paid && rng.chance(0.35) ? [{ type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR }] : [];
  return fraudPurchase({
    kind: 'sanctioned_country',
    at,
    buyer: {
      email: route === 'dprk' ? disposableEmail(rng, s.name) : personalEmail(rng, s.name, 'OTHER'),
      name: `${s.name.first} ${s.name.last}`,
    },
    billing: s.billing,
    shipping: s.shipping,
    ip: s.ip,
    device: s.device,
    items,
    attempts: [
      {
        card: s.card,
        checks: s.stolen ? fullzChecks(rng, s.card) : honestChecks(rng, s.card),
        ok: paid,
        afterMs: rng.int(4_000, 20_000),
      },
    ],
    followUps: s.stolen
      ? chargebacks(rng, paid, 0.5, 0.5)
      : paid
        ? compliance
        : [{ type: 'order.cancelled', afterMs: rng.int(1, 4) * HOUR }],
  });
}
