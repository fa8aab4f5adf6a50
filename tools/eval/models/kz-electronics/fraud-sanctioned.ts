import { type Rng } from '../kit/random.js';
import { purchaseOf, type World } from './build.js';
import { HOME_HOURS, momentIn } from './calendar.js';
import { type Decline, newCard } from './cards.js';
import {
  AUDIO,
  basketOf,
  type Delivery,
  FLAGSHIP_PHONES,
  GAMING,
  type Item,
  LAPTOPS,
  MID_PHONES,
} from './catalogue.js';
import { EXITS, fraudLater } from './fraud-kit.js';
import { ipOn, type Network, NETWORKS } from './networks.js';
import { accountId, emailFor, freshAge, fullName, foreignPerson, newDevice, phoneFor } from './people.js';
import { addressAt, addressIn, cityNamed, pickupPointIn, SANCTIONED_PLACES } from './places.js';
import { type Attempt, cardAttempt, DAY, other, type Purchase, retryGap } from './purchase.js';

/**
 * Buyers from sanctioned jurisdictions, the only orders in the stream that touch Russia, Belarus or Iran:
 * Russians on Russian cards (refused by the acquirer) shipping home or to the border towns; Russians paying
 * through a Kazakh intermediary's card or QR for phones and laptops to be carried over the border; Belarusians
 * on Belarusian cards; Iranians on cards from Emirati banks. The store's compliance screening cancels many of
 * those that do get paid.
 */

type Variant = 'ru_direct' | 'ru_intermediary' | 'by_direct' | 'ir_uae_card';

const BORDER_TOWNS = ['Petropavl', 'Oral', 'Kostanay', 'Pavlodar', 'Oskemen'];

export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`x${i}`);
    const variant = r.weighted<Variant>({
      ru_direct: 40,
      ru_intermediary: 25,
      by_direct: 15,
      ir_uae_card: 20,
    });
    const home = variant === 'by_direct' ? 'BY' : variant === 'ir_uae_card' ? 'IR' : 'RU';
    const place = r.pick(SANCTIONED_PLACES[home]);
    const at = momentIn(r, w.window, { hours: HOME_HOURS, tz: place.tz, saleBias: 1.0 });
    const person = foreignPerson(r, home);
    const net: Network =
      home === 'RU'
        ? r.chance(0.6)
          ? NETWORKS.ruFixed
          : NETWORKS.ruMobile
        : home === 'BY'
          ? NETWORKS.byFixed
          : r.chance(0.65)
            ? NETWORKS.irFixed
            : r.weightedPick(EXITS);
    const main = r.weightedPick<Item>([
      [r.pick(FLAGSHIP_PHONES), 45],
      [r.pick(LAPTOPS.slice(0, 3)), 20],
      [r.pick(MID_PHONES), 15],
      [r.pick(GAMING.slice(0, 3)), 10],
      [AUDIO[0] as Item, 10],
    ]);
    const qty = variant === 'ru_intermediary' ? r.int(2, 5) : 1;
    const border = r.chance(0.6);
    const townCity = cityNamed(r.pick(BORDER_TOWNS));
    const delivery: Delivery =
      variant === 'ir_uae_card'
        ? r.chance(0.5)
          ? 'pickup'
          : 'courier'
        : border
          ? r.chance(0.4)
            ? 'pickup'
            : 'courier'
          : 'cross_border';
    const basket = basketOf([[main, qty]], 'KZT', delivery);
    const attempts: Attempt[] = [];
    if (variant === 'ru_direct' || variant === 'by_direct') {
      const tries = r.int(1, 3);
      for (let k = 0; k < tries; k++) {
        const card = newCard(r, home);
        const unionpay = card.brand === 'unionpay';
        const ok = unionpay && r.chance(0.45);
        const decline: Decline = r.weightedPick<Decline>([
          ['card_not_supported', 60],
          ['do_not_honor', 30],
          ['authentication_failed', 10],
        ]);
        attempts.push(
          cardAttempt(r, card, {
            ok,
            ...(ok ? {} : { decline }),
            afterMs: k === 0 ? r.int(20_000, 90_000) : retryGap(r),
          }),
        );
        if (ok) break;
      }
      if (!attempts.some((a) => a.ok) && r.chance(0.25))
        attempts.push(other('qr', false, retryGap(r), 'qr_expired'));
    } else if (variant === 'ru_intermediary') {
      attempts.push(
        r.chance(0.55)
          ? cardAttempt(r, newCard(r, 'KZ'), {
              ok: r.chance(0.85),
              decline: 'limit_exceeded',
              afterMs: r.int(30_000, 180_000),
            })
          : other('qr', true, r.int(60_000, 300_000)),
      );
    } else {
      const card = newCard(r, 'AE');
      const ok = r.chance(0.55);
      attempts.push(
        cardAttempt(r, card, { ok, decline: 'do_not_honor', afterMs: r.int(20_000, 90_000), match: 'wrong' }),
      );
    }
    const shipping =
      delivery === 'pickup'
        ? undefined
        : delivery === 'cross_border'
          ? addressAt(r, place)
          : addressIn(r, variant === 'ir_uae_card' ? cityNamed('Almaty') : townCity);
    const account = r.chance(0.5);
    const email = emailFor(r, person, r.chance(0.7) ? 'abroad' : 'fresh', undefined);
    return purchaseOf({
      at,
      kind: 'sanctioned_country',
      fraud: true,
      buyer: account
        ? {
            id: accountId(r),
            email,
            name: fullName(person),
            createdAt: at - (r.chance(0.6) ? freshAge(r) : r.int(5, 300) * DAY),
          }
        : { email, name: fullName(person) },
      basket,
      billing: addressAt(r, place),
      ...(shipping
        ? { shipping }
        : { pickupPoint: pickupPointIn(r, variant === 'ir_uae_card' ? 'Almaty' : townCity.name) }),
      ip: ipOn(r, net),
      device: newDevice(
        r,
        r.weightedPick([
          ['desktop', 40],
          ['mobile_web', 45],
          ['app', 15],
        ] as const),
        0.3,
      ),
      locale: home === 'IR' ? 'en' : 'ru-RU',
      phone: phoneFor(r, home),
      delivery,
      payment: { attempts },
      later: fraudLater(r, { delivery, attempts }, { review: 0.6, reviewReason: 'compliance_review' }),
    });
  });
}
