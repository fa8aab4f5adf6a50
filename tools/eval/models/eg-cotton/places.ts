import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop sells: Egypt in pounds, the Gulf in riyals, dirhams or dollars, the UK, the euro area, the
 * US and Canada; each market's winter UTC offset, currency, site locale and cities with postal codes (the UAE
 * and Qatar have none) and streets. Also the showroom, couriers' hubs and the re-shippers fraud sends goods
 * to.
 */

export type Currency = 'EGP' | 'SAR' | 'AED' | 'USD' | 'EUR' | 'GBP';
export type Region = 'egypt' | 'gulf' | 'europe' | 'north_america';
export type Country = 'EG' | 'SA' | 'AE' | 'KW' | 'QA' | 'GB' | 'DE' | 'FR' | 'IT' | 'NL' | 'US' | 'CA';

export interface City {
  name: string;
  postal: readonly string[];
  streets: readonly string[];
  /** How often orders come from or go to it, within its market. */
  weight: number;
  /** Its own UTC offset where a market spans several (US, Canada). */
  tz?: number;
  /** Egypt: Greater Cairo, Alexandria and the Delta, or Upper Egypt, the Canal, the Red Sea and Sinai. */
  zone?: 'cairo' | 'delta' | 'far';
}

export interface Market {
  country: Country;
  currency: Currency;
  region: Region;
  tz: number;
  locales: readonly string[];
  cities: readonly City[];
}

const city = (
  name: string,
  weight: number,
  postal: readonly string[],
  streets: readonly string[],
  extra: Partial<City> = {},
): City => ({ name, weight, postal, streets, ...extra });

const EGYPT: readonly City[] = [
  city('Nasr City', 9, ['11765', '11371'], ['Abbas El Akkad St', 'Makram Ebeid St', 'Mostafa El Nahhas St'], {
    zone: 'cairo',
  }),
  city('Heliopolis', 7, ['11757', '11341'], ['Al Thawra St', 'Baghdad St', 'El Merghany St'], {
    zone: 'cairo',
  }),
  city('New Cairo', 9, ['11835', '11865'], ['90th St, Fifth Settlement', 'South Teseen', 'El Narges 2'], {
    zone: 'cairo',
  }),
  city('Maadi', 6, ['11728', '11431'], ['Road 9', 'Road 233, Degla', 'Laselky St'], { zone: 'cairo' }),
  city('Zamalek', 2, ['11211'], ['26th of July St', 'Hassan Sabry St', 'Brazil St'], { zone: 'cairo' }),
  city('Mohandessin', 5, ['12655', '12411'], ['Shehab St', 'Gameat El Dewal El Arabeya St', 'Lebanon St'], {
    zone: 'cairo',
  }),
  city('Dokki', 3, ['12611'], ['Tahrir St', 'Mossadak St', 'Nadi El Seid St'], { zone: 'cairo' }),
  city('6th of October', 6, ['12566', '12573'], ['Mehwar Central', 'Al Hosary Sq', 'District 7'], {
    zone: 'cairo',
  }),
  city('Sheikh Zayed', 5, ['12588'], ['Beverly Hills compound', 'El Mehwar St', 'District 16'], {
    zone: 'cairo',
  }),
  city('Shubra', 3, ['11241'], ['Shubra St', 'Khalafawy Sq', 'Rod El Farag St'], { zone: 'cairo' }),
  city('Mokattam', 2, ['11571'], ['Street 9', 'El Nafoura Sq', 'Uptown Cairo'], { zone: 'cairo' }),
  city('Alexandria', 10, ['21500', '21648', '21519', '21532'], ['Fouad St', 'Syria St, Roushdy', 'Smouha'], {
    zone: 'delta',
  }),
  city('Mansoura', 4, ['35511'], ['El Gomhoreya St', 'Ahmed Maher St', 'Toriel'], { zone: 'delta' }),
  city('Tanta', 3, ['31511'], ['El Geish St', 'El Bahr St', 'Saeed St'], { zone: 'delta' }),
  city('Zagazig', 2, ['44511'], ['El Qawmeya', 'Farouk St', 'El Montazah'], { zone: 'delta' }),
  city('Damietta', 1, ['34511'], ['Corniche El Nil', 'El Shohadaa Sq'], { zone: 'delta' }),
  city('Banha', 1, ['13511'], ['Farid Nada St', 'El Fellah St'], { zone: 'delta' }),
  city('Damanhour', 1, ['22511'], ['Abdel Salam El Shazly St', 'El Gomhoreya St'], { zone: 'delta' }),
  city('Shebin El Kom', 1, ['32511'], ['Gamal Abdel Nasser St', 'El Bahr St'], { zone: 'delta' }),
  city('Ismailia', 1, ['41511'], ['Sultan Hussein St', 'El Thalatheeny St'], { zone: 'far' }),
  city('Port Said', 1, ['42511'], ['Palestine St', 'El Gomhoreya St'], { zone: 'far' }),
  city('Assiut', 2, ['71511'], ['El Nemees St', 'Yousry Ragheb St'], { zone: 'far' }),
  city('Minya', 1, ['61511'], ['Taha Hussein St', 'Corniche El Nil'], { zone: 'far' }),
  city('Sohag', 1, ['82511'], ['El Gomhoreya St', 'Corniche'], { zone: 'far' }),
  city('Luxor', 1, ['85951'], ['Television St', 'Khaled Ibn El Walid St'], { zone: 'far' }),
  city('Aswan', 1, ['81511'], ['Corniche El Nil', 'Abtal El Tahrir St'], { zone: 'far' }),
  city('Hurghada', 2, ['84511'], ['Sheraton Rd', 'El Kawthar', 'Intercontinental Rd'], { zone: 'far' }),
  city('Sharm El Sheikh', 1, ['46619'], ['Naama Bay', 'Hadaba', 'Peace Rd'], { zone: 'far' }),
];

