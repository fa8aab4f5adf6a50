import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's buyers live and where its parcels go: Nairobi's neighbourhoods, the towns its couriers
 * reach, the diaspora's and the tourists' cities in the US, the UK, Germany and the Netherlands (each with its
 * UTC offset in December), the pickup agents honest buyers and fraudsters share, the clearing agents by the
 * airport, and the places fraud sends goods to.
 */

export type Market = 'KE' | 'US' | 'GB' | 'DE' | 'NL';
export type Currency = 'KES' | 'USD' | 'GBP' | 'EUR';

/** The five countries the shop sells to: its currency there and the site's locale. */
export const MARKETS: Readonly<Record<Market, { currency: Currency; locale: string }>> = {
  KE: { currency: 'KES', locale: 'en-KE' },
  US: { currency: 'USD', locale: 'en-US' },
  GB: { currency: 'GBP', locale: 'en-GB' },
  DE: { currency: 'EUR', locale: 'de-DE' },
  NL: { currency: 'EUR', locale: 'nl-NL' },
};

export const ABROAD: readonly Market[] = ['US', 'GB', 'DE', 'NL'];

/** East Africa Time, all year. */
export const NAIROBI_TZ = 3;

/** A home somewhere, with the offset its clock keeps in December. */
export interface Home {
  country: Market;
  city: string;
  tz: number;
  address: Address;
  /** Nairobi neighbourhood, for Kenyan homes in the capital. */
  area?: string;
  /** Riders deliver and take payment at the door here (Nairobi and Mombasa). */
  payOnDelivery: boolean;
}

type Tier = 'upmarket' | 'middle' | 'estate' | 'office';

/** Nairobi neighbourhoods: postal code of the nearest post office, roads, share of buyers, kind of area. */
const NAIROBI: ReadonlyArray<readonly [string, string, readonly string[], number, Tier]> = [
  ['Westlands', '00800', ['Waiyaki Way', 'Rhapta Road', 'Mpaka Road', 'Woodvale Grove'], 8, 'upmarket'],
  [
    'Kilimani',
    '00100',
    ['Argwings Kodhek Road', 'Lenana Road', 'Ralph Bunche Road', 'Wood Avenue'],
    9,
    'upmarket',
  ],
  ['Kileleshwa', '00100', ['Othaya Road', 'Gatundu Road', 'Kandara Road', 'Laikipia Road'], 7, 'upmarket'],
  ['Lavington', '00603', ['James Gichuru Road', 'Muthangari Drive', 'Hatheru Road'], 5, 'upmarket'],
  ['Karen', '00502', ['Karen Road', 'Langata South Road', 'Marula Lane', 'Ngong Road'], 5, 'upmarket'],
  ['Runda', '00621', ['Runda Grove', 'Mimosa Road', 'Ruaka Road'], 3, 'upmarket'],
  ['Gigiri', '00621', ['UN Avenue', 'Gigiri Road', 'Peponi Road'], 2, 'upmarket'],
  ['Muthaiga', '00619', ['Muthaiga Road', 'Kirawa Road'], 1.5, 'upmarket'],
  ['Parklands', '00623', ['Limuru Road', '3rd Parklands Avenue', 'Mpesi Lane'], 5, 'middle'],
  ['South B', '00200', ['Mchumbi Road', 'Kapiti Road', 'Aoko Road'], 5, 'middle'],
  ['South C', '00509', ['Muhoho Avenue', 'Mugoya Street'], 4, 'middle'],
  ['Langata', '00509', ['Langata Road', 'Otiende Road', 'Mbagathi Way'], 4, 'middle'],
  ['Ruaka', '00621', ['Limuru Road', 'Ruaka Road'], 4, 'middle'],
  ['Syokimau', '00501', ['Syokimau Road', 'Katani Road'], 3, 'middle'],
  ['Buruburu', '00515', ['Mumias South Road', 'Rabai Road'], 4, 'estate'],
  ['Embakasi', '00501', ['Outering Road', 'Airport North Road'], 5, 'estate'],
  ['Kasarani', '00608', ['Kasarani Road', 'Mwiki Road'], 5, 'estate'],
  ['Roysambu', '00618', ['Thika Road', 'Lumumba Drive', 'Garden Estate Road'], 5, 'estate'],
  ['Kitengela', '00241', ['Namanga Road', 'Isinya Road'], 3, 'estate'],
  ['Rongai', '00511', ['Magadi Road', 'Kware Road'], 4, 'estate'],
  ['Donholm', '00515', ['Jogoo Road', 'Manyanja Road'], 3, 'estate'],
  ['Upper Hill', '00100', ['Ragati Road', 'Matumbato Road', 'Hospital Road'], 2, 'office'],
  ['CBD', '00100', ['Kenyatta Avenue', 'Moi Avenue', 'Kimathi Street', 'Tom Mboya Street'], 2, 'office'],
];

