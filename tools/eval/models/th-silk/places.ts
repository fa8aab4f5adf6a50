import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where buyers live and parcels go: Thailand (Bangkok and the provinces), the countries the store sells to in
 * dollars, euros, pounds and Australian dollars, Bangkok hotels for tourists, freight forwarders' warehouses,
 * and the condos where drops collect parcels. Countries the store never ships to (RU, BY, IR) are only in
 * `SANCTIONED_PLACES`.
 */

export type Currency = 'THB' | 'USD' | 'EUR' | 'GBP' | 'AUD';

export interface City {
  city: string;
  postal: readonly string[];
  streets: readonly string[];
  /** UTC offset in December. */
  tz: number;
}

export interface Market {
  country: string;
  currency: Currency;
  locale: string;
  cities: readonly City[];
}

const city = (name: string, tz: number, postal: string[], streets: string[]): City => ({
  city: name,
  postal,
  streets,
  tz,
});

export const THAILAND: Market = {
  country: 'TH',
  currency: 'THB',
  locale: 'th-TH',
  cities: [
    city(
      'Bangkok',
      7,
      ['10110', '10330', '10500', '10400', '10900', '10250', '10310', '10120', '10240', '10160'],
      [
        'Sukhumvit Rd',
        'Soi Sukhumvit 39',
        'Soi Ari 4',
        'Ratchadaphisek Rd',
        'Phahonyothin Rd',
        'Rama IX Rd',
        'Charoen Krung Rd',
        'Silom Rd',
        'Lat Phrao Rd',
        'Soi Thong Lo 13',
        'Phetchaburi Rd',
        'Ramkhamhaeng Rd',
        'Srinakarin Rd',
        'Charan Sanitwong Rd',
      ],
    ),
    city('Nonthaburi', 7, ['11000', '11120'], ['Ngam Wong Wan Rd', 'Rattanathibet Rd', 'Chaeng Watthana Rd']),
    city('Pathum Thani', 7, ['12000', '12120', '12130'], ['Phahonyothin Rd', 'Rangsit-Nakhon Nayok Rd']),
    city('Samut Prakan', 7, ['10270', '10540'], ['Thepharak Rd', 'Sukhumvit Rd', 'Bang Na-Trat Rd']),
    city('Chiang Mai', 7, ['50000', '50200', '50300'], ['Nimmanhaemin Rd', 'Huay Kaew Rd', 'Chang Khlan Rd']),
    city('Khon Kaen', 7, ['40000', '40002'], ['Mittraphap Rd', 'Na Muang Rd', 'Sri Chan Rd']),
    city('Nakhon Ratchasima', 7, ['30000', '30310'], ['Mittraphap Rd', 'Suranari Rd', 'Jomsurangyat Rd']),
    city('Udon Thani', 7, ['41000'], ['Pho Si Rd', 'Udon-Dusadee Rd', 'Thongyai Rd']),
    city('Ubon Ratchathani', 7, ['34000'], ['Chayangkun Rd', 'Sappasit Rd']),
    city('Phuket', 7, ['83000', '83100', '83150'], ['Thepkrasattri Rd', 'Chao Fa Rd', 'Ratsada Rd']),
    city(
      'Chon Buri',
      7,
      ['20000', '20150', '20230'],
      ['Sukhumvit Rd', 'Pattaya Sai Song Rd', 'Thepprasit Rd'],
    ),
    city('Hat Yai', 7, ['90110'], ['Niphat Uthit 3 Rd', 'Phetkasem Rd', 'Kanchanawanit Rd']),
    city('Surat Thani', 7, ['84000'], ['Talat Mai Rd', 'Chonkasem Rd']),
    city('Nakhon Pathom', 7, ['73000', '73170'], ['Phetkasem Rd', 'Songphon Rd']),
    city('Ayutthaya', 7, ['13000'], ['Rojana Rd', 'U Thong Rd']),
  ],
};

const US_STREETS = ['Main St', 'Oak Ave', 'Maple St', 'Park Ave', '2nd St', 'Elm St', 'Lake Dr', 'Pine St'];
const GB_STREETS = ['High Street', 'Church Road', 'Station Road', 'Victoria Road', 'Park Lane', 'Mill Lane'];
const AU_STREETS = ['George St', 'King St', 'Beach Rd', 'Victoria St', 'Queen St', 'Albert St', 'High St'];

