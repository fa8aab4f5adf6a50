import { type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { mailOf, phoneIn } from './people.js';

/** What the fraud planners share: made-up identities, cardholders' addresses abroad, labels arriving late. */

const WESTERN_FIRST = [
  'Michael',
  'Jennifer',
  'David',
  'Linda',
  'Robert',
  'Karen',
  'Thomas',
  'Susan',
  'Paul',
  'Emma',
];
const WESTERN_LAST = [
  'Johnson',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Moore',
  'Brown',
  'Walker',
  'Wright',
];
const SAUDI_FIRST = [
  'Mohammed',
  'Abdullah',
  'Fahad',
  'Khalid',
  'Nourah',
  'Sarah',
  'Faisal',
  'Reem',
  'Sultan',
];
const SAUDI_LAST = [
  'Al-Qahtani',
  'Al-Otaibi',
  'Al-Harbi',
  'Al-Shehri',
  'Al-Dosari',
  'Al-Mutairi',
  'Al-Anazi',
];

/** A cardholder's address in the card's country (what a stolen card's seller provides with it). */
export const HOLDER_ADDRESSES: Readonly<Record<string, readonly Address[]>> = {
  US: [
    { country: 'US', postalCode: '30305', city: 'Atlanta', line1: '412 Peachtree Hills Ave' },
    { country: 'US', postalCode: '77024', city: 'Houston', line1: '9 Memorial Dr' },
    { country: 'US', postalCode: '60614', city: 'Chicago', line1: '2231 N Clark St' },
    { country: 'US', postalCode: '85016', city: 'Phoenix', line1: '3810 E Camelback Rd' },
  ],
  GB: [
    { country: 'GB', postalCode: 'LS6 2AB', city: 'Leeds', line1: '14 Headingley Ln' },
    { country: 'GB', postalCode: 'BS8 1QU', city: 'Bristol', line1: '3 Whiteladies Rd' },
  ],
  CA: [{ country: 'CA', postalCode: 'M4W 1A8', city: 'Toronto', line1: '77 Bloor St E' }],
  DE: [{ country: 'DE', postalCode: '60311', city: 'Frankfurt am Main', line1: 'Zeil 12' }],
  AE: [{ country: 'AE', city: 'Dubai', line1: 'Villa 8, Street 21, Jumeirah 2' }],
  KW: [{ country: 'KW', postalCode: '15300', city: 'Kuwait City', line1: 'Block 3, Street 15, Qurtuba' }],
};

/** A cardholder's name and a fresh e-mail: a stolen identity at a guest checkout. */
export function holderOf(rng: Rng, western: boolean): Buyer & { phone: string } {
  const first = rng.pick(western ? WESTERN_FIRST : SAUDI_FIRST);
  const last = rng.pick(western ? WESTERN_LAST : SAUDI_LAST);
  return {
    name: `${first} ${last}`,
    email: rng.chance(0.5)
      ? mailOf(rng, first, last)
      : `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(3)}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com'])}`,
    phone: phoneIn(rng, 'SA'),
  };
}

/** A Saudi-sounding fake identity for cash-on-delivery pranks and synthetic accounts. */
export function fakeSaudi(rng: Rng): { name: string; email: string; phone: string } {
  const name = rng.weightedPick<string>([
    [`${rng.pick(SAUDI_FIRST)} ${rng.pick(SAUDI_LAST)}`, 5],
    [`${rng.pick(SAUDI_FIRST)} ${rng.pick(SAUDI_FIRST)}`, 2],
    [`Abu ${rng.pick(SAUDI_FIRST)}`, 2],
    ['test test', 1],
    [rng.pick(SAUDI_FIRST), 2],
  ]);
  const local = rng.chance(0.5)
    ? `${rng.token(rng.int(3, 7), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 5))}`
    : `${name.split(' ')[0]?.toLowerCase() ?? 'x'}${rng.digits(4)}`;
  return {
    name,
    email: `${local}@${rng.pick(['gmail.com', 'hotmail.com', 'icloud.com'])}`,
    phone: phoneIn(rng, 'SA'),
  };
}
