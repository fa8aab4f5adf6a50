import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Zone } from './calendar.js';

/**
 * Where buyers live and parcels go: the shop's markets with their currency and site locale, real towns with
 * real postcode districts and streets, student halls, institutions' delivery addresses, and the drops,
 * forwarders and sanctioned destinations fraud uses.
 */

export type Currency = 'GBP' | 'EUR' | 'USD' | 'AUD';

export interface Market {
  currency: Currency;
  locale: string;
}

/** Pounds at home, euros to Ireland and Europe, dollars to the US and Australia. */
export const MARKETS: Readonly<Record<string, Market>> = {
  GB: { currency: 'GBP', locale: 'en-GB' },
  IE: { currency: 'EUR', locale: 'en-IE' },
  DE: { currency: 'EUR', locale: 'de-DE' },
  FR: { currency: 'EUR', locale: 'fr-FR' },
  NL: { currency: 'EUR', locale: 'nl-NL' },
  BE: { currency: 'EUR', locale: 'nl-BE' },
  ES: { currency: 'EUR', locale: 'es-ES' },
  IT: { currency: 'EUR', locale: 'it-IT' },
  SE: { currency: 'EUR', locale: 'sv-SE' },
  US: { currency: 'USD', locale: 'en-US' },
  AU: { currency: 'AUD', locale: 'en-AU' },
};

export const marketOf = (country: string): Market => MARKETS[country] ?? { currency: 'EUR', locale: 'en-GB' };

export interface Town {
  city: string;
  country: string;
  zone: Zone;
  /** Postcode districts or full codes, by street: `[district, street]`. */
  streets: ReadonlyArray<readonly [string, string]>;
}

const town = (city: string, country: string, zone: Zone, streets: Array<[string, string]>): Town => ({
  city,
  country,
  zone,
  streets,
});

export const EDINBURGH = town('Edinburgh', 'GB', 'uk', [
  ['EH9', 'Marchmont Road'],
  ['EH9', 'Warrender Park Road'],
  ['EH10', 'Bruntsfield Place'],
  ['EH10', 'Morningside Road'],
  ['EH6', 'Leith Walk'],
  ['EH6', 'Great Junction Street'],
  ['EH7', 'Easter Road'],
  ['EH7', 'London Road'],
  ['EH3', 'Raeburn Place'],
  ['EH3', 'Dundas Street'],
  ['EH4', 'Comely Bank Avenue'],
  ['EH11', 'Gorgie Road'],
  ['EH11', 'Dalry Road'],
  ['EH12', 'Corstorphine Road'],
  ['EH15', 'Portobello High Street'],
  ['EH16', 'Dalkeith Road'],
  ['EH5', 'Ferry Road'],
  ['EH8', 'Buccleuch Street'],
  ['EH14', 'Slateford Road'],
]);

const LOTHIANS = [
  town('Musselburgh', 'GB', 'uk', [['EH21', 'High Street']]),
  town('Dalkeith', 'GB', 'uk', [['EH22', 'Eskbank Road']]),
  town('Linlithgow', 'GB', 'uk', [['EH49', 'High Street']]),
  town('North Berwick', 'GB', 'uk', [['EH39', 'Quality Street']]),
  town('Haddington', 'GB', 'uk', [['EH41', 'Court Street']]),
  town('Penicuik', 'GB', 'uk', [['EH26', 'John Street']]),
];

