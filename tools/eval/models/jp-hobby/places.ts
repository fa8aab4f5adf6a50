import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** Where shoppers live and where parcels go: Japanese addresses as a Japanese checkout takes them, and abroad. */

/** A Japanese municipality: prefecture and city (ward), the first three postal digits, and its towns. */
interface JpPlace {
  city: string;
  zip: string;
  towns: readonly string[];
  weight: number;
}

const JP: readonly JpPlace[] = [
  { city: '東京都世田谷区', zip: '154', towns: ['三軒茶屋', '太子堂', '下馬', '池尻'], weight: 6 },
  { city: '東京都杉並区', zip: '166', towns: ['高円寺南', '阿佐谷北', '荻窪', '和田'], weight: 4 },
  { city: '東京都練馬区', zip: '176', towns: ['豊玉北', '練馬', '桜台', '中村北'], weight: 4 },
  { city: '東京都江東区', zip: '135', towns: ['豊洲', '東雲', '大島', '亀戸'], weight: 4 },
  { city: '東京都豊島区', zip: '170', towns: ['東池袋', '南大塚', '巣鴨', '目白'], weight: 3 },
  { city: '東京都八王子市', zip: '192', towns: ['旭町', '明神町', '子安町', '元本郷町'], weight: 2 },
  { city: '神奈川県横浜市港北区', zip: '222', towns: ['日吉', '大倉山', '菊名', '新横浜'], weight: 5 },
  { city: '神奈川県川崎市中原区', zip: '211', towns: ['小杉町', '新丸子町', '今井南町'], weight: 3 },
  { city: '埼玉県さいたま市大宮区', zip: '330', towns: ['桜木町', '大門町', '宮町', '仲町'], weight: 3 },
  { city: '埼玉県川口市', zip: '332', towns: ['栄町', '本町', '西川口', '芝'], weight: 3 },
  { city: '千葉県船橋市', zip: '273', towns: ['本町', '湊町', '宮本', '夏見'], weight: 3 },
  { city: '千葉県千葉市美浜区', zip: '261', towns: ['幕張西', '真砂', '高洲', '稲毛海岸'], weight: 2 },
  { city: '大阪府大阪市浪速区', zip: '556', towns: ['日本橋', '難波中', '元町', '敷津東'], weight: 3 },
  { city: '大阪府堺市北区', zip: '591', towns: ['中百舌鳥町', '北花田町', '長曽根町'], weight: 3 },
  { city: '大阪府豊中市', zip: '560', towns: ['本町', '曽根東町', '桜の町', '新千里東町'], weight: 3 },
  { city: '京都府京都市左京区', zip: '606', towns: ['田中里ノ前町', '北白川', '下鴨松ノ木町'], weight: 2 },
  { city: '兵庫県神戸市中央区', zip: '650', towns: ['元町通', '北長狭通', '磯上通'], weight: 3 },
  { city: '愛知県名古屋市中区', zip: '460', towns: ['大須', '栄', '千代田', '金山'], weight: 4 },
  { city: '愛知県豊田市', zip: '471', towns: ['若宮町', '挙母町', '西町'], weight: 2 },
  { city: '静岡県静岡市葵区', zip: '420', towns: ['紺屋町', '呉服町', '鷹匠'], weight: 2 },
  { city: '静岡県浜松市中央区', zip: '430', towns: ['砂山町', '板屋町', '中島'], weight: 2 },
  { city: '福岡県福岡市博多区', zip: '812', towns: ['博多駅前', '住吉', '祇園町', '美野島'], weight: 4 },
  { city: '北海道札幌市北区', zip: '001', towns: ['北七条西', '北二十四条西', '麻生町'], weight: 3 },
  { city: '宮城県仙台市青葉区', zip: '980', towns: ['一番町', '国分町', '上杉', '木町通'], weight: 2 },
  { city: '広島県広島市中区', zip: '730', towns: ['紙屋町', '八丁堀', '大手町', '本川町'], weight: 2 },
  { city: '新潟県新潟市中央区', zip: '950', towns: ['古町通', '東大通', '万代'], weight: 1 },
  { city: '長野県長野市', zip: '380', towns: ['南千歳', '鶴賀', '三輪'], weight: 1 },
  { city: '茨城県つくば市', zip: '305', towns: ['天久保', '吾妻', '竹園'], weight: 1 },
  { city: '岡山県岡山市北区', zip: '700', towns: ['表町', '野田屋町', '奉還町'], weight: 1 },
  { city: '熊本県熊本市中央区', zip: '860', towns: ['上通町', '水前寺', '新町'], weight: 1 },
  { city: '沖縄県那覇市', zip: '900', towns: ['牧志', '久茂地', '泊', '古島'], weight: 1 },
];