const BUILDINGS = [
  'Amani Court',
  'Jacaranda Apartments',
  'Cedar Gardens',
  'Baraka Heights',
  'Riverside Park',
  'Mvuli Suites',
  'Tumaini Flats',
  'Savannah Court',
  'Kijani Apartments',
  'Neema Towers',
  'Acacia Villas',
  'Msingi Residency',
];

const OFFICES = [
  'Delta Towers',
  'Rahimtulla Tower',
  'Kilimanjaro House',
  'Mirage Plaza',
  'Upper Hill Chambers',
];

/** Towns outside Nairobi the couriers reach: postal code, roads, share, and whether riders take pay on delivery. */
const TOWNS: ReadonlyArray<readonly [string, string, readonly string[], number, boolean]> = [
  [
    'Mombasa',
    '80100',
    ['Links Road, Nyali', 'Moi Avenue', 'Mombasa-Malindi Road, Bamburi', 'Tom Mboya Avenue'],
    14,
    true,
  ],
  ['Kisumu', '40100', ['Oginga Odinga Street', 'Achieng Oneko Road', 'Milimani Road'], 10, false],
  ['Nakuru', '20100', ['Kenyatta Avenue', 'Oginga Odinga Road', 'Milimani Estate'], 10, false],
  ['Eldoret', '30100', ['Uganda Road', 'Oloo Street', 'Elgon View Road'], 8, false],
  ['Thika', '01000', ['Kenyatta Highway', 'Garissa Road'], 6, false],
  ['Nyeri', '10100', ['Kimathi Way', 'Kanisa Road'], 5, false],
  ['Machakos', '90100', ['Mwatu wa Ngoma Road', 'Syokimau Street'], 4, false],
  ['Kisii', '40200', ['Hospital Road', 'Moi Highway'], 4, false],
  ['Kericho', '20200', ['Moi Highway', 'Temple Road'], 3, false],
  ['Malindi', '80200', ['Lamu Road', 'Harambee Road'], 3, false],
  ['Nanyuki', '10400', ['Kenyatta Avenue', 'Laikipia Road'], 3, false],
  ['Naivasha', '20117', ['Moi South Lake Road', 'Kariuki Chotara Road'], 3, false],
  ['Ukunda', '80400', ['Diani Beach Road', 'Ukunda-Ramisi Road'], 3, false],
  ['Kilifi', '80108', ['Malindi Road', 'Mnarani Road'], 2, false],
  ['Meru', '60200', ['Njuri Ncheke Street', 'Moi Avenue'], 4, false],
  ['Embu', '60100', ['Kubukubu Road', 'Mama Ngina Street'], 2, false],
  ['Kakamega', '50100', ['Kakamega-Webuye Road', 'Canon Awori Street'], 3, false],
  ['Kitale', '30200', ['Kenyatta Street', 'Moi Avenue'], 2, false],
  ['Kiambu', '00900', ['Kiambu Road', 'Thika Road'], 4, false],
];

