import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's buyers live and where parcels go: each country's cities with postal codes, streets and UTC
 * offsets in November and December (Lima is UTC−5 all year; the US and Canada are on standard time, Australia's
 * south-east on daylight time), the site locale its buyers use, and the places fraud ships to (US freight
 * forwarders, reshipping drops) and the sanctioned destinations only the `sanctioned_country` kind uses.
 */

export interface Place {
  city: string;
  postalCode: string;
  tz: number;
  streets: readonly string[];
}

export interface Market {
  country: string;
  locale: string;
  /** Buyers' e-mail providers, most used first. */
  mail: readonly string[];
  names: NameSet;
  places: readonly Place[];
}

export type NameSet = 'pe' | 'en' | 'de' | 'ja' | 'fr' | 'nl' | 'es' | 'it';

const p = (city: string, postalCode: string, tz: number, ...streets: string[]): Place => ({
  city,
  postalCode,
  tz,
  streets,
});

/** Lima's districts where most domestic buyers live, then the provinces (Cusco and Arequipa above all). */
export const LIMA: readonly Place[] = [
  p('Miraflores', '15074', -5, 'Av. José Larco', 'Calle Schell', 'Av. Benavides', 'Calle Berlín'),
  p('San Isidro', '15073', -5, 'Av. Pardo y Aliaga', 'Calle Las Begonias', 'Av. Dos de Mayo'),
  p('Santiago de Surco', '15039', -5, 'Av. Primavera', 'Jr. Monte Rosa', 'Av. Caminos del Inca'),
  p('La Molina', '15024', -5, 'Av. La Fontana', 'Calle Los Fresnos', 'Av. Raúl Ferrero'),
  p('Barranco', '15063', -5, 'Av. Grau', 'Jr. Unión', 'Av. Pedro de Osma'),
  p('San Borja', '15036', -5, 'Av. San Luis', 'Av. Aviación', 'Calle Del Comercio'),
  p('Jesús María', '15072', -5, 'Av. Salaverry', 'Jr. Húsares de Junín', 'Av. Brasil'),
  p('Magdalena del Mar', '15076', -5, 'Av. Sucre', 'Jr. Castilla'),
  p('Pueblo Libre', '15084', -5, 'Av. Bolívar', 'Jr. Andrés Rázuri'),
  p('San Miguel', '15088', -5, 'Av. La Marina', 'Av. Los Patriotas'),
  p('Los Olivos', '15301', -5, 'Av. Carlos Izaguirre', 'Av. Antúnez de Mayolo'),
  p('Lince', '15046', -5, 'Av. Arequipa', 'Jr. Manuel Segura'),
];

export const PROVINCES: readonly Place[] = [
  p('Arequipa', '04001', -5, 'Calle Mercaderes', 'Av. Ejército', 'Calle Santa Catalina'),
  p('Cusco', '08002', -5, 'Av. El Sol', 'Calle Saphi', 'Av. de la Cultura'),
  p('Trujillo', '13001', -5, 'Jr. Pizarro', 'Av. España'),
  p('Piura', '20001', -5, 'Av. Grau', 'Jr. Tacna'),
  p('Chiclayo', '14001', -5, 'Av. Balta', 'Calle Elías Aguirre'),
  p('Huancayo', '12001', -5, 'Calle Real', 'Jr. Puno'),
  p('Puno', '21001', -5, 'Jr. Lima', 'Av. El Sol'),
];

/** Hotels in Peru that take parcels for their guests (the tourists of `tourist_in_peru`). */
export const HOTELS: readonly Place[] = [
  p('Cusco', '08002', -5, 'Calle Plateros', 'Calle San Agustín', 'Calle Palacio', 'Cuesta San Blas'),
  p('Miraflores', '15074', -5, 'Malecón de la Reserva', 'Av. Diagonal', 'Calle Alcanfores'),
  p('Barranco', '15063', -5, 'Jr. Domeyer', 'Av. Pedro de Osma'),
  p('Arequipa', '04001', -5, 'Calle Santa Catalina', 'Calle Jerusalén'),
  p('Urubamba', '08661', -5, 'Carretera Urubamba–Ollantaytambo'),
];

