import { type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Country } from './places.js';

/**
 * Who buys: names in the buyer's own script (kanji for Japanese customers), the e-mail providers each country
 * uses, and the phones and computers they shop on (Japan is mostly iPhone).
 */

export interface Person {
  name: string;
  email: string;
  /** The name in Latin letters, for e-mail handles. */
  handle: string;
}

const JP_FAMILY: ReadonlyArray<readonly [string, string]> = [
  ['佐藤', 'sato'],
  ['鈴木', 'suzuki'],
  ['高橋', 'takahashi'],
  ['田中', 'tanaka'],
  ['伊藤', 'ito'],
  ['渡辺', 'watanabe'],
  ['山本', 'yamamoto'],
  ['中村', 'nakamura'],
  ['小林', 'kobayashi'],
  ['加藤', 'kato'],
  ['吉田', 'yoshida'],
  ['山田', 'yamada'],
  ['松本', 'matsumoto'],
  ['井上', 'inoue'],
  ['木村', 'kimura'],
  ['清水', 'shimizu'],
  ['森', 'mori'],
  ['池田', 'ikeda'],
  ['橋本', 'hashimoto'],
  ['西川', 'nishikawa'],
  ['阪口', 'sakaguchi'],
  ['藤原', 'fujiwara'],
];

const JP_GIVEN: ReadonlyArray<readonly [string, string]> = [
  ['太郎', 'taro'],
  ['健一', 'kenichi'],
  ['大輔', 'daisuke'],
  ['翔太', 'shota'],
  ['誠', 'makoto'],
  ['拓也', 'takuya'],
  ['直樹', 'naoki'],
  ['亮', 'ryo'],
  ['浩二', 'koji'],
  ['花子', 'hanako'],
  ['美咲', 'misaki'],
  ['陽子', 'yoko'],
  ['恵', 'megumi'],
  ['由美', 'yumi'],
  ['裕子', 'yuko'],
  ['彩', 'aya'],
  ['千尋', 'chihiro'],
];

type Names = { given: readonly string[]; family: readonly string[] };

const ENGLISH: Names = {
  given: [
    'James',
    'Michael',
    'David',
    'Daniel',
    'Chris',
    'Ryan',
    'Emily',
    'Sarah',
    'Jessica',
    'Laura',
    'Anna',
    'Tom',
    'Olivia',
    'Ben',
    'Kate',
    'Matt',
  ],
  family: [
    'Smith',
    'Johnson',
    'Brown',
    'Miller',
    'Wilson',
    'Taylor',
    'Clarke',
    'Walker',
    'Murphy',
    'Nguyen',
    'Patel',
    'Cohen',
    'Garcia',
    'Kim',
    'Evans',
    'Reid',
  ],
};

