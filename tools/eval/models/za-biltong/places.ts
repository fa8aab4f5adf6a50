import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's buyers live and where parcels go: South African towns by province (Gauteng and the Western
 * Cape most), the coast's holiday towns, courier pick-up lockers and points, Windhoek and Gaborone across the
 * border, the diaspora's cities abroad (London's south-west, Perth, Auckland's North Shore, Dublin, Amsterdam,
 * Houston, Calgary…), the places South Africans travel to in December, and the drops fraudsters use. Each city
 * has its UTC offset in December.
 */

export interface City {
  city: string;
  postalCodes: readonly string[];
  tz: number;
  streets: readonly string[];
  weight: number;
}

const c = (city: string, postalCodes: string[], streets: string[], weight = 1, tz = 2): City => ({
  city,
  postalCodes,
  tz,
  streets,
  weight,
});

/** South Africa, weighted by the shop's orders: Gauteng and the Western Cape (its home) most. */
export const ZA_CITIES: readonly City[] = [
  c('Cape Town', ['8001'], ['Bree Street', 'Loop Street', 'Kloof Street'], 5),
  c('Sea Point', ['8005'], ['Main Road', 'Regent Road', 'Beach Road'], 3),
  c('Claremont', ['7708'], ['Main Road', 'Protea Road', 'Harfield Road'], 3),
  c('Rondebosch', ['7700'], ['Belmont Road', 'Sandown Road'], 2),
  c('Durbanville', ['7550'], ['Wellington Road', 'Main Street'], 3),
  c('Bellville', ['7530'], ['Voortrekker Road', 'Durban Road'], 3),
  c('Somerset West', ['7130'], ['Main Road', 'Lourensford Road'], 3),
  c('Stellenbosch', ['7600'], ['Dorp Street', 'Merriman Avenue'], 2),
  c('Paarl', ['7646'], ['Main Street', 'Lady Grey Street'], 2),
  c('Table View', ['7441'], ['Blaauwberg Road', 'Pentz Drive'], 3),
  c('Mitchells Plain', ['7785'], ['AZ Berman Drive', 'Merrydale Avenue'], 2),
  c('Fish Hoek', ['7975'], ['Main Road', 'Kommetjie Road'], 1),
  c('Sandton', ['2196'], ['Rivonia Road', 'West Street', 'Grayston Drive'], 5),
  c('Randburg', ['2194'], ['Bram Fischer Drive', 'Hill Street'], 3),
  c('Fourways', ['2191'], ['William Nicol Drive', 'Witkoppen Road'], 4),
  c('Roodepoort', ['1724'], ['Ontdekkers Road', 'Hendrik Potgieter Road'], 3),
  c('Soweto', ['1804'], ['Vilakazi Street', 'Chris Hani Road'], 2),
  c('Midrand', ['1685'], ['New Road', 'Old Pretoria Road'], 3),
  c('Benoni', ['1501'], ['Tom Jones Street', 'Pretoria Road'], 2),
  c('Boksburg', ['1459'], ['North Rand Road', 'Trichardt Road'], 2),
  c('Kempton Park', ['1619'], ['Pretoria Road', 'CR Swart Drive'], 2),
  c('Alberton', ['1449'], ['Voortrekker Road', 'Michelle Avenue'], 2),
  c('Centurion', ['0157'], ['Jean Avenue', 'Lenchen Avenue'], 4),
  c('Pretoria', ['0081'], ['Lynnwood Road', 'Atterbury Road'], 4),
  c('Waterkloof', ['0181'], ['Albert Street', 'Main Street'], 1),
  c('Umhlanga', ['4319'], ['Lighthouse Road', 'Chartwell Drive'], 3),
  c('Durban North', ['4051'], ['Broadway', 'Kensington Drive'], 2),
  c('Westville', ['3629'], ['Jan Hofmeyr Road', 'Buckingham Terrace'], 2),
  c('Hillcrest', ['3610'], ['Old Main Road', 'Inanda Road'], 1),
  c('Pietermaritzburg', ['3201'], ['Chief Albert Luthuli Street', 'Boshoff Street'], 1),
  c('Gqeberha', ['6070'], ['Main Road', 'Heugh Road'], 2),
  c('East London', ['5201'], ['Oxford Street', 'Beach Road'], 1),
  c('Bloemfontein', ['9301'], ['Nelson Mandela Drive', 'Kellner Street'], 2),
  c('Polokwane', ['0699'], ['Thabo Mbeki Street', 'Grobler Street'], 1),
  c('Mbombela', ['1200'], ['Samora Machel Drive', 'Ferreira Street'], 1),
  c('George', ['6530'], ['York Street', 'Courtenay Street'], 1),
  c('Rustenburg', ['0299'], ['Beyers Naude Drive', 'Heystek Street'], 1),
  c('Potchefstroom', ['2531'], ['Walter Sisulu Avenue', 'Molen Street'], 1),
  c('Kimberley', ['8301'], ['Du Toitspan Road', 'Long Street'], 1),
];