const SCOTLAND = [
  town('Glasgow', 'GB', 'uk', [
    ['G12', 'Byres Road'],
    ['G12', 'Great George Street'],
    ['G11', 'Dumbarton Road'],
    ['G20', 'Queen Margaret Drive'],
    ['G41', 'Pollokshaws Road'],
    ['G42', 'Victoria Road'],
    ['G31', 'Duke Street'],
  ]),
  town('Aberdeen', 'GB', 'uk', [
    ['AB10', 'Great Western Road'],
    ['AB24', 'King Street'],
  ]),
  town('Dundee', 'GB', 'uk', [
    ['DD1', 'Perth Road'],
    ['DD4', 'Albert Street'],
  ]),
  town('St Andrews', 'GB', 'uk', [
    ['KY16', 'South Street'],
    ['KY16', 'Hepburn Gardens'],
  ]),
  town('Stirling', 'GB', 'uk', [
    ['FK8', 'Baker Street'],
    ['FK9', 'Causewayhead Road'],
  ]),
  town('Inverness', 'GB', 'uk', [
    ['IV2', 'Culduthel Road'],
    ['IV3', 'Kenneth Street'],
  ]),
  town('Perth', 'GB', 'uk', [['PH1', 'Scott Street']]),
  town('Dunfermline', 'GB', 'uk', [['KY12', 'Pittencrieff Street']]),
  town('Melrose', 'GB', 'uk', [['TD6', 'High Street']]),
];

const ENGLAND_WALES_NI = [
  town('London', 'GB', 'uk', [
    ['N1', 'Upper Street'],
    ['N16', 'Stoke Newington Church Street'],
    ['SW11', 'Northcote Road'],
    ['SE22', 'Lordship Lane'],
    ['NW5', 'Kentish Town Road'],
    ['W4', 'Chiswick High Road'],
  ]),
  town('Manchester', 'GB', 'uk', [
    ['M14', 'Wilmslow Road'],
    ['M20', 'Burton Road'],
  ]),
  town('Oxford', 'GB', 'uk', [['OX4', 'Cowley Road']]),
  town('Cambridge', 'GB', 'uk', [['CB1', 'Mill Road']]),
  town('Bristol', 'GB', 'uk', [['BS7', 'Gloucester Road']]),
  town('York', 'GB', 'uk', [['YO23', 'Bishopthorpe Road']]),
  town('Leeds', 'GB', 'uk', [['LS6', 'Otley Road']]),
  town('Newcastle upon Tyne', 'GB', 'uk', [['NE2', 'Osborne Road']]),
  town('Durham', 'GB', 'uk', [['DH1', 'Claypath']]),
  town('Sheffield', 'GB', 'uk', [['S11', 'Ecclesall Road']]),
  town('Norwich', 'GB', 'uk', [['NR2', 'Unthank Road']]),
  town('Carlisle', 'GB', 'uk', [['CA1', 'Warwick Road']]),
  town('Cardiff', 'GB', 'uk', [['CF11', 'Cathedral Road']]),
  town('Belfast', 'GB', 'uk', [['BT9', 'Lisburn Road']]),
];

const IRELAND = [
  town('Dublin', 'IE', 'uk', [
    ['D06', 'Rathmines Road Lower'],
    ['D08', 'Thomas Street'],
    ['D07', 'Manor Street'],
    ['D04', 'Baggot Street Upper'],
    ['D09', 'Drumcondra Road Upper'],
  ]),
  town('Cork', 'IE', 'uk', [
    ['T12', 'Douglas Road'],
    ['T12', 'Western Road'],
  ]),
  town('Galway', 'IE', 'uk', [['H91', 'Salthill Road Upper']]),
  town('Limerick', 'IE', 'uk', [['V94', "O'Connell Avenue"]]),
  town('Kilkenny', 'IE', 'uk', [['R95', 'Patrick Street']]),
];

