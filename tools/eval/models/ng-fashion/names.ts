import { type Rng } from '../kit/random.js';

/**
 * Names and e-mail addresses: Yoruba, Igbo, Hausa and other Nigerian names at home and abroad (the diaspora's
 * children often with English first names), Ghanaian names in Ghana, and the ordinary British, American and
 * Canadian names of cardholders whose cards get stolen. Nigerians still use Yahoo Mail a good deal.
 */

const NG_FIRST = (
  'Adebayo Oluwaseun Temitope Funmilayo Adewale Yetunde Olamide Bukola Damilola Folake Kehinde ' +
  'Taiwo Ayodele Tolulope Abisola Moyosore Chinedu Ngozi Chioma Emeka Obinna Adaeze Ifeoma ' +
  'Nnamdi Uchenna Chiamaka Kelechi Ebuka Amaka Aisha Abubakar Fatima Ibrahim Zainab Musa Hauwa ' +
  'Sani Maryam Usman Halima Efe Oghenekaro Ese Tamara Ebiere Ekaette Ini Blessing Precious ' +
  'Favour'
).split(' ');
const NG_LAST = (
  'Adeyemi Okafor Balogun Eze Nwosu Ogunleye Bello Okonkwo Adeleke Oyelaran Danjuma Ibekwe ' +
  'Akinola Olawale Obi Mohammed Yusuf Edet Etim Ajayi Fashola Nwachukwu Onyekachi Adebanjo ' +
  'Ogundipe Chukwu Abdullahi Lawal Oyebanji Anyanwu Salami Okeke Ikwuemesi Bassey Ogbonna ' +
  'Afolabi Suleiman Omotosho Uzor Ilori'
).split(' ');
const DIASPORA_FIRST = (
  'Grace Michael David Esther Joshua Deborah Victoria Samuel Daniel Ruth Tobi Tomi Dami Kemi ' +
  'Chidi Tolu Seun Ada Ify Bisi'
).split(' ');
const GH_FIRST = ['Kwame', 'Akosua', 'Kofi', 'Ama', 'Yaw', 'Abena', 'Kojo', 'Efua', 'Kwabena', 'Adwoa'];
const GH_LAST = ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Addo', 'Osei', 'Appiah', 'Agyemang', 'Darko'];
const WEST_FIRST = (
  'James Mary Robert Patricia John Jennifer Linda William Elizabeth Susan Thomas Karen ' +
  'Christopher Sarah Mark Emma Paul Laura Steven Rebecca Gary Helen Kevin Claire Brian Nicole ' +
  'Ryan Megan'
).split(' ');
const WEST_LAST = (
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin ' +
  'Thompson White Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker Campbell ' +
  'Roberts Tremblay Gagnon Evans'
).split(' ');

export type Origin = 'nigerian' | 'diaspora' | 'ghanaian' | 'western';

export function personName(rng: Rng, origin: Origin): { first: string; last: string } {
  if (origin === 'ghanaian') return { first: rng.pick(GH_FIRST), last: rng.pick(GH_LAST) };
  if (origin === 'western') return { first: rng.pick(WEST_FIRST), last: rng.pick(WEST_LAST) };
  const first = origin === 'diaspora' && rng.chance(0.45) ? rng.pick(DIASPORA_FIRST) : rng.pick(NG_FIRST);
  return { first, last: rng.pick(NG_LAST) };
}

const DOMAINS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  NG: [
    ['gmail.com', 66],
    ['yahoo.com', 20],
    ['outlook.com', 5],
    ['icloud.com', 6],
    ['hotmail.com', 3],
  ],
  GB: [
    ['gmail.com', 55],
    ['hotmail.co.uk', 14],
    ['outlook.com', 10],
    ['icloud.com', 13],
    ['yahoo.co.uk', 8],
  ],
  US: [
    ['gmail.com', 60],
    ['yahoo.com', 14],
    ['icloud.com', 16],
    ['outlook.com', 10],
  ],
  CA: [
    ['gmail.com', 60],
    ['hotmail.com', 14],
    ['outlook.com', 10],
    ['icloud.com', 16],
  ],
  GH: [
    ['gmail.com', 76],
    ['yahoo.com', 24],
  ],
};

/** An address the way people make them: first.last, initials, a birth year, a nickname and digits. */
export function emailFor(rng: Rng, first: string, last: string, country: string): string {
  const f = first.toLowerCase();
  const l = last.toLowerCase();
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 28],
    [`${f}${l}`, 16],
    [`${f}${l}${rng.int(1, 99)}`, 16],
    [`${f}.${l}${rng.int(1980, 2005)}`, 10],
    [`${f.charAt(0)}${l}`, 10],
    [`${f}_${l}`, 8],
    [`${f}${rng.int(1985, 2006)}`, 7],
    [`${l}.${f}`, 5],
  ]);
  return `${local}@${rng.weightedPick(DOMAINS[country] ?? DOMAINS.NG ?? [])}`;
}

/** A throwaway address: random letters and digits, the kind card testers and fake-order makers register. */
export function throwawayEmail(rng: Rng): string {
  const domain = rng.weightedPick<string>([
    ['gmail.com', 55],
    ['outlook.com', 15],
    ['yahoo.com', 10],
    ['proton.me', 8],
    ['mail.com', 7],
    ['gmx.com', 5],
  ]);
  return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${domain}`;
}

/** A Nigerian company's registration number with the Corporate Affairs Commission. */
export const rcNumber = (rng: Rng): string => `RC${rng.int(250_000, 1_890_000)}`;