export const PERU: Market = {
  country: 'PE',
  locale: 'es-PE',
  mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.es', 'icloud.com', 'pucp.edu.pe'],
  names: 'pe',
  places: [...LIMA, ...PROVINCES],
};

/** The countries the shop exports to, with their weight among foreign retail buyers. */
export const ABROAD: ReadonlyArray<readonly [Market, number]> = [
  [
    {
      country: 'US',
      locale: 'en-US',
      mail: ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'aol.com', 'comcast.net', 'hotmail.com'],
      names: 'en',
      places: [
        p('New York', '10024', -5, 'W 86th St', 'Amsterdam Ave', 'Riverside Dr'),
        p('Brooklyn', '11215', -5, '7th Ave', 'Prospect Park W', '5th St'),
        p('Boston', '02116', -5, 'Marlborough St', 'Commonwealth Ave'),
        p('Philadelphia', '19103', -5, 'Spruce St', 'Delancey Pl'),
        p('Washington', '20009', -5, 'Columbia Rd NW', '18th St NW'),
        p('Atlanta', '30306', -5, 'N Highland Ave', 'Virginia Ave NE'),
        p('Asheville', '28801', -5, 'Montford Ave', 'Charlotte St'),
        p('Chicago', '60614', -6, 'N Halsted St', 'W Armitage Ave', 'N Clark St'),
        p('Minneapolis', '55408', -6, 'Hennepin Ave', 'W Lake St'),
        p('Austin', '78704', -6, 'S Congress Ave', 'Barton Springs Rd'),
        p('Houston', '77006', -6, 'Westheimer Rd', 'Montrose Blvd'),
        p('Denver', '80206', -7, 'E 7th Ave', 'Josephine St'),
        p('Santa Fe', '87501', -7, 'Canyon Rd', 'Paseo de Peralta'),
        p('Boulder', '80302', -7, 'Pearl St', 'Mapleton Ave'),
        p('Los Angeles', '90026', -8, 'Sunset Blvd', 'Echo Park Ave'),
        p('San Francisco', '94110', -8, 'Valencia St', 'Guerrero St'),
        p('Seattle', '98103', -8, 'N 45th St', 'Stone Way N'),
        p('Portland', '97214', -8, 'SE Hawthorne Blvd', 'SE Belmont St'),
      ],
    },
    40,
  ],
  [
    {
      country: 'CA',
      locale: 'en-CA',
      mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'icloud.com', 'shaw.ca'],
      names: 'en',
      places: [
        p('Toronto', 'M4Y 1H4', -5, 'Church St', 'Yonge St', 'Wellesley St E'),
        p('Ottawa', 'K1S 3W6', -5, 'Bank St', 'Fifth Ave'),
        p('Montréal', 'H2T 1S6', -5, 'Av. du Mont-Royal', 'Rue Saint-Denis'),
        p('Calgary', 'T2S 0J4', -7, '4 St SW', 'Elbow Dr SW'),
        p('Vancouver', 'V6K 2G5', -8, 'W 4th Ave', 'Kitsilano Ave'),
        p('Victoria', 'V8V 3K3', -8, 'Cook St', 'Fairfield Rd'),
        p('Halifax', 'B3H 2Y9', -4, 'Spring Garden Rd', 'South Park St'),
      ],
    },
    10,
  ],
  [
    {
      country: 'DE',
      locale: 'de-DE',
      mail: ['gmail.com', 'web.de', 'gmx.de', 't-online.de', 'posteo.de', 'outlook.de'],
      names: 'de',
      places: [
        p('Berlin', '10435', 1, 'Kastanienallee', 'Oderberger Straße', 'Choriner Straße'),
        p('München', '80469', 1, 'Gärtnerplatz', 'Reichenbachstraße', 'Baaderstraße'),
        p('Hamburg', '20257', 1, 'Osterstraße', 'Eppendorfer Weg'),
        p('Köln', '50672', 1, 'Brüsseler Straße', 'Aachener Straße'),
        p('Frankfurt am Main', '60316', 1, 'Berger Straße', 'Rhönstraße'),
        p('Leipzig', '04109', 1, 'Karl-Liebknecht-Straße', 'Gottschedstraße'),
        p('Freiburg im Breisgau', '79098', 1, 'Kaiser-Joseph-Straße', 'Wilhelmstraße'),
      ],
    },
    12,
  ],
  [
    {
      country: 'GB',
      locale: 'en-GB',
      mail: ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'icloud.com'],
      names: 'en',
      places: [
        p('London', 'SW11 5QL', 0, 'Lavender Hill', 'Northcote Road'),
        p('London', 'N16 7UJ', 0, 'Stoke Newington Church Street', 'Albion Road'),
        p('Manchester', 'M20 2LW', 0, 'Burton Road', 'Lapwing Lane'),
        p('Edinburgh', 'EH9 1PR', 0, 'Marchmont Road', 'Warrender Park Road'),
        p('Bristol', 'BS6 6UX', 0, 'Gloucester Road', 'Cotham Hill'),
        p('Bath', 'BA1 2QH', 0, 'Walcot Street', 'Lansdown Road'),
        p('Harrogate', 'HG1 2RR', 0, 'Cold Bath Road', 'Valley Drive'),
      ],
    },
    12,
  ],
  [
    {
      country: 'JP',
      locale: 'ja-JP',
      mail: ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'outlook.jp'],
      names: 'ja',
      places: [
        p('Shibuya-ku, Tokyo', '150-0001', 9, 'Jingumae 4-chome', 'Jingumae 5-chome'),
        p('Setagaya-ku, Tokyo', '154-0004', 9, 'Taishido 2-chome', 'Taishido 4-chome'),
        p('Yokohama', '231-0023', 9, 'Yamashita-cho', 'Motomachi 1-chome'),
        p('Kita-ku, Osaka', '530-0001', 9, 'Umeda 1-chome', 'Umeda 3-chome'),
        p('Nakagyo-ku, Kyoto', '604-8005', 9, 'Kawaramachi-dori', 'Sanjo-dori'),
        p('Sapporo', '060-0061', 9, 'Minami 1-jo Nishi', 'Minami 2-jo Nishi'),
        p('Fukuoka', '810-0001', 9, 'Tenjin 2-chome', 'Tenjin 4-chome'),
      ],
    },
    12,
  ],
  [
    {
      country: 'AU',
      locale: 'en-AU',
      mail: ['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'optusnet.com.au'],
      names: 'en',
      places: [
        p('Balmain', '2041', 11, 'Darling Street', 'Beattie Street'),
        p('Newtown', '2042', 11, 'King Street', 'Australia Street'),
        p('Fitzroy North', '3068', 11, 'St Georges Road', 'Scotchmer Street'),
        p('Hobart', '7000', 11, 'Davey Street', 'Macquarie Street'),
        p('Paddington', '4064', 10, 'Given Terrace', 'Latrobe Terrace'),
        p('Norwood', '5067', 10.5, 'The Parade', 'Osmond Terrace'),
        p('Subiaco', '6008', 8, 'Rokeby Road', 'Hay Street'),
      ],
    },
    10,
  ],
  [
    {
      country: 'FR',
      locale: 'fr-FR',
      mail: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'outlook.fr'],
      names: 'fr',
      places: [
        p('Paris', '75011', 1, 'Rue Oberkampf', 'Rue de la Roquette'),
        p('Lyon', '69006', 1, 'Cours Vitton', 'Rue Garibaldi'),
        p('Bordeaux', '33000', 1, 'Rue Notre-Dame', 'Cours de Verdun'),
      ],
    },
    3,
  ],
  [
    {
      country: 'NL',
      locale: 'nl-NL',
      mail: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'hotmail.nl'],
      names: 'nl',
      places: [
        p('Amsterdam', '1072 AB', 1, 'Ferdinand Bolstraat', 'Van Woustraat'),
        p('Utrecht', '3581 KN', 1, 'Nachtegaalstraat', 'Biltstraat'),
      ],
    },
    2,
  ],
  [
    {
      country: 'CH',
      locale: 'de-CH',
      mail: ['gmail.com', 'bluewin.ch', 'gmx.ch', 'hispeed.ch'],
      names: 'de',
      places: [
        p('Zürich', '8004', 1, 'Langstrasse', 'Badenerstrasse'),
        p('Genève', '1205', 1, 'Rue de Carouge', 'Boulevard du Pont-d’Arve'),
      ],
    },
    2,
  ],
  [
    {
      country: 'ES',
      locale: 'es-ES',
      mail: ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'],
      names: 'es',
      places: [
        p('Madrid', '28004', 1, 'Calle de Fuencarral', 'Calle de la Palma'),
        p('Barcelona', '08012', 1, 'Carrer de Verdi', 'Carrer Gran de Gràcia'),
      ],
    },
    2,
  ],
  [
    {
      country: 'IT',
      locale: 'it-IT',
      mail: ['gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it'],
      names: 'it',
      places: [
        p('Milano', '20129', 1, 'Corso Buenos Aires', 'Via Lecco'),
        p('Roma', '00153', 1, 'Viale di Trastevere', 'Via della Lungaretta'),
      ],
    },
    1,
  ],
];

