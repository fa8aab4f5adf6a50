import { type Address, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where Radwerk sells, where its shops stand, and the addresses fraud keeps coming back to. Every market is
 * on Central European time; summer time starts on Sunday 28 March 2027 at 01:00 UTC, inside the Easter sale.
 */

export type Market = 'DE' | 'AT' | 'CH' | 'NL' | 'BE' | 'DK' | 'SE' | 'FR' | 'IT';

export interface Place {
  city: string;
  postalCode: string;
}

export interface MarketInfo {
  /** Share of honest orders. */
  share: number;
  locale: string;
  /** Parcel fee (cents) and the basket from which parcels ship free; freight for a bike. */
  parcelFee: number;
  freeFrom: number;
  freightFee: number;
  /** Transit days for a parcel. */
  transit: [number, number];
  places: readonly Place[];
  streets: readonly string[];
}

const DE_STREETS = [
  'Hauptstraße',
  'Schillerstraße',
  'Goethestraße',
  'Bahnhofstraße',
  'Lindenallee',
  'Gartenweg',
  'Friedrichstraße',
  'Kastanienweg',
  'Bergstraße',
  'Am Stadtpark',
  'Mühlenweg',
  'Rosenstraße',
];

export const MARKETS: Readonly<Record<Market, MarketInfo>> = {
  DE: {
    share: 56,
    locale: 'de-DE',
    parcelFee: 495,
    freeFrom: 5_000,
    freightFee: 4_900,
    transit: [1, 2],
    places: [
      { city: 'Berlin', postalCode: '10437' },
      { city: 'Berlin', postalCode: '12043' },
      { city: 'Berlin', postalCode: '10961' },
      { city: 'Hamburg', postalCode: '22765' },
      { city: 'Hamburg', postalCode: '20259' },
      { city: 'München', postalCode: '80469' },
      { city: 'München', postalCode: '81667' },
      { city: 'Köln', postalCode: '50823' },
      { city: 'Köln', postalCode: '50677' },
      { city: 'Frankfurt am Main', postalCode: '60316' },
      { city: 'Stuttgart', postalCode: '70197' },
      { city: 'Leipzig', postalCode: '04275' },
      { city: 'Dresden', postalCode: '01099' },
      { city: 'Freiburg im Breisgau', postalCode: '79102' },
      { city: 'Münster', postalCode: '48143' },
      { city: 'Hannover', postalCode: '30161' },
      { city: 'Nürnberg', postalCode: '90429' },
      { city: 'Bremen', postalCode: '28203' },
      { city: 'Düsseldorf', postalCode: '40215' },
      { city: 'Karlsruhe', postalCode: '76133' },
      { city: 'Tübingen', postalCode: '72070' },
      { city: 'Oldenburg', postalCode: '26122' },
      { city: 'Rosenheim', postalCode: '83022' },
      { city: 'Potsdam', postalCode: '14467' },
    ],
    streets: DE_STREETS,
  },
  AT: {
    share: 12,
    locale: 'de-AT',
    parcelFee: 995,
    freeFrom: 10_000,
    freightFee: 7_900,
    transit: [2, 3],
    places: [
      { city: 'Wien', postalCode: '1070' },
      { city: 'Wien', postalCode: '1160' },
      { city: 'Wien', postalCode: '1020' },
      { city: 'Graz', postalCode: '8010' },
      { city: 'Linz', postalCode: '4020' },
      { city: 'Salzburg', postalCode: '5020' },
      { city: 'Innsbruck', postalCode: '6020' },
      { city: 'Klagenfurt', postalCode: '9020' },
    ],
    streets: ['Hauptplatz', 'Mariahilfer Straße', 'Schulgasse', 'Kirchengasse', 'Lindengasse', 'Dorfstraße'],
  },
  CH: {
    share: 9,
    locale: 'de-CH',
    parcelFee: 1_995,
    freeFrom: 25_000,
    freightFee: 11_900,
    transit: [3, 5],
    places: [
      { city: 'Zürich', postalCode: '8004' },
      { city: 'Zürich', postalCode: '8037' },
      { city: 'Winterthur', postalCode: '8400' },
      { city: 'Bern', postalCode: '3011' },
      { city: 'Basel', postalCode: '4057' },
      { city: 'Luzern', postalCode: '6003' },
      { city: 'St. Gallen', postalCode: '9000' },
      { city: 'Zug', postalCode: '6300' },
    ],
    streets: ['Bahnhofstrasse', 'Dorfstrasse', 'Seestrasse', 'Kirchweg', 'Langstrasse', 'Schulhausstrasse'],
  },
  NL: {
    share: 8,
    locale: 'nl-NL',
    parcelFee: 995,
    freeFrom: 10_000,
    freightFee: 7_900,
    transit: [2, 3],
    places: [
      { city: 'Amsterdam', postalCode: '1052 KC' },
      { city: 'Utrecht', postalCode: '3512 JE' },
      { city: 'Rotterdam', postalCode: '3014 GD' },
      { city: 'Den Haag', postalCode: '2517 AN' },
      { city: 'Groningen', postalCode: '9712 BV' },
      { city: 'Eindhoven', postalCode: '5611 AJ' },
      { city: 'Nijmegen', postalCode: '6511 PP' },
    ],
    streets: ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Prinsengracht', 'Julianalaan'],
  },
  BE: {
    share: 4,
    locale: 'nl-BE',
    parcelFee: 995,
    freeFrom: 10_000,
    freightFee: 7_900,
    transit: [2, 3],
    places: [
      { city: 'Antwerpen', postalCode: '2018' },
      { city: 'Gent', postalCode: '9000' },
      { city: 'Brussel', postalCode: '1050' },
      { city: 'Leuven', postalCode: '3000' },
      { city: 'Liège', postalCode: '4000' },
    ],
    streets: ['Kerkstraat', 'Stationsstraat', 'Rue de la Station', 'Molenstraat', 'Avenue Louise'],
  },
  DK: {
    share: 3,
    locale: 'da-DK',
    parcelFee: 1_295,
    freeFrom: 15_000,
    freightFee: 9_900,
    transit: [2, 4],
    places: [
      { city: 'København', postalCode: '2200' },
      { city: 'Aarhus', postalCode: '8000' },
      { city: 'Odense', postalCode: '5000' },
      { city: 'Aalborg', postalCode: '9000' },
    ],
    streets: ['Nørrebrogade', 'Vestergade', 'Skolevej', 'Kirkevej', 'Søndergade'],
  },
  SE: {
    share: 3,
    locale: 'sv-SE',
    parcelFee: 1_295,
    freeFrom: 15_000,
    freightFee: 11_900,
    transit: [3, 5],
    places: [
      { city: 'Stockholm', postalCode: '118 20' },
      { city: 'Göteborg', postalCode: '413 04' },
      { city: 'Malmö', postalCode: '211 22' },
      { city: 'Uppsala', postalCode: '753 20' },
    ],
    streets: ['Storgatan', 'Drottninggatan', 'Skolgatan', 'Kyrkogatan', 'Södra vägen'],
  },
  FR: {
    share: 4,
    locale: 'fr-FR',
    parcelFee: 1_295,
    freeFrom: 15_000,
    freightFee: 11_900,
    transit: [3, 5],
    places: [
      { city: 'Strasbourg', postalCode: '67000' },
      { city: 'Paris', postalCode: '75011' },
      { city: 'Lyon', postalCode: '69007' },
      { city: 'Annecy', postalCode: '74000' },
      { city: 'Lille', postalCode: '59000' },
    ],
    streets: ['Rue de la République', 'Rue Victor Hugo', 'Avenue Jean Jaurès', 'Rue du Moulin', 'Grand Rue'],
  },
  IT: {
    share: 3,
    locale: 'it-IT',
    parcelFee: 1_295,
    freeFrom: 15_000,
    freightFee: 11_900,
    transit: [3, 5],
    places: [
      { city: 'Bolzano', postalCode: '39100' },
      { city: 'Milano', postalCode: '20144' },
      { city: 'Trento', postalCode: '38122' },
      { city: 'Verona', postalCode: '37121' },
      { city: 'Bologna', postalCode: '40126' },
    ],
    streets: ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Mazzini', 'Via Dante'],
  },
};

export const MARKET_CODES = Object.keys(MARKETS) as Market[];

/** The six shops where bikes are collected (and serviced). */
export const SHOPS: ReadonlyArray<{ id: string; address: Address; market: Market }> = [
  {
    id: 'berlin',
    market: 'DE',
    address: { country: 'DE', city: 'Berlin', postalCode: '10405', line1: 'Prenzlauer Allee 188' },
  },
  {
    id: 'hamburg',
    market: 'DE',
    address: { country: 'DE', city: 'Hamburg', postalCode: '22769', line1: 'Stresemannstraße 57' },
  },
  {
    id: 'munich',
    market: 'DE',
    address: { country: 'DE', city: 'München', postalCode: '80337', line1: 'Lindwurmstraße 92' },
  },
  {
    id: 'cologne',
    market: 'DE',
    address: { country: 'DE', city: 'Köln', postalCode: '50825', line1: 'Venloer Straße 401' },
  },
  {
    id: 'vienna',
    market: 'AT',
    address: { country: 'AT', city: 'Wien', postalCode: '1150', line1: 'Mariahilfer Straße 140' },
  },
  {
    id: 'zurich',
    market: 'CH',
    address: { country: 'CH', city: 'Zürich', postalCode: '8005', line1: 'Hardstrasse 219' },
  },
];

/** The shop a buyer in `market` and `city` would collect from. */
export function nearestShop(market: Market, city: string | undefined) {
  const pick = (id: string) => SHOPS.find((s) => s.id === id) ?? SHOPS[0]!;
  if (market === 'AT') return pick('vienna');
  if (market === 'CH') return pick('zurich');
  if (city === 'Hamburg' || city === 'Bremen' || city === 'Oldenburg' || city === 'Hannover')
    return pick('hamburg');
  if (
    ['München', 'Rosenheim', 'Nürnberg', 'Stuttgart', 'Tübingen', 'Freiburg im Breisgau'].includes(city ?? '')
  )
    return pick('munich');
  if (['Köln', 'Düsseldorf', 'Münster', 'Frankfurt am Main', 'Karlsruhe'].includes(city ?? ''))
    return pick('cologne');
  return pick('berlin');
}

/** A street address in one of the market's towns. */
export function homeAddress(rng: Rng, market: Market): Address {
  const m = MARKETS[market];
  const place = rng.pick(m.places);
  const street = rng.pick(m.streets);
  const no = `${rng.int(1, 140)}${rng.chance(0.1) ? rng.pick(['a', 'b']) : ''}`;
  const line1 =
    market === 'FR' || market === 'IT' || (market === 'BE' && street.startsWith('R'))
      ? `${no} ${street}`
      : `${street} ${no}`;
  return { country: market, city: place.city, postalCode: place.postalCode, line1 };
}

/** A DHL Packstation (locker) in the customer's town: a post number and the station. */
export function packstation(rng: Rng, home: Address): Address {
  return {
    country: 'DE',
    city: home.city ?? 'Berlin',
    postalCode: home.postalCode ?? '10437',
    line1: `Packstation ${rng.int(101, 389)}, Postnummer ${rng.digits(9)}`,
  };
}

/** German parcel-acceptance points on the Swiss border, where Swiss buyers have parcels sent to skip the import. */
export const BORDER_DROPS: readonly Address[] = [
  {
    country: 'DE',
    city: 'Konstanz',
    postalCode: '78467',
    line1: 'Max-Stromeyer-Straße 116 (Paketshop Grenzpaket)',
  },
  { country: 'DE', city: 'Lörrach', postalCode: '79539', line1: 'Wiesentalstraße 22 (Paketannahme)' },
  {
    country: 'DE',
    city: 'Weil am Rhein',
    postalCode: '79576',
    line1: 'Hauptstraße 310 (Lieferadresse Schweiz)',
  },
  {
    country: 'DE',
    city: 'Waldshut-Tiengen',
    postalCode: '79761',
    line1: 'Bismarckstraße 5 (Paketstation CH)',
  },
];

/**
 * Addresses fraud keeps using: rented flats and a shared office in German border towns and big-city tower
 * blocks (a mule signs for the freight), reshipping warehouses that send on east, and a few direct addresses
 * in Poland and Lithuania. Each is reused by several orders over the fortnight.
 */
export const DROPS: readonly Address[] = [
  { country: 'DE', city: 'Frankfurt (Oder)', postalCode: '15232', line1: 'Kopernikusstraße 41, c/o Nowak' },
  { country: 'DE', city: 'Görlitz', postalCode: '02827', line1: 'Reichenbacher Straße 98, 2. OG' },
  { country: 'DE', city: 'Berlin', postalCode: '12679', line1: 'Allee der Kosmonauten 121, App. 1406' },
  { country: 'DE', city: 'Berlin', postalCode: '13055', line1: 'Rhinstraße 140, c/o Logistik Ost' },
  { country: 'DE', city: 'Hamburg', postalCode: '21107', line1: 'Veringstraße 81, Hinterhaus' },
  { country: 'DE', city: 'Dortmund', postalCode: '44145', line1: 'Mallinckrodtstraße 212' },
  { country: 'DE', city: 'Guben', postalCode: '03172', line1: 'Gasstraße 4, Lager 7' },
  { country: 'DE', city: 'Leipzig', postalCode: '04319', line1: 'Torgauer Straße 233, c/o Paket-Service' },
];

/** Reshipping and "parcel forwarding" warehouses near the Polish border and in Poland. */
export const FORWARDERS: readonly Address[] = [
  { country: 'DE', city: 'Frankfurt (Oder)', postalCode: '15236', line1: 'Am Holzmarkt 3, Kd.-Nr. ' },
  { country: 'DE', city: 'Görlitz', postalCode: '02828', line1: 'Girbigsdorfer Straße 7, Box ' },
  { country: 'DE', city: 'Pomellen', postalCode: '17326', line1: 'Zollhof 2, Fach ' },
];

/** Eastern addresses where stolen bikes and batteries are resold; the store does not ship there. */
export const EAST: readonly Address[] = [
  { country: 'PL', city: 'Słubice', postalCode: '69-100', line1: 'ul. Jedności Robotniczej 12' },
  { country: 'PL', city: 'Szczecin', postalCode: '70-415', line1: 'al. Wojska Polskiego 88/4' },
  { country: 'PL', city: 'Zgorzelec', postalCode: '59-900', line1: 'ul. Daszyńskiego 3' },
  { country: 'LT', city: 'Vilnius', postalCode: '03225', line1: 'Savanorių pr. 174' },
];

/** Summer time starts on 28 March 2027 at 01:00 UTC (and in other years on the last Sunday of March). */
export function tzAt(t: number): number {
  const d = new Date(t);
  const year = d.getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  return t >= lastSunday(2) && t < lastSunday(9) ? 2 : 1;
}

export const localHourAt = (t: number): number => (((t / HOUR + tzAt(t)) % 24) + 24) % 24;