/** Cape Town's metro, where same-day delivery runs. */
export const SAME_DAY = new Set([
  'Cape Town',
  'Sea Point',
  'Claremont',
  'Rondebosch',
  'Durbanville',
  'Bellville',
  'Table View',
  'Mitchells Plain',
  'Fish Hoek',
  'Somerset West',
]);

/** Where South Africans spend December: the Garden Route, the Overberg, the West Coast, the KZN coast. */
export const HOLIDAY_TOWNS: readonly City[] = [
  c('Plettenberg Bay', ['6600'], ['Main Street', 'Beachy Head Drive'], 4),
  c('Knysna', ['6570'], ['Main Street', 'Waterfront Drive'], 3),
  c('Hermanus', ['7200'], ['Main Road', 'Marine Drive'], 3),
  c('Mossel Bay', ['6500'], ['Marsh Street', 'Louis Fourie Road'], 2),
  c('Jeffreys Bay', ['6330'], ['Da Gama Road', 'Diaz Road'], 2),
  c('St Francis Bay', ['6312'], ['Lyme Road', 'St Francis Drive'], 1),
  c('Langebaan', ['7357'], ['Bree Street', 'Oostewal Street'], 2),
  c('Ballito', ['4420'], ['Compensation Beach Road', 'Ballito Drive'], 3),
  c('Margate', ['4275'], ['Marine Drive', 'Wartski Drive'], 2),
  c('Port Alfred', ['6170'], ['Main Street', 'Beach Road'], 1),
  c('Wilderness', ['6560'], ['George Road', 'Waterside Road'], 1),
  c('Clarens', ['9707'], ['Main Street', 'Church Street'], 1),
  c('Hartbeespoort', ['0216'], ['R104', 'Jan Smuts Avenue'], 1),
];

/** Courier pick-up lockers and points (at fuel stations and pharmacies); `hub` marks the busy inner-city ones. */
export interface Locker {
  line1: string;
  city: string;
  postalCode: string;
  hub: boolean;
  holiday: boolean;
}

const l = (line1: string, city: string, postalCode: string, hub = false, holiday = false): Locker => ({
  line1,
  city,
  postalCode,
  hub,
  holiday,
});

export const LOCKERS: readonly Locker[] = [
  l('Pudo locker, Engen Rivonia Road', 'Sandton', '2196', true),
  l('Pudo locker, Engen Grand Central', 'Midrand', '1685', true),
  l('Pudo locker, Sasol Kempton Park', 'Kempton Park', '1619', true),
  l('Pudo locker, Engen Braamfontein', 'Johannesburg', '2001', true),
  l('Pudo locker, Engen Maponya Mall', 'Soweto', '1809', true),
  l('Pudo locker, Engen Durbanville', 'Durbanville', '7550'),
  l('Pudo locker, Engen Umhlanga Ridge', 'Umhlanga', '4319'),
  l('Pudo locker, Engen Centurion', 'Centurion', '0157'),
  l('Pargo, Clicks Cavendish Square', 'Claremont', '7708'),
  l('Pargo, Clicks Mall of Africa', 'Midrand', '1685', true),
  l('Pargo, Clicks Carlton Centre', 'Johannesburg', '2001', true),
  l('Pargo, Clicks Tembisa Mall', 'Tembisa', '1632', true),
  l('Pargo, Clicks Menlyn', 'Pretoria', '0181'),
  l('Pargo, Clicks Sunnypark', 'Pretoria', '0132', true),
  l('Pargo, Clicks Gateway', 'Umhlanga', '4319'),
  l('Pargo, Clicks The Workshop', 'Durban', '4001', true),
  l('Pargo, Clicks Canal Walk', 'Century City', '7441'),
  l('Pargo, Clicks Tyger Valley', 'Bellville', '7530'),
  l('Pargo, Clicks Walmer Park', 'Gqeberha', '6070'),
  l('Pargo, Clicks Loch Logan', 'Bloemfontein', '9301'),
  l('Pargo, Clicks Market Square', 'Plettenberg Bay', '6600', false, true),
  l('Pargo, Clicks Whale Coast Mall', 'Hermanus', '7200', false, true),
  l('Pudo locker, Engen Ballito Junction', 'Ballito', '4420', false, true),
  l('Pudo locker, Engen Knysna', 'Knysna', '6570', false, true),
  l('Pargo, Clicks Jeffreys Bay', 'Jeffreys Bay', '6330', false, true),
];