export const MARKETS: ReadonlyMap<string, Market> = new Map([
  ['PE', PERU],
  ...ABROAD.map(([m]) => [m.country, m] as const),
]);

export const market = (country: string): Market => {
  const m = MARKETS.get(country);
  if (!m) throw new Error(`no market ${country}`);
  return m;
};

/** Every country a parcel of an honest order may go to. */
export const SHIPPED_TO: ReadonlySet<string> = new Set(MARKETS.keys());

/** Where Peruvians abroad live, for the diaspora gifts (weights). */
export const DIASPORA: ReadonlyArray<readonly [string, number]> = [
  ['US', 45],
  ['ES', 20],
  ['IT', 12],
  ['JP', 8],
  ['CA', 8],
  ['DE', 4],
  ['GB', 3],
];

export const pickMarket = (rng: Rng): Market => rng.weightedPick(ABROAD);

/** A street address: `street number` (and a flat now and then), as each country writes it. */
export function streetLine(rng: Rng, country: string, place: Place, flats = true): string {
  const street = rng.pick(place.streets);
  const n = rng.int(2, 2400);
  const flat = (share: number) => flats && rng.chance(share);
  switch (country) {
    case 'PE':
      return flat(0.55) ? `${street} ${n}, Dpto ${rng.int(1, 18)}0${rng.int(1, 4)}` : `${street} ${n}`;
    case 'US':
      return flat(0.35)
        ? `${n} ${street} Apt ${rng.int(1, 24)}${rng.pick(['A', 'B', 'C', 'F'])}`
        : `${n} ${street}`;
    case 'CA':
    case 'AU':
      return flat(0.3) ? `${rng.int(1, 40)}/${n % 300} ${street}` : `${n % 900} ${street}`;
    case 'GB':
      return flat(0.3) ? `Flat ${rng.int(1, 12)}, ${n % 200} ${street}` : `${n % 200} ${street}`;
    case 'JP':
      return `${street} ${rng.int(1, 30)}-${rng.int(1, 20)}${flat(0.5) ? `-${rng.int(101, 1205)}` : ''}`;
    case 'FR':
      return `${n % 180} ${street}`;
    default:
      return `${street} ${n % 180}`;
  }
}