/** Kenyan addresses are descriptive: a house or flat, its building, the road (and the estate). */
function kenyanLine(rng: Rng, road: string, tier: Tier): string {
  if (tier === 'office') return `${rng.pick(OFFICES)}, ${rng.int(1, 18)}th Floor, ${road}`;
  if (tier === 'upmarket' && rng.chance(0.45)) return `House ${rng.int(1, 60)}, ${road}`;
  return `${rng.pick(['Apt', 'Flat', 'Hse'])} ${rng.int(1, 9)}${rng.pick(['A', 'B', 'C', 'D'])}, ${rng.pick(
    BUILDINGS,
  )}, ${road}`;
}

export function nairobiHome(rng: Rng, tiers?: readonly Tier[]): Home {
  const areas = NAIROBI.filter((a) => !tiers || tiers.includes(a[4]));
  const [area, postal, roads, , tier] = rng.weightedPick(areas.map((a) => [a, a[3]] as const));
  return {
    country: 'KE',
    city: 'Nairobi',
    tz: NAIROBI_TZ,
    area,
    address: {
      country: 'KE',
      city: 'Nairobi',
      line1: `${kenyanLine(rng, rng.pick(roads), tier)}, ${area}`,
      ...(rng.chance(0.6) ? { postalCode: postal } : {}),
    },
    payOnDelivery: true,
  };
}

export function upcountryHome(rng: Rng): Home {
  const [city, postal, roads, , cod] = rng.weightedPick(TOWNS.map((t) => [t, t[3]] as const));
  return {
    country: 'KE',
    city,
    tz: NAIROBI_TZ,
    address: {
      country: 'KE',
      city,
      line1: `${rng.chance(0.5) ? `Plot ${rng.int(10, 900)}` : `House ${rng.int(1, 80)}`}, ${rng.pick(roads)}`,
      ...(rng.chance(0.6) ? { postalCode: postal } : {}),
    },
    payOnDelivery: cod,
  };
}

/** A Kenyan home: Nairobi three times in four. */
export const kenyanHome = (rng: Rng): Home => (rng.chance(0.74) ? nairobiHome(rng) : upcountryHome(rng));

interface City {
  city: string;
  tz: number;
  /** Postal codes, or for the UK outward codes (a random inward code is added). */
  postal: readonly string[];
  streets: readonly string[];
}

const city = (name: string, tz: number, postal: string[], streets: string[], weight: number) =>
  [{ city: name, tz, postal, streets }, weight] as const;