const BUILDINGS = ['メゾン', 'コーポ', 'ハイツ', 'レジデンス', 'パークハウス', 'グランドール', 'ヴィラ'];
const BUILDING_NAMES = ['桜', '若葉', 'エクセル', 'ソレイユ', '緑ヶ丘', 'アルテ', '光', 'リバーサイド'];

/** A Japanese home: `〒NNN-NNNN`, prefecture + city, town and block, often a flat. */
export function jpHome(rng: Rng, flat = rng.chance(0.55)): Address {
  const p = rng.weightedPick(JP.map((x) => [x, x.weight] as const));
  const block = `${rng.int(1, 5)}-${rng.int(1, 28)}-${rng.int(1, 20)}`;
  const room = flat
    ? ` ${rng.pick(BUILDINGS)}${rng.pick(BUILDING_NAMES)} ${rng.int(1, 9)}0${rng.int(1, 8)}`
    : '';
  return {
    country: 'JP',
    postalCode: `${p.zip}-${rng.digits(4)}`,
    city: p.city,
    line1: `${rng.pick(p.towns)}${block}${room}`,
  };
}

/** Writes the same address another way, as a reseller does to get past "one per address" (address jigging). */
export function jigged(rng: Rng, a: Address): Address {
  const line = a.line1 ?? '';
  const forms = [
    line.replace(/ (\D+) (\d+)$/, '-$2'),
    line.replace(/^(\D+)(\d+)-/, '$1$2丁目'),
    line.replace(/(\d+)$/, '$1号室'),
    `${line} ${rng.token(2, 'ABCDEFGHJK')}`,
    line.replace(/-/g, '－'),
  ];
  return { ...a, line1: rng.pick(forms) };
}

/** Konbini pickup: the parcel waits at a convenience store; the shipping line names the store. */
export function konbiniPickup(rng: Rng, near: Address): Address {
  const chain = rng.pick(['セブン-イレブン', 'ローソン', 'ファミリーマート']);
  return {
    ...near,
    line1: `${chain} ${near.city?.replace(/^.*?[都道府県]/, '')}${rng.int(1, 30)}丁目店 留置`,
  };
}

/**
 * Package forwarders' warehouses (invented): overseas collectors get a Japanese address here and a locker
 * code; many buyers share one address.
 */
export const FORWARDERS: readonly Address[] = [
  { country: 'JP', postalCode: '272-0002', city: '千葉県市川市', line1: '二俣新町17 市川ロジセンター3F' },
  { country: 'JP', postalCode: '340-0113', city: '埼玉県幸手市', line1: '幸手工業団地4-2 B棟' },
  { country: 'JP', postalCode: '559-0031', city: '大阪府大阪市住之江区', line1: '南港東8-3-12 南港倉庫2F' },
  { country: 'JP', postalCode: '144-0041', city: '東京都大田区', line1: '羽田空港2-7-1 国際貨物棟' },
  { country: 'JP', postalCode: '812-0051', city: '福岡県福岡市博多区', line1: '箱崎ふ頭5-9 ハコザキ物流' },
];

/** A forwarder address with the customer's locker code. */
export function forwarderAddress(rng: Rng, index = rng.int(0, FORWARDERS.length - 1)): Address {
  const f = FORWARDERS[index % FORWARDERS.length] ?? FORWARDERS[0];
  return {
    ...(f as Address),
    line1: `${f?.line1 ?? ''} #${rng.token(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(6)}`,
  };
}