export interface Home {
  address: Address;
  tz: number;
}

/** A home in one of a market's places; Lima holds three quarters of Peru's buyers. */
export function homeIn(rng: Rng, m: Market): Home {
  const place = m.country === 'PE' ? rng.pick(rng.chance(0.74) ? LIMA : PROVINCES) : rng.pick(m.places);
  return {
    address: {
      country: m.country,
      postalCode: place.postalCode,
      city: place.city,
      line1: streetLine(rng, m.country, place),
    },
    tz: place.tz,
  };
}

/** A shop's street address in one of a market's places (no flat number). */
export function shopIn(rng: Rng, m: Market): Home {
  const place = rng.pick(m.places);
  return {
    address: {
      country: m.country,
      postalCode: place.postalCode,
      city: place.city,
      line1: streetLine(rng, m.country, place, false),
    },
    tz: place.tz,
  };
}

/** An office in Lima's business districts: a floor or an office number. */
export function officeIn(rng: Rng): Home {
  const place = rng.pick(
    LIMA.filter((p) =>
      ['San Isidro', 'Miraflores', 'Santiago de Surco', 'La Molina', 'San Borja'].includes(p.city),
    ),
  );
  const street = rng.pick(place.streets);
  return {
    address: {
      country: 'PE',
      postalCode: place.postalCode,
      city: place.city,
      line1: rng.chance(0.5)
        ? `${street} ${rng.int(100, 1900)}, Piso ${rng.int(2, 22)}`
        : `${street} ${rng.int(100, 1900)}, Of. ${rng.int(2, 18)}0${rng.int(1, 9)}`,
    },
    tz: -5,
  };
}

