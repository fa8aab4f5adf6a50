import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** Where the store's buyers live and where its parcels go: Mexican cities, paisanos' US cities, drops, forwarders. */

export interface City {
  city: string;
  state: string;
  /** The first two digits of the city's postal codes, and the third's range. */
  postal: string;
  tz: number;
  weight: number;
  /** The store's own branch there, for click & collect. */
  store?: string;
}

export const CITIES: readonly City[] = [
  { city: 'Ciudad de México', state: 'CDMX', postal: '03', tz: -6, weight: 22, store: 'ALM-CDMX-PERISUR' },
  { city: 'Guadalajara', state: 'JAL', postal: '44', tz: -6, weight: 10, store: 'ALM-GDL-ANDARES' },
  { city: 'Monterrey', state: 'NL', postal: '64', tz: -6, weight: 9, store: 'ALM-MTY-VALLE' },
  { city: 'Puebla', state: 'PUE', postal: '72', tz: -6, weight: 6, store: 'ALM-PUE-ANGELOPOLIS' },
  { city: 'Ecatepec', state: 'MEX', postal: '55', tz: -6, weight: 5 },
  { city: 'Naucalpan', state: 'MEX', postal: '53', tz: -6, weight: 4, store: 'ALM-MEX-SATELITE' },
  { city: 'Querétaro', state: 'QRO', postal: '76', tz: -6, weight: 4, store: 'ALM-QRO-ANTEA' },
  { city: 'León', state: 'GTO', postal: '37', tz: -6, weight: 4 },
  { city: 'Tijuana', state: 'BC', postal: '22', tz: -8, weight: 4, store: 'ALM-TIJ-RIO' },
  { city: 'Mérida', state: 'YUC', postal: '97', tz: -6, weight: 3, store: 'ALM-MID-ALTABRISA' },
  { city: 'Cancún', state: 'QROO', postal: '77', tz: -5, weight: 3 },
  { city: 'Toluca', state: 'MEX', postal: '50', tz: -6, weight: 3 },
  { city: 'San Luis Potosí', state: 'SLP', postal: '78', tz: -6, weight: 3 },
  { city: 'Hermosillo', state: 'SON', postal: '83', tz: -7, weight: 2 },
  { city: 'Culiacán', state: 'SIN', postal: '80', tz: -7, weight: 2 },
  { city: 'Chihuahua', state: 'CHIH', postal: '31', tz: -6, weight: 2 },
  { city: 'Veracruz', state: 'VER', postal: '91', tz: -6, weight: 3 },
  { city: 'Oaxaca de Juárez', state: 'OAX', postal: '68', tz: -6, weight: 2 },
  { city: 'Morelia', state: 'MICH', postal: '58', tz: -6, weight: 2 },
  { city: 'Aguascalientes', state: 'AGS', postal: '20', tz: -6, weight: 2 },
];

const STREETS = [
  'Av. Insurgentes Sur',
  'Calle Morelos',
  'Av. Juárez',
  'Calle Miguel Hidalgo',
  'Av. Revolución',
  'Calle 5 de Mayo',
  'Calle Ignacio Allende',
  'Av. Universidad',
  'Calle Zaragoza',
  'Privada de los Pinos',
  'Av. Constitución',
  'Calle Benito Juárez',
];
const COLONIAS = [
  'Centro',
  'Del Valle',
  'Jardines',
  'Las Águilas',
  'San Rafael',
  'Santa María',
  'El Mirador',
];

export const cityOf = (rng: Rng): City => rng.weightedPick(CITIES.map((c) => [c, c.weight] as const));

/** A home in `c`: a street, a number, a colonia, a postal code of the city. */
export function homeIn(rng: Rng, c: City): Address {
  const colonia = rng.pick(COLONIAS);
  const extra = rng.chance(0.3) ? ` int. ${rng.int(1, 12)}` : '';
  return {
    country: 'MX',
    postalCode: `${c.postal}${rng.int(0, 9)}${rng.digits(2)}`,
    city: c.city,
    line1: `${rng.pick(STREETS)} ${rng.int(1, 2400)}${extra}, Col. ${colonia}`,
  };
}

export const STORES: readonly City[] = CITIES.filter((c) => c.store !== undefined);

/** Where paisanos live and bill from. */
export const US_CITIES: ReadonlyArray<{ city: string; state: string; zip: string; tz: number }> = [
  { city: 'Los Angeles', state: 'CA', zip: '900', tz: -8 },
  { city: 'Chicago', state: 'IL', zip: '606', tz: -6 },
  { city: 'Houston', state: 'TX', zip: '770', tz: -6 },
  { city: 'Dallas', state: 'TX', zip: '752', tz: -6 },
  { city: 'Phoenix', state: 'AZ', zip: '850', tz: -7 },
  { city: 'San Antonio', state: 'TX', zip: '782', tz: -6 },
  { city: 'Atlanta', state: 'GA', zip: '303', tz: -5 },
  { city: 'Denver', state: 'CO', zip: '802', tz: -7 },
  { city: 'Raleigh', state: 'NC', zip: '276', tz: -5 },
];

export function usHome(rng: Rng): { address: Address; tz: number } {
  const c = rng.pick(US_CITIES);
  return {
    address: {
      country: 'US',
      postalCode: `${c.zip}${rng.digits(2)}`,
      city: `${c.city}, ${c.state}`,
      line1: `${rng.int(100, 9999)} ${rng.pick(['W', 'E', 'N', 'S'])} ${rng.pick(['Maple', 'Pershing', 'Cesar Chavez', 'Main', 'Elm', 'Lincoln'])} ${rng.pick(['St', 'Ave', 'Blvd'])}`,
    },
    tz: c.tz,
  };
}

/** Border warehouses of US parcel forwarders ("casilleros"): a suite number per customer. */
export const FORWARDERS: readonly Address[] = [
  { country: 'MX', postalCode: '22430', city: 'Tijuana', line1: 'Blvd. Agua Caliente 10500, Bodega 12' },
  { country: 'MX', postalCode: '88000', city: 'Nuevo Laredo', line1: 'Av. Guerrero 2100, Nave 3' },
  { country: 'MX', postalCode: '32000', city: 'Ciudad Juárez', line1: 'Av. Tecnológico 1770, Local 8' },
];

export const forwarderSuite = (rng: Rng, f: Address): Address => ({
  ...f,
  line1: `${f.line1}, Suite ${rng.pick(['MX', 'TJ', 'BX'])}-${rng.digits(5)}`,
});

/** Havana and Tehran: only the sanctioned_country kind bills from there. */
export const SANCTIONED_HOMES: Readonly<Record<'CU' | 'IR', readonly Address[]>> = {
  CU: [
    { country: 'CU', postalCode: '10400', city: 'La Habana', line1: 'Calle 23 No. 1056, Vedado' },
    { country: 'CU', postalCode: '90100', city: 'Santiago de Cuba', line1: 'Calle Enramadas 512' },
  ],
  IR: [{ country: 'IR', postalCode: '1513715711', city: 'Tehran', line1: 'Vali Asr St. 2214' }],
};
