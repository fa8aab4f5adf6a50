import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Where the tea house sells and its buyers live: each market's currency and clock in January (no daylight
 * saving anywhere in Asia; standard time in North America and Europe), towns with real postcodes and streets,
 * the convenience-store branches parcels are collected from, and the shop on Dihua Street.
 */

export type Currency = 'TWD' | 'USD' | 'HKD' | 'JPY' | 'EUR';
export type Market = 'TW' | 'HK' | 'JP' | 'US' | 'CA' | 'DE' | 'FR' | 'NL' | 'GB';

/** The shop prices each market in one currency: Taiwan in dollars, abroad by the price list it ships from. */
export const MARKETS: Readonly<Record<Market, { currency: Currency; locale: string }>> = {
  TW: { currency: 'TWD', locale: 'zh-TW' },
  HK: { currency: 'HKD', locale: 'zh-HK' },
  JP: { currency: 'JPY', locale: 'ja-JP' },
  US: { currency: 'USD', locale: 'en-US' },
  CA: { currency: 'USD', locale: 'en-CA' },
  DE: { currency: 'EUR', locale: 'de-DE' },
  FR: { currency: 'EUR', locale: 'fr-FR' },
  NL: { currency: 'EUR', locale: 'nl-NL' },
  GB: { currency: 'EUR', locale: 'en-GB' },
};

export const ABROAD: readonly Market[] = ['HK', 'JP', 'US', 'CA', 'DE', 'FR', 'NL', 'GB'];

/** A town (or a district of one) and the streets its addresses are drawn from. */
export interface Place {
  country: string;
  city: string;
  postcodes: readonly string[];
  streets: readonly string[];
  /** UTC offset in January, hours. */
  tz: number;
}

const tw = (city: string, postcode: string, streets: string[]): Place => ({
  country: 'TW',
  city,
  postcodes: [postcode],
  streets,
  tz: 8,
});

/** Taiwanese districts, weighted towards greater Taipei, where the shop is known. */
export const TW_PLACES: ReadonlyArray<readonly [Place, number]> = [
  [tw('臺北市大同區', '103', ['迪化街一段', '民生西路', '延平北路二段', '南京西路']), 5],
  [tw('臺北市中山區', '104', ['南京東路二段', '林森北路', '中山北路二段', '松江路']), 7],
  [tw('臺北市大安區', '106', ['和平東路二段', '復興南路一段', '敦化南路二段', '忠孝東路四段']), 9],
  [tw('臺北市信義區', '110', ['松仁路', '基隆路一段', '永吉路', '忠孝東路五段']), 6],
  [tw('臺北市士林區', '111', ['中正路', '天母東路', '文林路']), 5],
  [tw('臺北市內湖區', '114', ['成功路四段', '內湖路一段', '港墘路']), 5],
  [tw('臺北市文山區', '116', ['木柵路三段', '興隆路二段', '指南路二段']), 4],
  [tw('新北市板橋區', '220', ['文化路一段', '中山路一段', '縣民大道二段']), 6],
  [tw('新北市中和區', '235', ['中和路', '景平路', '中正路']), 4],
  [tw('新北市新店區', '231', ['北新路二段', '中正路', '民權路']), 4],
  [tw('新北市三重區', '241', ['重新路三段', '正義北路', '三和路四段']), 3],
  [tw('新北市淡水區', '251', ['中山路', '中正東路一段']), 2],
  [tw('基隆市仁愛區', '200', ['愛三路', '仁一路']), 1],
  [tw('桃園市桃園區', '330', ['中正路', '復興路', '中華路']), 4],
  [tw('桃園市中壢區', '320', ['中央西路二段', '環北路', '中華路二段']), 3],
  [tw('新竹市東區', '300', ['光復路二段', '民族路', '食品路']), 3],
  [tw('新竹縣竹北市', '302', ['光明六路', '文興路', '自強南路']), 3],
  [tw('臺中市西屯區', '407', ['臺灣大道三段', '河南路二段', '市政路']), 5],
  [tw('臺中市北屯區', '406', ['崇德路二段', '文心路四段', '北屯路']), 3],
  [tw('彰化縣彰化市', '500', ['中山路二段', '中正路一段']), 2],
  [tw('南投縣鹿谷鄉', '558', ['中正路', '興產路']), 0.5],
  [tw('嘉義市東區', '600', ['中山路', '民族路']), 1.5],
  [tw('臺南市東區', '701', ['東門路二段', '崇學路', '長榮路二段']), 3],
  [tw('臺南市永康區', '710', ['中華路', '中山南路']), 2],
  [tw('高雄市苓雅區', '802', ['四維三路', '中正一路', '三多二路']), 3],
  [tw('高雄市左營區', '813', ['博愛二路', '自由二路', '裕誠路']), 3],
  [tw('高雄市鳳山區', '830', ['光遠路', '青年路二段']), 2],
  [tw('屏東縣屏東市', '900', ['自由路', '中正路']), 1],
  [tw('宜蘭縣宜蘭市', '260', ['中山路三段', '神農路二段']), 1],
  [tw('花蓮縣花蓮市', '970', ['中正路', '中華路']), 1],
];