const EUROPE = [
  town('Berlin', 'DE', 'cet', [
    ['10435', 'Kastanienallee'],
    ['10999', 'Oranienstraße'],
    ['12047', 'Weserstraße'],
  ]),
  town('Hamburg', 'DE', 'cet', [['22765', 'Ottenser Hauptstraße']]),
  town('München', 'DE', 'cet', [['80799', 'Amalienstraße']]),
  town('Heidelberg', 'DE', 'cet', [['69117', 'Hauptstraße']]),
  town('Paris', 'FR', 'cet', [
    ['75011', 'rue Oberkampf'],
    ['75005', 'rue Mouffetard'],
  ]),
  town('Lyon', 'FR', 'cet', [['69004', 'boulevard de la Croix-Rousse']]),
  town('Amsterdam', 'NL', 'cet', [
    ['1072', 'Albert Cuypstraat'],
    ['1053', 'Kinkerstraat'],
  ]),
  town('Utrecht', 'NL', 'cet', [['3512', 'Oudegracht']]),
  town('Leuven', 'BE', 'cet', [['3000', 'Naamsestraat']]),
  town('Gent', 'BE', 'cet', [['9000', 'Veldstraat']]),
  town('Madrid', 'ES', 'cet', [['28004', 'Calle de Fuencarral']]),
  town('Barcelona', 'ES', 'cet', [['08012', 'Carrer de Verdi']]),
  town('Milano', 'IT', 'cet', [['20123', 'Corso di Porta Ticinese']]),
  town('Bologna', 'IT', 'cet', [['40126', 'Via Zamboni']]),
  town('Stockholm', 'SE', 'cet', [['118 20', 'Hornsgatan']]),
  town('Uppsala', 'SE', 'cet', [['753 10', 'Svartbäcksgatan']]),
];

/** Where British expats live on the Costas and in France: they pay in euros, often with British cards. */
export const EXPAT_TOWNS = [
  town('Fuengirola', 'ES', 'cet', [['29640', 'Avenida de los Boliches']]),
  town('Marbella', 'ES', 'cet', [['29601', 'Avenida Ricardo Soriano']]),
  town('Torrevieja', 'ES', 'cet', [['03181', 'Calle Caballero de Rodas']]),
  town('Bergerac', 'FR', 'cet', [['24100', 'rue Neuve d’Argenson']]),
];

const UNITED_STATES = [
  town('New York', 'US', 'us_east', [['10025', 'Amsterdam Avenue']]),
  town('Brooklyn', 'US', 'us_east', [['11215', '7th Avenue']]),
  town('Boston', 'US', 'us_east', [['02116', 'Commonwealth Avenue']]),
  town('Philadelphia', 'US', 'us_east', [['19103', 'Spruce Street']]),
  town('Washington', 'US', 'us_east', [['20009', 'Columbia Road NW']]),
  town('Charlotte', 'US', 'us_east', [['28203', 'East Boulevard']]),
  town('Chicago', 'US', 'us_central', [['60614', 'North Halsted Street']]),
  town('Minneapolis', 'US', 'us_central', [['55408', 'Lyndale Avenue South']]),
  town('Austin', 'US', 'us_central', [['78704', 'South Congress Avenue']]),
  town('Denver', 'US', 'us_mountain', [['80206', 'East 17th Avenue']]),
  town('San Francisco', 'US', 'us_pacific', [['94110', 'Valencia Street']]),
  town('Seattle', 'US', 'us_pacific', [['98103', 'Stone Way North']]),
  town('Portland', 'US', 'us_pacific', [['97214', 'SE Hawthorne Boulevard']]),
];

const AUSTRALIA = [
  town('Sydney', 'AU', 'au_east', [
    ['2010', 'Crown Street'],
    ['2037', 'Glebe Point Road'],
  ]),
  town('Melbourne', 'AU', 'au_east', [
    ['3065', 'Brunswick Street'],
    ['3182', 'Acland Street'],
  ]),
  town('Brisbane', 'AU', 'au_brisbane', [['4101', 'Boundary Street']]),
  town('Perth', 'AU', 'au_perth', [['6050', 'Beaufort Street']]),
  town('Adelaide', 'AU', 'au_adelaide', [['5067', 'The Parade']]),
  town('Hobart', 'AU', 'au_east', [['7000', 'Elizabeth Street']]),
  town('Canberra', 'AU', 'au_east', [['2612', 'Lonsdale Street']]),
];