/** An overseas city: country, time zone (March), postcode pattern, streets, and the networks used there. */
export interface AbroadPlace {
  country: string;
  city: string;
  tz: number;
  postal: () => string;
  streets: readonly string[];
}

const d = (rng: Rng, prefix: string, n: number) => () => `${prefix}${rng.digits(n)}`;

export function abroad(rng: Rng): Record<string, readonly AbroadPlace[]> {
  const up = (s: string) => s + rng.token(1, 'ABDEFGHJLNPQRSTUWXYZ') + rng.token(1, 'ABDEFGHJLNPQRSTUWXYZ');
  return {
    US: [
      {
        country: 'US',
        city: 'Los Angeles, CA',
        tz: -8,
        postal: d(rng, '900', 2),
        streets: ['S Hill St', 'W 3rd St', 'Sawtelle Blvd'],
      },
      {
        country: 'US',
        city: 'San Jose, CA',
        tz: -8,
        postal: d(rng, '951', 2),
        streets: ['N 1st St', 'Saratoga Ave'],
      },
      {
        country: 'US',
        city: 'Seattle, WA',
        tz: -8,
        postal: d(rng, '981', 2),
        streets: ['Jackson St', 'Aurora Ave N'],
      },
      {
        country: 'US',
        city: 'Houston, TX',
        tz: -6,
        postal: d(rng, '770', 2),
        streets: ['Bellaire Blvd', 'Westheimer Rd'],
      },
      {
        country: 'US',
        city: 'Chicago, IL',
        tz: -6,
        postal: d(rng, '606', 2),
        streets: ['N Clark St', 'W Belmont Ave'],
      },
      {
        country: 'US',
        city: 'Brooklyn, NY',
        tz: -5,
        postal: d(rng, '112', 2),
        streets: ['Bedford Ave', '8th Ave'],
      },
      {
        country: 'US',
        city: 'Columbus, OH',
        tz: -5,
        postal: d(rng, '432', 2),
        streets: ['High St', 'Morse Rd'],
      },
      {
        country: 'US',
        city: 'Honolulu, HI',
        tz: -10,
        postal: d(rng, '968', 2),
        streets: ['Kapahulu Ave', 'King St'],
      },
    ],
    CA: [
      {
        country: 'CA',
        city: 'Toronto, ON',
        tz: -5,
        postal: () => `M${rng.int(1, 9)}${up('')} ${rng.int(1, 9)}${up('')}`.slice(0, 7),
        streets: ['Spadina Ave', 'Yonge St'],
      },
    ],
    GB: [
      {
        country: 'GB',
        city: 'London',
        tz: 0,
        postal: () => `${rng.pick(['N', 'E', 'SE', 'SW'])}${rng.int(1, 19)} ${rng.int(1, 9)}${up('')}`,
        streets: ['Holloway Rd', 'Old Kent Rd'],
      },
      {
        country: 'GB',
        city: 'Manchester',
        tz: 0,
        postal: () => `M${rng.int(1, 40)} ${rng.int(1, 9)}${up('')}`,
        streets: ['Oldham St', 'Wilmslow Rd'],
      },
    ],
    DE: [
      {
        country: 'DE',
        city: 'Berlin',
        tz: 1,
        postal: d(rng, '10', 3),
        streets: ['Kastanienallee', 'Sonnenallee'],
      },
      {
        country: 'DE',
        city: 'München',
        tz: 1,
        postal: d(rng, '80', 3),
        streets: ['Leopoldstraße', 'Lindwurmstraße'],
      },
    ],
    FR: [
      {
        country: 'FR',
        city: 'Paris',
        tz: 1,
        postal: () => `750${rng.int(10, 20)}`,
        streets: ['Rue Sainte-Anne', 'Boulevard Voltaire'],
      },
      {
        country: 'FR',
        city: 'Lyon',
        tz: 1,
        postal: () => `6900${rng.int(1, 9)}`,
        streets: ['Rue de la République', 'Cours Gambetta'],
      },
    ],
    IT: [
      {
        country: 'IT',
        city: 'Milano',
        tz: 1,
        postal: d(rng, '201', 2),
        streets: ['Via Paolo Sarpi', 'Corso Buenos Aires'],
      },
    ],
    ES: [
      {
        country: 'ES',
        city: 'Madrid',
        tz: 1,
        postal: d(rng, '280', 2),
        streets: ['Calle de Fuencarral', 'Calle de Alcalá'],
      },
    ],
    SG: [
      {
        country: 'SG',
        city: 'Singapore',
        tz: 8,
        postal: d(rng, '', 6),
        streets: ['Tampines St 81', 'Bukit Batok West Ave 6', 'Bras Basah Rd'],
      },
    ],
    MY: [
      {
        country: 'MY',
        city: 'Kuala Lumpur',
        tz: 8,
        postal: d(rng, '5', 4),
        streets: ['Jalan Ampang', 'Jalan Klang Lama'],
      },
    ],
    PH: [
      {
        country: 'PH',
        city: 'Quezon City',
        tz: 8,
        postal: () => `11${rng.int(0, 2)}${rng.digits(1)}`,
        streets: ['Tomas Morato Ave', 'Katipunan Ave'],
      },
    ],
    TH: [
      {
        country: 'TH',
        city: 'Bangkok',
        tz: 7,
        postal: d(rng, '10', 3),
        streets: ['Sukhumvit Soi 24', 'Ratchadaphisek Rd'],
      },
    ],
    ID: [
      {
        country: 'ID',
        city: 'Jakarta',
        tz: 7,
        postal: d(rng, '1', 4),
        streets: ['Jl. Gajah Mada', 'Jl. Kemang Raya'],
      },
    ],
    HK: [
      {
        country: 'HK',
        city: 'Hong Kong',
        tz: 8,
        postal: () => '',
        streets: ['Sai Yeung Choi St S', 'Nathan Rd'],
      },
    ],
    TW: [
      {
        country: 'TW',
        city: 'Taipei',
        tz: 8,
        postal: d(rng, '1', 2),
        streets: ['Zhongxiao E Rd', 'Xinsheng S Rd'],
      },
    ],
    AU: [
      {
        country: 'AU',
        city: 'Sydney NSW',
        tz: 11,
        postal: d(rng, '20', 2),
        streets: ['George St', 'Parramatta Rd'],
      },
      {
        country: 'AU',
        city: 'Melbourne VIC',
        tz: 11,
        postal: d(rng, '30', 2),
        streets: ['Swanston St', 'Sydney Rd'],
      },
      { country: 'AU', city: 'Perth WA', tz: 8, postal: d(rng, '60', 2), streets: ['Hay St', 'Beaufort St'] },
    ],
    RU: [
      {
        country: 'RU',
        city: 'Moscow',
        tz: 3,
        postal: d(rng, '1', 5),
        streets: ['ul. Tverskaya', 'Leninsky pr.'],
      },
    ],
    KZ: [
      {
        country: 'KZ',
        city: 'Almaty',
        tz: 5,
        postal: d(rng, '050', 3),
        streets: ['pr. Abaya', 'ul. Zhibek Zholy'],
      },
    ],
    KG: [
      {
        country: 'KG',
        city: 'Bishkek',
        tz: 6,
        postal: d(rng, '720', 3),
        streets: ['pr. Chuy', 'ul. Kievskaya'],
      },
    ],
    AM: [
      {
        country: 'AM',
        city: 'Yerevan',
        tz: 4,
        postal: d(rng, '00', 2),
        streets: ['Mashtots Ave', 'Abovyan St'],
      },
    ],
  };
}

/** A street address in an overseas place. */
export function abroadHome(rng: Rng, p: AbroadPlace): Address {
  const postalCode = p.postal();
  const unit = rng.chance(0.35) ? ` Apt ${rng.int(1, 30)}${rng.pick(['', 'A', 'B'])}` : '';
  return {
    country: p.country,
    ...(postalCode ? { postalCode } : {}),
    city: p.city,
    line1: `${rng.int(1, 2400)} ${rng.pick(p.streets)}${unit}`,
  };
}