/** Cities abroad, weighted towards where the Kenyan diaspora lives and where safari tourists come from. */
const CITIES: Readonly<Record<Exclude<Market, 'KE'>, ReadonlyArray<readonly [City, number]>>> = {
  US: [
    city(
      'Dallas',
      -6,
      ['75201', '75243', '75287', '75080', '75044'],
      ['Preston Rd', 'Coit Rd', 'Belt Line Rd'],
      9,
    ),
    city(
      'Houston',
      -6,
      ['77036', '77072', '77099', '77479'],
      ['Bellaire Blvd', 'Westheimer Rd', 'Wilcrest Dr'],
      6,
    ),
    city(
      'Minneapolis',
      -6,
      ['55407', '55409', '55430', '55337'],
      ['Nicollet Ave', 'Lyndale Ave S', 'Cedar Ave'],
      7,
    ),
    city(
      'Atlanta',
      -5,
      ['30303', '30318', '30044', '30096'],
      ['Peachtree St NE', 'Buford Hwy', 'Pleasant Hill Rd'],
      6,
    ),
    city('Lowell', -5, ['01850', '01851', '01852'], ['Merrimack St', 'Chelmsford St', 'Andover St'], 3),
    city('Worcester', -5, ['01603', '01604', '01609'], ['Main St', 'Park Ave', 'Pleasant St'], 3),
    city(
      'Boston',
      -5,
      ['02118', '02125', '02130', '02139'],
      ['Columbus Ave', 'Dorchester Ave', 'Centre St'],
      5,
    ),
    city(
      'Seattle',
      -8,
      ['98101', '98118', '98133', '98032'],
      ['Rainier Ave S', 'Aurora Ave N', '1st Ave'],
      6,
    ),
    city('Baltimore', -5, ['21201', '21218', '21230'], ['Charles St', 'Eastern Ave', 'Light St'], 3),
    city(
      'Silver Spring',
      -5,
      ['20901', '20904', '20910'],
      ['Georgia Ave', 'Colesville Rd', 'University Blvd'],
      4,
    ),
    city('Columbus', -5, ['43215', '43229', '43235'], ['High St', 'Cleveland Ave', 'Sawmill Rd'], 3),
    city('Charlotte', -5, ['28202', '28213', '28277'], ['Tryon St', 'Providence Rd', 'Tyvola Rd'], 3),
    city(
      'New York',
      -5,
      ['10025', '10027', '11216', '11375'],
      ['Amsterdam Ave', 'Broadway', 'Nostrand Ave'],
      8,
    ),
    city('Chicago', -6, ['60614', '60625', '60657'], ['Clark St', 'Lincoln Ave', 'Halsted St'], 5),
    city('Denver', -7, ['80203', '80209', '80220'], ['Colfax Ave', 'Broadway', 'Colorado Blvd'], 4),
    city(
      'Los Angeles',
      -8,
      ['90024', '90034', '90046', '91367'],
      ['Wilshire Blvd', 'Venice Blvd', 'Ventura Blvd'],
      6,
    ),
    city('San Jose', -8, ['95112', '95125', '94086'], ['The Alameda', 'Meridian Ave', 'El Camino Real'], 4),
    city(
      'Portland',
      -8,
      ['97202', '97211', '97214'],
      ['SE Hawthorne Blvd', 'NE Alberta St', 'SE Belmont St'],
      3,
    ),
    city('Philadelphia', -5, ['19103', '19143', '19147'], ['Walnut St', 'Baltimore Ave', 'Passyunk Ave'], 3),
    city('Austin', -6, ['78704', '78745', '78757'], ['S Congress Ave', 'Burnet Rd', 'Manchaca Rd'], 3),
  ],
  GB: [
    city(
      'London',
      0,
      ['SE15', 'SE18', 'E17', 'N17', 'SW9', 'NW10', 'E6', 'SW11', 'N1'],
      ['High Road', 'Rye Lane', 'Coldharbour Lane', 'Church Street', 'Hoe Street'],
      24,
    ),
    city('Croydon', 0, ['CR0', 'CR7'], ['London Road', 'Brigstock Road'], 3),
    city('Reading', 0, ['RG1', 'RG2', 'RG30'], ['Oxford Road', 'Wokingham Road'], 4),
    city('Leeds', 0, ['LS6', 'LS8', 'LS11'], ['Roundhay Road', 'Otley Road'], 4),
    city('Manchester', 0, ['M14', 'M16', 'M20'], ['Wilmslow Road', 'Princess Road'], 5),
    city('Birmingham', 0, ['B13', 'B15', 'B29'], ['Bristol Road', 'Alcester Road'], 5),
    city('Luton', 0, ['LU1', 'LU2', 'LU4'], ['Dunstable Road', 'Leagrave Road'], 2),
    city('Leicester', 0, ['LE2', 'LE3'], ['London Road', 'Narborough Road'], 2),
    city('Milton Keynes', 0, ['MK9', 'MK10'], ['Silbury Boulevard', 'Avebury Boulevard'], 2),
    city('Bristol', 0, ['BS6', 'BS7'], ['Gloucester Road', 'Whiteladies Road'], 3),
    city('Edinburgh', 0, ['EH6', 'EH9', 'EH10'], ['Leith Walk', 'Morningside Road'], 3),
    city('Brighton', 0, ['BN1', 'BN2'], ['Western Road', 'Lewes Road'], 2),
    city('Guildford', 0, ['GU1', 'GU2'], ['Epsom Road', 'Worplesdon Road'], 2),
  ],
  DE: [
    city(
      'Berlin',
      1,
      ['10115', '10245', '10967', '12047', '13353'],
      ['Bergmannstraße', 'Sonnenallee', 'Schönhauser Allee', 'Müllerstraße'],
      9,
    ),
    city(
      'Frankfurt am Main',
      1,
      ['60311', '60316', '60486', '60594'],
      ['Berger Straße', 'Leipziger Straße', 'Schweizer Straße'],
      6,
    ),
    city(
      'München',
      1,
      ['80331', '80469', '80802', '81667'],
      ['Leopoldstraße', 'Rosenheimer Straße', 'Sendlinger Straße'],
      6,
    ),
    city(
      'Hamburg',
      1,
      ['20095', '20357', '22765', '22085'],
      ['Osterstraße', 'Mühlenkamp', 'Schanzenstraße'],
      5,
    ),
    city('Köln', 1, ['50667', '50674', '50823'], ['Venloer Straße', 'Zülpicher Straße', 'Neusser Straße'], 4),
    city('Stuttgart', 1, ['70173', '70176', '70199'], ['Königstraße', 'Rotebühlstraße'], 3),
    city('Düsseldorf', 1, ['40210', '40477', '40545'], ['Nordstraße', 'Luegallee'], 3),
    city('Bonn', 1, ['53111', '53113', '53175'], ['Poppelsdorfer Allee', 'Königswinterer Straße'], 3),
    city('Leipzig', 1, ['04103', '04229', '04275'], ['Karl-Liebknecht-Straße', 'Eisenbahnstraße'], 2),
  ],
  NL: [
    city(
      'Amsterdam',
      1,
      ['1012', '1053', '1072', '1092', '1103'],
      ['Kinkerstraat', 'Ferdinand Bolstraat', 'Javastraat', 'Bijlmerdreef'],
      9,
    ),
    city(
      'Rotterdam',
      1,
      ['3011', '3021', '3035', '3082'],
      ['Nieuwe Binnenweg', 'Zwart Janstraat', 'Groene Hilledijk'],
      5,
    ),
    city(
      'Den Haag',
      1,
      ['2512', '2517', '2563'],
      ['Frederik Hendriklaan', 'Weimarstraat', 'Laan van Meerdervoort'],
      5,
    ),
    city('Utrecht', 1, ['3511', '3531', '3572'], ['Amsterdamsestraatweg', 'Biltstraat', 'Oudegracht'], 4),
    city('Eindhoven', 1, ['5611', '5623', '5644'], ['Stratumseind', 'Woenselse Markt'], 2),
    city('Haarlem', 1, ['2011', '2022', '2032'], ['Kleine Houtstraat', 'Rijksstraatweg'], 2),
    city('Leiden', 1, ['2311', '2313', '2332'], ['Haarlemmerstraat', 'Hooigracht'], 2),
    city('Groningen', 1, ['9711', '9722', '9741'], ['Folkingestraat', 'Paterswoldseweg'], 2),
  ],
};

