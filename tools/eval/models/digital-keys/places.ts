import { type Rng } from '../kit/random.js';

/**
 * The storefronts: each shopper's market sets the currency, the regional price level, the time zone, the
 * names, e-mail providers, postal codes, the ways people pay and the gift-card faces on sale there.
 */

export type Currency =
  | 'USD'
  | 'CAD'
  | 'AUD'
  | 'BRL'
  | 'MXN'
  | 'EUR'
  | 'GBP'
  | 'PLN'
  | 'TRY'
  | 'INR'
  | 'IDR'
  | 'PHP'
  | 'NGN'
  | 'SAR';

/** `pix` (Brazil), `upi` (India) and `ewallet` (GCash, Maya, DANA, OVO) confirm minutes after checkout. */
export type Method = 'card' | 'paypal' | 'paysafecard' | 'pix' | 'upi' | 'ewallet';

export interface Market {
  country: string;
  currency: Currency;
  /** Units of the currency per US dollar. */
  perUsd: number;
  /** Regional price of games, in-game currency and subscriptions against the US price converted. */
  regional: number;
  /** Share of the store's honest orders, %. */
  share: number;
  /** UTC offsets in June (several for the wide countries). */
  tz: readonly number[];
  /** Cities and the start of their postal codes. */
  cities: ReadonlyArray<readonly [string, string]>;
  first: readonly string[];
  last: readonly string[];
  mail: ReadonlyArray<readonly [string, number]>;
  pay: Readonly<Partial<Record<Method, number>>>;
  /** Platform gift-card faces sold in this currency, major units. */
  faces: readonly number[];
  /** Share of home connections that use IPv6. */
  v6: number;
}

const GLOBAL_MAIL = 'gmail.com=55 outlook.com=10 hotmail.com=10 yahoo.com=6 icloud.com=5';
const EN_FIRST = 'James Olivia Liam Emma Noah Ava Ethan Mia Lucas Chloe Tyler Madison Jayden Kayla Aiden';
const EN_LAST = 'Smith Johnson Brown Miller Davis Wilson Taylor Clark Lewis Walker Hall Young King Wright';
const EUR_FACES = '5 10 20 25 50 75 100';

const list = (s: string): string[] => s.split(' ').map((w) => w.replace(/_/g, ' '));
const pairs = (s: string): Array<[string, number]> =>
  s.split(' ').map((p) => {
    const [k = '', v = '0'] = p.split('=');
    return [k, Number(v)];
  });
const METHODS: readonly Method[] = ['card', 'paypal', 'paysafecard', 'pix', 'upi', 'ewallet'];
const isMethod = (k: string): k is Method => (METHODS as readonly string[]).includes(k);

/**
 * One storefront from compact text: `country currency perUsd regional share v6 tz,tz…`, then cities
 * (`City=postal-prefix; …`), first names, last names (`_` for a space), e-mail domains and payment methods
 * (`name=weight …`), and gift-card faces.
 */
function define(
  head: string,
  cities: string,
  first: string,
  last: string,
  mail: string,
  pay: string,
  faces: string,
): Market {
  const [country = '', currency = '', perUsd, regional, share, v6, tz = ''] = head.split(' ');
  return {
    country,
    currency: currency as Currency,
    perUsd: Number(perUsd),
    regional: Number(regional),
    share: Number(share),
    v6: Number(v6),
    tz: tz.split(',').map(Number),
    cities: cities.split('; ').map((c) => {
      const [city = '', prefix = ''] = c.split('=');
      return [city, prefix] as const;
    }),
    first: list(first),
    last: list(last),
    mail: pairs(`${GLOBAL_MAIL} ${mail}`),
    pay: Object.fromEntries(pairs(pay).filter(([k]) => isMethod(k))),
    faces: faces.split(' ').map(Number),
  };
}