/** Addresses fraud rings receive at: rented units in big complexes, inner-city flats, a depot counter. */
export const DROPS: readonly Address[] = [
  { country: 'ZA', city: 'Midrand', postalCode: '1685', line1: 'Unit 27, Kingfisher Village, New Road' },
  { country: 'ZA', city: 'Johannesburg', postalCode: '2198', line1: 'Flat 1204, Ponte City, Lily Avenue' },
  { country: 'ZA', city: 'Johannesburg', postalCode: '2001', line1: 'Room 5, 23 Fox Street' },
  { country: 'ZA', city: 'Pretoria', postalCode: '0132', line1: 'Flat 41, 212 Esselen Street' },
  { country: 'ZA', city: 'Centurion', postalCode: '0157', line1: 'Unit 112, The Reeds Lifestyle Estate' },
  { country: 'ZA', city: 'Kempton Park', postalCode: '1620', line1: 'Aramex depot counter, Isando' },
  { country: 'ZA', city: 'Durban', postalCode: '4001', line1: '37 Umgeni Road' },
  { country: 'ZA', city: 'Tembisa', postalCode: '1632', line1: '1187 Ibazelo Section' },
  { country: 'ZA', city: 'Germiston', postalCode: '1401', line1: 'Unit 9, Wadeville Business Park' },
  { country: 'ZA', city: 'Parow', postalCode: '7500', line1: '14 Voortrekker Road' },
];

/** Abroad: where the diaspora lives, where South Africans travel, the neighbours; offsets in December. */
export const ABROAD: Readonly<Record<string, readonly City[]>> = {
  GB: [
    c(
      'London',
      ['SW19 1RH', 'SW18 4AH', 'SW11 6QU', 'W5 2NH', 'SW15 2SP'],
      ['Arthur Road', 'Upper Richmond Road'],
      6,
      0,
    ),
    c('Reading', ['RG1 1NE'], ['London Road'], 1, 0),
    c('Guildford', ['GU1 3AJ'], ['Epsom Road'], 1, 0),
    c('Edinburgh', ['EH10 4BF'], ['Morningside Road'], 1, 0),
    c('Manchester', ['M20 2RN'], ['Wilmslow Road'], 1, 0),
    c('Bristol', ['BS8 1TH'], ['Whiteladies Road'], 1, 0),
  ],
  IE: [
    c('Dublin', ['D04 X2R4', 'D06 W9H6', 'D18 K6Y8'], ['Ranelagh Road', 'Leopardstown Road'], 4, 0),
    c('Cork', ['T12 X8YY'], ['Douglas Road'], 1, 0),
    c('Galway', ['H91 E2K3'], ['Salthill Road'], 1, 0),
  ],
  NL: [
    c('Amsterdam', ['1071 BD', '1017 CT'], ['Van Baerlestraat', 'Prinsengracht'], 3, 1),
    c('Amstelveen', ['1181 AA'], ['Stadshart'], 1, 1),
    c('Utrecht', ['3511 LN'], ['Oudegracht'], 1, 1),
    c('Den Haag', ['2517 KJ'], ['Laan van Meerdervoort'], 2, 1),
    c('Rotterdam', ['3012 AB'], ['Coolsingel'], 1, 1),
  ],
  AU: [
    c('Perth', ['6000', '6018', '6153'], ['Stirling Highway', 'Hay Street'], 6, 8),
    c('Sydney', ['2000', '2075'], ['Mona Vale Road', 'Pacific Highway'], 4, 11),
    c('Melbourne', ['3000', '3121'], ['Chapel Street', 'Swan Street'], 2, 11),
    c('Brisbane', ['4000', '4066'], ['Moggill Road', 'Queen Street'], 3, 10),
    c('Gold Coast', ['4217'], ['Gold Coast Highway'], 2, 10),
    c('Adelaide', ['5000'], ['King William Street'], 1, 10.5),
  ],
  NZ: [
    c('Auckland', ['1010', '0632', '0630'], ['Albany Highway', 'Dominion Road'], 6, 13),
    c('Tauranga', ['3110'], ['Cameron Road'], 2, 13),
    c('Hamilton', ['3204'], ['Victoria Street'], 1, 13),
    c('Christchurch', ['8011'], ['Papanui Road'], 2, 13),
    c('Wellington', ['6011'], ['Lambton Quay'], 1, 13),
  ],
  US: [
    c('Houston', ['77024'], ['Memorial Drive'], 2, -6),
    c('Dallas', ['75201'], ['McKinney Avenue'], 1, -6),
    c('Atlanta', ['30305'], ['Peachtree Road NE'], 2, -5),
    c('New York', ['10001'], ['West 29th Street'], 1, -5),
    c('Orlando', ['32801'], ['East Colonial Drive'], 1, -5),
    c('Charlotte', ['28202'], ['South Tryon Street'], 1, -5),
    c('San Diego', ['92101'], ['India Street'], 1, -8),
    c('Denver', ['80202'], ['Larimer Street'], 1, -7),
    c('Seattle', ['98101'], ['Pine Street'], 1, -8),
  ],
  CA: [
    c('Toronto', ['M5V 3L9', 'M4P 1E4'], ['Yonge Street', 'King Street West'], 3, -5),
    c('Oakville', ['L6J 4Z3'], ['Lakeshore Road East'], 1, -5),
    c('Calgary', ['T2P 1J9'], ['17 Avenue SW'], 2, -7),
    c('Vancouver', ['V6B 1A1'], ['West Broadway'], 2, -8),
    c('Kelowna', ['V1Y 6H2'], ['Bernard Avenue'], 1, -8),
  ],
  NA: [
    c('Windhoek', ['10005'], ['Independence Avenue', 'Sam Nujoma Drive'], 4),
    c('Swakopmund', ['13001'], ['Sam Nujoma Avenue'], 1),
    c('Walvis Bay', ['13013'], ['Theo-Ben Gurirab Street'], 1),
  ],
  BW: [
    c('Gaborone', [''], ['Khama Crescent', 'Nelson Mandela Drive'], 4),
    c('Francistown', [''], ['Blue Jacket Street'], 1),
  ],
  MU: [c('Grand Baie', [''], ['Royal Road'], 1, 4)],
  AE: [c('Dubai', [''], ['Al Wasl Road', 'Jumeirah Beach Road'], 1, 4)],
  MZ: [c('Maputo', ['1100'], ['Avenida Julius Nyerere'], 1)],
  PT: [c('Lisboa', ['1250-096'], ['Avenida da Liberdade'], 1, 0)],
  RU: [
    c('Moscow', ['119019'], ['Arbat'], 2, 3),
    c('Saint Petersburg', ['191186'], ['Nevsky Prospekt'], 1, 3),
  ],
  BY: [c('Minsk', ['220030'], ['Nezavisimosti Avenue'], 1, 3)],
  IR: [c('Tehran', ['1968917313'], ['Valiasr Street'], 1, 3.5)],
  CU: [c('Havana', ['10400'], ['Calle 23'], 1, -5)],
  SY: [c('Damascus', [''], ['Abu Rummaneh'], 1, 3)],
  KP: [c('Pyongyang', [''], ['Sungni Street'], 1, 9)],
};