export const TOWNS_BY_COUNTRY: Readonly<Record<string, readonly Town[]>> = {
  GB: [EDINBURGH, ...LOTHIANS, ...SCOTLAND, ...ENGLAND_WALES_NI],
  IE: IRELAND,
  ...Object.fromEntries(
    ['DE', 'FR', 'NL', 'BE', 'ES', 'IT', 'SE'].map((c) => [c, EUROPE.filter((t) => t.country === c)]),
  ),
  US: UNITED_STATES,
  AU: AUSTRALIA,
};

/** A British buyer's town: Edinburgh and the Lothians, the rest of Scotland, then England, Wales and Ulster. */
export function ukTown(rng: Rng, local = 0.3): Town {
  const x = rng.next();
  if (x < local) return rng.chance(0.8) ? EDINBURGH : rng.pick(LOTHIANS);
  if (x < local + 0.32) return rng.pick(SCOTLAND);
  return rng.pick(ENGLAND_WALES_NI);
}

export const edinburghOrLothians = (rng: Rng): Town => (rng.chance(0.8) ? EDINBURGH : rng.pick(LOTHIANS));

export const scottishTown = (rng: Rng): Town => rng.pick(SCOTLAND);

export function townIn(rng: Rng, country: string): Town {
  if (country === 'GB') return ukTown(rng);
  return rng.pick(TOWNS_BY_COUNTRY[country] ?? UNITED_STATES);
}

const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const EIRCODE = '0123456789ACDEFHKNPRTVWXY';

/** The postcode for a district, as each country writes it. */
function postcode(rng: Rng, country: string, district: string): string {
  if (country === 'GB') return `${district} ${rng.int(1, 9)}${rng.token(2, INWARD_LETTERS)}`;
  if (country === 'IE') return `${district} ${rng.token(1, 'ACDEFHKNPRTVWXY')}${rng.token(3, EIRCODE)}`;
  if (country === 'NL') return `${district} ${rng.token(2, 'ABCDEGHJKLMNPRSTVWXZ')}`;
  return district;
}

/** Edinburgh's tenements number their flats by floor and door: 2F1 is the first door on the second floor. */
function line1(rng: Rng, t: Town, street: string): string {
  const n = rng.int(1, 180);
  if (t.country === 'GB') {
    if (t === EDINBURGH && rng.chance(0.55)) return `Flat ${rng.int(1, 4)}F${rng.int(1, 3)}, ${n} ${street}`;
    return rng.chance(0.25) ? `Flat ${rng.int(1, 12)}, ${n} ${street}` : `${n} ${street}`;
  }
  if (t.country === 'US')
    return `${rng.int(100, 4800)} ${street}${rng.chance(0.4) ? ` Apt ${rng.int(1, 9)}${rng.pick(['A', 'B', 'C', 'D'])}` : ''}`;
  if (t.country === 'AU') return rng.chance(0.35) ? `${rng.int(1, 20)}/${n} ${street}` : `${n} ${street}`;
  if (t.country === 'FR' || t.country === 'IE') return `${n} ${street}`;
  return `${street} ${n}`;
}

export function addressIn(rng: Rng, t: Town): Address {
  const [district, street] = rng.pick(t.streets);
  return {
    country: t.country,
    postalCode: postcode(rng, t.country, district),
    city: t.city,
    line1: line1(rng, t, street),
  };
}

export const homeIn = (rng: Rng, country: string): { address: Address; zone: Zone } => {
  const t = townIn(rng, country);
  return { address: addressIn(rng, t), zone: t.zone };
};

/** A university and its halls, for term lists. */
export interface University {
  name: string;
  domain: string;
  town: Town;
  halls: ReadonlyArray<readonly [string, string]>;
}

const uni = (name: string, domain: string, t: Town, halls: Array<[string, string]>): University => ({
  name,
  domain,
  town: t,
  halls,
});

const scottish = (city: string) => SCOTLAND.find((t) => t.city === city) ?? EDINBURGH;
const english = (city: string) => ENGLAND_WALES_NI.find((t) => t.city === city) ?? EDINBURGH;

