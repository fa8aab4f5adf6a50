import { type Rng } from '../kit/random.js';
import { type TaxId } from './purchase.js';

/** Brazilian names, e-mail habits, CPF/CNPJ numbers with valid check digits, mobile numbers. */

const FIRST = [
  'Ana',
  'Maria',
  'Juliana',
  'Fernanda',
  'Patrícia',
  'Camila',
  'Aline',
  'Bruna',
  'Amanda',
  'Letícia',
  'Larissa',
  'Beatriz',
  'Gabriela',
  'Mariana',
  'Jéssica',
  'Vanessa',
  'Luana',
  'Francisca',
  'Antônia',
  'Raimunda',
  'José',
  'João',
  'Antônio',
  'Francisco',
  'Carlos',
  'Paulo',
  'Pedro',
  'Lucas',
  'Luiz',
  'Marcos',
  'Gabriel',
  'Rafael',
  'Daniel',
  'Marcelo',
  'Bruno',
  'Eduardo',
  'Felipe',
  'Rodrigo',
  'Thiago',
  'Mateus',
  'Gustavo',
  'Leonardo',
  'Vinícius',
  'Diego',
  'Wesley',
  'Anderson',
  'Cícero',
  'Raimundo',
  'Severino',
  'Kauã',
  'Enzo',
  'Heloísa',
];

const LAST = [
  'Silva',
  'Santos',
  'Oliveira',
  'Souza',
  'Rodrigues',
  'Ferreira',
  'Alves',
  'Pereira',
  'Lima',
  'Gomes',
  'Costa',
  'Ribeiro',
  'Martins',
  'Carvalho',
  'Almeida',
  'Lopes',
  'Soares',
  'Fernandes',
  'Vieira',
  'Barbosa',
  'Rocha',
  'Dias',
  'Nascimento',
  'Andrade',
  'Moreira',
  'Nunes',
  'Marques',
  'Machado',
  'Mendes',
  'Freitas',
  'Cardoso',
  'Ramos',
  'Gonçalves',
  'Santana',
  'Teixeira',
  'Araújo',
  'Cavalcanti',
  'Bezerra',
  'Monteiro',
];

const PROVIDERS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 58],
  ['hotmail.com', 16],
  ['outlook.com', 6],
  ['yahoo.com.br', 5],
  ['icloud.com', 6],
  ['uol.com.br', 3],
  ['bol.com.br', 3],
  ['terra.com.br', 1.5],
  ['live.com', 1.5],
];

const COMPANIES = [
  'Construtora Horizonte',
  'Clínica Bem Estar',
  'Contabilidade Alves',
  'Escola Pequeno Saber',
  'Padaria Trigo Bom',
  'Transportes Rápido Sul',
  'Agropecuária Vale Verde',
  'Escritório Moreira Advogados',
  'Hotel Maré Alta',
  'Academia Corpo Ativo',
  'Imobiliária Central',
  'Restaurante Sabor da Terra',
  'Farmácia Popular Norte',
];

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng): Person {
  const first = rng.pick(FIRST);
  const last = rng.chance(0.6) ? `${rng.pick(LAST)} ${rng.pick(LAST)}` : rng.pick(LAST);
  return { first, last, name: `${first} ${last}` };
}

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** The address a person signs up with: first.last, a birth year, a nickname. */
export function emailOf(rng: Rng, p: Person): string {
  const first = plain(p.first);
  const last = plain(p.last.split(' ').pop() ?? p.last);
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 3],
    [`${first}${last}${rng.int(70, 99)}`, 2],
    [`${first}_${last}${rng.int(1, 999)}`, 2],
    [`${first}${rng.int(1980, 2006)}`, 2],
    [`${first[0] ?? 'x'}${last}`, 1],
  ]);
  return `${local}@${rng.weightedPick(PROVIDERS)}`;
}

/** An e-mail on the company's own domain. */
export function companyEmail(company: string, p: Person): string {
  const domain = plain(company.replace(/ (Ltda|ME|EIRELI|S\/A)$/, '')).slice(0, 16);
  return `${plain(p.first)}.${plain(p.last.split(' ').pop() ?? '')}@${domain}.com.br`;
}

export const companyName = (rng: Rng): string =>
  `${rng.pick(COMPANIES)} ${rng.pick(['Ltda', 'ME', 'EIRELI', 'S/A'])}`;

function checkDigit(digits: readonly number[], weights: readonly number[]): number {
  const sum = digits.reduce((acc, d, i) => acc + d * (weights[i] ?? 0), 0);
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

/** A CPF with valid check digits (11 digits, unformatted). */
export function cpf(rng: Rng): TaxId {
  const base = Array.from({ length: 9 }, () => rng.int(0, 9));
  const d1 = checkDigit(base, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const d2 = checkDigit([...base, d1], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return { type: 'cpf', number: [...base, d1, d2].join('') };
}

/** A CNPJ with valid check digits (14 digits; branch 0001). */
export function cnpj(rng: Rng): TaxId {
  const base = [...Array.from({ length: 8 }, () => rng.int(0, 9)), 0, 0, 0, 1];
  const d1 = checkDigit(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const d2 = checkDigit([...base, d1], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return { type: 'cnpj', number: [...base, d1, d2].join('') };
}

/** Whether a CPF or CNPJ's check digits hold. */
export function validTaxId(id: TaxId): boolean {
  const digits = id.number.split('').map(Number);
  const n = id.type === 'cpf' ? 9 : 12;
  const weights = id.type === 'cpf' ? [10, 9, 8, 7, 6, 5, 4, 3, 2] : [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
  const d1 = checkDigit(digits.slice(0, n), weights);
  const d2 = checkDigit(digits.slice(0, n + 1), [id.type === 'cpf' ? 11 : 6, ...weights]);
  return digits.length === n + 2 && digits[n] === d1 && digits[n + 1] === d2;
}

const DDD = [11, 11, 11, 21, 21, 31, 41, 51, 61, 71, 81, 85, 62, 92, 91, 19, 16, 48, 27, 98, 84, 83, 82, 86];

/** A mobile number: +55, area code, 9 and eight digits. */
export const mobile = (rng: Rng): string => `+55${rng.pick(DDD)}9${rng.digits(8)}`;