export const ABROAD: readonly Market[] = [
  {
    country: 'US',
    currency: 'USD',
    locale: 'en-US',
    cities: [
      city('New York', -5, ['10001', '10025', '10011', '11215'], US_STREETS),
      city('Los Angeles', -8, ['90024', '90046', '90027', '90004'], US_STREETS),
      city('San Francisco', -8, ['94110', '94117', '94122'], US_STREETS),
      city('Seattle', -8, ['98103', '98115'], US_STREETS),
      city('Chicago', -6, ['60614', '60657'], US_STREETS),
      city('Houston', -6, ['77005', '77019'], US_STREETS),
      city('Boston', -5, ['02139', '02116'], US_STREETS),
      city('Honolulu', -10, ['96815', '96822'], US_STREETS),
      city('Portland', -8, ['97214', '97209'], US_STREETS),
      city('Austin', -6, ['78704', '78745'], US_STREETS),
      city('Denver', -7, ['80206', '80218'], US_STREETS),
      city('Atlanta', -5, ['30306', '30309'], US_STREETS),
    ],
  },
  {
    country: 'CA',
    currency: 'USD',
    locale: 'en-CA',
    cities: [
      city('Toronto', -5, ['M5V 2T6', 'M4Y 1R5', 'M6J 1H4'], ['Queen St W', 'Bloor St', 'King St W']),
      city('Vancouver', -8, ['V6B 1A1', 'V5K 0A1', 'V6K 2G8'], ['Granville St', 'Main St', 'W 4th Ave']),
      city('Montréal', -5, ['H2X 1Y4', 'H3A 0G4'], ['Rue Saint-Denis', 'Boulevard Saint-Laurent']),
    ],
  },
  {
    country: 'GB',
    currency: 'GBP',
    locale: 'en-GB',
    cities: [
      city('London', 0, ['SW6 4QX', 'N1 7GU', 'SE15 4ST', 'W11 2BS', 'E8 3DL'], GB_STREETS),
      city('Manchester', 0, ['M20 2RN', 'M14 5LL'], GB_STREETS),
      city('Edinburgh', 0, ['EH3 9DR', 'EH10 4BF'], GB_STREETS),
      city('Bristol', 0, ['BS8 1TH', 'BS6 5BN'], GB_STREETS),
      city('Brighton', 0, ['BN1 3XE', 'BN2 1TW'], GB_STREETS),
    ],
  },
  {
    country: 'DE',
    currency: 'EUR',
    locale: 'de-DE',
    cities: [
      city(
        'Berlin',
        1,
        ['10115', '10437', '10967'],
        ['Kastanienallee', 'Oranienstraße', 'Schönhauser Allee'],
      ),
      city(
        'München',
        1,
        ['80331', '80469', '81667'],
        ['Leopoldstraße', 'Maximilianstraße', 'Sendlinger Str.'],
      ),
      city('Hamburg', 1, ['20249', '22765'], ['Eppendorfer Weg', 'Ottenser Hauptstraße']),
      city('Köln', 1, ['50667', '50672'], ['Ehrenstraße', 'Aachener Straße']),
      city('Frankfurt am Main', 1, ['60311', '60594'], ['Schweizer Straße', 'Berger Straße']),
    ],
  },
  {
    country: 'FR',
    currency: 'EUR',
    locale: 'fr-FR',
    cities: [
      city(
        'Paris',
        1,
        ['75011', '75016', '75004', '75018'],
        ['rue Oberkampf', 'avenue Mozart', 'rue de Rivoli'],
      ),
      city('Lyon', 1, ['69002', '69006'], ['rue de la République', 'cours Franklin Roosevelt']),
      city('Bordeaux', 1, ['33000'], ['cours de l’Intendance', 'rue Sainte-Catherine']),
      city('Nice', 1, ['06000'], ['boulevard Victor Hugo', 'rue de France']),
    ],
  },
  {
    country: 'NL',
    currency: 'EUR',
    locale: 'nl-NL',
    cities: [
      city('Amsterdam', 1, ['1017 AB', '1072 LK', '1052 GH'], ['Prinsengracht', 'Ferdinand Bolstraat']),
      city('Utrecht', 1, ['3511 LX', '3581 KP'], ['Oudegracht', 'Biltstraat']),
    ],
  },
  {
    country: 'IT',
    currency: 'EUR',
    locale: 'it-IT',
    cities: [
      city('Milano', 1, ['20121', '20144'], ['Via Torino', 'Corso Genova']),
      city('Roma', 1, ['00184', '00153'], ['Via Cavour', 'Viale di Trastevere']),
    ],
  },
  {
    country: 'ES',
    currency: 'EUR',
    locale: 'es-ES',
    cities: [
      city('Madrid', 1, ['28004', '28010'], ['Calle de Fuencarral', 'Calle de Alcalá']),
      city('Barcelona', 1, ['08012', '08007'], ['Carrer de Verdi', 'Passeig de Gràcia']),
    ],
  },
  {
    country: 'CH',
    currency: 'EUR',
    locale: 'de-CH',
    cities: [
      city('Zürich', 1, ['8004', '8032'], ['Langstrasse', 'Forchstrasse']),
      city('Genève', 1, ['1205', '1207'], ['Rue de Carouge', 'Rue des Eaux-Vives']),
    ],
  },
  {
    country: 'AU',
    currency: 'AUD',
    locale: 'en-AU',
    cities: [
      city('Sydney', 11, ['2000', '2010', '2026', '2088'], AU_STREETS),
      city('Melbourne', 11, ['3000', '3121', '3182', '3068'], AU_STREETS),
      city('Brisbane', 10, ['4000', '4101', '4064'], AU_STREETS),
      city('Perth', 8, ['6000', '6014'], AU_STREETS),
      city('Adelaide', 10.5, ['5000', '5067'], AU_STREETS),
    ],
  },
  {
    country: 'SG',
    currency: 'USD',
    locale: 'en-SG',
    cities: [
      city('Singapore', 8, ['238823', '449269', '310145', '089056'], ['Orchard Rd', 'Tanjong Katong Rd']),
    ],
  },
  {
    country: 'HK',
    currency: 'USD',
    locale: 'zh-HK',
    cities: [city('Hong Kong', 8, ['999077'], ['Caine Rd', 'Nathan Rd', 'Hennessy Rd'])],
  },
  {
    country: 'JP',
    currency: 'USD',
    locale: 'ja-JP',
    cities: [
      city('Tokyo', 9, ['150-0001', '106-0032', '113-0033'], ['Jingumae', 'Roppongi', 'Hongo']),
      city('Osaka', 9, ['530-0001', '542-0081'], ['Umeda', 'Minamisenba']),
    ],
  },
  {
    country: 'KR',
    currency: 'USD',
    locale: 'ko-KR',
    cities: [city('Seoul', 9, ['04524', '06035'], ['Sejong-daero', 'Gangnam-daero'])],
  },
];

