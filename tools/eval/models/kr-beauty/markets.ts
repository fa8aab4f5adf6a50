import { type Rng } from '../kit/random.js';

/** The overseas markets: who orders from where, on which clock, with which carriers and address shapes. */

export interface Market {
  country: string;
  /** UTC offset, hours (standard time in November). */
  tz: number;
  /** Share among overseas buyers. */
  weight: number;
  /** The networks its people are on (home first). */
  networks: readonly string[];
  cities: ReadonlyArray<readonly [string, () => string]>;
  /** A street line in the local shape. */
  street: (rng: Rng) => string;
  locale: string;
}

const enStreet = (names: readonly string[], kinds: readonly string[]) => (rng: Rng) =>
  `${rng.int(1, 2999)} ${rng.pick(names)} ${rng.pick(kinds)}`;

export const MARKETS: readonly Market[] = [
  {
    country: 'US',
    tz: -6,
    weight: 26,
    networks: ['comcast', 'att', 'verizon', 'tmobile-us'],
    locale: 'en-US',
    cities: [
      ['Los Angeles', () => '900'],
      ['New York', () => '100'],
      ['Houston', () => '770'],
      ['Seattle', () => '981'],
      ['Atlanta', () => '303'],
      ['Chicago', () => '606'],
    ],
    street: enStreet(
      ['Oak', 'Maple', 'Cedar', 'Park', 'Lake', 'Sunset', 'Hill'],
      ['St', 'Ave', 'Dr', 'Blvd'],
    ),
  },
  {
    country: 'CA',
    tz: -5,
    weight: 7,
    networks: ['rogers', 'bell'],
    locale: 'en-CA',
    cities: [
      ['Toronto', () => 'M5V'],
      ['Vancouver', () => 'V6B'],
      ['Calgary', () => 'T2P'],
      ['Montreal', () => 'H3B'],
    ],
    street: enStreet(['King', 'Queen', 'Robson', 'Bloor', 'Yonge'], ['St', 'Ave']),
  },
  {
    country: 'AU',
    tz: 11,
    weight: 8,
    networks: ['telstra', 'optus'],
    locale: 'en-AU',
    cities: [
      ['Sydney', () => '2000'],
      ['Melbourne', () => '3000'],
      ['Brisbane', () => '4000'],
      ['Perth', () => '6000'],
    ],
    street: enStreet(['George', 'Collins', 'Queen', 'Hay', 'Pitt'], ['St', 'Rd']),
  },
  {
    country: 'GB',
    tz: 0,
    weight: 7,
    networks: ['bt', 'sky', 'ee'],
    locale: 'en-GB',
    cities: [
      ['London', () => 'SE1'],
      ['Manchester', () => 'M1'],
      ['Leeds', () => 'LS1'],
      ['Glasgow', () => 'G2'],
    ],
    street: enStreet(['High', 'Station', 'Church', 'Victoria'], ['Street', 'Road']),
  },
  {
    country: 'DE',
    tz: 1,
    weight: 4,
    networks: ['telekom'],
    locale: 'de-DE',
    cities: [
      ['Berlin', () => '10'],
      ['München', () => '80'],
      ['Hamburg', () => '20'],
    ],
    street: (rng) => `${rng.pick(['Hauptstraße', 'Schillerstraße', 'Bergstraße'])} ${rng.int(1, 140)}`,
  },
  {
    country: 'FR',
    tz: 1,
    weight: 4,
    networks: ['orange-fr', 'free-fr'],
    locale: 'fr-FR',
    cities: [
      ['Paris', () => '750'],
      ['Lyon', () => '6900'],
      ['Marseille', () => '130'],
    ],
    street: (rng) => `${rng.int(1, 140)} rue ${rng.pick(['de la Paix', 'Victor Hugo', 'des Lilas'])}`,
  },
  {
    country: 'NL',
    tz: 1,
    weight: 2,
    networks: ['kpn'],
    locale: 'nl-NL',
    cities: [
      ['Amsterdam', () => '10'],
      ['Rotterdam', () => '30'],
    ],
    street: (rng) => `${rng.pick(['Kerkstraat', 'Dorpsstraat'])} ${rng.int(1, 200)}`,
  },
  {
    country: 'ES',
    tz: 1,
    weight: 2,
    networks: ['movistar'],
    locale: 'es-ES',
    cities: [
      ['Madrid', () => '280'],
      ['Barcelona', () => '080'],
    ],
    street: (rng) => `Calle ${rng.pick(['Mayor', 'Real', 'Sol'])} ${rng.int(1, 90)}`,
  },
  {
    country: 'IT',
    tz: 1,
    weight: 2,
    networks: ['tim'],
    locale: 'it-IT',
    cities: [
      ['Milano', () => '201'],
      ['Roma', () => '001'],
    ],
    street: (rng) => `Via ${rng.pick(['Roma', 'Garibaldi', 'Dante'])} ${rng.int(1, 90)}`,
  },
  {
    country: 'PL',
    tz: 1,
    weight: 2,
    networks: ['orange-pl'],
    locale: 'pl-PL',
    cities: [
      ['Warszawa', () => '00-'],
      ['Kraków', () => '30-'],
    ],
    street: (rng) => `ul. ${rng.pick(['Polna', 'Leśna', 'Słoneczna'])} ${rng.int(1, 90)}`,
  },
  {
    country: 'SG',
    tz: 8,
    weight: 6,
    networks: ['singtel', 'starhub'],
    locale: 'en-SG',
    cities: [['Singapore', () => '']],
    street: (rng) =>
      `Blk ${rng.int(1, 999)} ${rng.pick(['Tampines', 'Jurong West', 'Bedok North'])} St ${rng.int(1, 90)}`,
  },
  {
    country: 'MY',
    tz: 8,
    weight: 6,
    networks: ['tm', 'celcom'],
    locale: 'ms-MY',
    cities: [
      ['Kuala Lumpur', () => '50'],
      ['Petaling Jaya', () => '46'],
      ['Johor Bahru', () => '80'],
    ],
    street: (rng) => `${rng.int(1, 90)}, Jalan ${rng.pick(['SS2', 'Ampang', 'Bukit Bintang'])}`,
  },
  {
    country: 'ID',
    tz: 7,
    weight: 5,
    networks: ['telkom', 'telkomsel'],
    locale: 'id-ID',
    cities: [
      ['Jakarta', () => '1'],
      ['Surabaya', () => '60'],
      ['Bandung', () => '40'],
    ],
    street: (rng) => `Jl. ${rng.pick(['Sudirman', 'Thamrin', 'Diponegoro'])} No. ${rng.int(1, 200)}`,
  },
  {
    country: 'PH',
    tz: 8,
    weight: 5,
    networks: ['pldt', 'globe'],
    locale: 'en-PH',
    cities: [
      ['Quezon City', () => '11'],
      ['Makati', () => '12'],
      ['Cebu City', () => '60'],
    ],
    street: (rng) => `${rng.int(1, 300)} ${rng.pick(['Rizal', 'Mabini', 'Bonifacio'])} St`,
  },
  {
    country: 'VN',
    tz: 7,
    weight: 4,
    networks: ['vnpt', 'viettel', 'fpt'],
    locale: 'vi-VN',
    cities: [
      ['Ho Chi Minh City', () => '70'],
      ['Hanoi', () => '10'],
    ],
    street: (rng) => `${rng.int(1, 300)} ${rng.pick(['Nguyễn Huệ', 'Lê Lợi', 'Trần Hưng Đạo'])}`,
  },
  {
    country: 'HK',
    tz: 8,
    weight: 4,
    networks: ['netvigator', 'csl'],
    locale: 'zh-HK',
    cities: [['Hong Kong', () => '']],
    street: (rng) => `Flat ${rng.pick(['A', 'B', 'C'])}, ${rng.int(2, 40)}/F, ${rng.int(1, 300)} Nathan Road`,
  },
  {
    country: 'TW',
    tz: 8,
    weight: 4,
    networks: ['hinet'],
    locale: 'zh-TW',
    cities: [
      ['Taipei', () => '10'],
      ['Taichung', () => '40'],
      ['Kaohsiung', () => '80'],
    ],
    street: (rng) => `${rng.pick(['中山路', '民生路', '忠孝東路'])} ${rng.int(1, 300)}號`,
  },
  {
    country: 'JP',
    tz: 9,
    weight: 4,
    networks: ['ntt', 'softbank'],
    locale: 'ja-JP',
    cities: [
      ['Tokyo', () => '1'],
      ['Osaka', () => '5'],
    ],
    street: (rng) =>
      `${rng.int(1, 9)}-${rng.int(1, 30)}-${rng.int(1, 20)} ${rng.pick(['Shinjuku', 'Umeda', 'Ikebukuro'])}`,
  },
  {
    country: 'AE',
    tz: 4,
    weight: 3,
    networks: ['etisalat', 'du'],
    locale: 'en-AE',
    cities: [
      ['Dubai', () => ''],
      ['Abu Dhabi', () => ''],
    ],
    street: (rng) =>
      `Villa ${rng.int(1, 90)}, Street ${rng.int(1, 40)}, ${rng.pick(['Al Barsha', 'JLT', 'Khalifa City'])}`,
  },
  {
    country: 'SA',
    tz: 3,
    weight: 2,
    networks: ['stc'],
    locale: 'ar-SA',
    cities: [
      ['Riyadh', () => '1'],
      ['Jeddah', () => '2'],
    ],
    street: (rng) => `${rng.int(1000, 9999)} ${rng.pick(['King Fahd Rd', 'Tahlia St'])}`,
  },
  {
    country: 'QA',
    tz: 3,
    weight: 1,
    networks: ['ooredoo'],
    locale: 'en-QA',
    cities: [['Doha', () => '']],
    street: (rng) => `Zone ${rng.int(10, 70)}, Street ${rng.int(100, 999)}`,
  },
  {
    country: 'KW',
    tz: 3,
    weight: 1,
    networks: ['zain'],
    locale: 'en-KW',
    cities: [['Kuwait City', () => '']],
    street: (rng) => `Block ${rng.int(1, 12)}, Street ${rng.int(1, 120)}`,
  },
];
