import { type Rng } from '../kit/random.js';

import { type Card } from '../kit/purchase.js';

export type { Card };

/** Cards by issuing country, and the e-wallets that pay without a card on the event. */

/** A few real-looking issuer BIN prefixes per country (brand, six-digit BIN). */
const BINS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  SG: [
    ['visa', '455636'],
    ['mastercard', '552038'],
    ['visa', '426588'],
    ['amex', '377064'],
  ],
  MY: [
    ['visa', '421456'],
    ['mastercard', '520305'],
    ['visa', '465431'],
  ],
  PH: [
    ['visa', '462845'],
    ['mastercard', '545143'],
    ['visa', '405510'],
  ],
  JP: [
    ['jcb', '356999'],
    ['visa', '498806'],
    ['mastercard', '540490'],
    ['jcb', '353701'],
  ],
  KR: [
    ['visa', '404825'],
    ['mastercard', '540926'],
    ['visa', '461957'],
  ],
  US: [
    ['visa', '414720'],
    ['mastercard', '546616'],
    ['visa', '440066'],
  ],
  GB: [
    ['visa', '475129'],
    ['mastercard', '535522'],
  ],
  HK: [
    ['visa', '450605'],
    ['mastercard', '540029'],
  ],
  AU: [
    ['visa', '456445'],
    ['mastercard', '516361'],
  ],
};

export function newCard(rng: Rng, country: string, brand?: string): Card {
  const options = BINS[country] ?? BINS.US ?? [];
  const matching = brand ? options.filter(([b]) => b === brand) : options;
  const [b, bin] = rng.pick(matching.length > 0 ? matching : options);
  return { bin, last4: rng.digits(4), brand: b, country, fingerprint: `fp_${rng.token(16)}` };
}

/** A prepaid card of a testing batch: consecutive numbers from one BIN. */
export function batchCard(rng: Rng, bin: string, brand: string, country: string): Card {
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}` };
}

/** The wallets shoppers pay with, by market. */
export const WALLETS: Readonly<Record<string, readonly string[]>> = {
  SG: ['GrabPay', 'PayNow', 'ShopeePay'],
  MY: ["Touch 'n Go eWallet", 'GrabPay', 'Boost'],
  PH: ['GCash', 'Maya', 'GrabPay'],
  JP: ['PayPay', 'Rakuten Pay', 'LINE Pay'],
  KR: ['KakaoPay', 'Naver Pay', 'Toss Pay'],
};

export type Method = 'card' | 'wallet' | 'cod';

/** How honest shoppers pay on each storefront (COD where couriers offer it). */
export const PAYMENT_MIX: Readonly<Record<string, Readonly<Record<Method, number>>>> = {
  SG: { card: 62, wallet: 36, cod: 2 },
  MY: { card: 40, wallet: 42, cod: 18 },
  PH: { card: 24, wallet: 44, cod: 32 },
  JP: { card: 72, wallet: 22, cod: 6 },
  KR: { card: 55, wallet: 45, cod: 0 },
};
