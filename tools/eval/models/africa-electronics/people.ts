import { type Buyer, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market } from './markets.js';

/** Customers' names and e-mail addresses, as people in each market write them, and the store's account ids. */

const FIRST: Record<Market, string> = {
  NG: 'Chinedu Ngozi Oluwaseun Funmilayo Abubakar Aisha Emeka Chiamaka Tunde Yetunde Ibrahim Zainab Obinna Adaeze Segun Bisola Musa Halima Uche Tobi Kelechi Temitope Femi Blessing',
  KE: 'Wanjiru Kamau Otieno Achieng Kiprono Chebet Mwangi Njeri Omondi Atieno Kipchoge Wambui Mutua Nyambura Barasa Akinyi Kibet Faith Brian Mercy Kevin Cynthia Dennis Esther',
  ZA: 'Thabo Nomvula Sipho Lerato Johan Annelie Pieter Zanele Themba Naledi Ayanda Busisiwe Lwazi Precious Kagiso Palesa Riaan Chantelle Priya Kevin Nandi Mpho Keegan Thandeka',
  GH: 'Kwame Akosua Kofi Ama Yaw Abena Kwabena Efua Kojo Adwoa Kwesi Esi Selorm Edem Nii Naa Dela Yayra Mensah Gifty Richmond Priscilla Emmanuel Comfort',
};

const LAST: Record<Market, string> = {
  NG: 'Okafor,Adeyemi,Bello,Eze,Nwosu,Ogunleye,Mohammed,Okonkwo,Balogun,Adebayo,Umar,Chukwu,Afolabi,Danjuma,Nnamdi,Olatunji,Ibekwe,Yusuf,Akande,Obi',
  KE: 'Kamau,Otieno,Wanjiku,Kiptoo,Mwangi,Ochieng,Njoroge,Mutai,Odhiambo,Kariuki,Wekesa,Chege,Koech,Onyango,Maina,Rotich,Muriuki,Ndungu',
  ZA: 'Nkosi,Dlamini,Van der Merwe,Botha,Mokoena,Naidoo,Khumalo,Mthembu,Pretorius,Ndlovu,Smith,Molefe,Govender,Jacobs,Zulu,Sithole,Venter,Mahlangu',
  GH: 'Mensah,Asante,Owusu,Boateng,Osei,Agyeman,Appiah,Addo,Ofori,Quaye,Tetteh,Amoah,Darko,Annan,Acheampong,Ansah,Amponsah,Sarpong',
};

const MAIL: Record<Market, ReadonlyArray<readonly [string, number]>> = {
  NG: [
    ['gmail.com', 70],
    ['yahoo.com', 18],
    ['outlook.com', 5],
    ['icloud.com', 3],
    ['hotmail.com', 4],
  ],
  KE: [
    ['gmail.com', 82],
    ['yahoo.com', 7],
    ['outlook.com', 6],
    ['icloud.com', 5],
  ],
  ZA: [
    ['gmail.com', 58],
    ['outlook.com', 12],
    ['icloud.com', 9],
    ['webmail.co.za', 6],
    ['mweb.co.za', 5],
    ['yahoo.com', 6],
    ['telkomsa.net', 4],
  ],
  GH: [
    ['gmail.com', 78],
    ['yahoo.com', 14],
    ['outlook.com', 5],
    ['icloud.com', 3],
  ],
};

export const COMPANY_MAIL: Record<Market, readonly string[]> = {
  NG: ['dangote.com', 'mtn.com', 'gtbank.com', 'accessbankplc.com', 'nnpcgroup.com', 'interswitchgroup.com'],
  KE: ['safaricom.co.ke', 'kcbgroup.com', 'equitybank.co.ke', 'kenya-airways.com', 'kplc.co.ke'],
  ZA: ['standardbank.co.za', 'fnb.co.za', 'discovery.co.za', 'vodacom.co.za', 'shoprite.co.za'],
  GH: ['mtn.com.gh', 'gcbbank.com.gh', 'ecobank.com', 'ghanagas.com.gh'],
};

const words = (text: string) => text.split(' ');

/** A full name of someone from `m` (diaspora customers keep the names of home). */
export function fullName(rng: Rng, m: Market): string {
  const last = rng.pick(LAST[m].split(','));
  return `${rng.pick(words(FIRST[m]))} ${last}`;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** How people in these markets build a personal address: name parts, birth years, a few digits. */
export function emailFor(rng: Rng, name: string, m: Market, domain?: string): string {
  const [first = 'user', ...rest] = name.split(' ');
  const f = slug(first);
  const l = slug(rest.join(''));
  const local = rng.weighted({ dot: 30, year: 25, digits: 20, initial: 15, nick: 10 });
  const user =
    local === 'dot'
      ? `${f}.${l}`
      : local === 'year'
        ? `${f}${l}${rng.int(1975, 2006)}`
        : local === 'digits'
          ? `${f}${l}${rng.int(1, 999)}`
          : local === 'initial'
            ? `${f.charAt(0)}${l}`
            : `${rng.pick(['iam', 'real', 'its', 'mr', 'the'])}${f}${rng.chance(0.5) ? rng.int(1, 99) : ''}`;
  return `${user}@${domain ?? rng.weightedPick(MAIL[m])}`;
}

/** A throwaway address as fraud crews make them in bulk: random letters and digits, or a temp-mail domain. */
export function throwawayEmail(rng: Rng): string {
  const domain = rng.weightedPick([
    ['gmail.com', 55],
    ['yahoo.com', 10],
    ['outlook.com', 10],
    ['proton.me', 8],
    ['tutamail.com', 4],
    ['mailinator.com', 3],
    ['guerrillamail.com', 3],
    ['hotmail.com', 7],
  ] as const);
  return `${rng.token(rng.int(6, 9), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 5))}@${domain}`;
}

/** The store's account ids. */
export const accountId = (rng: Rng): string => `cus_${rng.digits(8)}`;

/**
 * A signed-in or guest buyer. `ageDays` is how long ago the account was opened (0 for one opened moments
 * before the order); a guest has none.
 */
export function buyer(rng: Rng, at: number, name: string, email: string, ageDays: number | 'guest'): Buyer {
  if (ageDays === 'guest') return { email, name };
  const opened = ageDays === 0 ? at - rng.int(2, 40) * 60_000 : at - Math.floor(ageDays * DAY);
  return { id: accountId(rng), email, name, createdAt: opened };
}

/** Account age of an ordinary returning customer: mostly months to years. */
export const returningAge = (rng: Rng): number =>
  rng.chance(0.15) ? rng.float(3, 60) : Math.min(3000, rng.logNormal(420, 0.9));

const HOLDER_FIRST =
  'James Mary Robert Patricia Michael Jennifer David Linda William Sarah Thomas Emma Daniel Olivia Mark Karen Paul Susan Steven Laura Andrew Claire Pierre Sophie Lukas Anna Liam Chloe'.split(
    ' ',
  );
const HOLDER_LAST =
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thompson White Harris Martin Clarke Walker Wright Hughes Roberts Evans Dubois Müller Schmidt Tremblay Nguyen Kelly'.split(
    ' ',
  );

/** The owner of a card stolen abroad (the name a crew copies from the card data). */
export const cardholderName = (rng: Rng): string => `${rng.pick(HOLDER_FIRST)} ${rng.pick(HOLDER_LAST)}`;
