import { type Address, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { compose, type Item, type World } from './build.js';
import { placeAt } from './calendar.js';
import { type Decline, newCard } from './cards.js';
import { ENTHUSIAST_KNIVES, KNIVES, LIMITED, STONE_PICKS } from './catalogue.js';
import { fraudAfter, tryStolen } from './fraud-kit.js';
import { address, hostingIp, network } from './networks.js';
import { handleOf, userAgent } from './people.js';
import { postal } from './places.js';
import { type Purchase, type ThreeDS } from './purchase.js';

/**
 * Buyers in Russia and Belarus. Japan bans the export of luxury goods to both, EMS and DHL no longer carry
 * parcels there, and their own cards no longer work abroad; so they pay with cards opened in Kazakhstan,
 * Armenia, Kyrgyzstan, Turkey or the Emirates and ship to Russia directly or to a forwarder in Almaty or
 * Yerevan, sometimes behind a VPN. The shop's export check cancels and refunds most of those it catches; a few
 * ship. Every order touches Russia or Belarus by its IP, billing or delivery address.
 */

const RU_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Dmitry', 'Ivanov'],
  ['Alexey', 'Smirnov'],
  ['Sergey', 'Kuznetsov'],
  ['Olga', 'Petrova'],
  ['Anna', 'Volkova'],
  ['Maxim', 'Sokolov'],
  ['Ekaterina', 'Morozova'],
  ['Ivan', 'Popov'],
];
const BY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Andrei', 'Kovalenko'],
  ['Aliaksandr', 'Novik'],
  ['Volha', 'Kazlova'],
  ['Pavel', 'Zhuk'],
];

const CITIES: Readonly<Record<'RU' | 'BY', ReadonlyArray<readonly [string, string, string]>>> = {
  RU: [
    ['Moscow', '1#####', 'ul. Tverskaya'],
    ['Saint Petersburg', '19####', 'Nevsky pr.'],
    ['Yekaterinburg', '620###', 'ul. Lenina'],
    ['Novosibirsk', '630###', 'Krasny pr.'],
  ],
  BY: [
    ['Minsk', '220###', 'pr. Nezavisimosti'],
    ['Brest', '224###', 'ul. Sovetskaya'],
  ],
};

const FORWARDERS: readonly Address[] = [
  { country: 'KZ', postalCode: '050000', city: 'Almaty', line1: 'Abay Ave 52, unit F' },
  { country: 'KZ', postalCode: '050040', city: 'Almaty', line1: 'Al-Farabi Ave 77/8, box' },
  { country: 'AM', postalCode: '0010', city: 'Yerevan', line1: 'Tigran Mets Ave 4, office 12' },
  { country: 'KG', postalCode: '720040', city: 'Bishkek', line1: 'Chuy Ave 114, unit 3' },
];

const THIRD_COUNTRY_CARDS = ['KZ', 'KZ', 'AM', 'KG', 'TR', 'AE'];

function addressIn(rng: Rng, c: 'RU' | 'BY'): Address {
  const [city, pattern, street] = rng.pick(CITIES[c]);
  return {
    country: c,
    postalCode: postal(rng, pattern),
    city,
    line1: `${street} ${rng.int(1, 120)}, kv. ${rng.int(1, 300)}`,
  };
}

export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const c: 'RU' | 'BY' = rng.chance(0.8) ? 'RU' : 'BY';
    const [given, family] = rng.pick(c === 'RU' ? RU_NAMES : BY_NAMES);
    const handle = handleOf(rng, given, family);
    const email = `${handle}@${rng.weightedPick<string>([
      ['yandex.ru', 35],
      ['mail.ru', 30],
      ['gmail.com', 30],
      ['proton.me', 5],
    ])}`;
    const route = rng.weightedPick<'direct' | 'forwarder' | 'vpn' | 'shipped_in'>([
      ['direct', 35],
      ['forwarder', 35],
      ['vpn', 18],
      ['shipped_in', 12],
    ]);
    const cardCountry = rng.pick(THIRD_COUNTRY_CARDS);
    const home = addressIn(rng, c);
    const forwarder = rng.pick(FORWARDERS);
    const billing: Address =
      route === 'shipped_in' ? { ...forwarder, line1: `${forwarder.line1 ?? ''}, c/o` } : home;
    const shipTo = route === 'forwarder' || route === 'vpn' ? forwarder : home;
    const ip =
      route === 'vpn' || route === 'shipped_in'
        ? hostingIp(rng, ['NL', 'DE', 'US']).ip
        : address(rng, network(c === 'RU' ? 'ru-fixed' : 'by-fixed'), rng.chance(0.2));
    const knife = rng.weightedPick(
      ENTHUSIAST_KNIVES.concat([
        [KNIVES.yanagiba300, 3],
        [LIMITED[1], 1],
      ]),
    );
    const items: Item[] = [[knife, 1]];
    if (rng.chance(0.4)) items.push([rng.weightedPick(STONE_PICKS), 1]);
    if (rng.chance(0.2)) items.push([rng.weightedPick(ENTHUSIAST_KNIVES), 1]);
    return compose(rng, {
      kind: 'sanctioned_country',
      fraud: true,
      at: placeAt(rng, w.window, 3, 'home', false),
      buyer: { email, name: `${given} ${family}` },
      billing,
      shipTo,
      fulfilment: 'ems',
      items,
      ip,
      device: {
        userAgent: userAgent(rng, rng.pick(['windows', 'android', 'iphone'] as const)),
        id: `dev_${rng.token(20)}`,
      },
      locale: 'ru-RU',
      pay: (yen) =>
        tryStolen(rng, {
          cards: [
            newCard(rng, cardCountry),
            ...(rng.chance(0.4) ? [newCard(rng, rng.pick(THIRD_COUNTRY_CARDS))] : []),
          ],
          yen,
          pass: 0.6,
          match: 'none',
          passedAs: (): ThreeDS => (rng.chance(0.6) ? 'frictionless' : 'challenge_passed'),
          decline: () =>
            rng.weightedPick<Decline>([
              ['transaction_not_allowed', 40],
              ['do_not_honor', 35],
              ['authentication_failed', 15],
              ['insufficient_funds', 10],
            ]),
        }),
      after: (paidAt, _b, f) =>
        fraudAfter(
          rng,
          {
            caught: 0.7,
            warning: 0,
            dispute: 0,
            prepDays: [1, 3],
            fulfilment: f,
            cancelReason: 'export_restricted',
            refundReason: 'export_restricted',
          },
          paidAt + rng.int(0, 2) * HOUR,
        ),
    });
  });
}