export const UNIVERSITIES: readonly University[] = [
  uni('University of Edinburgh', 'ed.ac.uk', EDINBURGH, [
    ['EH16', 'Pollock Halls, Holyrood Park Road'],
    ['EH1', "Kincaid's Court, Guthrie Street"],
    ['EH9', 'Sciennes House Place'],
  ]),
  uni('Edinburgh Napier University', 'napier.ac.uk', EDINBURGH, [['EH11', 'Bainfield, Bainfield Drive']]),
  uni('Heriot-Watt University', 'hw.ac.uk', EDINBURGH, [['EH14', 'Leonard Horner Hall, Riccarton']]),
  uni('University of Glasgow', 'gla.ac.uk', scottish('Glasgow'), [
    ['G20', 'Murano Street Student Village'],
    ['G3', 'Kelvinhaugh Street'],
  ]),
  uni('University of St Andrews', 'st-andrews.ac.uk', scottish('St Andrews'), [
    ['KY16', 'David Russell Apartments, Buchanan Gardens'],
    ['KY16', "St Salvator's Hall, The Scores"],
  ]),
  uni('University of Aberdeen', 'abdn.ac.uk', scottish('Aberdeen'), [['AB24', 'Hillhead Student Village']]),
  uni('University of Dundee', 'dundee.ac.uk', scottish('Dundee'), [['DD1', 'Belmont Hall, Perth Road']]),
  uni('University of Stirling', 'stir.ac.uk', scottish('Stirling'), [['FK9', 'Andrew Stewart Hall']]),
  uni('University of Leeds', 'leeds.ac.uk', english('Leeds'), [
    ['LS6', 'Lupton Residences, Headingley Lane'],
  ]),
  uni('Durham University', 'durham.ac.uk', english('Durham'), [['DH1', 'South Road']]),
];

/** Term-time address: a room in halls. */
export function hallsOf(rng: Rng, u: University): Address {
  const [district, line] = rng.pick(u.halls);
  return {
    country: 'GB',
    postalCode: postcode(rng, 'GB', district),
    city: u.town.city,
    line1: `Room ${rng.int(1, 48)}${rng.pick(['A', 'B', 'C', 'D', ''])}, ${line}`,
  };
}

/** Libraries, schools and universities that buy on account, with their official domains and goods-in. */
export interface Institution {
  name: string;
  domain: string;
  kind: 'university_library' | 'school' | 'public_library';
  address: Address;
}

const inst = (name: string, domain: string, kind: Institution['kind'], address: Address): Institution => ({
  name,
  domain,
  kind,
  address,
});

export const INSTITUTIONS: readonly Institution[] = [
  inst('University of Edinburgh Library', 'ed.ac.uk', 'university_library', {
    country: 'GB',
    postalCode: 'EH8 9LJ',
    city: 'Edinburgh',
    line1: 'Main Library, 30 George Square',
  }),
  inst('Edinburgh Napier University Library', 'napier.ac.uk', 'university_library', {
    country: 'GB',
    postalCode: 'EH10 5DT',
    city: 'Edinburgh',
    line1: 'Merchiston Campus, 10 Colinton Road',
  }),
  inst('Queen Margaret University Library', 'qmu.ac.uk', 'university_library', {
    country: 'GB',
    postalCode: 'EH21 6UU',
    city: 'Musselburgh',
    line1: 'Queen Margaret University Way',
  }),
  inst('University of Stirling Library', 'stir.ac.uk', 'university_library', {
    country: 'GB',
    postalCode: 'FK9 4LA',
    city: 'Stirling',
    line1: 'Library Goods In, University of Stirling',
  }),
  inst('City of Edinburgh Council Libraries', 'edinburgh.gov.uk', 'public_library', {
    country: 'GB',
    postalCode: 'EH1 1EG',
    city: 'Edinburgh',
    line1: 'Central Library, George IV Bridge',
  }),
  inst('Fife Libraries', 'onfife.com', 'public_library', {
    country: 'GB',
    postalCode: 'KY1 1XT',
    city: 'Kirkcaldy',
    line1: 'Kirkcaldy Galleries, War Memorial Gardens',
  }),
  inst('Boroughmuir High School', 'edinburgh.gov.uk', 'school', {
    country: 'GB',
    postalCode: 'EH3 9QG',
    city: 'Edinburgh',
    line1: '111 Viewforth',
  }),
  inst('Portobello High School', 'edinburgh.gov.uk', 'school', {
    country: 'GB',
    postalCode: 'EH15 1FW',
    city: 'Edinburgh',
    line1: '20 Milton Road East',
  }),
  inst('Linlithgow Academy', 'westlothian.gov.uk', 'school', {
    country: 'GB',
    postalCode: 'EH49 6EH',
    city: 'Linlithgow',
    line1: 'Braehead Road',
  }),
  inst('Madras College', 'fife.gov.uk', 'school', {
    country: 'GB',
    postalCode: 'KY16 8HZ',
    city: 'St Andrews',
    line1: 'Station Park',
  }),
];

