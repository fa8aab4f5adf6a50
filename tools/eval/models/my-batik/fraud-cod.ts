import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { familySet, type Lines, modest, outfit } from './baskets.js';
import { PENINSULAR_CUTOFF, when } from './calendar.js';
import { basketOf, CATALOGUE as C, type Delivery, type Item } from './catalogue.js';
import { type Draft, purchase, type World } from './checkout.js';
import { channelOf, newDevice } from './devices.js';
import { throwaway } from './fraud-kit.js';
import { homeNetwork, ipOn, network } from './networks.js';
import { malayName, phoneFor } from './people.js';
import { addressIn, malaysianTown, MALAYSIA } from './places.js';
import { fulfil, type LaterEvent, type Purchase } from './purchase.js';

/** Fraud that takes goods without paying: fake cash-on-delivery orders and forged purchase orders. */

/**
 * Fake COD orders, as Malaysian sellers know them: a prank or a grudge (a family set in someone else's name to
 * their door), a competitor's or a sacked worker's sabotage (a burst of orders from one phone to strangers across
 * the peninsula), or a "buyer" who never means to pay. The house WhatsApps COD orders over RM300 and cancels
 * those nobody answers; the rest are shipped, refused or never collected, and come back at the house's cost.
 */
export function fakeCod(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const variant = rng.weightedPick<'prank' | 'sabotage' | 'fake_buyer'>([
      ['prank', 40],
      ['sabotage', 45],
      ['fake_buyer', 15],
    ]);
    const burst = variant === 'sabotage' ? Math.min(n - out.length, rng.int(3, 8)) : 1;
    const net = homeNetwork(rng, 'MY', rng.chance(0.85) ? 'mobile' : 'fibre');
    const channel = channelOf(rng, 0.4);
    const device = newDevice(rng, { android: 0.8, channel });
    const ip = ipOn(rng, net);
    let t = when(rng, w.window, { tz: 8, rhythm: rng.chance(0.5) ? 'night' : 'fasting' });
    for (let i = 0; i < burst; i++) {
      t += i === 0 ? 0 : rng.int(2, 15) * MINUTE;
      const female = rng.chance(0.5);
      const name = malayName(rng, female);
      const shipping = addressIn(rng, MALAYSIA, malaysianTown(rng, 'peninsular'));
      const lines: Lines =
        variant === 'prank'
          ? rng.chance(0.6)
            ? familySet(rng)
            : outfit(rng, female, { spouse: 0.6, kids: 0.5 })
          : modest(rng, female);
      const basket = basketOf(lines, 'MYR', 'standard', { cod: true });
      const d: Draft = {
        at: Math.floor(t),
        buyer: { email: throwaway(rng, rng.chance(0.5) ? name : undefined), name },
        phone: phoneFor(rng, 'MY'),
        billing: { ...shipping },
        shipping,
        delivery: 'standard',
        ip: variant === 'sabotage' ? ip : ipOn(rng, net),
        device,
        locale: 'ms',
        channel,
        method: 'cod',
        basket,
      };
      let later: LaterEvent[];
      if (basket.amount >= 300_00 && rng.chance(0.35))
        later = [{ type: 'order.cancelled', afterMs: rng.int(3, 30) * HOUR, reason: 'cod_unverified' }];
      else
        later = fulfil(rng, {
          w: w.window,
          at: d.at,
          ready: 0,
          delivery: 'standard',
          cod: { refused: true },
        }).steps;
      out.push(purchase(d, { fraud: true, kind: 'fake_cod' }, [], later));
    }
  }
  return out;
}

const AGENCIES = [
  {
    name: 'Lembaga Pembangunan Usahawan Desa',
    code: 'AG-0417',
    lookalike: ['lpud-gov.com', 'lpud.gov-my.org'],
  },
  {
    name: 'Majlis Perbandaran Seri Kembangan',
    code: 'AG-1102',
    lookalike: ['mpsk-gov.my.com', 'mpsk.govmy.net'],
  },
  { name: 'Jabatan Kebajikan Kakitangan Negeri', code: 'AG-2231', lookalike: ['jkkn-gov.com'] },
  { name: 'Puncak Sentosa Properties Berhad', code: '200301067890', lookalike: ['puncaksentosa-my.com'] },
] as const;