const place = (country: string, tz: number, city: string, postcodes: string[], streets: string[]): Place => ({
  country,
  city,
  postcodes,
  streets,
  tz,
});

/** Towns abroad where the shop's overseas buyers (and the Taiwanese diaspora) live. */
export const PLACES_ABROAD: Readonly<Record<Market, readonly Place[]>> = {
  TW: [],
  HK: [
    place(
      'HK',
      8,
      'Hong Kong',
      [],
      ['Hennessy Road, Causeway Bay', "King's Road, North Point", 'Lockhart Road, Wan Chai'],
    ),
    place(
      'HK',
      8,
      'Kowloon',
      [],
      ['Argyle Street, Mong Kok', 'Canton Road, Tsim Sha Tsui', 'Waterloo Road, Kowloon Tong'],
    ),
    place(
      'HK',
      8,
      'New Territories',
      [],
      ['Sha Tin Centre Street, Sha Tin', 'Castle Peak Road, Tsuen Wan', 'Tong Ming Street, Tseung Kwan O'],
    ),
  ],
  JP: [
    place('JP', 9, 'Shibuya-ku, Tokyo', ['150-0001', '151-0053'], ['Jingumae', 'Yoyogi']),
    place('JP', 9, 'Setagaya-ku, Tokyo', ['154-0004', '155-0031'], ['Taishido', 'Kitazawa']),
    place('JP', 9, 'Bunkyo-ku, Tokyo', ['113-0033'], ['Hongo']),
    place('JP', 9, 'Yokohama, Kanagawa', ['231-0023', '220-0012'], ['Yamashitacho', 'Minatomirai']),
    place('JP', 9, 'Osaka', ['530-0001', '542-0081'], ['Umeda', 'Minamisenba']),
    place('JP', 9, 'Kyoto', ['604-8005'], ['Kawaramachi']),
    place('JP', 9, 'Nagoya, Aichi', ['460-0008'], ['Sakae']),
    place('JP', 9, 'Fukuoka', ['810-0001'], ['Tenjin']),
  ],
  US: [
    place('US', -8, 'Arcadia, CA', ['91006', '91007'], ['W Duarte Rd', 'S Baldwin Ave', 'Las Tunas Dr']),
    place('US', -8, 'Irvine, CA', ['92618', '92620'], ['Jeffrey Rd', 'Culver Dr']),
    place('US', -8, 'Cupertino, CA', ['95014'], ['Stevens Creek Blvd', 'Bubb Rd']),
    place('US', -8, 'Fremont, CA', ['94539'], ['Mission Blvd', 'Warm Springs Blvd']),
    place('US', -8, 'Bellevue, WA', ['98004', '98006'], ['NE 8th St', '148th Ave SE']),
    place('US', -8, 'Portland, OR', ['97201', '97209'], ['SW Broadway', 'NW Everett St']),
    place('US', -6, 'Houston, TX', ['77036', '77479'], ['Bellaire Blvd', 'Town Center Blvd']),
    place('US', -6, 'Chicago, IL', ['60616'], ['S Wentworth Ave', 'W Cermak Rd']),
    place('US', -5, 'Flushing, NY', ['11354', '11355'], ['Main St', 'Roosevelt Ave']),
    place('US', -5, 'Edison, NJ', ['08820'], ['Oak Tree Rd']),
    place('US', -5, 'Cambridge, MA', ['02139'], ['Massachusetts Ave', 'Prospect St']),
  ],
  CA: [
    place('CA', -8, 'Vancouver, BC', ['V6B 4Y8', 'V5Z 1M9'], ['Granville St', 'W Broadway']),
    place('CA', -8, 'Richmond, BC', ['V6X 2B7', 'V6Y 1R6'], ['No. 3 Rd', 'Westminster Hwy']),
    place('CA', -5, 'Toronto, ON', ['M5V 2T6', 'M4Y 1R5'], ['Spadina Ave', 'Yonge St']),
    place('CA', -5, 'Markham, ON', ['L3R 5H1'], ['Highway 7 E', 'Kennedy Rd']),
    place('CA', -5, 'Montréal, QC', ['H3B 4W8'], ['Rue Sainte-Catherine O']),
  ],
  DE: [
    place('DE', 1, 'Berlin', ['10115', '10627', '10967'], ['Torstraße', 'Kantstraße', 'Graefestraße']),
    place('DE', 1, 'München', ['80331', '80799'], ['Sendlinger Straße', 'Amalienstraße']),
    place('DE', 1, 'Hamburg', ['20095', '22767'], ['Mönckebergstraße', 'Große Bergstraße']),
    place('DE', 1, 'Düsseldorf', ['40213', '40210'], ['Immermannstraße', 'Königsallee']),
    place('DE', 1, 'Frankfurt am Main', ['60311'], ['Berliner Straße']),
  ],
  FR: [
    place(
      'FR',
      1,
      'Paris',
      ['75004', '75011', '75013', '75015'],
      ['rue de Rivoli', 'rue Oberkampf', 'avenue de Choisy', 'rue de Vaugirard'],
    ),
    place('FR', 1, 'Lyon', ['69002'], ['rue de la République']),
    place('FR', 1, 'Toulouse', ['31000'], ['rue d’Alsace-Lorraine']),
    place('FR', 1, 'Strasbourg', ['67000'], ['rue du Dôme']),
  ],
  NL: [
    place(
      'NL',
      1,
      'Amsterdam',
      ['1017 AB', '1072 AB', '1012 JS'],
      ['Prinsengracht', 'Ferdinand Bolstraat', 'Zeedijk'],
    ),
    place('NL', 1, 'Rotterdam', ['3011 AA'], ['Coolsingel']),
    place('NL', 1, 'Utrecht', ['3511 LX'], ['Oudegracht']),
    place('NL', 1, 'Den Haag', ['2511 CV'], ['Wagenstraat']),
    place('NL', 1, 'Leiden', ['2311 EK'], ['Breestraat']),
  ],
  GB: [
    place(
      'GB',
      0,
      'London',
      ['W1D 6AQ', 'SE1 9SG', 'N1 9GU', 'E14 5AB'],
      ['Gerrard Street', 'Borough High Street', 'Caledonian Road', 'Marsh Wall'],
    ),
    place('GB', 0, 'Manchester', ['M1 4BT'], ['Faulkner Street']),
    place('GB', 0, 'Edinburgh', ['EH1 1YZ'], ['Cockburn Street']),
    place('GB', 0, 'Cambridge', ['CB2 3QZ'], ['Trumpington Street']),
  ],
};

