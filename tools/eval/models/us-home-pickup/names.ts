import { type Rng } from '../kit/random.js';

/** Names and e-mail addresses of American shoppers, their pros' businesses, and the throwaways fraud uses. */

const FIRST = (
  'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph ' +
  'Jessica Thomas Sarah Christopher Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald Ashley ' +
  'Steven Kimberly Andrew Emily Joshua Donna Kevin Michelle Brian Carol Jose Amanda Luis Melissa Carlos Maria ' +
  'Juan Guadalupe Miguel Rosa Jamal Keisha Darnell Latoya Tyrone Aaliyah Wei Mei Minh Linh Raj Priya Amit Neha ' +
  'Hyun Ji-woo Kenji Yuki Omar Fatima Ahmed Aisha Dmitri Olga Sean Colleen Tyler Brittany Cody Kayla Hunter ' +
  'Madison Logan Chloe Ethan Olivia Noah Emma Liam Sophia Mason Ava Jacob Isabella Dylan Abigail'
).split(' ');

const LAST = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson ' +
  'Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis ' +
  'Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera ' +
  'Campbell Mitchell Carter Roberts Patel Shah Kim Park Chen Wang Tran Le Singh Khan Ali Murphy Sullivan ' +
  "O'Brien Kowalski Novak Schmidt Mueller Jensen Olson Larson Peterson Washington Jefferson Brooks Price " +
  'Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Fleming Reyes'
).split(' ');

export const firstName = (rng: Rng): string => rng.pick(FIRST);
export const lastName = (rng: Rng): string => rng.pick(LAST);
export const fullName = (rng: Rng): string => `${firstName(rng)} ${lastName(rng)}`;

const CONSUMER_DOMAINS: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 46],
  ['yahoo.com', 13],
  ['icloud.com', 10],
  ['hotmail.com', 7],
  ['outlook.com', 7],
  ['aol.com', 4],
  ['comcast.net', 3],
  ['att.net', 2],
  ['verizon.net', 1],
  ['sbcglobal.net', 2],
  ['me.com', 2],
  ['protonmail.com', 1],
  ['privaterelay.appleid.com', 2],
];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** A person's own long-lived address: name-based, sometimes with a birth year or digits. */
export function personalEmail(rng: Rng, name: string): string {
  const [first = 'x', last = 'y'] = name.split(' ').map(slug);
  const domain = rng.weightedPick(CONSUMER_DOMAINS);
  if (domain === 'privaterelay.appleid.com') return `${rng.token(10)}@${domain}`;
  const local = rng.weightedPick<string>([
    [`${first}.${last}`, 30],
    [`${first}${last}`, 15],
    [`${first[0] ?? 'x'}${last}`, 15],
    [`${first}${last}${rng.int(60, 99)}`, 12],
    [`${first}.${last}${rng.int(1, 99)}`, 10],
    [`${last}.${first}`, 5],
    [`${first}${rng.int(1970, 2006)}`, 8],
    [`${slug(rng.pick(['bigdog', 'gator', 'sunshine', 'buckeye', 'lakegirl', 'diy']))}${rng.int(1, 999)}`, 5],
  ]);
  return `${local}@${domain}`;
}

const TRADES = ['Remodeling', 'Electric', 'Plumbing', 'Painting', 'Builders', 'Roofing', 'Handyman', 'HVAC'];

/** A pro's business: its name and the office inbox orders go from. */
export function business(rng: Rng, owner: string): { company: string; email: string } {
  const last = owner.split(' ')[1] ?? 'Ace';
  const company = `${rng.chance(0.6) ? last : rng.pick(['Summit', 'Precision', 'Allied', 'Heritage', 'Blue Ridge'])} ${rng.pick(TRADES)}`;
  const domain = `${slug(company)}${rng.pick(['.com', '.com', 'llc.com', '.net', 'co.com'])}`;
  const box = rng.pick(['office', 'orders', 'info', 'admin', slug(owner.split(' ')[0] ?? 'owner')]);
  return { company, email: rng.chance(0.3) ? personalEmail(rng, owner) : `${box}@${domain}` };
}

/** A throwaway address made for one job: random handles at free providers. */
export function throwawayEmail(rng: Rng, name?: string): string {
  const domain = rng.weightedPick<string>([
    ['gmail.com', 55],
    ['outlook.com', 15],
    ['yahoo.com', 10],
    ['proton.me', 8],
    ['hotmail.com', 7],
    ['mail.com', 5],
  ]);
  if (name && rng.chance(0.55)) {
    const [first = 'x', last = 'y'] = name.split(' ').map(slug);
    return `${first}${last}${rng.digits(rng.int(3, 5))}@${domain}`;
  }
  return `${rng.token(rng.int(7, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${domain}`;
}

/** A reseller's alias on their own domain or a Gmail dot/plus variant, so each account looks new. */
export function aliasEmail(rng: Rng, base: string, domain: string): string {
  if (domain === 'gmail.com') {
    const chars = base.split('');
    const dotted = chars
      .map((c, i) => (i > 0 && i < chars.length - 1 && rng.chance(0.3) ? `.${c}` : c))
      .join('');
    return `${dotted}${rng.chance(0.5) ? `+${rng.token(4)}` : ''}@gmail.com`;
  }
  return `${rng.pick(['drop', 'buy', 'deal', base.slice(0, 4)])}${rng.digits(3)}@${domain}`;
}