/** A hotel's reception in Cusco, Lima or Arequipa, for a guest's parcel. */
export function hotelAddress(rng: Rng): Address {
  const place = rng.pick(HOTELS);
  return {
    country: 'PE',
    postalCode: place.postalCode,
    city: place.city,
    line1: `${rng.pick(place.streets)} ${rng.int(100, 1200)}, recepción del hotel`,
  };
}

/** US freight forwarders' warehouses (Miami for Latin America, Delaware and Oregon for no sales tax). */
export const FORWARDERS: readonly Place[] = [
  p('Doral', '33166', -5, 'NW 25th St', 'NW 72nd Ave', 'NW 79th Ave'),
  p('Miami', '33172', -5, 'NW 97th Ave', 'NW 12th St'),
  p('Medley', '33178', -5, 'NW 107th Ave', 'NW 87th Ave'),
  p('New Castle', '19720', -5, 'Boulden Cir', 'Johnson Way'),
  p('Portland', '97230', -8, 'NE Airport Way', 'NE 148th Ave'),
];

/** A forwarder's warehouse with a customer's suite number. */
export function forwarderAddress(place: Place, suite: string): Address {
  return {
    country: 'US',
    postalCode: place.postalCode,
    city: place.city,
    line1: `${1000 + (place.postalCode.charCodeAt(3) % 9) * 911} ${place.streets[0] ?? ''} Ste ${suite}`,
  };
}

/** Where sanctioned-country parcels are asked to go. */
export const SANCTIONED_PLACES: Readonly<Record<'RU' | 'BY' | 'CU', readonly Place[]>> = {
  RU: [
    p('Moskva', '119002', 3, 'ul. Arbat', 'Smolenskiy bul.', 'ul. Ostozhenka'),
    p('Sankt-Peterburg', '191186', 3, 'Nevskiy pr.', 'ul. Rubinshteyna'),
    p('Yekaterinburg', '620014', 5, 'ul. Malysheva', 'pr. Lenina'),
  ],
  BY: [p('Minsk', '220030', 3, 'pr. Nezavisimosti', 'ul. Karla Marksa')],
  CU: [
    p('La Habana', '10400', -5, 'Calle 23, Vedado', 'Calle Línea', 'Av. de los Presidentes'),
    p('Santiago de Cuba', '90100', -5, 'Calle Heredia', 'Av. Garzón'),
  ],
};

/** Third countries that sanctioned buyers route parcels through (addresses only; no network of theirs). */
export const TRANSIT: ReadonlyArray<readonly [string, Place]> = [
  ['AE', p('Dubai', '00000', 4, 'Al Quoz Industrial Area 3', 'Sheikh Zayed Rd')],
  ['TR', p('Istanbul', '34394', 3, 'Büyükdere Cd.', 'Halaskargazi Cd.')],
  ['KZ', p('Almaty', '050000', 5, 'pr. Dostyk', 'ul. Zheltoksan')],
];
