import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's buyers live and where it ships: five Nigerian cities, the diaspora's cities in the UK, the
 * US, Canada and Ghana, cardholders' towns (whose cards get stolen), and the Russian and Belarusian university
 * towns of Nigerian students (the sanctioned-country kind only). Nigerian addresses often carry no postcode.
 */

export interface City {
  name: string;
  country: string;
  /** UTC offset in late November and December. */
  tz: number;
  streets: readonly string[];
  postcodes: readonly string[];
  /** How often a checkout fills in the postcode. */
  postcodeShare: number;
  /** A postcode's local tail (a UK inward code, a Canadian LDU), appended after a space. */
  tail?: 'uk' | 'ca';
}

const city = (
  name: string,
  country: string,
  tz: number,
  streets: readonly string[],
  postcodes: readonly string[],
  postcodeShare = 1,
  tail?: 'uk' | 'ca',
): City => ({ name, country, tz, streets, postcodes, postcodeShare, ...(tail ? { tail } : {}) });

export const LAGOS = city(
  'Lagos',
  'NG',
  1,
  [
    'Admiralty Way, Lekki Phase 1',
    'Fola Osibo Road, Lekki Phase 1',
    'Chevron Drive, Lekki',
    'Agungi Road, Lekki',
    'Lekki-Epe Expressway, Ajah',
    'Adeola Odeku Street, Victoria Island',
    'Ajose Adeogun Street, Victoria Island',
    'Awolowo Road, Ikoyi',
    'Allen Avenue, Ikeja',
    'Isaac John Street, GRA Ikeja',
    'Obafemi Awolowo Way, Ikeja',
    'Adeniran Ogunsanya Street, Surulere',
    'Bode Thomas Street, Surulere',
    'Herbert Macaulay Way, Yaba',
    'Ikorodu Road, Maryland',
    'Ago Palace Way, Okota',
    '3rd Avenue, Festac Town',
    'Oregun Road, Ojota',
  ],
  ['101241', '106104', '101233', '100271', '101283', '101212', '100001', '102102', '105102', '100252'],
  0.35,
);
export const ABUJA = city(
  'Abuja',
  'NG',
  1,
  [
    'Aminu Kano Crescent, Wuse 2',
    'Adetokunbo Ademola Crescent, Wuse 2',
    'Lobito Crescent, Wuse 2',
    'Gana Street, Maitama',
    'Ahmadu Bello Way, Garki',
    'Nnamdi Azikiwe Crescent, Garki',
    '1st Avenue, Gwarinpa',
    '3rd Avenue, Gwarinpa',
    'Yakubu Gowon Crescent, Asokoro',
    'Kado Estate Road, Kado',
  ],
  ['900281', '904101', '900103', '900108', '900231', '900110'],
  0.4,
);
export const PORT_HARCOURT = city(
  'Port Harcourt',
  'NG',
  1,
  [
    'Aba Road',
    'Olu Obasanjo Road',
    'Tombia Street, GRA Phase 2',
    'Woji Road, Woji',
    'Peter Odili Road, Trans-Amadi',
    'Rumuola Road',
    'Ada George Road',
  ],
  ['500001', '500101', '500272', '500102'],
  0.3,
);
export const IBADAN = city(
  'Ibadan',
  'NG',
  1,
  [
    'Ring Road',
    'Bodija Market Road, Bodija',
    'Awolowo Avenue, Old Bodija',
    'Oluyole Estate Road',
    'Iwo Road',
    'Jericho GRA Road',
    'Mokola Hill',
  ],
  ['200001', '200221', '200284', '200132'],
  0.3,
);
export const KANO = city(
  'Kano',
  'NG',
  1,
  [
    'Zoo Road',
    'Murtala Mohammed Way',
    'Audu Bako Way, Nassarawa GRA',
    'Bompai Road',
    'Ahmadu Bello Way, Nassarawa',
    'Sharada Road',
  ],
  ['700001', '700211', '700223', '700102'],
  0.25,
);