export const MARKETS: Readonly<Record<string, Market>> = Object.fromEntries(
  [THAILAND, ...ABROAD].map((m) => [m.country, m]),
);

export const market = (country: string): Market => {
  const m = MARKETS[country];
  if (!m) throw new Error(`no market ${country}`);
  return m;
};

/** Where foreign buyers come from, by weight: the tourists and gift-givers the shop sees. */
export const FOREIGN_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['US', 30],
  ['GB', 14],
  ['AU', 15],
  ['DE', 8],
  ['FR', 7],
  ['NL', 4],
  ['IT', 3],
  ['ES', 3],
  ['CH', 3],
  ['CA', 5],
  ['SG', 4],
  ['HK', 3],
  ['JP', 4],
  ['KR', 2],
];

/** Where Thai expats who send gifts home live. */
export const EXPAT_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['US', 30],
  ['GB', 15],
  ['AU', 20],
  ['DE', 8],
  ['JP', 8],
  ['SG', 7],
  ['NL', 3],
  ['CH', 3],
  ['HK', 3],
  ['CA', 3],
];

/** Bangkok is half of Thailand's online orders; the provinces the rest. */
export function thaiCity(rng: Rng, bangkok = 0.55): City {
  const [first, ...rest] = THAILAND.cities;
  return rng.chance(bangkok) && first ? first : rng.pick(rest);
}

