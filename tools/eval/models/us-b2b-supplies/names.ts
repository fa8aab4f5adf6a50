import { type Rng } from '../kit/random.js';

/** Names of people and businesses, and how their e-mail addresses look. */

const words = (list: string): readonly string[] => list.split('|');

const FIRST = [
  ...words('James|Mary|Robert|Patricia|John|Jennifer|Michael|Linda|David|Elizabeth|William|Barbara'),
  ...words('Richard|Susan|Joseph|Jessica|Thomas|Sarah|Chris|Karen|Daniel|Lisa|Matthew|Nancy'),
  ...words('Anthony|Sandra|Mark|Ashley|Steven|Kimberly|Paul|Emily|Andrew|Donna|Joshua|Michelle'),
  ...words('Kevin|Amanda|Brian|Melissa|Jose|Maria|Luis|Carmen|Carlos|Rosa|Juan|Ana'),
  ...words('Wei|Mei|Raj|Priya|Minh|Thu|Jamal|Aaliyah|DeShawn|Keisha|Tyler|Brittany'),
  ...words('Kyle|Megan|Derek|Heather|Sean|Tanya|Marc|Sophie|Étienne|Chloé'),
];
const LAST = [
  ...words('Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez'),
  ...words('Gonzalez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|White'),
  ...words('Harris|Sanchez|Clark|Ramirez|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott'),
  ...words('Torres|Nguyen|Hill|Flores|Green|Adams|Nelson|Baker|Hall|Rivera|Campbell|Mitchell'),
  ...words("Carter|Roberts|Patel|Shah|Kim|Chen|Wang|Tran|Murphy|Kowalski|Novak|O'Brien"),
  ...words('Tremblay|Gagnon|Roy|Côté|Bouchard|MacDonald|Singh|Wong|Brar'),
];
const FILIPINO_FIRST = words('Mark Joseph|Kristine|John Paul|Mary Grace|Jerome|Angelica|Rhea');
const FILIPINO_LAST = words('Santos|Reyes|Cruz|Bautista|Dela Cruz|Mendoza|Villanueva');
const INDIAN_FIRST = words('Rahul|Sneha|Arjun|Pooja|Vikram|Ananya|Karthik');
const INDIAN_LAST = words('Sharma|Iyer|Reddy|Nair|Gupta|Verma|Menon');

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Rng, origin: 'na' | 'ph' | 'in' = 'na'): Person {
  const first = rng.pick(origin === 'ph' ? FILIPINO_FIRST : origin === 'in' ? INDIAN_FIRST : FIRST);
  const last = rng.pick(origin === 'ph' ? FILIPINO_LAST : origin === 'in' ? INDIAN_LAST : LAST);
  return { first, last, name: `${first} ${last}` };
}

/** Lower-case ASCII letters of a name part. */
export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A work address on a company domain, in one of the usual conventions. */
export function workEmail(rng: Rng, p: Person, domain: string): string {
  const f = slug(p.first);
  const l = slug(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 40],
    [`${f.charAt(0)}${l}`, 30],
    [`${f}`, 12],
    [`${f}${l.charAt(0)}`, 8],
    [rng.pick(['purchasing', 'orders', 'office', 'accounts', 'admin', 'frontdesk']), 10],
  ]);
  return `${local}@${domain}`;
}

/** A personal webmail address, as households and sole traders use. */
export function personalEmail(rng: Rng, p: Person, market: 'US' | 'CA' = 'US'): string {
  const f = slug(p.first);
  const l = slug(p.last);
  const local = rng.weightedPick<string>([
    [`${f}.${l}`, 30],
    [`${f}${l}${rng.int(1, 99)}`, 30],
    [`${f.charAt(0)}${l}${rng.int(60, 99)}`, 20],
    [`${l}.${f}`, 10],
    [`${f}${rng.int(1970, 2004)}`, 10],
  ]);
  const domains: ReadonlyArray<readonly [string, number]> =
    market === 'CA'
      ? [
          ['gmail.com', 55],
          ['outlook.com', 15],
          ['hotmail.com', 12],
          ['yahoo.ca', 8],
          ['icloud.com', 6],
          ['videotron.ca', 4],
        ]
      : [
          ['gmail.com', 55],
          ['yahoo.com', 14],
          ['outlook.com', 10],
          ['icloud.com', 9],
          ['hotmail.com', 6],
          ['aol.com', 3],
          ['comcast.net', 3],
        ];
  return `${local}@${rng.weightedPick(domains)}`;
}

const OFFICE_A = words('Summit|Harbor|Keystone|Pioneer|Cedar|Liberty|Beacon|Northgate|Bluewater');
const OFFICE_B = words('Partners|Advisors|Realty|Insurance Group|Law Group|Accounting|Marketing|Title Co');
const TRADES = words('Plumbing|Electric|Roofing|HVAC|Construction|Builders|Painting|Landscaping');
const WAREHOUSE = words('Logistics|Distribution|Fulfillment|Freight|Supply Co|Packaging');
const SCHOOL_A = words('Lincoln|Riverside|Oak Grove|Westfield|St. Mary|Jefferson|Valley View|Lakeshore');
const SCHOOL_B = words(
  'Elementary School|Middle School|High School|Academy|Unified School District|Community College',
);
const CLINIC_A = words('Family|Riverbend|Parkside|Bright Smile|Northside|Evergreen|Cornerstone');
const CLINIC_B = words('Dental|Medical Group|Pediatrics|Urgent Care|Physical Therapy|Veterinary Clinic');
const ENTERPRISE = words(
  'Meridian Health|Atlas Engineering|Crestline Insurance|Northwind Foods|Granite Bancorp',
);

export type Sector = 'office' | 'contractor' | 'warehouse' | 'school' | 'clinic' | 'enterprise' | 'reseller';

export function companyName(rng: Rng, sector: Sector): string {
  switch (sector) {
    case 'office':
      return `${rng.pick(OFFICE_A)} ${rng.pick(OFFICE_B)}`;
    case 'contractor':
      return `${rng.pick(LAST)} ${rng.pick(TRADES)}${rng.chance(0.4) ? ' LLC' : ''}`;
    case 'warehouse':
      return `${rng.pick(OFFICE_A)} ${rng.pick(WAREHOUSE)}`;
    case 'school':
      return `${rng.pick(SCHOOL_A)} ${rng.pick(SCHOOL_B)}`;
    case 'clinic':
      return `${rng.pick(CLINIC_A)} ${rng.pick(CLINIC_B)}`;
    case 'enterprise':
      return `${rng.pick(ENTERPRISE)} ${rng.pick(['Inc.', 'Corp.', 'LLC'])}`;
    case 'reseller':
      return `${rng.pick(LAST)} ${rng.pick(['Trading', 'Goods', 'Direct', 'Wholesale'])}`;
  }
}

/** The company's domain: its name run together, on the usual top-level domain for its kind. */
export function domainOf(rng: Rng, name: string, sector: Sector, market: 'US' | 'CA'): string {
  const words = name
    .split(' ')
    .map(slug)
    .filter((w) => w && w !== 'llc' && w !== 'inc' && w !== 'corp');
  const stem = words.length > 2 ? words.map((w) => w.charAt(0)).join('') + (words[0] ?? '') : words.join('');
  if (sector === 'school') return `${stem}.${market === 'CA' ? 'ca' : rng.pick(['org', 'k12.us', 'edu'])}`;
  if (sector === 'contractor' && rng.chance(0.45)) return 'gmail.com';
  return `${stem}.${market === 'CA' ? rng.pick(['ca', 'com']) : rng.pick(['com', 'com', 'net', 'us'])}`;
}