/** Where the sanctioned-country buyers are: none of these is a market the shop serves. */
export const SANCTIONED_PLACES: readonly Place[] = [
  place('RU', 3, 'Moscow', ['101000', '119019'], ['ulitsa Myasnitskaya', 'ulitsa Arbat']),
  place('RU', 3, 'Saint Petersburg', ['190000', '191186'], ['Nevsky prospekt', 'ulitsa Gorokhovaya']),
  place('RU', 7, 'Novosibirsk', ['630099'], ['Krasny prospekt']),
  place('BY', 3, 'Minsk', ['220030', '220004'], ['prospekt Nezavisimosti', 'ulitsa Nemiga']),
  place('IR', 3.5, 'Tehran', ['1513713111', '1968913151'], ['Vali Asr Street', 'Enghelab Street']),
];

export function twPlace(rng: Rng): Place {
  return rng.weightedPick(TW_PLACES);
}

/** The Taiwanese places among `cities`. */
export const twPlacesIn = (cities: readonly string[]): Place[] =>
  TW_PLACES.map(([p]) => p).filter((p) => cities.includes(p.city));

/** A Taiwanese place other than `not`: where parents or a recipient live. */
export function otherTwPlace(rng: Rng, not: Place): Place {
  for (let i = 0; i < 20; i++) {
    const p = twPlace(rng);
    if (p.city !== not.city) return p;
  }
  return rng.pick(TW_PLACES.map(([p]) => p).filter((p) => p.city !== not.city));
}