/** A street address in `c`: Thai house numbers often carry a sub-number or a village (moo). */
export function addressIn(rng: Rng, country: string, c: City): Address {
  const street = rng.pick(c.streets);
  let line1: string;
  if (country === 'TH') {
    const house = rng.chance(0.5) ? `${rng.int(1, 999)}/${rng.int(1, 250)}` : `${rng.int(1, 1999)}`;
    line1 =
      c.city !== 'Bangkok' && rng.chance(0.35)
        ? `${house} Moo ${rng.int(1, 14)}, ${street}`
        : `${house} ${street}`;
    if (rng.chance(0.25))
      line1 = `Room ${rng.int(2, 38)}${String(rng.int(1, 30)).padStart(2, '0')}, ${line1}`;
  } else if (['DE', 'NL', 'IT', 'ES', 'CH'].includes(country)) line1 = `${street} ${rng.int(1, 160)}`;
  else if (country === 'FR') line1 = `${rng.int(1, 140)} ${street}`;
  else if (['JP', 'KR', 'HK', 'SG'].includes(country))
    line1 = `${rng.int(1, 30)}-${rng.int(1, 20)} ${street}, #${rng.int(2, 30)}-${rng.int(1, 60)}`;
  else line1 = `${rng.int(1, 2400)} ${street}${rng.chance(0.25) ? `, Apt ${rng.int(1, 40)}` : ''}`;
  return { country, postalCode: rng.pick(c.postal), city: c.city, line1 };
}

/** A home address in a country, with its city's UTC offset. */
export function homeIn(rng: Rng, country: string): { address: Address; tz: number } {
  const c = country === 'TH' ? thaiCity(rng) : rng.pick(market(country).cities);
  return { address: addressIn(rng, country, c), tz: c.tz };
}

/** Hotels tourists have parcels delivered to (Bangkok mostly; resorts in Phuket, Chiang Mai, Krabi). */
export const HOTELS: readonly Address[] = [
  {
    country: 'TH',
    postalCode: '10500',
    city: 'Bangkok',
    line1: 'Riverside Grand Hotel, 48 Charoen Krung Soi 40',
  },
  { country: 'TH', postalCode: '10330', city: 'Bangkok', line1: 'Chidlom Residence Hotel, 29 Soi Chit Lom' },
  {
    country: 'TH',
    postalCode: '10110',
    city: 'Bangkok',
    line1: 'Sukhumvit Park Suites, 14 Soi Sukhumvit 11',
  },
  { country: 'TH', postalCode: '10110', city: 'Bangkok', line1: 'The Asoke Tower Hotel, 250 Sukhumvit Rd' },
  { country: 'TH', postalCode: '10330', city: 'Bangkok', line1: 'Siam Square Boutique Hotel, 420 Rama I Rd' },
  { country: 'TH', postalCode: '10500', city: 'Bangkok', line1: 'Silom Orchid Hotel, 191 Silom Rd' },
  { country: 'TH', postalCode: '10200', city: 'Bangkok', line1: 'Khao San Garden Inn, 72 Rambuttri Rd' },
  { country: 'TH', postalCode: '10330', city: 'Bangkok', line1: 'Lumphini Park View Hotel, 88 Wireless Rd' },
  {
    country: 'TH',
    postalCode: '10120',
    city: 'Bangkok',
    line1: 'Sathorn Riverfront Hotel, 2 Charoen Krung Rd',
  },
  { country: 'TH', postalCode: '10400', city: 'Bangkok', line1: 'Pratunam City Hotel, 9 Ratchaprarop Rd' },
  { country: 'TH', postalCode: '83150', city: 'Phuket', line1: 'Kata Bay Resort, 5 Kata Rd, Karon' },
  {
    country: 'TH',
    postalCode: '50200',
    city: 'Chiang Mai',
    line1: 'Old City Lanna Hotel, 12 Ratchadamnoen Rd',
  },
  { country: 'TH', postalCode: '81180', city: 'Krabi', line1: 'Ao Nang Cliff Resort, 33 Moo 2, Ao Nang' },
];

