/**
 * Prices in each market's own currency. The catalogue is kept in euro cents and converted at fixed rates to
 * the shelf prices a Nordic shop would actually show (1 299 kr, 129,90 CHF, 549,99 zł), so amounts look like
 * real checkouts rather than converted decimals.
 */

const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  CH: 'CHF',
  PL: 'PLN',
};

/** Units of the currency per euro (late-2020s averages; the model needs plausibility, not today's rate). */
const PER_EUR: Readonly<Record<string, number>> = {
  EUR: 1,
  SEK: 11.1,
  NOK: 11.7,
  DKK: 7.46,
  CHF: 0.93,
  PLN: 4.25,
};

/** The storefront currency for a delivery country; shipments outside the markets are charged in euro. */
export function currencyFor(country: string): string {
  return CURRENCY_BY_COUNTRY[country] ?? 'EUR';
}

function rate(currency: string): number {
  const value = PER_EUR[currency];
  if (value === undefined) throw new Error(`no rate for ${currency}`);
  return value;
}

/** A catalogue price (euro cents) as the local shelf price in minor units. */
export function shelfPrice(eurCents: number, currency: string): number {
  if (currency === 'EUR') return Math.round(eurCents);
  const major = (eurCents / 100) * rate(currency);
  switch (currency) {
    case 'SEK':
    case 'NOK':
    case 'DKK': {
      // Krona prices end in 9: 49, 349, 1 299, 12 999.
      const step = major < 200 ? 10 : major < 2000 ? 50 : 100;
      return (Math.max(step, Math.round(major / step) * step) - 1) * 100;
    }
    case 'CHF':
      // Swiss prices end in .90 or .95 below ten francs.
      return major < 10 ? Math.round(major * 20) * 5 : Math.max(1, Math.round(major)) * 100 - 10;
    default:
      // Złoty and the rest end in .99.
      return Math.max(1, Math.round(major)) * 100 - 1;
  }
}

/** A gift-card face value: round local denominations (250 kr, 50 CHF, 200 zł). */
export function faceValue(eurCents: number, currency: string): number {
  const major = (eurCents / 100) * rate(currency);
  const magnitude = 10 ** Math.floor(Math.log10(major));
  const nice = [1, 2, 2.5, 5, 10].map((step) => step * magnitude);
  let best = nice[0] ?? major;
  for (const candidate of nice) if (Math.abs(candidate - major) < Math.abs(best - major)) best = candidate;
  return Math.round(best * 100);
}

/** Minor units of any currency back in euro cents, for comparing baskets across markets. */
export function toEurCents(minor: number, currency: string): number {
  return Math.round(minor / rate(currency));
}
