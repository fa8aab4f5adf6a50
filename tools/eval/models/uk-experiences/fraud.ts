import { paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { EVENINGS, HOUR, moment, type Postage } from './calendar.js';
import { newCard } from './cards.js';
import { boxLine, POSTAGE_FEE, priced } from './catalogue.js';
import { accountTakeover, corporateInvoiceFraud, friendlyFraud, voucherCracking } from './fraud-accounts.js';
import { cardTesting, refundRedirect, stolenCardResale } from './fraud-cards.js';
import { issue } from './fraud-kit.js';
import { giftLines } from './gifts.js';
import { addressIn, network } from './networks.js';
import { newDevice, personalEmail, personName } from './people.js';
import { gbAddress, sanctionedAddress } from './places.js';
import {
  type Attempt,
  attemptsTime,
  cardAttempt,
  firstAuth,
  type LaterEvent,
  MINUTE,
  otherAttempt,
  type Purchase,
  releaseUnpaid,
  retryGap,
} from './purchase.js';
import { type World } from './world.js';

/** The fraud kinds, their weights (shares of fraud orders, allocated exactly) and their planners. */
export const FRAUD = {
  stolen_card_resale: 28,
  card_testing: 18,
  account_takeover: 14,
  friendly_fraud: 11,
  voucher_cracking: 9,
  refund_redirect: 7,
  sanctioned_country: 7,
  corporate_invoice_fraud: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

type Sanctioned = 'RU' | 'BY' | 'IR' | 'SY' | 'CU';

const SANCTIONED_NAMES: Readonly<Record<Sanctioned, readonly string[]>> = {
  RU: [
    'Dmitry Ivanov',
    'Elena Smirnova',
    'Alexei Kuznetsov',
    'Olga Popova',
    'Sergei Volkov',
    'Natalia Sokolova',
    'Andrei Lebedev',
    'Irina Kozlova',
  ],
  BY: ['Aliaksandr Kavalenka', 'Volha Navumenka', 'Siarhei Marozau', 'Hanna Kazlova'],
  IR: ['Reza Ahmadi', 'Maryam Hosseini', 'Ali Rezaei', 'Zahra Karimi'],
  SY: ['Omar Haddad', 'Lina Khoury'],
  CU: ['Yanelis Pérez', 'Osmany Rodríguez'],
};

const SANCTIONED_NETWORKS: Readonly<Record<Sanctioned, string>> = {
  RU: 'ru-broadband',
  BY: 'by-broadband',
  IR: 'ir-broadband',
  SY: 'sy-broadband',
  CU: 'cu-mobile',
};

const SANCTIONED_TZ: Readonly<Record<Sanctioned, number>> = { RU: 3, BY: 3, IR: 3.5, SY: 3, CU: -5 };

/**
 * Orders that touch Russia, Belarus, Iran, Syria or Cuba: residents paying with their own cards (declined
 * abroad since 2022) or borrowed Kazakh, Armenian or Turkish ones, people there using a relative's British card,
 * and British buyers asking for a box to be posted there. The shop's screening holds and refunds most.
 */
function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const variant = rng.weightedPick<'own_card' | 'third_card' | 'relative_card' | 'ship_to'>([
      ['own_card', 35],
      ['third_card', 25],
      ['relative_card', 20],
      ['ship_to', 20],
    ]);
    const where: Sanctioned =
      variant === 'relative_card'
        ? rng.weightedPick<Sanctioned>([
            ['IR', 60],
            ['RU', 25],
            ['SY', 10],
            ['CU', 5],
          ])
        : rng.chance(0.65)
          ? 'RU'
          : 'BY';
    const tz = variant === 'ship_to' ? 0 : SANCTIONED_TZ[where];
    const at = moment(rng, w.window, { tz, curve: EVENINGS });
    const abroad = variant !== 'ship_to';
    const name = abroad && variant !== 'relative_card' ? rng.pick(SANCTIONED_NAMES[where]) : personName(rng);
    const email =
      where === 'RU' && abroad
        ? `${name.split(' ')[0]?.toLowerCase()}.${rng.digits(4)}@${rng.pick(['mail.ru', 'yandex.ru', 'gmail.com'])}`
        : personalEmail(rng, name);
    const billing =
      variant === 'own_card' || variant === 'third_card' ? sanctionedAddress(rng, where) : gbAddress(rng);
    const card =
      variant === 'own_card'
        ? newCard(rng, where)
        : variant === 'third_card'
          ? newCard(rng, rng.pick(['KZ', 'KZ', 'AM', 'TR']))
          : newCard(rng, 'GB');
    const ip =
      variant === 'ship_to'
        ? addressIn(rng, network(rng.pick(['gb-fibre-a', 'gb-cable', 'gb-mobile-a'])), 0.2)
        : addressIn(rng, network(SANCTIONED_NETWORKS[where]), 0);
    const recipientName = personName(rng);
    const lines = giftLines(rng, 'GB', 0.35, [
      [1, 80],
      [2, 20],
    ]);
    const box: Postage | undefined = variant === 'ship_to' ? 'international_tracked' : undefined;
    if (box)
      lines.push(
        boxLine(
          'GBP',
          lines.reduce((n, l) => n + l.quantity, 0),
        ),
      );
    const basket = priced('GBP', lines, box ? POSTAGE_FEE[box] : 0);
    const attempts: Attempt[] = [];
    if (variant === 'own_card') {
      attempts.push(
        cardAttempt(rng, card, basket.amount, {
          ok: false,
          decline:
            card.brand === 'mir'
              ? 'card_not_supported'
              : rng.chance(0.6)
                ? 'restricted_card'
                : 'do_not_honor',
          match: 'good',
          afterMs: firstAuth(rng),
          threeDS: 'not_enrolled',
        }),
      );
      if (rng.chance(0.4)) attempts.push(otherAttempt('paypal', false, retryGap(rng), 'paypal_declined'));
    } else {
      const ok = rng.chance(variant === 'third_card' ? 0.65 : 0.8);
      attempts.push(
        cardAttempt(rng, card, basket.amount, {
          ok,
          decline: 'do_not_honor',
          match: 'good',
          afterMs: firstAuth(rng),
          ...(variant === 'relative_card' && ok ? { threeDS: 'challenge_passed' as const } : {}),
        }),
      );
    }
    let later: LaterEvent[];
    if (!paid({ attempts })) later = [releaseUnpaid(rng, attempts)];
    else if (rng.chance(variant === 'ship_to' ? 0.85 : variant === 'third_card' ? 0.7 : 0.5)) {
      const held = attemptsTime(attempts) + rng.int(1, 5) * MINUTE;
      const at2 = held + rng.int(2, 48) * HOUR;
      later = [
        { type: 'order.updated', afterMs: held, status: 'held_for_review' },
        {
          type: 'order.cancelled',
          afterMs: at2,
          reason: variant === 'ship_to' ? 'destination_restricted' : 'compliance_review',
        },
        { type: 'refund.created', afterMs: at2 + MINUTE, reason: 'compliance' },
      ];
    } else later = issue(rng, { at, attempts }, box);
    return {
      at,
      fraud: true,
      kind: 'sanctioned_country',
      basket,
      billing,
      attempts,
      later,
      buyer: { email, name },
      ...(box ? { shipping: sanctionedAddress(rng, where === 'BY' ? 'BY' : 'RU'), postage: box } : {}),
      ip,
      device: newDevice(rng, { mobile: rng.chance(0.5) }),
      locale: 'en-GB',
      format: box ? 'gift_box' : 'e_voucher',
      recipient: box
        ? { name: recipientName }
        : { name: recipientName, email: personalEmail(rng, recipientName) },
      giftMessage: rng.chance(0.6),
    } satisfies Purchase;
  });
}

/** `count` fraud purchases, allocated to the kinds exactly by weight. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  return [
    ...stolenCardResale(rng.fork('stolen_card_resale'), w, n.stolen_card_resale),
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...accountTakeover(rng.fork('account_takeover'), w, n.account_takeover),
    ...friendlyFraud(rng.fork('friendly_fraud'), w, n.friendly_fraud),
    ...voucherCracking(rng.fork('voucher_cracking'), w, n.voucher_cracking),
    ...refundRedirect(rng.fork('refund_redirect'), w, n.refund_redirect),
    ...sanctionedCountry(rng.fork('sanctioned_country'), w, n.sanctioned_country),
    ...corporateInvoiceFraud(rng.fork('corporate_invoice_fraud'), w, n.corporate_invoice_fraud),
  ];
}