const NAMES: Readonly<Record<string, Names>> = {
  DE: {
    given: ['Lukas', 'Jonas', 'Felix', 'Anna', 'Lena', 'Julia', 'Tobias', 'Katrin'],
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Wagner'],
  },
  AT: {
    given: ['Florian', 'Stefan', 'Theresa', 'Sophie', 'Martin'],
    family: ['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler'],
  },
  CH: {
    given: ['Luca', 'Noah', 'Mia', 'Laura', 'Reto'],
    family: ['Meier', 'Keller', 'Brunner', 'Favre', 'Rochat'],
  },
  FR: {
    given: ['Thomas', 'Nicolas', 'Julien', 'Camille', 'Léa', 'Chloé', 'Antoine'],
    family: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard'],
  },
  NL: {
    given: ['Daan', 'Sem', 'Lotte', 'Sanne', 'Thijs', 'Eva'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van Dijk', 'Bakker', 'Visser'],
  },
  BE: {
    given: ['Wout', 'Arne', 'Elise', 'Manon', 'Pieter'],
    family: ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Claes'],
  },
  IT: {
    given: ['Marco', 'Luca', 'Giulia', 'Chiara', 'Alessandro', 'Francesca'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano'],
  },
  ES: {
    given: ['Javier', 'Pablo', 'Lucía', 'Marta', 'Iker', 'Ainhoa'],
    family: ['García', 'Fernández', 'López', 'Martínez', 'Etxeberria', 'Sánchez'],
  },
  SE: {
    given: ['Erik', 'Oskar', 'Elin', 'Maja', 'Johan'],
    family: ['Andersson', 'Johansson', 'Karlsson', 'Lindqvist'],
  },
  DK: {
    given: ['Mads', 'Rasmus', 'Freja', 'Ida', 'Søren'],
    family: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen'],
  },
  FI: { given: ['Mikko', 'Juha', 'Aino', 'Emilia'], family: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen'] },
  SG: {
    given: ['Wei Ming', 'Jun Jie', 'Hui Min', 'Jason', 'Rachel', 'Marcus', 'Priya'],
    family: ['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Raj'],
  },
  HK: {
    given: ['Ka Ho', 'Wing Yan', 'Chun Kit', 'Kelvin', 'Tiffany', 'Eric', 'Mandy'],
    family: ['Chan', 'Wong', 'Leung', 'Lau', 'Cheung', 'Ho', 'Yip'],
  },
};

const DOMAINS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  JP: [
    ['gmail.com', 34],
    ['yahoo.co.jp', 22],
    ['icloud.com', 16],
    ['docomo.ne.jp', 6],
    ['ezweb.ne.jp', 4],
    ['softbank.ne.jp', 3],
    ['outlook.jp', 4],
    ['nifty.com', 3],
    ['ybb.ne.jp', 2],
  ],
  US: [
    ['gmail.com', 55],
    ['yahoo.com', 10],
    ['icloud.com', 14],
    ['outlook.com', 8],
    ['hotmail.com', 6],
    ['comcast.net', 3],
  ],
  CA: [
    ['gmail.com', 55],
    ['hotmail.com', 12],
    ['outlook.com', 10],
    ['icloud.com', 10],
    ['rogers.com', 5],
    ['shaw.ca', 4],
  ],
  GB: [
    ['gmail.com', 48],
    ['hotmail.co.uk', 14],
    ['outlook.com', 10],
    ['icloud.com', 12],
    ['btinternet.com', 8],
    ['yahoo.co.uk', 6],
  ],
  AU: [
    ['gmail.com', 52],
    ['outlook.com', 10],
    ['icloud.com', 14],
    ['bigpond.com', 8],
    ['hotmail.com', 8],
    ['optusnet.com.au', 4],
  ],
  SG: [
    ['gmail.com', 64],
    ['hotmail.com', 10],
    ['yahoo.com.sg', 8],
    ['icloud.com', 10],
    ['singnet.com.sg', 4],
  ],
  HK: [
    ['gmail.com', 58],
    ['yahoo.com.hk', 14],
    ['hotmail.com', 10],
    ['icloud.com', 12],
    ['netvigator.com', 4],
  ],
  DE: [
    ['gmail.com', 36],
    ['gmx.de', 20],
    ['web.de', 18],
    ['t-online.de', 10],
    ['outlook.de', 6],
    ['posteo.de', 3],
  ],
  FR: [
    ['gmail.com', 46],
    ['orange.fr', 14],
    ['free.fr', 10],
    ['hotmail.fr', 12],
    ['laposte.net', 6],
  ],
  NL: [
    ['gmail.com', 50],
    ['hotmail.com', 14],
    ['ziggo.nl', 10],
    ['kpnmail.nl', 8],
    ['outlook.com', 10],
  ],
  IT: [
    ['gmail.com', 52],
    ['libero.it', 16],
    ['hotmail.it', 12],
    ['alice.it', 6],
  ],
  ES: [
    ['gmail.com', 58],
    ['hotmail.es', 18],
    ['yahoo.es', 8],
    ['outlook.es', 8],
  ],
};

const domain = (rng: Rng, c: string): string =>
  rng.weightedPick(
    DOMAINS[c] ?? [
      ['gmail.com', 60],
      ['outlook.com', 20],
      ['icloud.com', 12],
      ['hotmail.com', 8],
    ],
  );

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** An e-mail handle the way people make them: names, initials, a birth year or a number. */
export function handleOf(rng: Rng, given: string, family: string): string {
  const g = ascii(given);
  const f = ascii(family);
  const n = rng.chance(0.4) ? String(rng.pick([rng.int(70, 99), rng.int(1, 999), rng.int(1970, 2004)])) : '';
  return rng.weightedPick<string>([
    [`${g}.${f}${n}`, 4],
    [`${g}${f}${n}`, 2],
    [`${g.charAt(0)}${f}${n}`, 2],
    [`${f}.${g}${n}`, 1],
    [`${g}_${f.slice(0, 3)}${n || rng.int(1, 99)}`, 1],
  ]);
}

/** A person from the country: a Japanese name in kanji, or a local one; their e-mail at a local provider. */
export function personOf(rng: Rng, c: Country | string, japanese = c === 'JP'): Person {
  if (japanese) {
    const [fk, fr] = rng.pick(JP_FAMILY);
    const [gk, gr] = rng.pick(JP_GIVEN);
    const handle = handleOf(rng, gr, fr);
    return {
      name:
        c === 'JP'
          ? `${fk} ${gk}`
          : `${gr.charAt(0).toUpperCase()}${gr.slice(1)} ${fr.charAt(0).toUpperCase()}${fr.slice(1)}`,
      email: `${handle}@${domain(rng, c === 'JP' || rng.chance(0.4) ? 'JP' : c)}`,
      handle,
    };
  }
  const names = NAMES[c] ?? ENGLISH;
  const given = rng.pick(names.given);
  const family = rng.pick(names.family);
  const handle = handleOf(rng, given, family);
  return { name: `${given} ${family}`, email: `${handle}@${domain(rng, c)}`, handle };
}

/** A mail address a fraudster opens for the job: a throwaway handle at a free provider. */
export function throwawayEmail(rng: Rng, name?: string): string {
  const base = name
    ? ascii(name.split(' ')[0] ?? 'user') + rng.digits(rng.int(2, 5))
    : rng.token(rng.int(7, 11));
  return `${base}@${rng.weightedPick<string>([
    ['gmail.com', 40],
    ['outlook.com', 18],
    ['hotmail.com', 10],
    ['proton.me', 10],
    ['yahoo.co.jp', 8],
    ['yandex.com', 4],
    ['mail.com', 6],
    ['gmx.com', 4],
  ])}`;
}

const IOS = ['17_6', '18_1', '18_2', '18_3', '26_1'];
const ANDROID = [
  'SO-51D',
  'SC-52D',
  'Pixel 8',
  'Pixel 9',
  'SH-53D',
  'SM-S921B',
  'SM-A546E',
  'A301SO',
  'CPH2591',
];
const CHROME = ['131.0.0.0', '132.0.0.0', '133.0.0.0'];

export type DeviceKind = 'iphone' | 'android' | 'ipad' | 'mac' | 'windows';

export function userAgent(rng: Rng, kind: DeviceKind): string {
  const chrome = rng.pick(CHROME);
  switch (kind) {
    case 'iphone': {
      const v = rng.pick(IOS);
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.split('_')[0]}.${v.split('_')[1]} Mobile/15E148 Safari/604.1`;
    }
    case 'ipad':
      return 'Mozilla/5.0 (iPad; CPU OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1';
    case 'android':
      return `Mozilla/5.0 (Linux; Android ${rng.pick([13, 14, 15])}; ${rng.pick(ANDROID)}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`;
    case 'mac':
      return rng.chance(0.55)
        ? 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15'
        : `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`;
    case 'windows':
      return rng.chance(0.8)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`
        : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${chrome}`;
  }
}

/** The device a person shops on: Japan is mostly iPhone, elsewhere more Android and desktops. */
export function deviceOf(rng: Rng, c: Country | string, mobileBias = 0): Device {
  const jp = c === 'JP';
  const kind = rng.weightedPick<DeviceKind>([
    ['iphone', (jp ? 52 : 34) + mobileBias],
    ['android', (jp ? 18 : 22) + mobileBias / 2],
    ['ipad', 5],
    ['mac', jp ? 10 : 17],
    ['windows', jp ? 15 : 22],
  ]);
  return { userAgent: userAgent(rng, kind), ...(rng.chance(0.92) ? { id: `dev_${rng.token(20)}` } : {}) };
}

/** What scripted checkouts look like: headless browsers, or a common desktop user agent copied verbatim. */
export function scriptedDevice(rng: Rng, id?: string): Device {
  const ua = rng.chance(0.35)
    ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.pick(CHROME)} Safari/537.36`
    : `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${rng.pick(CHROME)} Safari/537.36`;
  return { userAgent: ua, ...(id ? { id } : rng.chance(0.5) ? { id: `dev_${rng.token(20)}` } : {}) };
}
