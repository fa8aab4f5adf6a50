/**
 * Store currencies and price localisation. The store prices in EUR and shows local prices (with local
 * "charm" endings) in the few markets where it has a local-currency checkout; everyone else pays EUR, except
 * buyers outside Europe, who pay USD.
 */

export const EUR_RATES: Readonly<Record<string, number>> = {
  EUR: 1,
  GBP: 0.86,
  CHF: 0.94,
  SEK: 11.1,
  DKK: 7.46,
  NOK: 11.7,
  PLN: 4.25,
  CZK: 24.4,
  USD: 1.16,
};

const LOCAL_CURRENCY: Readonly<Record<string, string>> = {
  GB: 'GBP',
  CH: 'CHF',
  SE: 'SEK',
  DK: 'DKK',
  NO: 'NOK',
  PL: 'PLN',
  CZ: 'CZK',
  US: 'USD',
  CA: 'USD',
  AU: 'USD',
  TR: 'EUR',
};

const EUROPE = new Set([
  'DE',
  'AT',
  'CH',
  'FR',
  'BE',
  'LU',
  'NL',
  'IT',
  'ES',
  'PT',
  'PL',
  'CZ',
  'GB',
  'IE',
  'SE',
  'DK',
  'NO',
  'FI',
  'GR',
  'RO',
  'BG',
  'LT',
  'LV',
  'EE',
  'HR',
  'SI',
  'SK',
  'HU',
  'UA',
  'RU',
  'CY',
  'MT',
  'IS',
]);

/** Checkout currency for a billing country. */
export function currencyFor(country: string): string {
  return LOCAL_CURRENCY[country] ?? (EUROPE.has(country) ? 'EUR' : 'USD');
}

/** A EUR price (cents) shown in `currency` with the local price ending, in that currency's minor unit. */
export function localPrice(eurCents: number, currency: string): number {
  if (currency === 'EUR') return eurCents;
  const major = (eurCents / 100) * (EUR_RATES[currency] ?? 1);
  let pretty: number;
  switch (currency) {
    case 'CHF':
      pretty = Math.max(0.9, Math.round(major) - 0.1);
      break;
    case 'SEK':
    case 'NOK':
    case 'CZK':
      pretty = Math.max(9, Math.round(major / 10) * 10 - 1);
      break;
    case 'DKK':
      pretty = Math.max(0.95, Math.round(major) - 0.05);
      break;
    default:
      pretty = Math.max(0.99, Math.round(major) - 0.01);
  }
  return Math.round(pretty * 100);
}

/** Minor units of `currency` back to EUR cents (for value shares across currencies). */
export function toEurCents(amount: number, currency: string): number {
  return Math.round(amount / (EUR_RATES[currency] ?? 1));
}

/** Shipping fee in EUR cents: free over a threshold at home, flat rates further away. */
export function shippingFeeEur(country: string, subtotalEur: number): number {
  const home = ['DE', 'AT', 'NL', 'BE', 'LU'].includes(country);
  const eu = EUROPE.has(country) && !['CH', 'NO', 'GB', 'UA', 'RU'].includes(country);
  if (home) return subtotalEur >= 4900 ? 0 : 495;
  if (eu) return subtotalEur >= 9900 ? 0 : 695;
  return subtotalEur >= 25000 ? 995 : 1495;
}