/** Freight forwarders' and reshippers' warehouses that take parcels for buyers abroad. */
export const FORWARDERS: readonly Address[] = [
  { country: 'US', postalCode: '19720', city: 'New Castle', line1: '100 Quigley Blvd, Ste' },
  { country: 'US', postalCode: '19713', city: 'Newark', line1: '220 Lake Dr, Unit' },
  { country: 'US', postalCode: '97230', city: 'Portland', line1: '15220 NE Airport Way, Ste' },
  { country: 'US', postalCode: '33166', city: 'Doral', line1: '8400 NW 25th St, Ste' },
  { country: 'US', postalCode: '33122', city: 'Miami', line1: '2105 NW 102nd Ave, Unit' },
  { country: 'GB', postalCode: 'TW6 3UA', city: 'Hounslow', line1: 'Unit 4 Heathrow Cargo Park, Ref' },
];

/** A forwarder's warehouse with the customer's suite number. */
export function forwarderAddress(rng: Rng): Address {
  const f = rng.pick(FORWARDERS);
  return { ...f, line1: `${f.line1} ${rng.int(1000, 99999)}-${rng.token(2).toUpperCase()}` };
}

/** Condo towers where drops take parcels at the front desk, room numbers changing. */
export const DROP_CONDOS: readonly Address[] = [
  {
    country: 'TH',
    postalCode: '10240',
    city: 'Bangkok',
    line1: 'Lumpini Ville Ramkhamhaeng 44, 9 Ramkhamhaeng Rd',
  },
  { country: 'TH', postalCode: '10260', city: 'Bangkok', line1: 'Plum Condo Bangkae, 88 Phetkasem Rd' },
  { country: 'TH', postalCode: '10520', city: 'Bangkok', line1: 'The Cube Lat Krabang, 17 Chalong Krung Rd' },
  {
    country: 'TH',
    postalCode: '12130',
    city: 'Pathum Thani',
    line1: 'Kensington Rangsit, 99 Phahonyothin Rd',
  },
  { country: 'TH', postalCode: '10540', city: 'Samut Prakan', line1: 'Dcondo Bang Na, 41 Bang Na-Trat Rd' },
  { country: 'TH', postalCode: '11120', city: 'Nonthaburi', line1: 'Aspire Ngamwongwan, 5 Ngam Wong Wan Rd' },
];

/** A drop condo with a room number. */
export function dropAddress(rng: Rng): Address {
  const c = rng.pick(DROP_CONDOS);
  return { ...c, line1: `Room ${rng.int(2, 32)}${String(rng.int(1, 40)).padStart(2, '0')}, ${c.line1}` };
}

/** Sanctioned destinations and homes, only for the sanctioned-country kind. */
export const SANCTIONED_PLACES: Readonly<Record<'RU' | 'BY' | 'IR', { cities: readonly City[] }>> = {
  RU: {
    cities: [
      city('Moscow', 3, ['119002', '125009', '115054'], ['ul. Arbat', 'Tverskaya ul.', 'Leninsky pr.']),
      city('Saint Petersburg', 3, ['191025', '197101'], ['Nevsky pr.', 'Kamennoostrovsky pr.']),
      city('Yekaterinburg', 5, ['620014'], ['ul. Malysheva', 'pr. Lenina']),
      city('Novosibirsk', 7, ['630099'], ['Krasny pr.', 'ul. Lenina']),
    ],
  },
  BY: { cities: [city('Minsk', 3, ['220030', '220004'], ['pr. Nezavisimosti', 'vul. Kirava'])] },
  IR: { cities: [city('Tehran', 3.5, ['1513745413', '1968917313'], ['Vali Asr St', 'Shariati St'])] },
};

/** A street address in a sanctioned country. */
export function sanctionedAddress(rng: Rng, country: 'RU' | 'BY' | 'IR'): { address: Address; tz: number } {
  const c = rng.pick(SANCTIONED_PLACES[country].cities);
  return {
    address: {
      country,
      postalCode: rng.pick(c.postal),
      city: c.city,
      line1: `${rng.pick(c.streets)} ${rng.int(1, 120)}, ${country === 'IR' ? 'Unit' : 'kv.'} ${rng.int(1, 240)}`,
    },
    tz: c.tz,
  };
}