export const NIGERIA: ReadonlyArray<readonly [City, number]> = [
  [LAGOS, 55],
  [ABUJA, 18],
  [PORT_HARCOURT, 11],
  [IBADAN, 9],
  [KANO, 7],
];
/** Where the diaspora's families live (a gift goes home). */
export const FAMILY_HOMES: ReadonlyArray<readonly [City, number]> = [
  [LAGOS, 45],
  [IBADAN, 16],
  [ABUJA, 15],
  [PORT_HARCOURT, 14],
  [KANO, 10],
];

const DIASPORA_CITIES: Record<string, ReadonlyArray<readonly [City, number]>> = {
  GB: [
    [
      city(
        'London',
        'GB',
        0,
        [
          'Rye Lane, Peckham',
          'Old Kent Road',
          'Woolwich High Street',
          'Barking Road, Plaistow',
          'High Road, Tottenham',
          'Lewisham High Street',
          'Romford Road, Forest Gate',
          'Walworth Road',
        ],
        ['SE15', 'SE1', 'SE18', 'E13', 'N17', 'SE13', 'E7', 'SE17', 'SE28'],
        1,
        'uk',
      ),
      60,
    ],
    [city('Dagenham', 'GB', 0, ['Heathway', 'Porters Avenue'], ['RM10', 'RM8'], 1, 'uk'), 10],
    [
      city('Manchester', 'GB', 0, ['Cheetham Hill Road', 'Stockport Road'], ['M8', 'M12', 'M13'], 1, 'uk'),
      12,
    ],
    [city('Birmingham', 'GB', 0, ['Soho Road, Handsworth', 'Stratford Road'], ['B21', 'B11'], 1, 'uk'), 10],
    [city('Leicester', 'GB', 0, ['Narborough Road', 'Uppingham Road'], ['LE3', 'LE5'], 1, 'uk'), 8],
  ],
  US: [
    [
      city(
        'Houston',
        'US',
        -6,
        ['Bissonnet St', 'Bellaire Blvd', 'Wilcrest Dr', 'S Kirkwood Rd'],
        ['77072', '77036', '77099', '77083'],
      ),
      32,
    ],
    [city('College Park', 'US', -5, ['Old National Hwy', 'Godby Rd'], ['30349', '30337']), 16],
    [city('Bowie', 'US', -5, ['Mitchellville Rd', 'Annapolis Rd'], ['20716', '20715']), 12],
    [city('Silver Spring', 'US', -5, ['Georgia Ave', 'Colesville Rd'], ['20904', '20910']), 10],
    [city('Newark', 'US', -5, ['Springfield Ave', 'Clinton Ave'], ['07103', '07108']), 10],
    [city('Bronx', 'US', -5, ['Grand Concourse', 'Jerome Ave'], ['10451', '10468']), 10],
    [city('Dallas', 'US', -6, ['Forest Ln', 'Skillman St'], ['75243', '75238']), 10],
  ],
  CA: [
    [city('Brampton', 'CA', -5, ['Sandalwood Pkwy', 'Bovaird Dr'], ['L6R', 'L6Z'], 1, 'ca'), 30],
    [city('Toronto', 'CA', -5, ['Kipling Ave', 'Finch Ave W'], ['M9V', 'M3N'], 1, 'ca'), 25],
    [city('Calgary', 'CA', -7, ['Saddletowne Cir NE', 'Falconridge Blvd NE'], ['T3J', 'T3K'], 1, 'ca'), 18],
    [city('Edmonton', 'CA', -7, ['Clareview Rd NW', '137 Ave NW'], ['T5Y', 'T5A'], 1, 'ca'), 15],
    [city('Winnipeg', 'CA', -6, ['McPhillips St', 'Main St'], ['R2V', 'R2W'], 1, 'ca'), 12],
  ],
  GH: [
    [
      city(
        'Accra',
        'GH',
        0,
        ['Boundary Road, East Legon', 'Oxford Street, Osu', 'Spintex Road', 'Ring Road Central'],
        ['GA-183', 'GA-492', 'GT-021', 'GA-077'],
        0.8,
      ),
      80,
    ],
    [city('Kumasi', 'GH', 0, ['Asokwa Road', 'Ahodwo Roundabout Road'], ['AK-039', 'AK-448'], 0.8), 20],
  ],
};