const SAUDI: readonly City[] = [
  city(
    'Riyadh',
    10,
    ['12211', '12271', '11564', '13241'],
    ['Olaya St, Al Olaya', 'King Abdullah Rd, Al Malqa'],
  ),
  city('Jeddah', 8, ['23431', '21589', '23511'], ['Tahlia St, Al Andalus', 'Prince Sultan St, Al Rawdah']),
  city('Dammam', 3, ['32241', '32253'], ['King Saud St, Al Faisaliyah', 'Prince Mohammed Bin Fahd Rd']),
  city('Al Khobar', 3, ['34424', '34447'], ['Prince Turki St, Al Corniche', 'King Khalid St']),
  city('Mecca', 1, ['24231'], ['Al Aziziyah', 'Al Awali']),
  city('Medina', 1, ['42311'], ['Quba Rd', 'Al Aziziyah']),
];

const EMIRATES: readonly City[] = [
  city(
    'Dubai',
    10,
    [],
    ['Al Nahda 2', 'Dubai Marina', 'Jumeirah Lake Towers', 'Al Barsha 1', 'Deira, Al Rigga'],
  ),
  city('Abu Dhabi', 5, [], ['Al Khalidiyah', 'Khalifa City A', 'Al Reem Island', 'Mohammed Bin Zayed City']),
  city('Sharjah', 4, [], ['Al Taawun', 'Al Majaz 2', 'Al Nahda, Sharjah']),
  city('Ajman', 1, [], ['Al Nuaimiya', 'Al Rashidiya']),
  city('Al Ain', 1, [], ['Al Jimi', 'Al Muwaiji']),
];

const KUWAIT: readonly City[] = [
  city('Salmiya', 4, ['22001'], ['Salem Al Mubarak St', 'Block 10']),
  city('Hawalli', 3, ['32001'], ['Tunis St', 'Block 6']),
  city('Kuwait City', 2, ['13001'], ['Fahad Al Salem St', 'Sharq']),
  city('Mangaf', 2, ['65451'], ['Block 4', 'Mangaf St']),
];

const QATAR: readonly City[] = [
  city('Doha', 8, [], ['West Bay', 'Al Sadd', 'The Pearl, Porto Arabia', 'Najma']),
  city('Al Wakrah', 1, [], ['Al Wukair', 'Al Wakrah Main St']),
  city('Al Rayyan', 2, [], ['Muaither', 'Ain Khaled']),
];

const BRITAIN: readonly City[] = [
  city(
    'London',
    10,
    ['SW11 4NL', 'E14 5AB', 'N16 7UJ', 'W2 1JB', 'NW6 3AG'],
    ['Lavender Hill', 'Edgware Rd'],
  ),
  city('Manchester', 3, ['M20 2RN', 'M14 5SJ'], ['Wilmslow Rd', 'Palatine Rd']),
  city('Birmingham', 2, ['B15 2TT', 'B13 9DB'], ['Hagley Rd', 'Alcester Rd']),
  city('Leeds', 1, ['LS6 2AA'], ['Otley Rd']),
  city('Bristol', 1, ['BS8 1QU'], ['Whiteladies Rd']),
];

const GERMANY: readonly City[] = [
  city('Berlin', 4, ['10115', '10437', '12047'], ['Invalidenstraße', 'Kastanienallee', 'Sonnenallee']),
  city('München', 3, ['80331', '80799'], ['Sendlinger Straße', 'Türkenstraße']),
  city('Frankfurt am Main', 3, ['60311', '60318'], ['Berger Straße', 'Eckenheimer Landstraße']),
  city('Hamburg', 2, ['20095', '22767'], ['Mönckebergstraße', 'Große Bergstraße']),
  city('Köln', 2, ['50667', '50733'], ['Hohe Straße', 'Neusser Straße']),
];

