import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's buyers live and where it delivers: Tbilisi by its own van, the rest of Georgia by courier,
 * the EU, the US and Israel by DHL. Checkout is in lari for a delivery in Georgia (or a pickup at the winery),
 * in euros for the EU and in dollars for the US and Israel. UTC offsets are those of September–October 2026.
 */

export interface City {
  city: string;
  postalCode: string;
  streets: readonly string[];
}

export const TZ: Readonly<Record<string, number>> = {
  GE: 4,
  AM: 4,
  KZ: 5,
  IL: 3,
  PL: 2,
  DE: 2,
  FR: 2,
  NL: 2,
  GR: 3,
  GB: 1,
  US: -4,
  TR: 3,
  RU: 3,
  BY: 3,
  IR: 3.5,
};

const c = (city: string, postalCode: string, ...streets: string[]): City => ({ city, postalCode, streets });

export const TBILISI: readonly City[] = [
  c('Tbilisi', '0179', 'Ilia Chavchavadze Ave', 'Abashidze St', 'Paliashvili St'),
  c('Tbilisi', '0160', 'Pekini Ave', 'Vazha-Pshavela Ave', 'Kazbegi Ave'),
  c('Tbilisi', '0108', 'Kostava St', 'Rustaveli Ave', 'Barnovi St'),
  c('Tbilisi', '0105', 'Leselidze St', 'Lermontov St', 'Asatiani St'),
  c('Tbilisi', '0131', 'Didi Dighomi, Petritsi St', 'Gudauri St'),
  c('Tbilisi', '0167', 'Gldani, Khizanishvili St', 'Mukhiani, Chichinadze St'),
  c('Tbilisi', '0112', 'Isani, Moscow Ave', 'Navtlughi St'),
  c('Tbilisi', '0102', 'Aghmashenebeli Ave', 'Marjanishvili St', 'Tsinamdzghvrishvili St'),
];

export const REGIONS: readonly City[] = [
  c('Batumi', '6010', 'Rustaveli Ave', 'Gorgiladze St', 'Chavchavadze St'),
  c('Kutaisi', '4600', 'Tsereteli St', 'Paliashvili St'),
  c('Rustavi', '3700', 'Megobroba Ave', 'Kostava St'),
  c('Telavi', '2200', 'Erekle II St', 'Alazani Ave'),
  c('Sighnaghi', '4200', 'Kostava St', 'Tamar Mepe St'),
  c('Gurjaani', '1500', 'Rustaveli St', 'Nonikashvili St'),
  c('Zugdidi', '2100', 'Rustaveli St', 'Gamsakhurdia St'),
  c('Gori', '1400', 'Stalin Ave', 'Chavchavadze St'),
];

/** The winery's cellar door, where pickups and tastings happen. */
export const WINERY: Address = {
  country: 'GE',
  postalCode: '2200',
  city: 'Kisiskhevi, Telavi',
  line1: 'Marani, Kisiskhevi',
};

export const ABROAD: Readonly<Record<string, readonly City[]>> = {
  IL: [
    c('Tel Aviv', '6473925', 'Dizengoff St', 'Ibn Gabirol St'),
    c('Ashdod', '7720000', 'Herzl Blvd', 'HaAtzmaut St'),
    c('Haifa', '3303123', 'Moriah Blvd', 'Herzl St'),
    c('Jerusalem', '9414213', 'Emek Refaim St', 'Jaffa St'),
    c('Bat Yam', '5920000', 'Balfour St', 'Rothschild St'),
  ],
  PL: [
    c('Warszawa', '00-695', 'Marszałkowska', 'Nowy Świat'),
    c('Kraków', '31-042', 'Długa', 'Karmelicka'),
    c('Wrocław', '50-076', 'Świdnicka', 'Kazimierza Wielkiego'),
    c('Gdańsk', '80-831', 'Długa', 'Grunwaldzka'),
  ],
  DE: [
    c('Berlin', '10245', 'Warschauer Str.', 'Boxhagener Str.'),
    c('München', '80331', 'Sendlinger Str.', 'Leopoldstr.'),
    c('Köln', '50667', 'Hohe Str.', 'Venloer Str.'),
    c('Hamburg', '20095', 'Mönckebergstr.', 'Schanzenstr.'),
  ],
  FR: [
    c('Paris', '75011', 'Rue Oberkampf', 'Boulevard Voltaire'),
    c('Lyon', '69002', 'Rue de la République'),
  ],
  GR: [c('Athína', '10431', 'Acharnon', 'Patision'), c('Thessaloníki', '54621', 'Egnatia', 'Tsimiski')],
  NL: [c('Amsterdam', '1012 AB', 'Damrak', 'Rokin')],
  GB: [c('London', 'N1 6AH', 'Essex Road', 'Upper Street')],
  US: [
    c('Brooklyn', '11229', 'Kings Hwy', 'Avenue U'),
    c('New York', '10016', 'Lexington Ave', '3rd Ave'),
    c('Philadelphia', '19116', 'Bustleton Ave', 'Red Lion Rd'),
    c('Los Angeles', '90046', 'Fairfax Ave', 'Santa Monica Blvd'),
    c('Chicago', '60614', 'N Clark St', 'W Fullerton Ave'),
  ],
  TR: [c('İstanbul', '34430', 'İstiklal Cd.')],
  RU: [
    c('Moskva', '119021', 'ul. Timura Frunze', 'Leninsky pr.'),
    c('Sankt-Peterburg', '191025', 'Nevsky pr.'),
  ],
  BY: [c('Minsk', '220030', 'pr. Nezavisimosti', 'ul. Karla Marksa')],
  IR: [c('Tehran', '1591639613', 'Valiasr St', 'Enghelab St'), c('Tabriz', '5153715', 'Imam St')],
  AM: [c('Yerevan', '0010', 'Abovyan St', 'Tumanyan St')],
  KZ: [c('Almaty', '050000', 'Abai Ave', 'Dostyk Ave')],
};

/** An address in `city`. */
export function addressIn(rng: Rng, country: string, city: City): Address {
  return {
    country,
    postalCode: city.postalCode,
    city: city.city,
    line1: `${rng.pick(city.streets)} ${rng.int(1, 140)}`,
  };
}

/** An address anywhere the shop lists for `country` (Georgia: Tbilisi or the regions). */
export function addressOf(rng: Rng, country: string, tbilisi = true): Address {
  if (country === 'GE') return addressIn(rng, 'GE', rng.pick(tbilisi ? TBILISI : REGIONS));
  const cities = ABROAD[country];
  if (!cities) throw new Error(`no cities for ${country}`);
  return addressIn(rng, country, rng.pick(cities));
}

/** The checkout currency for a delivery to `country`. */
export const currencyFor = (country: string): 'GEL' | 'EUR' | 'USD' =>
  country === 'GE' ? 'GEL' : country === 'US' || country === 'IL' ? 'USD' : 'EUR';