const GB_INWARD = 'ABDEFGHJLNPQRSTUWXYZ';

function postcode(rng: Rng, market: Exclude<Market, 'KE'>, c: City): string {
  const base = rng.pick(c.postal);
  if (market === 'GB') return `${base} ${rng.int(1, 9)}${rng.token(2, GB_INWARD)}`;
  if (market === 'NL') return `${base} ${rng.token(2, 'ABCDEHJKLMNPRSTVWXZ')}`;
  return base;
}

function streetLine(rng: Rng, market: Exclude<Market, 'KE'>, street: string): string {
  const n = rng.int(1, market === 'US' ? 9800 : 180);
  if (market === 'US')
    return `${n} ${street}${rng.chance(0.35) ? ` Apt ${rng.int(1, 40)}${rng.pick(['', 'B', 'C'])}` : ''}`;
  if (market === 'GB') return rng.chance(0.3) ? `Flat ${rng.int(1, 30)}, ${n} ${street}` : `${n} ${street}`;
  return `${street} ${n}`;
}

/** A home in one of the four countries abroad. */
export function homeAbroad(rng: Rng, market: Exclude<Market, 'KE'>): Home {
  const c = rng.weightedPick(CITIES[market]);
  return {
    country: market,
    city: c.city,
    tz: c.tz,
    address: {
      country: market,
      city: c.city,
      postalCode: postcode(rng, market, c),
      line1: streetLine(rng, market, rng.pick(c.streets)),
    },
    payOnDelivery: false,
  };
}

