import { type Rng } from '../kit/random.js';
import { type Zone } from './calendar.js';
import { type Address, cityIn, type Market, siteAddress } from './places.js';

/**
 * Where stolen goods are sent. Freight forwarders and package-forwarding warehouses: Miami-Doral and Medley for
 * Latin America and West Africa, the no-sales-tax states Delaware and Oregon, JFK and Newark for air freight,
 * Laredo for Mexico, the Los Angeles port; border-town parcel depots in Washington, New York and Vermont that
 * Canadians collect from; the Toronto-Pearson and Vancouver-airport forwarders. Each gives its customer a
 * suite number. Then mules' homes and self-storage units.
 */

export interface Drop {
  address: Address;
  /** Sales tax percent there. */
  tax: number;
  zone: Zone;
}

type Row = readonly [city: string, zip: string, street: string, tax: number, zone: Zone];

const US_FORWARDERS: readonly Row[] = [
  ['Doral', '33166', 'NW 25th St', 7, 'ET'],
  ['Doral', '33172', 'NW 41st St', 7, 'ET'],
  ['Doral', '33178', 'NW 58th St', 7, 'ET'],
  ['Medley', '33166', 'NW 102nd Ave', 7, 'ET'],
  ['Miami', '33122', 'NW 72nd Ave', 7, 'ET'],
  ['Miami', '33126', 'NW 7th St', 7, 'ET'],
  ['New Castle', '19720', 'Quigley Blvd', 0, 'ET'],
  ['Wilmington', '19801', 'N Market St', 0, 'ET'],
  ['Newark', '19702', 'Ogletown Rd', 0, 'ET'],
  ['Portland', '97230', 'NE Airport Way', 0, 'PT'],
  ['Beaverton', '97005', 'SW Millikan Way', 0, 'PT'],
  ['Tualatin', '97062', 'SW Teton Ave', 0, 'PT'],
  ['Jamaica', '11434', 'Rockaway Blvd', 8.875, 'ET'],
  ['Elizabeth', '07201', 'Dowd Ave', 6.625, 'ET'],
  ['Laredo', '78045', 'Mines Rd', 8.25, 'CT'],
  ['Houston', '77032', 'John F Kennedy Blvd', 8.25, 'CT'],
  ['Carson', '90745', 'E Dominguez St', 10.25, 'PT'],
];

const BORDER_DEPOTS: readonly Row[] = [
  ['Blaine', '98230', 'Peace Portal Dr', 8.9, 'PT'],
  ['Sumas', '98295', 'Cherry St', 8.8, 'PT'],
  ['Point Roberts', '98281', 'Tyee Dr', 8.9, 'PT'],
  ['Champlain', '12919', 'US Route 11', 8, 'ET'],
  ['Derby Line', '05830', 'Main St', 6, 'ET'],
];

const CA_FORWARDERS: readonly Row[] = [
  ['Mississauga', 'L5T', 'Courtneypark Dr E', 13, 'ET'],
  ['Mississauga', 'L4T', 'Airport Rd', 13, 'ET'],
  ['Richmond', 'V6V', 'Bridgeport Rd', 12, 'PT'],
  ['Richmond', 'V6X', 'No. 3 Rd', 12, 'PT'],
];

function fromRow(rng: Rng, [city, zip, street, tax, zone]: Row, country: string): Drop {
  const suite = `Ste ${rng.int(100, 140)} #${rng.pick(['', 'FW', 'AX', 'MIA', 'BOX'])}${rng.digits(5)}`;
  const postalCode =
    country === 'CA' ? `${zip} ${rng.int(1, 9)}${rng.pick(['A', 'C', 'E', 'K', 'R'])}${rng.int(1, 9)}` : zip;
  return {
    address: { country, postalCode, city, line1: `${rng.int(1000, 12999)} ${street}, ${suite}` },
    tax,
    zone,
  };
}

/** A freight forwarder serving the storefront's country; Canadians' goods also go to US border depots. */
export function forwarder(rng: Rng, market: Market): Drop {
  if (market === 'CA')
    return rng.chance(0.55)
      ? fromRow(rng, rng.pick(CA_FORWARDERS), 'CA')
      : fromRow(rng, rng.pick(BORDER_DEPOTS), 'US');
  return fromRow(rng, rng.pick(US_FORWARDERS), 'US');
}

/** A reshipping mule's home: an ordinary house or flat, somewhere in the country. */
export function muleHome(rng: Rng, market: Market): Drop {
  const c = cityIn(rng, market);
  return { address: siteAddress(rng, c, 'home'), tax: c.tax, zone: c.zone };
}

/** A self-storage unit or a rented dock, where impersonators collect big orders. */
export function storageUnit(rng: Rng, market: Market): Drop {
  const c = cityIn(rng, market);
  const a = siteAddress(rng, c, 'industrial');
  const line1 = rng.chance(0.6)
    ? `${a.line1?.replace(/, Unit .*/, '') ?? ''}, Unit ${rng.int(100, 899)} (storage)`
    : `${a.line1 ?? ''}, Dock ${rng.int(1, 12)}`;
  return { address: { ...a, line1 }, tax: c.tax, zone: c.zone };
}