const FRANCE: readonly City[] = [
  city('Paris', 6, ['75011', '75016', '75018'], ['Rue Oberkampf', 'Avenue Mozart', 'Rue Ordener']),
  city('Lyon', 2, ['69003', '69006'], ['Rue Paul Bert', 'Cours Franklin Roosevelt']),
  city('Marseille', 2, ['13006', '13008'], ['Rue de Rome', 'Avenue du Prado']),
  city('Nice', 1, ['06000'], ['Boulevard Victor Hugo']),
];

const ITALY: readonly City[] = [
  city('Milano', 3, ['20121', '20144'], ['Corso Garibaldi', 'Via Solari']),
  city('Roma', 3, ['00185', '00197'], ['Via Merulana', 'Viale Parioli']),
  city('Torino', 1, ['10123'], ['Via Po']),
];

const NETHERLANDS: readonly City[] = [
  city('Amsterdam', 4, ['1017 AB', '1072 LH'], ['Utrechtsestraat', 'Ferdinand Bolstraat']),
  city('Rotterdam', 2, ['3012 CL'], ['Witte de Withstraat']),
  city('Den Haag', 2, ['2511 BT'], ['Prinsestraat']),
];

const STATES: readonly City[] = [
  city('New York', 4, ['10024', '10128', '10016'], ['Amsterdam Ave', 'E 86th St', 'Lexington Ave'], {
    tz: -5,
  }),
  city('Jersey City', 4, ['07302', '07306'], ['Newark Ave', 'Kennedy Blvd'], { tz: -5 }),
  city('Bayonne', 1, ['07002'], ['Broadway'], { tz: -5 }),
  city('Brooklyn', 2, ['11215', '11209'], ['7th Ave', '86th St'], { tz: -5 }),
  city('Houston', 2, ['77005', '77077'], ['Rice Blvd', 'Briar Forest Dr'], { tz: -6 }),
  city('Dallas', 1, ['75225'], ['Preston Rd'], { tz: -6 }),
  city('Chicago', 2, ['60614', '60657'], ['N Clark St', 'W Belmont Ave'], { tz: -6 }),
  city('Los Angeles', 3, ['90024', '90046'], ['Wilshire Blvd', 'N Fairfax Ave'], { tz: -8 }),
  city('Washington', 1, ['20009'], ['Connecticut Ave NW'], { tz: -5 }),
  city('Anaheim', 1, ['92804'], ['W Ball Rd'], { tz: -8 }),
];

const CANADA: readonly City[] = [
  city('Toronto', 3, ['M5V 2T6', 'M4S 1A1'], ['Spadina Ave', 'Yonge St'], { tz: -5 }),
  city('Mississauga', 3, ['L5B 1M2', 'L5M 4Z5'], ['Hurontario St', 'Eglinton Ave W'], { tz: -5 }),
  city('Montréal', 2, ['H3A 1B9', 'H4N 1J5'], ['Rue Sherbrooke O', 'Boul. Décarie'], { tz: -5 }),
];

export const MARKETS: Readonly<Record<Country, Market>> = {
  EG: { country: 'EG', currency: 'EGP', region: 'egypt', tz: 2, locales: ['ar-EG', 'en-EG'], cities: EGYPT },
  SA: { country: 'SA', currency: 'SAR', region: 'gulf', tz: 3, locales: ['ar-SA', 'en-SA'], cities: SAUDI },
  AE: {
    country: 'AE',
    currency: 'AED',
    region: 'gulf',
    tz: 4,
    locales: ['en-AE', 'ar-AE'],
    cities: EMIRATES,
  },
  KW: { country: 'KW', currency: 'USD', region: 'gulf', tz: 3, locales: ['ar-KW', 'en-KW'], cities: KUWAIT },
  QA: { country: 'QA', currency: 'USD', region: 'gulf', tz: 3, locales: ['en-QA', 'ar-QA'], cities: QATAR },
  GB: { country: 'GB', currency: 'GBP', region: 'europe', tz: 0, locales: ['en-GB'], cities: BRITAIN },
  DE: {
    country: 'DE',
    currency: 'EUR',
    region: 'europe',
    tz: 1,
    locales: ['de-DE', 'en-DE'],
    cities: GERMANY,
  },
  FR: { country: 'FR', currency: 'EUR', region: 'europe', tz: 1, locales: ['fr-FR'], cities: FRANCE },
  IT: { country: 'IT', currency: 'EUR', region: 'europe', tz: 1, locales: ['it-IT'], cities: ITALY },
  NL: {
    country: 'NL',
    currency: 'EUR',
    region: 'europe',
    tz: 1,
    locales: ['nl-NL', 'en-NL'],
    cities: NETHERLANDS,
  },
  US: { country: 'US', currency: 'USD', region: 'north_america', tz: -5, locales: ['en-US'], cities: STATES },
  CA: {
    country: 'CA',
    currency: 'USD',
    region: 'north_america',
    tz: -5,
    locales: ['en-CA', 'fr-CA'],
    cities: CANADA,
  },
};