/** Diaspora buyers by country: the UK's Nigerian community is the largest, then the US, Canada, Ghana. */
export const DIASPORA: ReadonlyArray<readonly [string, number]> = [
  ['GB', 40],
  ['US', 32],
  ['CA', 16],
  ['GH', 12],
];

export const diasporaCity = (rng: Rng, country: string): City =>
  rng.weightedPick(DIASPORA_CITIES[country] ?? DIASPORA_CITIES.GB ?? []);

/** Towns of the cardholders whose cards are stolen: anywhere in the card's country. */
const CARDHOLDER_CITIES: Record<string, readonly City[]> = {
  US: [
    city('Columbus', 'US', -5, ['N High St', 'Morse Rd'], ['43214', '43229']),
    city('Phoenix', 'US', -7, ['E Camelback Rd', 'N 7th St'], ['85016', '85020']),
    city('Tampa', 'US', -5, ['W Kennedy Blvd', 'N Dale Mabry Hwy'], ['33609', '33614']),
    city('Denver', 'US', -7, ['S Colorado Blvd', 'E Colfax Ave'], ['80222', '80206']),
    city('Charlotte', 'US', -5, ['Providence Rd', 'South Blvd'], ['28207', '28203']),
    city('Sacramento', 'US', -8, ['Fair Oaks Blvd', 'J St'], ['95825', '95816']),
    city('Minneapolis', 'US', -6, ['Lyndale Ave S', 'Hennepin Ave'], ['55408', '55403']),
  ],
  GB: [
    city('Leeds', 'GB', 0, ['Otley Road', 'Harrogate Road'], ['LS6', 'LS17'], 1, 'uk'),
    city('Bristol', 'GB', 0, ['Gloucester Road', 'Whiteladies Road'], ['BS7', 'BS8'], 1, 'uk'),
    city('Glasgow', 'GB', 0, ['Great Western Road', 'Paisley Road West'], ['G12', 'G51'], 1, 'uk'),
    city('Norwich', 'GB', 0, ['Unthank Road', 'Earlham Road'], ['NR2', 'NR4'], 1, 'uk'),
    city('Reading', 'GB', 0, ['Oxford Road', 'London Road'], ['RG1', 'RG30'], 1, 'uk'),
  ],
  CA: [
    city('Ottawa', 'CA', -5, ['Bank St', 'Carling Ave'], ['K1S', 'K2A'], 1, 'ca'),
    city('Mississauga', 'CA', -5, ['Dundas St W', 'Eglinton Ave W'], ['L5B', 'L5M'], 1, 'ca'),
    city('Halifax', 'CA', -4, ['Quinpool Rd', 'Robie St'], ['B3L', 'B3H'], 1, 'ca'),
    city('Vancouver', 'CA', -8, ['Kingsway', 'W Broadway'], ['V5N', 'V6K'], 1, 'ca'),
  ],
};

export const cardholderCity = (rng: Rng, country: string): City =>
  rng.pick(CARDHOLDER_CITIES[country] ?? CARDHOLDER_CITIES.US ?? []);

/** Nigerian students' and workers' towns in Russia and Belarus (the sanctioned-country kind only). */
export const SANCTIONED_TOWNS: ReadonlyArray<readonly [City, number]> = [
  [city('Moscow', 'RU', 3, ['ul. Miklukho-Maklaya', 'ul. Ostrovityanova'], ['117198', '117997']), 30],
  [city('Kursk', 'RU', 3, ['ul. Karla Marksa', 'ul. Sumskaya'], ['305041', '305004']), 15],
  [city('Kazan', 'RU', 3, ['ul. Butlerova', 'ul. Kremlyovskaya'], ['420012', '420008']), 12],
  [city('Volgograd', 'RU', 3, ['pl. Pavshikh Bortsov', 'pr. Lenina'], ['400131', '400005']), 10],
  [city('Minsk', 'BY', 3, ['pr. Nezavisimosti', 'ul. Kalvariyskaya'], ['220030', '220004']), 13],
  [city('Vitebsk', 'BY', 3, ['pr. Frunze', 'ul. Lenina'], ['210023', '210015']), 12],
  [city('Grodno', 'BY', 3, ['ul. Gorkogo', 'ul. Ozheshko'], ['230009', '230023']), 8],
];