/** Any address in one of the four, for a parcel to someone else (a marketplace buyer, a friend). */
export const addressAbroad = (rng: Rng, market: Exclude<Market, 'KE'>): Address =>
  homeAbroad(rng, market).address;

/**
 * Pickup agents: shops in malls and on high streets that hold parcels for a small fee. Honest buyers in flats
 * without a gate-keeper use them; so do people who do not want to be found.
 */
export const PICKUP_AGENTS: readonly Address[] = [
  {
    country: 'KE',
    city: 'Nairobi',
    line1: 'Pickup agent, Moi Avenue (Bazaar building), CBD',
    postalCode: '00100',
  },
  { country: 'KE', city: 'Nairobi', line1: 'Pickup agent, Thika Road Mall, Roysambu', postalCode: '00618' },
  { country: 'KE', city: 'Nairobi', line1: 'Pickup agent, Maasai Mall, Rongai', postalCode: '00511' },
  {
    country: 'KE',
    city: 'Nairobi',
    line1: 'Pickup agent, Kitengela Mall, Namanga Road',
    postalCode: '00241',
  },
  { country: 'KE', city: 'Nairobi', line1: 'Pickup agent, Prestige Plaza, Ngong Road', postalCode: '00100' },
  { country: 'KE', city: 'Nairobi', line1: 'Pickup agent, Sarit Centre, Westlands', postalCode: '00606' },
  { country: 'KE', city: 'Nairobi', line1: 'Pickup agent, Juja City Mall, Juja', postalCode: '01001' },
  { country: 'KE', city: 'Nairobi', line1: 'Pickup agent, Kahawa West stage', postalCode: '00618' },
  { country: 'KE', city: 'Nairobi', line1: 'Pickup agent, Donholm Phase 8', postalCode: '00515' },
  { country: 'KE', city: 'Mombasa', line1: 'Pickup agent, Digo Road', postalCode: '80100' },
];

/** Clearing and forwarding agents by the airport and in Industrial Area, who collect and consolidate for buyers abroad. */
export const CLEARING_AGENTS: readonly Address[] = [
  { country: 'KE', city: 'Nairobi', line1: 'Cargo Village, JKIA, Airport North Road', postalCode: '00501' },
  { country: 'KE', city: 'Nairobi', line1: 'Sameer Business Park, Mombasa Road', postalCode: '00200' },
  { country: 'KE', city: 'Nairobi', line1: 'Enterprise Road, Industrial Area', postalCode: '00500' },
  {
    country: 'KE',
    city: 'Nairobi',
    line1: 'Airport North Road, Embakasi (bonded warehouse)',
    postalCode: '00501',
  },
];

