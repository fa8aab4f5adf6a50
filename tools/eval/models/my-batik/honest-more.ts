import { accountBuyer, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { familySet, heirloom, type Lines, outfit } from './baskets.js';
import { ABROAD_CUTOFF, accountOpened, PENINSULAR_CUTOFF, when } from './calendar.js';
import { newCard } from './cards.js';
import {
  basketOf,
  CATALOGUE as C,
  type Code,
  type Delivery,
  type Item,
  SAMPING,
  VOUCHERS,
} from './catalogue.js';
import { newDevice } from './devices.js';
import { deliveryTo, type Draft, honestFinish, localeOf, shopperOf, visit, type World } from './checkout.js';
import { honestCode, ownDraft, peninsularDelivery } from './honest-shared.js';
import { ipOn, network } from './networks.js';
import { malayName, newCustomer, phoneFor } from './people.js';
import { addressIn, malaysianTown, MALAYSIA, isKlangValley } from './places.js';
import { type Company, type Method, type Purchase } from './purchase.js';

/** Honest orders that go to someone else, abroad, through a VPN, or to a company. */

const PARENTS_NOTES = [
  'Selamat Hari Raya Mak & Abah, maaf zahir dan batin.',
  'Untuk Mak, Selamat Hari Raya. Dari Along sekeluarga.',
  'Baju raya untuk Abah. Jumpa di kampung nanti!',
  'Salam Aidilfitri, Tok Wan. Dari cucu-cucu di KL.',
  'Mak, ini baju raya tahun ni. Sayang Mak.',
] as const;

/** A parent's name as the parcel carries it: often with Hajah or Haji. */
const elder = (rng: Rng, female: boolean) =>
  `${rng.chance(0.4) ? (female ? 'Hajah ' : 'Haji ') : ''}${malayName(rng, female)}`;

/** For a mother: a finer kurung, kebaya or kaftan, a silk shawl; for a father: baju Melayu, samping, songkok. */
function forParents(rng: Rng): { lines: Lines; mother: boolean } {
  const mother = rng.chance(0.65);
  const lines: Lines = [];
  if (mother || rng.chance(0.35)) {
    lines.push([rng.pick([C.kurungPahang, C.kebaya, C.batikKaftan, C.kurungTelukBelanga, C.kurungModen]), 1]);
    if (rng.chance(0.4)) lines.push([C.shawlSilk, 1]);
  }
  if (!mother || rng.chance(0.4)) {
    lines.push([rng.pick([C.melayuTeluk, C.melayuPremium, C.melayuCekak]), 1]);
    if (rng.chance(0.5)) lines.push([rng.pick(SAMPING), 1]);
    if (rng.chance(0.4)) lines.push([C.songkokPremium, 1]);
  }
  return { lines, mother };
}

/**
 * Balik kampung: a son or daughter in the city sends Raya outfits to parents in the kampung (another town, another
 * state, Sabah or Sarawak) with a note, or e-mails a voucher to a sibling.
 */
export function balikKampungGift(rng: Rng, w: World): Purchase {
  const s = shopperOf(rng, w, 'peninsular', { returning: 60, fresh: 25, guest: 15 });
  if (rng.chance(0.2)) {
    const lines: Lines = [[rng.pick(VOUCHERS.slice(0, 3)), rng.chance(0.8) ? 1 : 2]];
    const d = ownDraft(rng, s, lines, { delivery: 'email', extra: { cod: 0, atome: 0 } });
    const sibling = malayName(rng, rng.chance(0.6));
    return honestFinish(
      rng,
      w,
      { ...d, recipient: sibling, giftNote: `Selamat Hari Raya, ${sibling.split(' ')[0] ?? ''}!` },
      s.c,
      s.signedIn,
      'balik_kampung_gift',
    );
  }
  const { lines, mother } = forParents(rng);
  const where = rng.weightedPick<'outside_kv' | 'east' | 'klang_valley'>([
    ['outside_kv', 75],
    ['east', 15],
    ['klang_valley', 10],
  ]);
  const town = malaysianTown(rng, where);
  const shipping = { ...addressIn(rng, MALAYSIA, town) };
  const delivery = deliveryTo(shipping);
  const d = ownDraft(rng, s, lines, { delivery });
  const draft: Draft = { ...d, shipping, recipient: elder(rng, mother), giftNote: rng.pick(PARENTS_NOTES) };
  return honestFinish(rng, w, draft, s.c, s.signedIn, 'balik_kampung_gift');
}

/** Singaporean and Bruneian Malays in Singapore dollars: outfits, family sets, now and then collected in KL. */
export function singaporeBrunei(rng: Rng, w: World): Purchase {
  const segment = rng.chance(0.75) ? 'sg' : 'bn';
  const s = shopperOf(
    rng,
    w,
    segment,
    { returning: 60, fresh: 25, guest: 15 },
    { dayFactor: (d) => (d >= PENINSULAR_CUTOFF ? 0.5 : 1) },
  );
  const lines = rng.chance(0.25) ? familySet(rng) : outfit(rng, s.c.female);
  const delivery: Delivery = segment === 'sg' ? (rng.chance(0.04) ? 'pickup' : 'singapore') : 'brunei';
  const code = honestCode(rng, s);
  const d = ownDraft(rng, s, lines, { delivery, ...(code ? { code } : {}) });
  return honestFinish(rng, w, d, s.c, s.signedIn, 'singapore_brunei');
}

/**
 * Malaysians working or studying abroad (the UK, Australia, the Gulf, the US, Japan) paying in US dollars, with
 * their Malaysian card or a local one: for themselves abroad, or sent home to their parents in Malaysia.
 */
export function diaspora(rng: Rng, w: World): Purchase {
  const home = rng.chance(0.45);
  const s = shopperOf(
    rng,
    w,
    'diaspora',
    { returning: 60, fresh: 30, guest: 10 },
    home ? {} : { dayFactor: (d) => (d >= ABROAD_CUTOFF ? 0.35 : 1) },
  );
  if (!home) {
    const d = ownDraft(rng, s, outfit(rng, s.c.female, { spouse: 0.35 }), {
      delivery: 'international',
      mobile: 0.35,
    });
    return honestFinish(rng, w, d, s.c, s.signedIn, 'diaspora');
  }
  const { lines, mother } = forParents(rng);
  const shipping = addressIn(rng, MALAYSIA, malaysianTown(rng, rng.chance(0.85) ? 'peninsular' : 'east'));
  const d = ownDraft(rng, s, lines, { delivery: deliveryTo(shipping), mobile: 0.35 });
  const draft: Draft = { ...d, shipping, recipient: elder(rng, mother), giftNote: rng.pick(PARENTS_NOTES) };
  return honestFinish(rng, w, draft, s.c, s.signedIn, 'diaspora');
}

/** Indonesians from Sumatra, the Riau islands and Jakarta buying Malaysian baju kurung and songket in US dollars. */
export function indonesia(rng: Rng, w: World): Purchase {
  const s = shopperOf(
    rng,
    w,
    'id',
    { returning: 40, fresh: 40, guest: 20 },
    { dayFactor: (d) => (d >= ABROAD_CUTOFF ? 0.4 : 1) },
  );
  const lines = rng.chance(0.12) ? heirloom(rng) : outfit(rng, s.c.female, { kids: 0.15 });
  const d = ownDraft(rng, s, lines, { delivery: 'indonesia', mobile: 0.6, social: 0.35 });
  return honestFinish(rng, w, d, s.c, s.signedIn, 'indonesia');
}

/**
 * Regular customers away from home or hiding it: on umrah in Makkah or Madinah on a Saudi SIM or hotel Wi-Fi
 * (Ramadan umrah is at its busiest), on a work trip, or at home behind a VPN. They pay as they always do and ship
 * home.
 */
export function travellerVpn(rng: Rng, w: World): Purchase {
  const where = rng.weightedPick<'umrah' | 'trip' | 'vpn'>([
    ['umrah', 45],
    ['trip', 15],
    ['vpn', 40],
  ]);
  const trip = rng.weightedPick<readonly [string, number]>([
    [['jp-mobile', 9], 1],
    [['gb-broadband', 0], 1],
    [['au-broadband', 11], 1],
    [['ae-broadband', 4], 1],
  ]);
  const [net, tz] =
    where === 'umrah'
      ? (['sa-mobile', 3] as const)
      : where === 'trip'
        ? trip
        : ([
            rng.weightedPick<string>([
              ['hosting-sg', 50],
              ['hosting-jp', 20],
              ['hosting-us', 15],
              ['hosting-de', 15],
            ]),
            8,
          ] as const);
  const s = shopperOf(rng, w, 'peninsular', { returning: 85, fresh: 10, guest: 5 }, { tz });
  const delivery = peninsularDelivery(rng, w, s, 0.08);
  const d = ownDraft(rng, s, outfit(rng, s.c.female), { delivery, extra: { cod: 0 } });
  const draft: Draft = { ...d, ip: ipOn(rng, network(net)) };
  return honestFinish(rng, w, draft, s.c, s.signedIn, 'traveller_vpn');
}

interface Firm {
  name: string;
  domain: string;
  /** Listed companies and agencies buy on purchase orders with 30-day terms. */
  terms: boolean;
  registration: string;
}

const FIRMS: readonly Firm[] = [
  {
    name: 'Tenaga Prima Engineering Sdn Bhd',
    domain: 'tenagaprima.com.my',
    terms: false,
    registration: '201501012345',
  },
  {
    name: 'Seri Mutiara Logistics Sdn Bhd',
    domain: 'serimutiara.com.my',
    terms: false,
    registration: '200801023456',
  },
  {
    name: 'Kumpulan Harta Bumi Berhad',
    domain: 'hartabumi.com.my',
    terms: true,
    registration: '199701034567',
  },
  {
    name: 'Hock Seng Hardware Trading Sdn Bhd',
    domain: 'hocksenghw.com.my',
    terms: false,
    registration: '199901045678',
  },
  {
    name: 'Azlan, Wong & Partners',
    domain: 'azlanwong.com.my',
    terms: false,
    registration: 'LLP0012345-LGN',
  },
  {
    name: 'Klinik Pergigian Seri Bangi',
    domain: 'kpseribangi.com',
    terms: false,
    registration: '201901056789',
  },
  { name: 'Lembaga Pembangunan Usahawan Desa', domain: 'lpud.gov.my', terms: true, registration: 'AG-0417' },
  { name: 'Majlis Perbandaran Seri Kembangan', domain: 'mpsk.gov.my', terms: true, registration: 'AG-1102' },
  {
    name: 'Puncak Sentosa Properties Berhad',
    domain: 'puncaksentosa.com.my',
    terms: true,
    registration: '200301067890',
  },
  {
    name: 'Zamrud Digital Solutions Sdn Bhd',
    domain: 'zamrud.io',
    terms: false,
    registration: '202101078901',
  },
];

const OFFICES = [
  'Menara Seri Wangsa',
  'Wisma Harta Bumi',
  'Menara Puncak',
  'Plaza Sentosa',
  'Kompleks Perbadanan',
];

/**
 * Corporate Raya gifts: companies and agencies ordering boxed batik scarves, tie sets, songket gift boxes or
 * corporate batik shirts by the dozen for staff and clients, on weekdays in office hours; on a purchase order with
 * 30-day terms, by transfer, on a company card or by FPX business banking, delivered to the office.
 */
export function corporateGifts(rng: Rng, w: World): Purchase {
  const firm = rng.pick(FIRMS);
  const proto = newCustomer(rng, 'peninsular', w.window.start);
  const at = when(rng, w.window, { tz: 8, rhythm: 'office', days: [0, PENINSULAR_CUTOFF] });
  const returning = rng.chance(0.6);
  const person = malayName(rng, rng.chance(0.7));
  const first =
    person
      .toLowerCase()
      .split(' ')
      .find((x) => x.length > 3) ?? 'admin';
  const town = malaysianTown(rng, rng.chance(0.8) ? 'klang_valley' : 'outside_kv');
  const office = {
    ...addressIn(rng, MALAYSIA, town),
    line1: `Level ${rng.int(2, 30)}, ${rng.pick(OFFICES)}, Jalan ${rng.pick(['Tun Razak', 'Sultan Ismail', 'Raja Laut', 'Persiaran Perbandaran'])}`,
  };
  const c = {
    ...proto,
    name: person,
    email: rng.chance(0.5)
      ? `${first}@${firm.domain}`
      : `${rng.pick(['hr', 'admin', 'procurement', 'corpcomm'])}@${firm.domain}`,
    home: office,
    fibre: network('my-office'),
    devices: [newDevice(rng, { desktop: 0.9 })],
    cards: [newCard(rng, 'MY')],
    createdAt: returning ? accountOpened(rng, w.window.start, 8) : at - rng.int(3, 30) * MINUTE,
  };
  const buyer = accountBuyer(c);
  const lines: Lines = [];
  const main = rng.weightedPick<Item>([
    [C.giftScarf, 30],
    [C.giftTie, 25],
    [C.giftSongket, 20],
    [C.corporateShirt, 25],
  ]);
  lines.push([main, rng.int(2, 15) * 10]);
  if (rng.chance(0.3)) lines.push([rng.pick([C.giftScarf, C.giftTie, C.batikScarf]), rng.int(1, 6) * 5]);
  const code: Code | undefined = rng.chance(0.6) ? 'KORPORAT12' : undefined;
  const method = rng.weightedPick<Method>([
    ['invoice', firm.terms ? 40 : 0],
    ['bank_transfer', 30],
    ['card', 20],
    ['fpx', 15],
  ]);
  const delivery: Delivery = isKlangValley(office) && rng.chance(0.15) ? 'same_day' : 'standard';
  const basket = basketOf(lines, 'MYR', delivery, code ? { code } : {});
  const v = visit(rng, c, { mobile: 0.1, social: 0 });
  const company: Company = {
    name: firm.name,
    registration: firm.registration,
    ...(method === 'invoice'
      ? { poNumber: `${firm.domain.endsWith('.gov.my') ? 'LPO' : 'PO'}-2026-${rng.digits(5)}` }
      : {}),
  };
  const d: Draft = {
    at,
    buyer,
    phone: phoneFor(rng, 'MY'),
    billing: { ...office },
    shipping: { ...office },
    delivery,
    ...v,
    locale: localeOf(rng, c),
    method,
    basket,
    company,
  };
  return honestFinish(rng, w, d, c, true, 'corporate_gifts', { declineShare: 0.05 });
}