export function placeAbroad(rng: Rng, market: Market): Place {
  return rng.pick(PLACES_ABROAD[market]);
}

/** A street address in the style of its country. */
export function addressIn(rng: Rng, p: Place): Address {
  const street = rng.pick(p.streets);
  const n = rng.int(1, 260);
  let line1: string;
  if (p.country === 'TW')
    line1 = rng.chance(0.55)
      ? `${street}${rng.int(2, 320)}巷${rng.int(1, 60)}號${rng.int(2, 12)}樓`
      : `${street}${n}號${rng.chance(0.6) ? `${rng.int(2, 15)}樓` : ''}`;
  else if (p.country === 'HK')
    line1 = `Flat ${rng.int(1, 32)}${rng.pick(['A', 'B', 'C', 'D', 'E'])}, ${n} ${street}`;
  else if (p.country === 'JP') line1 = `${street} ${rng.int(1, 6)}-${rng.int(1, 30)}-${rng.int(1, 20)}`;
  else if (p.country === 'US' || p.country === 'CA' || p.country === 'GB')
    line1 = `${n} ${street}${rng.chance(0.35) ? ` Apt ${rng.int(1, 40)}` : ''}`;
  else if (p.country === 'FR') line1 = `${n} ${street}`;
  else line1 = `${street} ${n}`;
  const postcode = p.postcodes.length > 0 ? rng.pick(p.postcodes) : undefined;
  return { country: p.country, ...(postcode ? { postalCode: postcode } : {}), city: p.city, line1 };
}

/** The shop: 大稻埕, Dihua Street, where pickup orders and tea classes are. */
export const SHOP: Address = {
  country: 'TW',
  postalCode: '103',
  city: '臺北市大同區',
  line1: '迪化街一段72巷8號',
};

export type Chain = '7-ELEVEN' | '全家FamilyMart';

const BRANCHES = [
  '大稻埕',
  '雙連',
  '民權',
  '圓環',
  '永樂',
  '建成',
  '寧夏',
  '長安',
  '松江',
  '敦南',
  '和平',
  '仁愛',
  '忠孝',
  '公館',
  '景美',
  '木柵',
  '南港',
  '內湖',
  '中正',
  '博愛',
  '文化',
  '光復',
  '民族',
  '興隆',
  '中華',
  '自由',
] as const;

/** A convenience-store branch in `p`: parcels wait there seven days for the buyer to collect (and pay). */
export interface PickupStore {
  chain: Chain;
  storeId: string;
  name: string;
  address: Address;
}

export function pickupStore(rng: Rng, p: Place): PickupStore {
  const chain: Chain = rng.chance(0.62) ? '7-ELEVEN' : '全家FamilyMart';
  const name = `${rng.pick(BRANCHES)}${chain === '7-ELEVEN' ? '門市' : '店'}`;
  return {
    chain,
    storeId: chain === '7-ELEVEN' ? rng.digits(6) : `F${rng.digits(5)}`,
    name,
    address: { ...addressIn(rng, p), line1: `${chain} ${name} ${rng.pick(p.streets)}${rng.int(1, 300)}號` },
  };
}
