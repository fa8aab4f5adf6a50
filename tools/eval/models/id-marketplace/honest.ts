import { lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { accountBuyer, type Draft, honestPurchase } from './build.js';
import { duringFlash, flashSale, orderTime } from './calendar.js';
import { CATALOGUE, cheap, dear, everyday, one, VOUCHERS } from './catalogue.js';
import { ipOf, mobileNetwork, type NetName } from './networks.js';
import { type Account, cardFrom, deviceFor, emailFor, newAccount, personName, phone } from './people.js';
import {
  ABROAD,
  addressAbroad,
  addressIn,
  type City,
  minimarket,
  pickCity,
  pickCityNamed,
} from './places.js';
import { DAY, type Method, MINUTE, type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The honest kinds and their weights; several look risky on purpose. */
export const HONEST = {
  regular_buyer: 28,
  flash_sale_shopper: 16,
  cod_first_timer: 10,
  topup_regular: 9,
  dropshipper: 7,
  kos_shared_wifi: 6,
  migrant_worker_gift: 6,
  gadget_big_first_order: 5,
  vpn_or_abroad: 4,
  warnet_buyer: 3,
  corporate_bulk: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

const far = (c: City) =>
  ![
    'Jakarta Selatan',
    'Jakarta Timur',
    'Jakarta Barat',
    'Jakarta Utara',
    'Bekasi',
    'Tangerang',
    'Depok',
    'Bogor',
    'Bandung',
    'Surabaya',
  ].includes(c.city);

/** How an Indonesian account holder pays: COD is king in towns, e-wallets in cities. */
export function methodFor(rng: Rng, a: Account, amount = 0): Method {
  const big = amount > 3_000_000_00;
  return rng.weightedPick<Method>([
    ['cod', big ? 2 : a.city.town ? 40 : 20],
    ['virtual_account', big ? 30 : 18],
    [a.wallet, big ? 4 : 26],
    ['qris', 7],
    ['card', a.card ? 14 : 1],
    ['card_instalment', a.card && big ? 20 : 0],
    [rng.chance(0.6) ? 'kredivo' : 'akulaku', big ? 15 : 4],
    ['minimarket_cash', 5],
  ]);
}

const everydayCats = [
  ['fashion', 34],
  ['beauty', 24],
  ['household', 26],
  ['gadgets', 12],
  ['phones', 0],
] as const;

const accountOf = (rng: Rng, w: World) => rng.pick(w.accounts);
/** Mostly the account's own phone and network; sometimes another (a new phone, the office Wi-Fi). */
const sessionOf = (rng: Rng, a: Account) => ({
  device: rng.chance(0.9) ? a.device : deviceFor(rng),
  ip: ipOf(rng, rng.chance(0.85) ? a.net : mobileNetwork(rng)),
});

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const base = { kind, fraud: false as const };
  switch (kind) {
    case 'regular_buyer': {
      const a = accountOf(rng, w);
      const lines = everyday(rng, everydayCats);
      const gift = rng.chance(0.1);
      const to = gift ? pickCity(rng) : a.city;
      const d: Draft = {
        ...base,
        at: orderTime(rng, w.window, a.city.tz),
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: gift ? addressIn(rng, to) : a.home,
        pickup: rng.chance(0.06),
        lines,
        ...(rng.chance(0.35) ? { voucher: rng.chance(0.5) ? VOUCHERS.cashback : VOUCHERS.shipping } : {}),
        far: far(to),
        ...sessionOf(rng, a),
      };
      if (d.pickup) d.shipping = minimarket(rng, to);
      return honestPurchase(rng, d, methodFor(rng, a), a.card);
    }
    case 'flash_sale_shopper': {
      const fresh = rng.chance(0.3);
      const at = duringFlash(rng, w.window, flashSale(rng, w.window));
      const a = fresh ? newAccount(rng, at - rng.int(3, 120) * MINUTE) : accountOf(rng, w);
      const p = rng.pick([
        ...cheap('phones', 3_000_000),
        ...cheap('gadgets', 400_000),
        ...cheap('household', 400_000),
        ...cheap('beauty', 250_000),
      ]);
      const d: Draft = {
        ...base,
        at,
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: a.home,
        lines: [lineOf(p, p.category === 'phones' ? 1 : rng.int(1, 2))],
        voucher: fresh ? VOUCHERS.newUser : rng.chance(0.6) ? VOUCHERS.flash : VOUCHERS.cashback,
        far: far(a.city),
        device: a.device,
        ip: ipOf(rng, rng.chance(0.7) ? mobileNetwork(rng) : a.net),
      };
      return honestPurchase(rng, d, rng.chance(0.75) ? a.wallet : methodFor(rng, a), a.card);
    }
    case 'cod_first_timer': {
      const city = pickCity(rng, rng.chance(0.65));
      const at = orderTime(rng, w.window, city.tz);
      const a = newAccount(rng, at - rng.int(4, 90) * MINUTE, city);
      const d: Draft = {
        ...base,
        at,
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: a.home,
        lines: everyday(rng, everydayCats),
        ...(rng.chance(0.5) ? { voucher: VOUCHERS.newUser } : {}),
        far: far(city),
        device: a.device,
        ip: ipOf(rng, mobileNetwork(rng)),
      };
      return honestPurchase(rng, d, 'cod');
    }
    case 'topup_regular': {
      const a = accountOf(rng, w);
      const p = rng.weightedPick([
        ...CATALOGUE.topup.map((x) => [x, 3] as const),
        ...CATALOGUE.vouchers.map((x) => [x, x.price > 200_000_00 ? 0.5 : 2] as const),
      ]);
      const d: Draft = {
        ...base,
        at: orderTime(rng, w.window, a.city.tz),
        buyer: accountBuyer(a),
        billing: a.home,
        lines: one(p),
        ...sessionOf(rng, a),
        ...(p.category === 'topup' ? { topupNumber: phone(rng) } : {}),
      };
      const m = rng.weightedPick<Method>([
        [a.wallet, 50],
        ['qris', 15],
        ['virtual_account', 15],
        ['card', a.card ? 15 : 0],
        ['minimarket_cash', 5],
      ]);
      return honestPurchase(rng, d, m, a.card);
    }
    case 'dropshipper': {
      const r = rng.pick(w.resellers);
      const to = pickCity(rng);
      const name = personName(rng);
      const d: Draft = {
        ...base,
        at: orderTime(rng, w.window, r.account.city.tz),
        buyer: accountBuyer(r.account),
        billing: r.account.home,
        shipping: addressIn(rng, to),
        lines: everyday(rng, [
          ['fashion', 50],
          ['beauty', 40],
          ['household', 10],
        ]),
        far: far(to),
        device: r.account.device,
        ip: rng.chance(0.8) ? r.ip : ipOf(rng, mobileNetwork(rng)),
        dropshipper: `${r.store} (${name})`,
      };
      return honestPurchase(rng, d, rng.chance(0.6) ? 'virtual_account' : r.account.wallet);
    }
    case 'kos_shared_wifi': {
      const spot = rng.pick(w.kos);
      const a = rng.pick(spot.residents);
      const campus = rng.chance(0.25);
      const d: Draft = {
        ...base,
        at: orderTime(rng, w.window, spot.city.tz),
        buyer: accountBuyer(a),
        billing: spot.address,
        shipping: { ...spot.address, line1: `${spot.address.line1 ?? ''} Kamar ${rng.int(1, 20)}` },
        lines: everyday(rng, [
          ['fashion', 40],
          ['beauty', 25],
          ['household', 20],
          ['gadgets', 15],
        ]),
        far: far(spot.city),
        device: a.device,
        ip: campus ? ipOf(rng, 'id-campus') : rng.chance(0.8) ? spot.ip : ipOf(rng, mobileNetwork(rng)),
      };
      return honestPurchase(rng, d, methodFor(rng, a), a.card);
    }
    case 'warnet_buyer': {
      const spot = rng.pick(w.warnets);
      const a = rng.chance(0.5)
        ? rng.pick(spot.residents)
        : newAccount(rng, w.window.start - rng.int(1, 400) * DAY, spot.city);
      const d: Draft = {
        ...base,
        at: orderTime(rng, w.window, spot.city.tz),
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: a.home,
        lines: rng.chance(0.4)
          ? one(rng.pick(CATALOGUE.vouchers.filter((x) => x.price < 300_000_00)))
          : everyday(rng, everydayCats),
        far: far(spot.city),
        device: spot.device ?? deviceFor(rng, 'desktop'),
        ip: spot.ip,
      };
      return honestPurchase(rng, d, rng.pick(['minimarket_cash', 'virtual_account', 'dana', 'cod'] as const));
    }
    case 'migrant_worker_gift': {
      const country = rng.weightedPick<'MY' | 'SG' | 'HK' | 'TW'>([
        ['MY', 40],
        ['HK', 25],
        ['TW', 25],
        ['SG', 10],
      ]);
      const place = rng.pick(ABROAD[country]);
      const a = newAccount(rng, w.window.start - rng.int(60, 1500) * DAY, pickCity(rng, true));
      const home = addressAbroad(rng, place);
      const family = addressIn(rng, pickCity(rng, true));
      const net: NetName = {
        MY: rng.chance(0.5) ? 'my-mobile' : 'my-fibre',
        SG: 'sg-fibre',
        HK: 'hk-fibre',
        TW: 'tw-fibre',
      }[country] as NetName;
      const d: Draft = {
        ...base,
        at: orderTime(rng, w.window, place.tz),
        buyer: accountBuyer(a),
        billing: home,
        shipping: family,
        lines: rng.chance(0.35)
          ? [lineOf(rng.pick(cheap('phones', 3_000_000)))]
          : everyday(rng, [
              ['household', 45],
              ['fashion', 35],
              ['gadgets', 20],
            ]),
        far: true,
        device: a.device,
        ip: ipOf(rng, net),
      };
      const card = rng.chance(0.45) ? cardFrom(rng, country) : undefined;
      return honestPurchase(rng, d, card ? 'card' : rng.chance(0.5) ? a.wallet : 'virtual_account', card);
    }
    case 'gadget_big_first_order': {
      const city = pickCity(rng, false);
      const at = orderTime(rng, w.window, city.tz);
      const a = newAccount(rng, at - rng.int(20, 72 * 60) * MINUTE, city);
      const card = cardFrom(rng, 'ID');
      const d: Draft = {
        ...base,
        at,
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: a.home,
        lines: [lineOf(rng.pick([...dear('phones', 5_000_000), ...dear('gadgets', 3_000_000)]))],
        ...(rng.chance(0.3) ? { voucher: VOUCHERS.gadget } : {}),
        far: far(city),
        device: a.device,
        ip: ipOf(rng, rng.chance(0.6) ? mobileNetwork(rng) : a.net),
      };
      const m = rng.weightedPick<Method>([
        ['card_instalment', 40],
        ['kredivo', 18],
        ['akulaku', 10],
        ['virtual_account', 25],
        ['card', 7],
      ]);
      return honestPurchase(rng, d, m, card);
    }
    case 'corporate_bulk': {
      const city = rng.pick(
        ['Jakarta Selatan', 'Jakarta Barat', 'Surabaya', 'Tangerang'].map((c) => pickCityNamed(c)),
      );
      const company = `PT ${rng.pick(['Maju Bersama', 'Sinar Karya', 'Nusantara Logistik', 'Cahaya Abadi', 'Mitra Sejahtera'])} ${rng.pick(['Indonesia', 'Tbk', 'Utama'])}`;
      const name = personName(rng);
      const a: Account = {
        ...newAccount(rng, w.window.start - rng.int(30, 900) * DAY, city),
        name,
        email: emailFor(rng, name, `${company.split(' ')[1]?.toLowerCase() ?? 'kantor'}.co.id`),
      };
      const office = {
        ...addressIn(rng, city),
        line1: `${company}, Gedung ${rng.pick(['Graha', 'Menara', 'Wisma'])} ${rng.pick(['Sentosa', 'Mulia', 'Kencana'])} Lt. ${rng.int(2, 30)}`,
      };
      const parcel = rng.chance(0.6);
      const lines = parcel
        ? [
            lineOf(rng.pick(cheap('household', 80_000)), rng.int(20, 60)),
            lineOf(rng.pick(cheap('household', 50_000)), rng.int(20, 60)),
          ].filter((l, i, all) => all.findIndex((x) => x.sku === l.sku) === i)
        : [
            lineOf(
              rng.pick(CATALOGUE.topup.filter((x) => x.sku === 'TU-EWAL' || x.sku === 'TU-PLS100')),
              rng.int(15, 50),
            ),
          ];
      const d: Draft = {
        ...base,
        at: orderTime(rng, w.window, 7, 'office'),
        buyer: accountBuyer(a),
        billing: office,
        shipping: office,
        lines,
        device: deviceFor(rng, 'desktop'),
        ip: ipOf(rng, 'id-corporate'),
        company,
      };
      return honestPurchase(rng, d, 'virtual_account');
    }
    case 'vpn_or_abroad': {
      const a = accountOf(rng, w);
      const travelling = rng.chance(0.4);
      const net: NetName = travelling
        ? rng.pick(['jp-fibre', 'sg-fibre', 'my-mobile', 'hk-fibre'] as const)
        : rng.pick(['sg-hosting', 'nl-hosting', 'de-hosting'] as const);
      const tz = travelling ? (net === 'jp-fibre' ? 9 : 8) : a.city.tz;
      const d: Draft = {
        ...base,
        at: orderTime(rng, w.window, tz),
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: a.home,
        lines: rng.chance(0.3) ? one(rng.pick(CATALOGUE.vouchers)) : everyday(rng, everydayCats),
        far: far(a.city),
        device: a.device,
        ip: ipOf(rng, net),
      };
      return honestPurchase(
        rng,
        d,
        rng.weightedPick<Method>([
          [a.wallet, 40],
          ['card', a.card ? 30 : 0],
          ['virtual_account', 30],
        ]),
        a.card,
      );
    }
  }
}