/**
 * Where stolen-card parcels go in Britain: flats and parcel lockers in other cities from the cardholder,
 * collected by mules who pass them on.
 */
export const UK_DROPS = [
  town('Manchester', 'GB', 'uk', [['M8', 'Cheetham Hill Road']]),
  town('Birmingham', 'GB', 'uk', [['B6', 'Witton Road']]),
  town('Luton', 'GB', 'uk', [['LU1', 'Dunstable Road']]),
  town('Ilford', 'GB', 'uk', [['IG1', 'High Road']]),
  town('Leicester', 'GB', 'uk', [['LE5', 'Uppingham Road']]),
  town('Slough', 'GB', 'uk', [['SL1', 'Farnham Road']]),
  town('Croydon', 'GB', 'uk', [['CR0', 'London Road']]),
];

export function dropAddress(rng: Rng): Address {
  const a = addressIn(rng, rng.pick(UK_DROPS));
  return rng.chance(0.3) ? { ...a, line1: `Parcel locker ${rng.int(100, 999)}, ${a.line1 ?? ''}` } : a;
}

/** US parcel forwarders and reshipping hubs (tax-free states, near the airports). */
export const US_RESHIPPERS: readonly Address[] = [
  { country: 'US', postalCode: '19720', city: 'New Castle', line1: '200 Centerpoint Boulevard' },
  { country: 'US', postalCode: '97220', city: 'Portland', line1: '7120 NE Columbia Boulevard' },
  { country: 'US', postalCode: '33172', city: 'Doral', line1: '10870 NW 25th Street' },
  { country: 'US', postalCode: '07201', city: 'Elizabeth', line1: '650 Dowd Avenue' },
];

export const reshipper = (rng: Rng): Address => {
  const a = rng.pick(US_RESHIPPERS);
  return { ...a, line1: `${a.line1}, Suite ${rng.int(1000, 99999)}` };
};

/** Destinations under comprehensive sanctions, and the forwarders that route around them. */
export const SANCTIONED_DESTINATIONS: readonly Address[] = [
  { country: 'RU', postalCode: '119002', city: 'Moscow', line1: 'ulitsa Arbat 24' },
  { country: 'RU', postalCode: '191025', city: 'Saint Petersburg', line1: 'Nevsky prospekt 88' },
  { country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'prospekt Nezavisimosti 12' },
  { country: 'IR', postalCode: '1417614411', city: 'Tehran', line1: 'Enghelab Street 120' },
];

export const SANCTION_FORWARDERS: readonly Address[] = [
  { country: 'KZ', postalCode: '050000', city: 'Almaty', line1: 'Tole Bi 59, office 12' },
  { country: 'AE', postalCode: '00000', city: 'Dubai', line1: 'Al Quoz Industrial Area 3, Warehouse 7' },
  { country: 'TR', postalCode: '34394', city: 'Istanbul', line1: 'Büyükdere Caddesi 120' },
];