export const MARKETS: readonly Market[] = [
  define(
    'US USD 1 1 24 0.45 -4,-4,-5,-5,-6,-7,-7',
    'New York=100; Houston=770; Los Angeles=900; Chicago=606; Phoenix=850; Columbus=432; Atlanta=303; Seattle=981',
    EN_FIRST,
    `${EN_LAST} Garcia Martinez Nguyen Patel`,
    'aol.com=3 comcast.net=2',
    'card=74 paypal=24 paysafecard=2',
    '5 10 20 25 50 75 100',
  ),
  define(
    'CA CAD 1.37 0.94 5 0.35 -4,-4,-5,-6,-7',
    'Toronto=M5V; Montréal=H2X; Vancouver=V6B; Calgary=T2P; Ottawa=K1P',
    `${EN_FIRST} Mathieu Émilie`,
    `${EN_LAST} Tremblay Gagnon Singh`,
    'videotron.ca=2 shaw.ca=2',
    'card=72 paypal=26 paysafecard=2',
    '10 20 25 50 75 100',
  ),
  define(
    'AU AUD 1.53 1.03 4 0.3 10,10,10,9.5,8',
    'Sydney=20; Melbourne=30; Brisbane=40; Perth=60; Adelaide=50',
    `${EN_FIRST} Jack Charlotte`,
    `${EN_LAST} Nguyen Kelly`,
    'bigpond.com=4 optusnet.com.au=2',
    'card=70 paypal=28 paysafecard=2',
    '10 20 30 50 100',
  ),
  define(
    'GB GBP 0.77 1.11 7 0.4 1',
    'London=SE15; Manchester=M14; Birmingham=B29; Leeds=LS6; Glasgow=G12; Bristol=BS7',
    `${EN_FIRST} Oliver Amelia Harry Isla`,
    `${EN_LAST} Evans Roberts Khan`,
    'btinternet.com=3 sky.com=2',
    'card=70 paypal=26 paysafecard=4',
    '5 10 15 20 25 50 100',
  ),
  define(
    'DE EUR 0.9 1.11 8 0.6 2',
    'Berlin=10; Hamburg=22; München=80; Köln=50; Leipzig=04; Dortmund=44',
    'Lukas Leon Finn Jonas Paul Mia Hannah Lea Sophie Emilia Tim Niklas Julia',
    'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Koch Yilmaz',
    'web.de=14 gmx.de=14 t-online.de=5',
    'card=42 paypal=44 paysafecard=14',
    EUR_FACES,
  ),
  define(
    'FR EUR 0.9 1.11 5 0.7 2',
    'Paris=750; Lyon=690; Marseille=130; Lille=590; Toulouse=310; Nantes=440',
    'Lucas Hugo Louis Gabriel Enzo Léa Manon Chloé Camille Inès Théo Nathan',
    'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Benali',
    'orange.fr=10 free.fr=7 sfr.fr=4 laposte.net=3',
    'card=64 paypal=28 paysafecard=8',
    EUR_FACES,
  ),
  define(
    'PL PLN 3.8 1.1 5 0.3 2',
    'Warszawa=00; Kraków=30; Wrocław=50; Poznań=60; Gdańsk=80; Łódź=90',
    'Jakub Kacper Szymon Filip Jan Zuzanna Julia Maja Hanna Oliwia Mateusz Bartek',
    'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański',
    'wp.pl=14 o2.pl=10 onet.pl=10 interia.pl=6',
    'card=50 paypal=22 paysafecard=28',
    '20 50 70 100 200',
  ),
  define(
    'TR TRY 45 0.8 5 0.2 3',
    'İstanbul=34; Ankara=06; İzmir=35; Bursa=16; Antalya=07',
    'Yusuf Eymen Mustafa Emir Ömer Zeynep Elif Defne Ecem Mert Burak Kerem',
    'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan',
    'hotmail.com.tr=6 yandex.com=5',
    'card=82 paypal=4 paysafecard=14',
    '50 100 250 500 1000',
  ),
  define(
    'IN INR 86 0.5 6 0.7 5.5',
    'Mumbai=400; Delhi=110; Bengaluru=560; Hyderabad=500; Chennai=600; Pune=411; Kolkata=700',
    'Aarav Vivaan Aditya Arjun Rohan Ananya Diya Priya Saanvi Ishaan Rahul Karan',
    'Sharma Verma Gupta Singh Kumar Patel Reddy Iyer Nair Das Joshi',
    'rediffmail.com=4 yahoo.co.in=6',
    'card=34 upi=60 paypal=6',
    '100 250 500 1000 2000 5000',
  ),
  define(
    'ID IDR 16300 0.77 5 0.3 7,7,7,8',
    'Jakarta=10; Surabaya=60; Bandung=40; Medan=20; Makassar=90; Denpasar=80',
    'Budi Agus Rizky Dimas Fajar Putri Siti Dewi Ayu Nadia Bayu Andi',
    'Santoso Wijaya Saputra Pratama Hidayat Nugroho Kurniawan Setiawan Lestari Siregar',
    'yahoo.co.id=6 ymail.com=2',
    'card=28 ewallet=64 paypal=8',
    '12000 45000 60000 90000 120000 250000 400000 600000',
  ),
  define(
    'PH PHP 57 0.87 4 0.4 8',
    'Quezon City=11; Manila=10; Cebu City=60; Davao City=80; Makati=12',
    'John_Mark Christian Angelo Joshua Kyla Nicole Angel Princess Jasmine Paolo Miguel',
    'Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos Dela_Cruz',
    'yahoo.com.ph=3',
    'card=36 ewallet=56 paypal=8',
    '50 100 250 500 1000 2000',
  ),
  define(
    'MX MXN 18.5 1.05 5 0.35 -6,-6,-6,-7',
    'Ciudad de México=06; Guadalajara=44; Monterrey=64; Puebla=72; Tijuana=22',
    'Santiago Mateo Diego Emiliano Sebastián Sofía Valentina Regina Ximena Camila Luis Jorge',
    'Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Flores',
    'prodigy.net.mx=2 live.com.mx=3',
    'card=70 paypal=26 paysafecard=4',
    '100 200 300 500 1000',
  ),
  define(
    'BR BRL 5.5 0.9 9 0.45 -3',
    'São Paulo=01; Rio de Janeiro=20; Belo Horizonte=30; Porto Alegre=90; Recife=50; Curitiba=80',
    'Miguel Arthur Gael Heitor Davi Helena Alice Laura Maria Valentina Gustavo Lucas',
    'Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa',
    'uol.com.br=5 bol.com.br=4 hotmail.com.br=3',
    'card=38 pix=56 paypal=6',
    '20 30 50 60 100 150 200 250',
  ),
  define(
    'NG NGN 1550 1 3 0.05 1',
    'Lagos=100; Abuja=900; Ibadan=200; Port Harcourt=500; Benin City=300',
    'Chinedu Emeka Tunde Segun Ibrahim Ngozi Amaka Funmi Aisha Tobi David Blessing',
    'Okafor Adeyemi Okonkwo Balogun Eze Nwosu Bello Adebayo Ogunleye Chukwu',
    'yahoo.co.uk=4',
    'card=88 paypal=12',
    '5 10 20 25 50 100',
  ),
  define(
    'SA SAR 3.75 1.1 4 0.4 3',
    'Riyadh=11; Jeddah=21; Dammam=32; Mecca=24; Medina=42',
    'Mohammed Abdullah Faisal Khalid Saud Nora Sara Reem Lama Fahad Turki Omar',
    'Al-Qahtani Al-Ghamdi Al-Otaibi Al-Harbi Al-Zahrani Al-Dosari Al-Shehri Al-Mutairi',
    'hotmail.sa=1',
    'card=78 paypal=10 paysafecard=12',
    '20 50 100 200 300 500',
  ),
];

/** Nigeria's store sells US-dollar gift cards, charged in naira at the store's rate. */
export const USD_FACES: ReadonlySet<string> = new Set(['NG']);

const byCountry = new Map(MARKETS.map((m) => [m.country, m]));
export function market(country: string): Market {
  const m = byCountry.get(country);
  if (!m) throw new Error(`no market ${country}`);
  return m;
}

export const pickMarket = (rng: Rng): Market => rng.weightedPick(MARKETS.map((m) => [m, m.share] as const));