/** Where South African expats live, by share of the shop's orders from abroad. */
export const DIASPORA: ReadonlyArray<readonly [string, number]> = [
  ['GB', 33],
  ['AU', 24],
  ['NZ', 12],
  ['US', 10],
  ['NL', 8],
  ['CA', 7],
  ['IE', 6],
];

export const SANCTIONED = ['RU', 'BY', 'IR', 'CU', 'SY', 'KP'] as const;

/** A city of a country, by weight. */
export function cityIn(rng: Rng, country: string): City {
  const list = country === 'ZA' ? ZA_CITIES : (ABROAD[country] ?? []);
  return rng.weightedPick(list.map((x) => [x, x.weight] as const));
}

/** A street address in `city`: a house number (after the street in the Netherlands and Portugal), sometimes a unit. */
export function addressIn(rng: Rng, country: string, city: City): Address {
  const street = rng.pick(city.streets);
  const n = rng.int(1, country === 'US' ? 4800 : 240);
  const unit = country === 'ZA' && rng.chance(0.3) ? `Unit ${rng.int(1, 160)}, ` : '';
  const line1 = ['NL', 'PT'].includes(country) ? `${street} ${n}` : `${unit}${n} ${street}`;
  const postalCode = rng.pick(city.postalCodes);
  return { country, city: city.city, ...(postalCode ? { postalCode } : {}), line1 };
}

/** A home address somewhere in `country`, and its city (for the offset). */
export function homeIn(rng: Rng, country: string): { address: Address; city: City } {
  const city = cityIn(rng, country);
  return { address: addressIn(rng, country, city), city };
}

/** A locker or pick-up point as a delivery address. */
export const lockerAddress = (x: Locker): Address => ({
  country: 'ZA',
  city: x.city,
  postalCode: x.postalCode,
  line1: x.line1,
});