const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function postcode(rng: Rng, c: City): string {
  const head = rng.pick(c.postcodes);
  if (c.tail === 'uk') return `${head} ${rng.int(1, 9)}${rng.token(2, LETTERS)}`;
  if (c.tail === 'ca') return `${head} ${rng.int(1, 9)}${rng.token(1, LETTERS)}${rng.int(0, 9)}`;
  if (c.country === 'GH') return `${head}-${rng.digits(4)}`;
  return head;
}

/** A street address in `c`: house number and street, a flat now and then abroad, the postcode when given. */
export function addressIn(rng: Rng, c: City): Address {
  const street = rng.pick(c.streets);
  const abroad = c.country !== 'NG';
  const flat = abroad && rng.chance(0.3) ? (c.country === 'US' ? `, Apt ${rng.int(101, 1420)}` : '') : '';
  const prefix = c.country === 'GB' && rng.chance(0.25) ? `Flat ${rng.int(1, 24)}, ` : '';
  const line1 = `${prefix}${rng.int(1, c.country === 'US' ? 12_900 : 180)} ${street}${flat}`;
  const withCode = rng.chance(c.postcodeShare);
  return {
    country: c.country,
    ...(withCode ? { postalCode: postcode(rng, c) } : {}),
    city: c.name,
    line1,
  };
}

/** Logistics hubs and motor parks where vendors collect waybilled parcels (honest resellers, and mules). */
export const HUBS: Record<string, readonly string[]> = {
  Lagos: ['GIGL hub, 1 Sobo Arobiodu Street, Ikeja', 'Jibowu motor park, Yaba'],
  Abuja: ['GIGL hub, Utako', 'Jabi motor park'],
  'Port Harcourt': ['GIGL hub, Ikwerre Road', 'Mile 1 park'],
  Ibadan: ['GIGL hub, Ring Road', 'Iwo Road park'],
  Kano: ['GIGL hub, Zoo Road', 'Naibawa motor park'],
};

export const hubIn = (rng: Rng, c: City): Address => ({
  country: 'NG',
  city: c.name,
  line1: rng.pick(HUBS[c.name] ?? HUBS.Lagos ?? []),
});

/** Drop addresses fraud rings have goods delivered to in Lagos: shops, short-lets, market stalls. */
export const LAGOS_DROPS: readonly string[] = [
  'Shop 14, Computer Village, Otigba Street, Ikeja',
  'Block 3 Flat 6, Abesan Estate, Ipaja',
  '22 Ago Palace Way, Okota',
  'Short-let 4B, Chevron Drive, Lekki',
  'Plot 8, Ikota Villa Estate, Lekki',
  '17 Olateju Street, Mushin',
  'Suite 9, Tejuosho Market, Yaba',
  '5 Bisola Durosinmi-Etti Drive, Lekki Phase 1',
  'Flat 2, 41 Akerele Street, Surulere',
  '12 Oduduwa Way, GRA Ikeja',
  'Shop C21, Alaba International Market, Ojo',
  'Short-let 7, Orchid Road, Lekki',
];

/** Mule and reshipper addresses abroad, by country: parcels re-sold or sent on. */
export const MULE_ADDRESSES: Record<string, ReadonlyArray<readonly [string, string, string]>> = {
  GB: [
    ['Flat 2, 118 Rye Lane', 'London', 'SE15 4RZ'],
    ['Unit 7, Thamesmead Business Park', 'London', 'SE28 0BB'],
    ['34 Heathway', 'Dagenham', 'RM10 8QS'],
    ['Flat 9, 201 Cheetham Hill Road', 'Manchester', 'M8 8LJ'],
  ],
  US: [
    ['9700 Bissonnet St, Ste 114', 'Houston', '77036'],
    ['2250 Old National Hwy, Ste 12', 'College Park', '30349'],
    ['1410 Springfield Ave, Unit 3', 'Newark', '07103'],
  ],
  CA: [
    ['77 Westmore Dr, Unit 4', 'Toronto', 'M9V 3Y6'],
    ['10 Sandalwood Pkwy E, Unit 21', 'Brampton', 'L6Z 1Y5'],
  ],
};
