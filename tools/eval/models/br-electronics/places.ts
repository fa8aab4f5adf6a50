import { type Rng } from '../kit/random.js';
import { type Address } from './purchase.js';

/**
 * Where the store's customers live: capitals and the interior, by region. A city's CEP range (postal codes
 * are `NNNNN-NNN`), its UTC offset and the region that decides freight and which regional ISPs serve it.
 */

export type Region = 'sp_capital' | 'sp_interior' | 'rio' | 'sudeste' | 'sul' | 'nordeste' | 'centro_norte';

export interface City {
  name: string;
  region: Region;
  /** First five CEP digits: from, to. */
  cep: readonly [number, number];
  tz: number;
  weight: number;
}

export const CITIES: readonly City[] = [
  { name: 'São Paulo', region: 'sp_capital', cep: [1000, 5999], tz: -3, weight: 22 },
  { name: 'Guarulhos', region: 'sp_capital', cep: [7000, 7399], tz: -3, weight: 2 },
  { name: 'Santo André', region: 'sp_capital', cep: [9000, 9299], tz: -3, weight: 1.5 },
  { name: 'Campinas', region: 'sp_interior', cep: [13000, 13139], tz: -3, weight: 3 },
  { name: 'Ribeirão Preto', region: 'sp_interior', cep: [14000, 14114], tz: -3, weight: 1.5 },
  { name: 'Sorocaba', region: 'sp_interior', cep: [18000, 18109], tz: -3, weight: 1.2 },
  { name: 'São José dos Campos', region: 'sp_interior', cep: [12200, 12248], tz: -3, weight: 1.2 },
  { name: 'Rio de Janeiro', region: 'rio', cep: [20000, 23799], tz: -3, weight: 10 },
  { name: 'Niterói', region: 'rio', cep: [24000, 24399], tz: -3, weight: 1.5 },
  { name: 'Duque de Caxias', region: 'rio', cep: [25000, 25299], tz: -3, weight: 1.2 },
  { name: 'Belo Horizonte', region: 'sudeste', cep: [30000, 31999], tz: -3, weight: 5 },
  { name: 'Uberlândia', region: 'sudeste', cep: [38400, 38415], tz: -3, weight: 1.2 },
  { name: 'Vitória', region: 'sudeste', cep: [29000, 29099], tz: -3, weight: 1.2 },
  { name: 'Curitiba', region: 'sul', cep: [80000, 82999], tz: -3, weight: 4 },
  { name: 'Porto Alegre', region: 'sul', cep: [90000, 91999], tz: -3, weight: 3.5 },
  { name: 'Florianópolis', region: 'sul', cep: [88000, 88099], tz: -3, weight: 1.5 },
  { name: 'Londrina', region: 'sul', cep: [86000, 86099], tz: -3, weight: 1 },
  { name: 'Joinville', region: 'sul', cep: [89200, 89239], tz: -3, weight: 1 },
  { name: 'Salvador', region: 'nordeste', cep: [40000, 42499], tz: -3, weight: 4 },
  { name: 'Recife', region: 'nordeste', cep: [50000, 52999], tz: -3, weight: 3.5 },
  { name: 'Fortaleza', region: 'nordeste', cep: [60000, 61599], tz: -3, weight: 3.5 },
  { name: 'São Luís', region: 'nordeste', cep: [65000, 65099], tz: -3, weight: 1 },
  { name: 'Natal', region: 'nordeste', cep: [59000, 59099], tz: -3, weight: 1 },
  { name: 'João Pessoa', region: 'nordeste', cep: [58000, 58099], tz: -3, weight: 1 },
  { name: 'Maceió', region: 'nordeste', cep: [57000, 57099], tz: -3, weight: 1 },
  { name: 'Teresina', region: 'nordeste', cep: [64000, 64099], tz: -3, weight: 0.8 },
  { name: 'Feira de Santana', region: 'nordeste', cep: [44000, 44099], tz: -3, weight: 0.6 },
  { name: 'Brasília', region: 'centro_norte', cep: [70000, 72799], tz: -3, weight: 4 },
  { name: 'Goiânia', region: 'centro_norte', cep: [74000, 74899], tz: -3, weight: 2.5 },
  { name: 'Cuiabá', region: 'centro_norte', cep: [78000, 78099], tz: -4, weight: 1 },
  { name: 'Manaus', region: 'centro_norte', cep: [69000, 69099], tz: -4, weight: 2 },
  { name: 'Belém', region: 'centro_norte', cep: [66000, 66999], tz: -3, weight: 2 },
];

const STREETS = [
  'Rua Augusta',
  'Avenida Paulista',
  'Rua das Flores',
  'Rua São João',
  'Avenida Brasil',
  'Rua XV de Novembro',
  'Rua Sete de Setembro',
  'Rua Tiradentes',
  'Avenida Getúlio Vargas',
  'Rua Dom Pedro II',
  'Rua da Paz',
  'Avenida Santos Dumont',
  'Rua Marechal Deodoro',
  'Rua Bahia',
  'Rua Pernambuco',
  'Avenida Independência',
  'Rua Rui Barbosa',
  'Travessa Boa Vista',
  'Rua José Bonifácio',
  'Avenida das Américas',
  'Rua Barão do Rio Branco',
  'Rua Castro Alves',
  'Rua Monteiro Lobato',
  'Avenida Atlântica',
  'Rua Padre Anchieta',
  'Rua Santa Luzia',
];

const COMPLEMENTS = [
  '',
  '',
  '',
  ' - apto 12',
  ' - apto 304',
  ' - casa 2',
  ' - bloco B apto 41',
  ' - fundos',
  ' - sala 5',
];

export const pickCity = (rng: Rng, region?: Region): City =>
  rng.weightedPick(CITIES.filter((c) => !region || c.region === region).map((c) => [c, c.weight] as const));

export function cep(rng: Rng, city: City): string {
  const five = rng.int(city.cep[0], city.cep[1]);
  return `${String(five).padStart(5, '0')}-${rng.digits(3)}`;
}

/** A street address in `city`. */
export function streetAddress(rng: Rng, city: City): Address {
  return {
    country: 'BR',
    postalCode: cep(rng, city),
    city: city.name,
    line1: `${rng.pick(STREETS)}, ${rng.int(1, 3200)}${rng.pick(COMPLEMENTS)}`,
  };
}

const LOCKERS = ['Armário Correios', 'Locker Clique e Retire', 'Ponto de Retirada Voltaria'];

/** A pickup locker in `city` (its own CEP, in a station, mall or supermarket). */
export function lockerAddress(rng: Rng, city: City): Address {
  const place = rng.pick(['Estação', 'Shopping', 'Supermercado', 'Agência']);
  return {
    country: 'BR',
    postalCode: cep(rng, city),
    city: city.name,
    line1: `${rng.pick(LOCKERS)} - ${place} ${rng.int(1, 60)}`,
  };
}

/** An office address: a commercial avenue, a floor and suite. */
export function workAddress(rng: Rng, city: City): Address {
  return {
    country: 'BR',
    postalCode: cep(rng, city),
    city: city.name,
    line1: `${rng.pick(STREETS)}, ${rng.int(100, 4000)} - ${rng.int(1, 25)}º andar, conj. ${rng.int(11, 250)}`,
  };
}
