import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { newCard } from './cards.js';
import { pickLines, SCARVES, TIES } from './catalogue.js';
import { CONSUMER, when } from './calendar.js';
import { type Draft, priced, purchaseOf } from './checkout.js';
import { fulfilment } from './after.js';
import { type World } from './shopping.js';
import { HOSTING, ipOn, network, THAI_MOBILE } from './networks.js';
import { foreignDevice, thaiDevice } from './people.js';
import { addressIn, sanctionedAddress, THAILAND } from './places.js';
import {
  type Attempt,
  cardTry,
  DAY,
  firstAuth,
  HOUR,
  type LaterEvent,
  other,
  paid,
  type Purchase,
  releaseUnpaid,
  retryGap,
} from './purchase.js';

/**
 * Buyers the shop may not serve: Russians at home and Russians wintering in Phuket and Pattaya (the card is
 * Russian, the billing address Moscow), Belarusians behind a VPN, Iranians paying with a relative's Turkish
 * card or PayPal. Mir cards are refused; Russian UnionPay cards sometimes go through; the shop's screening
 * cancels and refunds most of what is paid, and some slips through.
 */

const RU_NAMES = [
  'Ivan Petrov',
  'Olga Smirnova',
  'Dmitry Volkov',
  'Anna Kuznetsova',
  'Sergei Popov',
  'Elena Sokolova',
  'Alexei Morozov',
  'Natalia Lebedeva',
];
const IR_NAMES = [
  'Reza Ahmadi',
  'Maryam Hosseini',
  'Ali Karimi',
  'Sara Rezaei',
  'Mohammad Moradi',
  'Neda Jafari',
];

type Variant = 'russia' | 'russian_in_thailand' | 'belarus' | 'iran';

export function sanctionedCountry(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick<Variant>([
    ['russia', 45],
    ['russian_in_thailand', 30],
    ['belarus', 10],
    ['iran', 15],
  ]);
  const country = variant === 'belarus' ? 'BY' : variant === 'iran' ? 'IR' : 'RU';
  const home = sanctionedAddress(rng, country);
  const inThailand = variant === 'russian_in_thailand';
  const resort =
    THAILAND.cities.find((c) => c.city === (rng.chance(0.6) ? 'Phuket' : 'Chon Buri')) ?? THAILAND.cities[0];
  const shipping: Address = inThailand && resort ? addressIn(rng, 'TH', resort) : home.address;
  const at = when(rng, w.window, inThailand ? 7 : home.tz, inThailand ? 'tourist' : 'abroad', CONSUMER);
  const name = rng.pick(country === 'IR' ? IR_NAMES : RU_NAMES);
  const handle = `${name.toLowerCase().replace(/[^a-z]/g, '.')}${rng.digits(2)}`;
  const email = `${handle}@${rng.pick(country === 'IR' ? ['gmail.com', 'yahoo.com'] : ['yandex.ru', 'mail.ru', 'gmail.com'])}`;
  const ip =
    variant === 'russia'
      ? ipOn(rng, network('ru-broadband'), 0)
      : variant === 'iran'
        ? ipOn(rng, network(rng.chance(0.6) ? 'ir-broadband' : rng.pick(HOSTING)), 0)
        : variant === 'belarus'
          ? ipOn(rng, network(rng.chance(0.7) ? rng.pick(HOSTING) : 'by-broadband'), 0)
          : ipOn(rng, network(rng.pick(THAI_MOBILE)), 0.2);
  const currency = inThailand ? 'THB' : 'USD';
  const d: Draft = {
    kind: 'sanctioned_country',
    fraud: true,
    at,
    buyer: rng.chance(0.4)
      ? { id: `cus_${rng.token(14)}`, email, name, createdAt: at - Math.floor(rng.float(1, 400) * DAY) }
      : { email, name },
    billing: home.address,
    shipping,
    ip,
    device: inThailand ? thaiDevice(rng, 0.05) : foreignDevice(rng),
    locale: country === 'IR' ? 'en-US' : 'ru-RU',
    delivery: inThailand ? 'kerry' : 'ems_world',
    method: 'card',
    currency,
    lines: pickLines(
      rng,
      currency,
      [...SCARVES, ...TIES, 'robe', 'bedspread', 'cushion20'],
      rng.int(1, 3),
      () => rng.int(1, 3),
    ),
  };
  const attempts: Attempt[] = [];
  if (country === 'IR') {
    if (rng.chance(0.4)) attempts.push(other('paypal', false, firstAuth(rng), 'paypal_declined'));
    attempts.push(
      cardTry(rng, newCard(rng, 'TR'), {
        ok: rng.chance(0.5),
        afterMs: attempts.length ? retryGap(rng) : firstAuth(rng),
        decline: 'do_not_honor',
        threeDS: 'frictionless',
        match: false,
      }),
    );
  } else {
    const card = newCard(rng, country);
    const refused = card.brand === 'mir' || (country === 'BY' && rng.chance(0.6));
    const ok = !refused && rng.chance(0.55);
    attempts.push(
      cardTry(rng, card, {
        ok,
        afterMs: firstAuth(rng),
        ...(ok
          ? {}
          : { decline: refused ? ('transaction_not_allowed' as const) : ('do_not_honor' as const) }),
        threeDS: ok ? 'frictionless' : 'not_enrolled',
      }),
    );
    if (!ok && inThailand && rng.chance(0.5)) attempts.push(other('promptpay', true, retryGap(rng)));
  }
  const later: LaterEvent[] = !paid({ attempts })
    ? [releaseUnpaid(rng, attempts)]
    : rng.chance(0.7)
      ? [{ type: 'order.cancelled', afterMs: rng.int(3, 30) * HOUR, reason: 'sanctions_screening' }]
      : fulfilment(rng, { delivery: d.delivery, provincial: true, cod: false });
  return purchaseOf(d, priced(d), attempts, later);
}
