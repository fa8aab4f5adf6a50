import { type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { anyDay, HOURS, placeAt } from './calendar.js';
import { newCard } from './cards.js';
import { bySku, type Delivery, line, pick } from './catalogue.js';
import { fraudPurchase, shippedAndDelivered } from './fraud-kit.js';
import { ipOn, network, vpnExit } from './networks.js';
import { emailFor, fullName, newDevice } from './people.js';
import { type Country } from './places.js';
import { type Attempt, cardAttempt, inEuros, type LaterEvent, type Purchase, retryGap } from './purchase.js';
import { type World } from './shopper.js';

/**
 * Buyers in comprehensively sanctioned jurisdictions (Russia, Belarus, Iran) after machines the EU bars from
 * export there: generators, chainsaws, workshop machines, professional cordless kits. They check out from home
 * or behind a VPN, give their own billing address, try a Russian card (refused abroad since 2022) and then one
 * from Kazakhstan, Armenia, Kyrgyzstan or the Emirates, and have the goods sent to a forwarder on the Polish
 * side of the Belarusian border or a warehouse in eastern Germany. Some are caught by the shop's screening.
 */

const RU: ReadonlyArray<readonly [string, string]> = [
  ['Moskva', '101000'],
  ['Moskva', '115054'],
  ['Moskva', '125009'],
  ['Sankt-Peterburg', '191025'],
  ['Sankt-Peterburg', '197110'],
  ['Kaliningrad', '236022'],
  ['Ekaterinburg', '620014'],
  ['Novosibirsk', '630099'],
  ['Kazan', '420111'],
  ['Nizhnii Novgorod', '603005'],
];
const BY: ReadonlyArray<readonly [string, string]> = [
  ['Minsk', '220030'],
  ['Minsk', '220114'],
  ['Brest', '224005'],
  ['Grodno', '230025'],
  ['Gomel', '246050'],
  ['Vitebsk', '210015'],
];
const IR: ReadonlyArray<readonly [string, string]> = [
  ['Tehran', '1136914111'],
  ['Tehran', '1417613151'],
  ['Isfahan', '8174673441'],
  ['Tabriz', '5153715793'],
];
const IR_NAMES = {
  first: ['Reza', 'Mohammad', 'Ali', 'Hossein', 'Mehdi', 'Amir'],
  last: ['Ahmadi', 'Hosseini', 'Karimi', 'Rezaei', 'Moradi', 'Jafari'],
};

const STREETS: Readonly<Record<string, readonly string[]>> = {
  RU: ['ul. Lenina', 'ul. Tverskaya', 'prospekt Mira', 'ul. Sadovaya', 'Leninskii prospekt'],
  BY: ['ul. Lenina', 'prospekt Nezavisimosti', 'ul. Sovetskaya', 'ul. Pobediteley'],
  IR: ['Valiasr St.', 'Enghelab St.', 'Azadi St.', 'Shariati St.'],
};

function addressIn(rng: Rng, country: 'RU' | 'BY' | 'IR'): Address {
  const [city, postalCode] = rng.pick(country === 'RU' ? RU : country === 'BY' ? BY : IR);
  return {
    country,
    postalCode,
    city,
    line1: `${rng.pick(STREETS[country] ?? [])} ${rng.int(1, 120)}${country === 'IR' ? '' : `, kv. ${rng.int(1, 240)}`}`,
  };
}

/** Forwarders that take in goods for onward transport east (the shop only sees a Polish or German address). */
const FORWARDERS: ReadonlyArray<readonly [Country, Address]> = [
  ['PL', { country: 'PL', postalCode: '21-550', city: 'Terespol', line1: 'ul. Kolejowa 12' }],
  ['PL', { country: 'PL', postalCode: '21-500', city: 'Biała Podlaska', line1: 'ul. Warszawska 40' }],
  ['PL', { country: 'PL', postalCode: '15-399', city: 'Białystok', line1: 'ul. Przemysłowa 8' }],
  ['DE', { country: 'DE', postalCode: '15236', city: 'Frankfurt (Oder)', line1: 'Am Kraftwerk 4' }],
  ['DE', { country: 'DE', postalCode: '12681', city: 'Berlin', line1: 'Märkische Allee 88' }],
];

const WANTED = [
  'HON-EU22I',
  'END-ESE608',
  'DEN-DQ2100',
  'EIN-TCIG1100',
  'HUS-450II',
  'HUS-135MKII',
  'STI-MSA220-SET',
  'MIL-M18FPP2A3',
  'MET-COMBO31',
  'BOS-GTS10XC',
  'OPT-B23',
  'EIN-TCAC270',
];

export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`s${i}`);
    const variant = o.weightedPick([
      ['ru_home', 40],
      ['by_home', 25],
      ['behind_vpn', 25],
      ['iran', 10],
    ] as const);
    const home =
      variant === 'by_home'
        ? 'BY'
        : variant === 'iran'
          ? 'IR'
          : variant === 'behind_vpn'
            ? o.pick(['RU', 'BY'] as const)
            : 'RU';
    const billing = addressIn(o, home);
    const name = home === 'IR' ? `${o.pick(IR_NAMES.first)} ${o.pick(IR_NAMES.last)}` : fullName(o, home);
    const ip =
      variant === 'behind_vpn' || (variant === 'iran' && o.chance(0.5))
        ? ipOn(o, vpnExit(o))
        : ipOn(
            o,
            network(
              home === 'BY'
                ? 'by-fixed'
                : home === 'IR'
                  ? 'ir-fixed'
                  : o.chance(0.6)
                    ? 'ru-fixed'
                    : 'ru-mobile',
            ),
          );
    const [site, forwarder] = o.pick(
      home === 'BY' ? FORWARDERS.slice(0, 3) : home === 'IR' ? FORWARDERS.slice(3) : FORWARDERS,
    );
    const at = placeAt(o, w.window, HOURS.eastern, anyDay);
    const main = bySku(o.pick(WANTED));
    const lines = [
      line(
        main,
        site,
        o.weightedPick([
          [1, 60],
          [2, 30],
          [3, 10],
        ] as const),
      ),
    ];
    if (o.chance(0.3)) lines.push(line(pick(o, 'battery'), site, o.int(2, 6)));
    const delivery: Delivery = main.freight ? 'freight' : 'parcel';
    const caught = o.chance(0.25);
    return fraudPurchase({
      kind: 'sanctioned_country',
      at,
      buyer: { email: emailFor(o, name, home === 'IR' ? 'US' : home), name },
      billing,
      shipping: forwarder,
      recipient: o.chance(0.6) ? name : `${fullName(o, 'PL')} (${o.pick(['Spedycja', 'Logistik', 'Cargo'])})`,
      site,
      ip,
      device: newDevice(o, o.chance(0.6) ? 'desktop' : 'phone'),
      locale: home === 'IR' ? 'en-GB' : o.chance(0.7) ? 'ru-RU' : 'en-GB',
      lines,
      delivery,
      attempts: (b) => {
        const euros = inEuros(b, site);
        const tries: Attempt[] = [];
        if (home === 'RU' && o.chance(0.45))
          tries.push(
            cardAttempt(o, newCard(o, 'RU'), euros, {
              ok: false,
              decline: 'card_not_supported',
              threeDS: 'not_enrolled',
              afterMs: o.int(15_000, 70_000),
            }),
          );
        const issuer =
          home === 'IR'
            ? 'AE'
            : o.weightedPick([
                ['KZ', 45],
                ['AM', 30],
                ['KG', 15],
                ['AE', 10],
              ] as const);
        const card = newCard(o, issuer);
        const ok = o.chance(0.7);
        tries.push(
          cardAttempt(o, card, euros, {
            ok,
            decline: 'do_not_honor',
            match: 'wrong',
            threeDS: ok ? (o.chance(0.6) ? 'attempted' : 'frictionless') : 'not_enrolled',
            afterMs: tries.length > 0 ? retryGap(o) : o.int(15_000, 70_000),
          }),
        );
        if (!ok && o.chance(0.5))
          tries.push(
            cardAttempt(o, newCard(o, issuer), euros, {
              ok: true,
              match: 'wrong',
              threeDS: 'attempted',
              afterMs: retryGap(o),
            }),
          );
        return tries;
      },
      later: (b): LaterEvent[] => {
        if (caught) {
          const t = o.int(3, 30) * HOUR;
          return [
            { type: 'order.cancelled', afterMs: t, reason: 'compliance_review' },
            {
              type: 'refund.created',
              afterMs: t + o.int(10, 120) * MINUTE,
              reason: 'compliance_review',
              amount: b.amount,
            },
          ];
        }
        const { steps } = shippedAndDelivered(o, at, delivery);
        return o.chance(0.15)
          ? [...steps, { type: 'dispute.created', afterMs: o.int(20, 60) * DAY, reason: 'fraudulent' }]
          : steps;
      },
    });
  });
}
