import { addressIn, cityIn } from './addresses.js';
import { issueCard } from './cards.js';
import { everydayItems, honestPurchase, type Items } from './checkout.js';
import { personalEmail } from './emails.js';
import {
  bundle,
  deviceOf,
  newCustomer,
  promotion,
  returningCustomer,
  type Scenario,
  winter,
} from './honest-kit.js';
import { CITIES } from './places.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Honest orders that look unusual: big first orders and students. */

const items = bundle;

/** A big purchase is one considered item and what goes with it. */
function bigBasket(rng: Rng, world: World): Items {
  const cold = winter(world);
  const bundle = rng.weighted({
    ebike: cold ? 2.5 : 3,
    mtb: cold ? 1 : 2,
    kayak: cold ? 0.5 : 3,
    power: cold ? 2 : 1.5,
    rooftop: cold ? 0.5 : 1.5,
    ski: cold ? 3 : 0.2,
    optics: 1.5,
    backpacking: cold ? 1.5 : 2.5,
    family: cold ? 1 : 2.5,
    expedition: cold ? 1.5 : 0.5,
  });
  const pick = (...skus: string[]) => rng.pick(skus);
  switch (bundle) {
    case 'ebike':
      return items(rng, [
        [pick('EBK-COMM', 'EBK-TRAIL'), 1, 1],
        ['BIKE-HLM', 0, 1],
        ['BIKE-LIGHT', 0, 1],
      ]);
    case 'mtb':
      return items(rng, [
        [pick('MTB-HT', 'MTB-FS'), 1, 1],
        ['BIKE-HLM', 0, 1],
      ]);
    case 'kayak':
      return items(rng, [
        [pick('KYK-REC', 'KYK-TOUR', 'SUP-INF'), 1, 2],
        ['PFD-TOUR', 1, 2],
        ['PADDLE-CF', 0, 2],
      ]);
    case 'power':
      return items(rng, [
        [pick('PWR-STN', 'PWR-STN-XL'), 1, 1],
        ['SOLAR-100', 0, 2],
      ]);
    case 'rooftop':
      return items(rng, [
        ['TNT-ROOF', 1, 1],
        ['PAD-INS', 0, 2],
      ]);
    case 'ski':
      return items(rng, [
        [pick('SKI-AM', 'SKI-TOUR'), 1, 1],
        ['BND-TOUR', 0, 1],
        ['BOOT-SKI', 1, 1],
        ['BCN-AVY', 0, 1],
        ['HLM-SKI', 0, 1],
      ]);
    case 'optics':
      return items(rng, [
        [pick('BINO-HD', 'SCOPE-HNT', 'SPOT-SCOPE', 'THERM-MON'), 1, 1],
        ['RNG-FDR', 0, 1],
      ]);
    case 'backpacking':
      return items(rng, [
        ['TNT-2P', 1, 1],
        ['BAG-20', 1, 2],
        ['PAD-INS', 1, 2],
        ['PACK-55', 0, 1],
        ['STOVE-CAN', 0, 1],
        ['FILT-SQ', 0, 1],
      ]);
    case 'family':
      return items(rng, [
        ['TNT-4P', 1, 1],
        ['BAG-20', 2, 4],
        ['PAD-INS', 2, 4],
        ['CHR-CAMP', 0, 4],
        ['CLR-45', 0, 1],
      ]);
    case 'expedition':
      return items(rng, [
        ['DWN-PARKA', 1, 1],
        ['BOOT-WIN', 1, 1],
        ['GLV-SKI', 0, 1],
        ['SAT-MSG', 0, 1],
      ]);
  }
}

const CAMPUSES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['cu-boulder', 'US', 'Boulder', 'colorado.edu', '803'],
  ['utah', 'US', 'Salt Lake City', 'utah.edu', '841'],
  ['oregon-state', 'US', 'Corvallis', 'oregonstate.edu', '973'],
  ['umich', 'US', 'Ann Arbor', 'umich.edu', '481'],
  ['uw-madison', 'US', 'Madison', 'wisc.edu', '537'],
  ['colorado-state', 'US', 'Fort Collins', 'colostate.edu', '805'],
  ['virginia-tech', 'US', 'Blacksburg', 'vt.edu', '240'],
  ['uc-davis', 'US', 'Davis', 'ucdavis.edu', '956'],
  ['montana-state', 'US', 'Bozeman', 'montana.edu', '597'],
  ['unc', 'US', 'Chapel Hill', 'unc.edu', '275'],
  ['ubc', 'CA', 'Vancouver', 'student.ubc.ca', 'V6B'],
  ['mcgill', 'CA', 'Montréal', 'mail.mcgill.ca', 'H2X'],
];

const campusCity = (name: string) => {
  const [, country, city, , stem] = CAMPUSES.find(([campus]) => campus === name) ?? CAMPUSES[0] ?? [];
  return CITIES.find((c) => c.country === country && c.city === city && c.stem === stem) ?? CITIES[0];
};

export const SPECIAL: Readonly<Record<string, Scenario>> = {
  big_ticket: {
    weight: () => 4,
    run: (rng, world, slot) => {
      const returning = rng.chance(0.4);
      const customer = returning ? returningCustomer(rng, world, slot) : newCustomer(rng, world, slot);
      const device = deviceOf(rng, customer, returning ? 0.75 : 1);
      if (rng.chance(0.25)) customer.cards.unshift(issueCard(rng, customer.country, 'credit'));
      world.remember(customer, slot.at);
      const cabin = rng.chance(0.15) ? addressIn(rng, cityIn(rng, customer.country), 0) : undefined;
      return honestPurchase(rng, {
        kind: 'big_ticket',
        at: slot.at,
        customer,
        device,
        ip: world.connection(rng, customer, device),
        loggedIn: true,
        items: bigBasket(rng, world),
        options: promotion(rng, world, !returning),
        ...(cabin ? { shipping: cabin } : {}),
      });
    },
  },
  student: {
    weight: () => 3,
    where: (rng) => ({ city: campusCity(rng.pick(CAMPUSES)[0]) ?? cityIn(rng, 'US') }),
    run: (rng, world, slot) => {
      const [network, country, , domain] =
        CAMPUSES.find(
          ([, c, city, , stem]) =>
            c === slot.city.country && city === slot.city.city && stem === slot.city.stem,
        ) ??
        CAMPUSES[0] ??
        [];
      const student = world.customer(
        rng,
        country ?? 'US',
        slot.at,
        rng.weighted({ aged: 40, earlier: 25, fresh: 20, guest: 15 }),
        slot.city,
      );
      const parents = addressIn(rng, cityIn(rng, student.country), 0.1);
      const onBreak = winter(world) && rng.chance(0.5);
      const campus = world.ips.network(network ?? 'cu-boulder', student.country);
      const device = deviceOf(rng, student, 1);
      const ip =
        !onBreak && campus ? world.sharedExit(rng, campus, 3) : world.connection(rng, student, device);
      const email = rng.chance(0.7)
        ? `${student.name.first[0]?.toLowerCase()}${student.email
            .split('@')[0]
            ?.slice(0, 8)
            .replace(/[^a-z]/g, '')}${rng.int(1, 99)}@${domain}`
        : personalEmail(rng, student.name, student.country);
      world.remember(student, slot.at);
      return honestPurchase(rng, {
        kind: 'student',
        at: slot.at,
        customer: student,
        device,
        ip,
        loggedIn: true,
        email,
        items: everydayItems(rng, world.season, { maxUsd: 260 }),
        billing: rng.chance(0.6) ? parents : student.home,
        shipping: onBreak ? parents : student.home,
      });
    },
  },
};