const WAREHOUSES = [
  'Lot 12, Jalan Industri 3, Taman Perindustrian Bukit Raja',
  'No. 8, Jalan Perusahaan 2, Kawasan Perindustrian Batu Caves',
  'Lot 27, Jalan Keluli 7, Seksyen 15',
  'No. 33, Jalan Perniagaan Setia 4, Taman Perindustrian Setia',
];

/**
 * Forged purchase orders: someone posing as an agency's or a listed company's procurement officer, from a
 * look-alike domain or a free mailbox, orders corporate batik shirts and gift boxes by the hundred "for the Raya
 * event", on the house's 30-day terms for agencies, to a warehouse or a lorry at the counter rather than the
 * agency. The house calls the agency's published number for some and cancels; the rest are delivered, the invoice
 * is never paid, and the order is written off.
 */
export function fakeCorporateLpo(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const agency = rng.pick(AGENCIES);
    const at = when(rng, w.window, { tz: 8, rhythm: 'office', days: [0, PENINSULAR_CUTOFF] });
    const woman = rng.chance(0.4);
    const officer = `${woman ? 'Puan' : 'Encik'} ${malayName(rng, woman)}`;
    const first = officer.toLowerCase().split(' ')[1] ?? 'perolehan';
    const email = rng.chance(0.6)
      ? `perolehan.${first}@${rng.pick(agency.lookalike)}`
      : throwaway(rng, `perolehan${first}`);
    const main = rng.weightedPick<Item>([
      [C.corporateShirt, 35],
      [C.giftSongket, 25],
      [C.giftScarf, 20],
      [C.songketSet, 10],
      [C.batikShirtSilk, 10],
    ]);
    const quantity =
      main === C.songketSet || main === C.batikShirtSilk ? rng.int(10, 40) : rng.int(10, 30) * 10;
    const lines: Lines = [[main, quantity]];
    if (rng.chance(0.3)) lines.push([C.giftTie, rng.int(5, 20) * 10]);
    const delivery: Delivery = rng.chance(0.25) ? 'pickup' : 'standard';
    const town = malaysianTown(rng, rng.chance(0.7) ? 'klang_valley' : 'outside_kv');
    const warehouse = { ...addressIn(rng, MALAYSIA, town), line1: rng.pick(WAREHOUSES) };
    const billing = {
      ...addressIn(rng, MALAYSIA, malaysianTown(rng, 'klang_valley')),
      line1: `Aras ${rng.int(2, 12)}, Blok ${rng.pick(['A', 'B', 'C', 'D'])}, Kompleks Pentadbiran`,
    };
    const basket = basketOf(lines, 'MYR', delivery, { code: 'KORPORAT12' });
    const net = rng.weightedPick([
      [homeNetwork(rng, 'MY', 'mobile'), 50],
      [network('hosting-sg'), 25],
      [homeNetwork(rng, 'MY', 'fibre'), 25],
    ] as const);
    const d: Draft = {
      at,
      buyer: { id: `c_${rng.digits(7)}`, email, name: officer, createdAt: at - rng.int(5, 90) * MINUTE },
      phone: phoneFor(rng, 'MY'),
      billing,
      ...(delivery === 'standard' ? { shipping: warehouse } : {}),
      delivery,
      ip: ipOn(rng, net),
      device: newDevice(rng, { desktop: 0.6 }),
      locale: 'ms',
      channel: 'web',
      method: 'invoice',
      basket,
      company: { name: agency.name, registration: agency.code, poNumber: `LPO-2026-${rng.digits(5)}` },
    };
    let later: LaterEvent[];
    if (rng.chance(0.45))
      later = [
        { type: 'order.cancelled', afterMs: rng.int(4, 48) * HOUR, reason: 'purchase_order_not_verified' },
      ];
    else {
      const f = fulfil(rng, { w: w.window, at, ready: rng.int(4, 30) * HOUR, delivery });
      const got = f.received ?? f.dispatched;
      later = [
        ...f.steps,
        { type: 'order.updated', afterMs: got + 30 * DAY + rng.int(0, 48) * HOUR, status: 'invoice_overdue' },
        { type: 'order.cancelled', afterMs: got + rng.int(45, 60) * DAY, reason: 'purchase_order_forged' },
      ];
    }
    return purchase(d, { fraud: true, kind: 'fake_corporate_lpo' }, [], later);
  });
}