export const GULF: readonly Country[] = ['SA', 'AE', 'KW', 'QA'];
export const WEST: readonly Country[] = ['GB', 'DE', 'FR', 'IT', 'NL', 'US', 'CA'];

/** A market's city by weight. */
export const pickCity = (rng: Rng, m: Market): City =>
  rng.weightedPick(m.cities.map((c) => [c, c.weight] as const));

/** A street address: a building number on one of the city's streets, a flat in Egypt and the Gulf. */
export function addressIn(rng: Rng, country: Country, c: City): Address {
  const street = rng.pick(c.streets);
  const flat = rng.int(1, 24);
  let line1: string;
  if (country === 'EG') line1 = `${rng.int(1, 140)} ${street}, Apt ${flat}`;
  else if (GULF.includes(country))
    line1 = `${street}, Building ${rng.int(1, 90)}, Flat ${rng.int(101, 1804)}`;
  else if (['DE', 'FR', 'IT', 'NL'].includes(country)) line1 = `${street} ${rng.int(1, 160)}`;
  else line1 = `${rng.int(1, 2400)} ${street}${rng.chance(0.4) ? `, Apt ${flat}` : ''}`;
  return {
    country,
    ...(c.postal.length > 0 ? { postalCode: rng.pick(c.postal) } : {}),
    city: c.name,
    line1,
  };
}

/** A home address somewhere in `country`. */
export const homeIn = (rng: Rng, country: Country): Address =>
  addressIn(rng, country, pickCity(rng, MARKETS[country]));

/** The city record behind an address, when it is one of the market's. */
export const cityOf = (a: Address): City | undefined =>
  MARKETS[a.country as Country]?.cities.find((c) => c.name === a.city);

/** The local UTC offset of someone living at `a` (the city's own where the market has several). */
export const tzOf = (a: Address): number => cityOf(a)?.tz ?? MARKETS[a.country as Country]?.tz ?? 2;

/** The showroom in Zamalek, for collection. */
export const SHOWROOM: Address = {
  country: 'EG',
  postalCode: '11211',
  city: 'Zamalek',
  line1: '17 Ismail Mohamed St (showroom)',
};

/** Couriers' hubs a parcel can be held at for pickup. */
export const COURIER_HUBS: readonly Address[] = [
  { country: 'EG', postalCode: '11765', city: 'Nasr City', line1: 'Courier hub, Zone 8, hold for pickup' },
  {
    country: 'EG',
    postalCode: '12566',
    city: '6th of October',
    line1: 'Courier hub, Industrial Zone 3, hold',
  },
  { country: 'EG', postalCode: '21648', city: 'Alexandria', line1: 'Courier hub, Smouha, hold for pickup' },
  { country: 'EG', postalCode: '44511', city: 'Zagazig', line1: 'Courier branch, El Qawmeya, hold' },
];

/** Parcel forwarders and re-shipping warehouses, where goods bought on stolen cards are sent on. */
export const RESHIPPERS: readonly Address[] = [
  { country: 'US', postalCode: '19720', city: 'New Castle', line1: '12 Commerce Dr, Ste 100-' },
  { country: 'US', postalCode: '97230', city: 'Portland', line1: '15900 NE Airport Way, Unit ' },
  { country: 'US', postalCode: '33166', city: 'Miami', line1: '8400 NW 25th St, Ste ' },
  { country: 'US', postalCode: '11434', city: 'Jamaica', line1: '147-20 Rockaway Blvd, Dock ' },
  { country: 'GB', postalCode: 'TW4 6JS', city: 'Hounslow', line1: 'Unit 7, Heathrow Trade Park, Box ' },
  { country: 'GB', postalCode: 'DA1 5PZ', city: 'Dartford', line1: 'Unit 3, Crossways Park, Locker ' },
  { country: 'AE', city: 'Dubai', line1: 'Al Quoz Industrial 3, Warehouse 14, Box ' },
  { country: 'AE', city: 'Sharjah', line1: 'Sharjah Airport Free Zone, Q4-112, Box ' },
];

/** A re-shipper's address with its suite or box number. */
export const reshipperAddress = (rng: Rng): Address => {
  const r = rng.pick(RESHIPPERS);
  return { ...r, line1: `${r.line1 ?? ''}${rng.int(1000, 98_999)}` };
};

/** Greater Cairo, for deliveries and office hours. */
export const isGreaterCairo = (a: Address): boolean => cityOf(a)?.zone === 'cairo';
