import { type Address, lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Draft, finish, freshBuyer, type World } from './build.js';
import { placeAt } from './calendar.js';
import { C, GIFTS, pieces, RESALE } from './catalogue.js';
import { ipOn, type NetworkName } from './networks.js';
import { deviceOf, emailOf, type HeldCard, newCard, person } from './people.js';
import { addressIn, pickRegion, type Place, type Region, reshipAddress, US_STATES } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  fulfil,
  HOUR,
  type LaterEvent,
  MINUTE,
  type Purchase,
  retryGap,
} from './purchase.js';

/**
 * Orders from comprehensively sanctioned jurisdictions, or to Russia and Belarus under the US ban on exporting
 * luxury goods there: a Muscovite paying with a Kazakh, Armenian or Emirati card and shipping to a Delaware
 * forwarder; a family in Tehran paying with a relative's US card for a parcel to that relative; a Cuban ordering
 * from Havana on a Miami relative's card, shipped to a Doral forwarder; a Syrian buyer with an Emirati card; a
 * checkout straight to a Moscow or Minsk address whose Russian card is refused; now and then an exit in Pyongyang's
 * one block. Compliance screening cancels many of them; some ship.
 */

type Variant =
  'russia_forwarder' | 'iran_relative' | 'cuba_relative' | 'syria_uae_card' | 'direct_ru_by' | 'north_korea';

const MOSCOW: Address = {
  country: 'RU',
  postalCode: '123112',
  city: 'Moscow',
  line1: 'Presnenskaya nab. 12, kv. 48',
};
const MINSK: Address = {
  country: 'BY',
  postalCode: '220030',
  city: 'Minsk',
  line1: 'pr. Nezavisimosti 11, kv. 7',
};

const abroadBilling = (country: string, city: string, postalCode: string, line1: string) => ({
  country,
  city,
  postalCode,
  line1,
});

export function sanctioned(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick<Variant>([
    ['russia_forwarder', 35],
    ['iran_relative', 20],
    ['cuba_relative', 15],
    ['syria_uae_card', 10],
    ['direct_ru_by', 15],
    ['north_korea', 5],
  ]);
  const who = person(rng);
  const us = pickRegion(rng, 'US');
  const relative: Place = { region: us, address: addressIn(rng, us) };
  let network: NetworkName;
  let tz = 3;
  let billing = relative.address;
  let ship: Address = relative.address;
  let taxRegion: Region | undefined = relative.region;
  const drop = () => {
    const r = reshipAddress(rng);
    taxRegion = r.region;
    return r.address;
  };
  let card: HeldCard = newCard(rng, 'US');
  let refused: HeldCard | undefined;
  if (variant === 'russia_forwarder') {
    network = rng.chance(0.75) ? 'ru-broadband' : 'by-broadband';
    const country = rng.pick(['KZ', 'AM', 'AE'] as const);
    card = newCard(rng, country);
    billing =
      country === 'KZ'
        ? abroadBilling('KZ', 'Almaty', '050000', 'ul. Abaya 52, kv. 14')
        : country === 'AM'
          ? abroadBilling('AM', 'Yerevan', '0010', 'Tumanyan St 8, apt 21')
          : abroadBilling('AE', 'Dubai', '00000', 'Marina Gate 2, Apt 1904');
    ship = drop();
  } else if (variant === 'iran_relative') {
    network = 'ir-broadband';
    tz = 3.5;
  } else if (variant === 'cuba_relative') {
    network = 'cu-mobile';
    tz = -5;
    // The card and billing address are the cousin's in Florida; the parcel goes to a Doral forwarder.
    const fl = US_STATES.find((r) => r.code === 'FL') ?? us;
    billing = addressIn(rng, fl);
    ship = drop();
  } else if (variant === 'syria_uae_card') {
    network = 'sy-broadband';
    tz = 2;
    card = newCard(rng, 'AE');
    billing = abroadBilling('AE', 'Sharjah', '00000', 'Al Nahda St, Bldg 4, Apt 602');
    ship = drop();
  } else if (variant === 'direct_ru_by') {
    const minsk = rng.chance(0.3);
    network = minsk ? 'by-broadband' : rng.chance(0.7) ? 'ru-broadband' : 'nl-hosting';
    ship = minsk ? MINSK : MOSCOW;
    taxRegion = undefined;
    billing = ship;
    refused = newCard(rng, 'RU');
    card = newCard(rng, rng.pick(['KZ', 'AM'] as const));
  } else {
    network = 'kp-state';
    tz = 9;
    ship = drop();
  }
  const at = placeAt(rng, w.window, tz, 'consumer');
  const email = rng.chance(0.6)
    ? emailOf(rng, who)
    : `${emailOf(rng, who).split('@')[0]}@${rng.pick(['mail.ru', 'yandex.ru', 'gmail.com'])}`;
  const lines =
    variant === 'cuba_relative'
      ? pieces(rng, GIFTS, 0.2)
      : pieces(rng, rng.chance(0.6) ? RESALE : GIFTS, 0.15);
  if (variant === 'north_korea') lines.splice(0, lines.length, lineOf(C.chrono));
  const d: Draft = {
    kind: 'sanctioned_country',
    fraud: true,
    at,
    buyer: freshBuyer(rng, at, email, who.name, 0.35),
    billing,
    shipping: ship,
    ...(taxRegion ? { taxRegion } : {}),
    fulfilment: 'ship',
    speed: rng.chance(0.5) ? 'two_day' : 'ground',
    ip: ipOn(rng, network),
    device: deviceOf(rng),
    lines,
  };
  const pay = (): Attempt[] => {
    const out: Attempt[] = [];
    let afterMs = firstAuth(rng);
    if (refused) {
      // Visa and Mastercard cards issued in Russia do not work abroad; Mir is not accepted.
      out.push(
        cardAttempt(rng, refused, {
          entry: 'typed',
          match: 'good',
          ok: false,
          decline: 'transaction_not_allowed',
          afterMs,
        }),
      );
      afterMs = retryGap(rng);
    }
    const ok = rng.chance(0.75);
    out.push(
      cardAttempt(rng, card, {
        entry: 'typed',
        match: rng.chance(0.8) ? 'good' : 'partial',
        ok,
        decline: 'do_not_honor',
        afterMs,
      }),
    );
    return out;
  };
  const after = (): LaterEvent[] => {
    if (rng.chance(0.45)) {
      const when = rng.int(3, 30) * HOUR;
      return [
        { type: 'order.cancelled', afterMs: when, reason: 'compliance_review' },
        { type: 'refund.created', afterMs: when + rng.int(10, 120) * MINUTE, reason: 'compliance_review' },
      ];
    }
    const out = fulfil(rng, { fulfilment: 'ship', speed: d.speed, abroad: ship.country !== 'US' });
    if (rng.chance(0.1))
      out.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'fraudulent' });
    return out;
  };
  return finish(d, pay, after);
}