/** Package forwarders and reshippers: sales-tax-free US states, and near Heathrow. */
export function reshipper(rng: Rng): Address {
  const suite = `Ste ${rng.pick(['', 'A', 'K', 'R'])}${rng.int(1000, 99999)}`;
  return rng.weightedPick<Address>([
    [
      {
        country: 'US',
        city: 'New Castle',
        postalCode: '19720',
        line1: `${rng.int(10, 900)} Churchmans Rd, ${suite}`,
      },
      5,
    ],
    [
      {
        country: 'US',
        city: 'Wilmington',
        postalCode: '19801',
        line1: `${rng.int(100, 1200)} N Market St, ${suite}`,
      },
      3,
    ],
    [
      {
        country: 'US',
        city: 'Portland',
        postalCode: '97230',
        line1: `${rng.int(10000, 16000)} NE Airport Way, ${suite}`,
      },
      4,
    ],
    [
      {
        country: 'US',
        city: 'Beaverton',
        postalCode: '97005',
        line1: `${rng.int(3000, 9000)} SW Cedar Hills Blvd, ${suite}`,
      },
      2,
    ],
    [
      {
        country: 'US',
        city: 'Elizabeth',
        postalCode: '07201',
        line1: `${rng.int(100, 900)} Division St, ${suite}`,
      },
      3,
    ],
    [
      {
        country: 'GB',
        city: 'Hayes',
        postalCode: `UB3 ${rng.int(1, 5)}${rng.token(2, GB_INWARD)}`,
        line1: `Unit ${rng.int(1, 40)}, Stockley Close, ${suite}`,
      },
      2,
    ],
    [
      {
        country: 'GB',
        city: 'Feltham',
        postalCode: `TW14 ${rng.int(0, 9)}${rng.token(2, GB_INWARD)}`,
        line1: `Unit ${rng.int(1, 30)}, Central Way, ${suite}`,
      },
      1,
    ],
  ]);
}

/** Where buyers in sanctioned jurisdictions live, and the third-country addresses some of them ship to. */
export type Sanctioned = 'RU' | 'BY' | 'IR';

export function sanctionedHome(rng: Rng, country: Sanctioned): Address {
  if (country === 'RU') {
    const [c, codes, street] = rng.pick([
      ['Moscow', ['119034', '123100', '125009', '117292', '129090'], 'ul. Tverskaya'],
      ['Saint Petersburg', ['190000', '191025', '197101'], 'Nevsky prospekt'],
      ['Yekaterinburg', ['620014', '620075'], 'ul. Malysheva'],
      ['Kazan', ['420111', '420015'], 'ul. Baumana'],
      ['Sochi', ['354000', '354068'], 'Kurortny prospekt'],
    ] as const);
    return {
      country,
      city: c,
      postalCode: rng.pick(codes),
      line1: `${street} ${rng.int(1, 120)}, kv. ${rng.int(1, 300)}`,
    };
  }
  if (country === 'BY')
    return {
      country,
      city: 'Minsk',
      postalCode: `2200${rng.int(10, 99)}`,
      line1: `pr. Nezavisimosti ${rng.int(1, 180)}, kv. ${rng.int(1, 200)}`,
    };
  return {
    country,
    city: rng.pick(['Tehran', 'Isfahan', 'Shiraz']),
    postalCode: rng.digits(10),
    line1: `No. ${rng.int(1, 90)}, ${rng.pick(['Vali Asr St', 'Shariati St', 'Chamran Blvd'])}`,
  };
}

/** Third countries that forward to Russia and Iran. */
export function transitAddress(rng: Rng): Address {
  return rng.pick<Address>([
    { country: 'AE', city: 'Dubai', line1: `Warehouse ${rng.int(1, 90)}, Al Quoz Industrial 3` },
    { country: 'AM', city: 'Yerevan', postalCode: '0010', line1: `${rng.int(1, 60)} Abovyan St` },
    { country: 'KZ', city: 'Almaty', postalCode: '050000', line1: `${rng.int(1, 200)} Abay Ave` },
    { country: 'KG', city: 'Bishkek', postalCode: '720001', line1: `${rng.int(1, 150)} Chuy Ave` },
  ]);
}
