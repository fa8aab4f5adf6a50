import { type Address, DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { moment } from './calendar.js';
import { newCard } from './cards.js';
import {
  addLine,
  BOX_SETS,
  LIMITED,
  type Line,
  NEW_LPS,
  RARE_LPS,
  records,
  TURNTABLES,
} from './catalogue.js';
import { fraudOrder, who } from './fraud-kit.js';
import { network } from './networks.js';
import { newDevice, platformFor, usPerson } from './people.js';
import { NEIGHBOUR_FORWARDERS, RESHIPPERS, sanctionedHome, suite } from './places.js';
import { type Attempt, cardAttempt, type LaterEvent, type Purchase } from './purchase.js';
import { type World } from './world.js';

/**
 * Orders the store may not fill: from, billed to, shipped to or paid with cards of a sanctioned jurisdiction.
 * Russian and Belarusian collectors (a big vinyl scene) billing from home and shipping through forwarders in
 * Kazakhstan, Georgia, Armenia, Lithuania or Delaware with cards opened next door after their own stopped
 * working abroad; Iranians with an Emirati card and a Dubai address; Cuban-Americans in Miami sending a
 * turntable and records to family in Havana. Screening catches some before they ship.
 */

const NAMES = {
  RU: [
    ['Dmitry', 'Alexei', 'Sergei', 'Ivan', 'Anna', 'Elena', 'Maria', 'Nikolai', 'Olga', 'Artem'],
    ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Volkova', 'Morozova', 'Lebedev'],
  ],
  BY: [
    ['Andrei', 'Pavel', 'Tatsiana', 'Siarhei', 'Volha'],
    ['Kavalenka', 'Novik', 'Bondar', 'Zhuk'],
  ],
  IR: [
    ['Reza', 'Ali', 'Sara', 'Maryam', 'Hossein', 'Arash'],
    ['Ahmadi', 'Hosseini', 'Karimi', 'Rahimi', 'Moradi'],
  ],
  CU: [
    ['Yosvany', 'Yanet', 'Dayami', 'Alexis', 'Yunior', 'Maritza'],
    ['Pérez', 'González', 'Rodríguez', 'Hernández', 'Díaz'],
  ],
} as const;

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function personOf(rng: Rng, from: keyof typeof NAMES, domains: readonly string[]) {
  const [firsts, lasts] = NAMES[from];
  const first = rng.pick(firsts);
  const last = rng.pick(lasts);
  return {
    name: `${first} ${last}`,
    email: `${ascii(first)}.${ascii(last)}${rng.int(1, 99)}@${rng.pick(domains)}`,
  };
}

type Variant = 'ru_neighbour' | 'ru_delaware' | 'by_lithuania' | 'ir_dubai' | 'cu_family';

const collectorLines = (rng: Rng): Line[] => {
  const lines: Line[] = [];
  const n = rng.int(1, 4);
  for (let k = 0; k < n; k++)
    addLine(
      lines,
      rng.pick(
        rng.weightedPick([
          [LIMITED, 35],
          [RARE_LPS, 20],
          [BOX_SETS, 15],
          [NEW_LPS, 30],
        ] as const),
      ),
    );
  return lines;
};

/** A card from next door, after the buyer's own card was refused (Russian cards do not work abroad). */
function payFromAbroad(rng: Rng, own: 'RU' | 'BY', next: string, amount: number): Attempt[] {
  const out: Attempt[] = [];
  let t = rng.int(8_000, 40_000);
  if (rng.chance(0.3)) {
    out.push(
      cardAttempt(rng, newCard(rng, own), amount, { ok: false, decline: 'card_not_supported', afterMs: t }),
    );
    t = rng.int(40_000, 4 * 60_000);
  }
  out.push(
    cardAttempt(rng, newCard(rng, next), amount, {
      match: 'bad',
      ok: rng.chance(0.9),
      decline: 'do_not_honor',
      afterMs: t,
    }),
  );
  return out;
}

export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const v = rng.weightedPick<Variant>([
      ['ru_neighbour', 38],
      ['ru_delaware', 17],
      ['by_lithuania', 13],
      ['ir_dubai', 14],
      ['cu_family', 18],
    ]);
    const device = newDevice(rng, platformFor(rng, 'middle'));
    let billing: Address;
    let shipping: Address;
    let buyer: { email: string; name: string };
    let net = network('ru-broadband');
    let tz = 3;
    let lines = collectorLines(rng);
    let pay: (amount: number) => Attempt[];
    if (v === 'ru_neighbour' || v === 'ru_delaware') {
      buyer = personOf(rng, 'RU', ['yandex.ru', 'mail.ru', 'gmail.com']);
      billing = sanctionedHome(rng, 'RU');
      const next = rng.pick(['KZ', 'AM', 'GE', 'TR'] as const);
      shipping =
        v === 'ru_delaware'
          ? suite(rng, rng.pick(RESHIPPERS.slice(0, 3)))
          : suite(rng, NEIGHBOUR_FORWARDERS[next === 'TR' ? 'KZ' : next]);
      // Some shop from the neighbour's network, where they now live or travel.
      if (rng.chance(0.25))
        net = network(
          next === 'KZ'
            ? 'kz-broadband'
            : next === 'AM'
              ? 'am-broadband'
              : next === 'GE'
                ? 'ge-broadband'
                : 'tr-broadband',
        );
      pay = (amount) => payFromAbroad(rng, 'RU', next, amount);
    } else if (v === 'by_lithuania') {
      buyer = personOf(rng, 'BY', ['mail.ru', 'gmail.com', 'yandex.by']);
      billing = sanctionedHome(rng, 'BY');
      shipping = suite(rng, NEIGHBOUR_FORWARDERS.LT);
      net = rng.chance(0.7) ? network('by-broadband') : network('lt-broadband');
      pay = (amount) => payFromAbroad(rng, 'BY', 'KZ', amount);
    } else if (v === 'ir_dubai') {
      buyer = personOf(rng, 'IR', ['gmail.com', 'yahoo.com']);
      billing = {
        ...NEIGHBOUR_FORWARDERS.AE,
        line1: `Al Barsha 1, Bldg ${rng.int(1, 60)}, Apt ${rng.int(101, 1204)}`,
      };
      shipping = rng.chance(0.7) ? suite(rng, NEIGHBOUR_FORWARDERS.AE) : suite(rng, NEIGHBOUR_FORWARDERS.TR);
      net = network('ir-mobile');
      tz = 3.5;
      pay = (amount) => [
        cardAttempt(rng, newCard(rng, 'AE'), amount, { ok: true, afterMs: rng.int(8_000, 40_000) }),
      ];
    } else {
      const sender = usPerson(rng);
      const miami = {
        country: 'US',
        postalCode: rng.pick(['33135', '33144', '33165', '33012']),
        city: rng.pick(['Miami', 'Hialeah']),
        line1: sender.home.line1 ?? '1 SW 8th St',
      };
      buyer = personOf(rng, 'CU', ['gmail.com', 'yahoo.com', 'hotmail.com']);
      billing = miami;
      shipping = sanctionedHome(rng, 'CU');
      net = rng.pick([network('us-cable-national'), network('us-mobile-magenta'), network('us-fibre-south')]);
      tz = -5;
      lines = records(rng, rng.int(1, 4));
      if (rng.chance(0.5)) addLine(lines, rng.pick(TURNTABLES.slice(0, 2)));
      const card = newCard(rng, 'US');
      pay = (amount) => [cardAttempt(rng, card, amount, { ok: true, afterMs: rng.int(8_000, 40_000) })];
    }
    const at = moment(rng, w.window, tz, 'abroad');
    const cuba = shipping.country === 'CU';
    const after = (): LaterEvent[] => {
      const screened = rng.int(2, 30) * HOUR;
      if (rng.chance(cuba ? 0.85 : 0.45))
        return [
          {
            type: 'order.cancelled',
            afterMs: screened,
            reason: cuba ? 'cannot_ship_destination' : 'sanctions_screening',
          },
          { type: 'refund.created', afterMs: screened + rng.int(1, 4) * HOUR, reason: 'order_cancelled' },
        ];
      const ship = Math.max(screened, rng.int(20, 70) * HOUR);
      return [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        { type: 'order.updated', afterMs: ship + rng.int(7, 20) * DAY, status: 'delivered' },
      ];
    };
    out.push(
      fraudOrder(
        'sanctioned_country',
        at,
        who(buyer, billing, net, device, rng),
        lines,
        { shipping },
        pay,
        after,
      ),
    );
  }
  return out;
}
