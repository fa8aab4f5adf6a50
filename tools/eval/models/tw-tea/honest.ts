import { type Rng } from '../kit/random.js';
import {
  accountBuyer,
  companyInvoice,
  consumerInvoice,
  finish,
  freshAccount,
  GIFT_NOTES,
  guest,
  pickAccount,
  taxId,
  twDelivery,
  type World,
} from './assemble.js';
import {
  companyDays,
  CONSUMER_HOURS,
  householdDays,
  OFFICE_HOURS,
  placeAt,
  rhythm,
  SENIOR_HOURS,
  TAIPEI,
} from './calendar.js';
import { newCard } from './cards.js';
import { basketOf, lineIn, pickLines, type ProductKey } from './catalogue.js';
import { cafeReseller, diasporaGift, overseasTeaLover, traveller } from './honest-more.js';
import { HOSTING, ipOn, NETWORKS, twConsumerNetwork } from './networks.js';
import { desktop, emailAt, seniorDevice, twPerson, twPhone } from './people.js';
import { addressIn, otherTwPlace, twPlace, twPlacesIn } from './places.js';
import {
  cardAttempt,
  COD_LIMIT,
  firstAuth,
  HOUR,
  MINUTE,
  type PayPlan,
  payAtHome,
  type Purchase,
  retryGap,
} from './purchase.js';

/** The honest buyers, by weight; each planner draws its own people, basket, payment, timing and ending. */
export const HONEST = {
  household: 30,
  regular_drinker: 15,
  parent_on_childs_account: 7,
  office_gift_boxes: 5,
  diaspora_gift_home: 7,
  overseas_tea_lover: 9,
  cafe_reseller_abroad: 2.5,
  traveller: 4,
  vpn_user: 3,
  tea_class_voucher: 5,
  big_occasional_basket: 3.5,
} as const;

export type HonestKind = keyof typeof HONEST;

const GIFT_BOXES: ReadonlyArray<readonly [ProductKey, number]> = [
  ['nyDuo', 30],
  ['nyTrio', 22],
  ['nyBeauty', 14],
  ['nyLishan', 12],
  ['nyTeaSet', 6],
  ['alishan150', 10],
  ['dongding300', 8],
  ['ruby75', 6],
  ['tieguanyin150', 5],
  ['coldBrew', 5],
  ['cups6', 3],
  ['gaiwan', 3],
];

const EVERYDAY_TEA: ReadonlyArray<readonly [ProductKey, number]> = [
  ['alishan150', 14],
  ['lishan150', 9],
  ['dongding300', 10],
  ['dongdingRoast', 7],
  ['beauty75', 7],
  ['tieguanyin150', 7],
  ['baozhong150', 6],
  ['ruby75', 8],
  ['honeyBlack75', 5],
  ['biluochun100', 4],
  ['coldBrew', 6],
  ['rubyBags', 5],
  ['taster5', 3],
  ['nyDuo', 4],
];

const qty = (max: number) => (r: Rng) => (r.chance(0.55) ? 1 : r.int(2, max));

/** A Taipei-area household, or anywhere in Taiwan: New Year gift boxes and tea for the family. */
function household(rng: Rng, w: World, kind: HonestKind): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, CONSUMER_HOURS, householdDays));
  const member = rng.chance(0.45) ? pickAccount(rng, w, (a) => a.market === 'TW', 1) : undefined;
  const person = member ?? twPerson(rng);
  const place = member?.place ?? twPlace(rng);
  const home = member?.address ?? addressIn(rng, place);
  const toFamily = rng.chance(0.18);
  const recipient = toFamily ? twPerson(rng, true, person.family) : undefined;
  const shipTo = toFamily ? otherTwPlace(rng, place) : place;
  const where = twDelivery(rng, shipTo, toFamily ? addressIn(rng, shipTo) : home, {
    home: 45,
    cvs: 42,
    shop: 13,
  });
  const lines = pickLines(
    rng,
    'TWD',
    GIFT_BOXES,
    rng.weightedPick([
      [1, 50],
      [2, 35],
      [3, 15],
    ]),
    qty(4),
  );
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const basket = basketOf(
    lines,
    'TWD',
    where.fulfilment,
    'TW',
    items >= 300_000 && rng.chance(0.25) ? { code: 'CNY2027', share: 0.1 } : undefined,
  );
  const pay = payAtHome(rng, {
    cards: member?.cards ?? [newCard(rng, 'TW')],
    ...(member?.wallet ? { wallet: member.wallet } : {}),
    signedIn: member !== undefined,
    cvs: where.fulfilment === 'cvs_pickup',
    amount: basket.amount,
  });
  return finish(rng, {
    at,
    fraud: false,
    kind,
    buyer: member ? accountBuyer(member) : guest(person),
    billing: home,
    basket,
    pay,
    ...where,
    dest: 'TW',
    ...(recipient ? { recipient: recipient.name } : {}),
    ip: ipOn(rng, member && rng.chance(0.8) ? member.network : twConsumerNetwork(rng)),
    device: member && rng.chance(0.85) ? member.device : twPhone(rng),
    market: 'TW',
    invoice: consumerInvoice(rng, member !== undefined),
    noShow: pay.deferred === 'cod_pickup' && rng.chance(0.025),
    ...(toFamily && rng.chance(0.5) ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
  });
}

/** A member reordering the tea they drink, from their own phone at home. */
function regular(rng: Rng, w: World, kind: HonestKind): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, CONSUMER_HOURS, householdDays));
  const a = pickAccount(rng, w, (x) => x.market === 'TW', 4);
  const where = twDelivery(rng, a.place, a.address, { home: 50, cvs: 40, shop: 10 });
  const basket = basketOf(
    pickLines(rng, 'TWD', EVERYDAY_TEA, rng.int(1, 3), qty(3)),
    'TWD',
    where.fulfilment,
    'TW',
    rng.chance(0.3) ? { code: 'VIP95', share: 0.05 } : undefined,
  );
  const pay = payAtHome(rng, {
    cards: a.cards,
    ...(a.wallet ? { wallet: a.wallet } : {}),
    signedIn: true,
    cvs: where.fulfilment === 'cvs_pickup',
    amount: basket.amount,
  });
  return finish(rng, {
    at,
    fraud: false,
    kind,
    buyer: accountBuyer(a),
    billing: a.address,
    basket,
    pay,
    ...where,
    dest: 'TW',
    ip: ipOn(rng, rng.chance(0.85) ? a.network : twConsumerNetwork(rng)),
    device: rng.chance(0.9) ? a.device : twPhone(rng),
    market: 'TW',
    invoice: consumerInvoice(rng, true),
    noShow: pay.deferred === 'cod_pickup' && rng.chance(0.015),
  });
}

/**
 * A parent ordering New Year boxes on a grown-up child's account, from their own tablet or phone in another
 * town: the child's name and saved card, the parent's address. The card's one-time password goes to the
 * child's phone, so it often times out and they pay cash at the store or by ATM instead.
 */
function parentOnChildsAccount(rng: Rng, w: World, kind: HonestKind): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, SENIOR_HOURS, householdDays));
  const child = pickAccount(rng, w, (a) => a.market === 'TW', 1);
  const parent = twPerson(rng, true, rng.chance(0.8) ? child.family : undefined);
  const place = otherTwPlace(rng, child.place);
  const home = addressIn(rng, place);
  const where = twDelivery(rng, place, home, { home: 55, cvs: 45, shop: 0 });
  const lines = pickLines(rng, 'TWD', GIFT_BOXES.slice(0, 5), rng.int(1, 2), (r) => r.int(1, 4));
  if (rng.chance(0.4)) lines.push(lineIn('dongding300', 'TWD', rng.int(1, 2)));
  const basket = basketOf(lines, 'TWD', where.fulfilment, 'TW');
  const card = child.cards[0] ?? newCard(rng, 'TW');
  let pay: PayPlan;
  const cod = where.fulfilment === 'cvs_pickup' && basket.amount <= COD_LIMIT;
  if (cod && rng.chance(0.5)) pay = { attempts: [], deferred: 'cod_pickup' };
  else if (rng.chance(0.22))
    pay = { attempts: [], deferred: 'atm_transfer', settleIn: rng.int(2, 26) * HOUR };
  else {
    const first = cardAttempt(rng, card, {
      entry: 'saved',
      ok: false,
      decline: 'authentication_failed',
      afterMs: firstAuth(rng) + 3 * MINUTE,
      domestic: true,
    });
    const timedOut = rng.chance(0.35);
    if (!timedOut)
      pay = {
        attempts: [
          cardAttempt(rng, card, { entry: 'saved', ok: true, afterMs: firstAuth(rng), domestic: true }),
        ],
      };
    else if (rng.chance(0.45))
      pay = {
        attempts: [
          first,
          cardAttempt(rng, card, {
            entry: 'saved',
            ok: true,
            afterMs: retryGap(rng) + 5 * MINUTE,
            domestic: true,
          }),
        ],
      };
    else if (cod) pay = { attempts: [first], deferred: 'cod_pickup' };
    else pay = { attempts: [first], deferred: 'atm_transfer', settleIn: rng.int(3, 30) * HOUR };
  }
  return finish(rng, {
    at,
    fraud: false,
    kind,
    buyer: accountBuyer(child),
    billing: child.address,
    basket,
    pay,
    ...where,
    dest: 'TW',
    recipient: parent.name,
    ip: ipOn(rng, rng.chance(0.7) ? NETWORKS.twHomeFibre : twConsumerNetwork(rng)),
    device: seniorDevice(rng),
    market: 'TW',
    invoice: consumerInvoice(rng, true),
    noShow: pay.deferred === 'cod_pickup' && rng.chance(0.02),
  });
}

const COMPANY_NAMES = [
  '鼎新精密股份有限公司',
  '宏碩電子股份有限公司',
  '永豐建設股份有限公司',
  '聯晟光電股份有限公司',
  '啟達會計師事務所',
  '佳和國際貿易有限公司',
  '瑞昇生技股份有限公司',
  '台灣晶創科技股份有限公司',
  '富邑保險經紀人股份有限公司',
  '承遠法律事務所',
];
const COMPANY_PLACES = [
  '臺北市內湖區',
  '臺北市信義區',
  '臺北市中山區',
  '新竹市東區',
  '新竹縣竹北市',
  '桃園市桃園區',
  '臺中市西屯區',
];

/**
 * An office's client and staff gifts before the year-end banquet: boxes by the dozen or the hundred, a volume
 * discount, a tax-ID invoice, freight to the office, and usually a wire after the quote is approved.
 */
function officeGifts(rng: Rng, w: World, kind: HonestKind): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, OFFICE_HOURS, companyDays));
  const name = rng.pick(COMPANY_NAMES);
  const company = { name, taxId: taxId(rng) };
  const office = addressIn(rng, rng.pick(twPlacesIn(COMPANY_PLACES)));
  const admin = twPerson(rng);
  const domain = `${rng.pick(['dingxin', 'hongshuo', 'yongfeng', 'liansheng', 'chida', 'jiahe', 'ruisheng', 'jingchuang', 'fuyi', 'chengyuan'])}.com.tw`;
  const email = `${admin.email.split('@')[0] ?? 'admin'}@${domain}`;
  const boxes = Math.min(400, Math.max(20, Math.round(rng.logNormal(80, 0.7))));
  const premium = rng.chance(0.35);
  const lines = [lineIn(premium ? 'corpPremium' : 'corpStandard', 'TWD', boxes)];
  if (rng.chance(0.25))
    lines.push(lineIn(rng.pick(['nyLishan', 'nyTeaSet'] as const), 'TWD', rng.int(3, 12)));
  const share = boxes >= 200 ? 0.15 : boxes >= 100 ? 0.1 : boxes >= 50 ? 0.05 : 0;
  const basket = basketOf(lines, 'TWD', 'freight', 'TW', share > 0 ? { code: 'CORP-VOL', share } : undefined);
  const method = rng.weightedPick<'wire' | 'atm' | 'card'>([
    ['wire', 55],
    ['atm', 20],
    ['card', 25],
  ]);
  let pay: PayPlan;
  if (method === 'wire')
    pay = rng.chance(0.05)
      ? { attempts: [], deferred: 'bank_transfer', expires: true }
      : { attempts: [], deferred: 'bank_transfer', settleIn: rng.int(4, 72) * HOUR };
  else if (method === 'atm')
    pay = { attempts: [], deferred: 'atm_transfer', settleIn: rng.int(1, 48) * HOUR };
  else {
    const card = newCard(rng, 'TW', 'credit');
    const limit = rng.chance(0.12);
    pay = limit
      ? {
          attempts: [
            cardAttempt(rng, card, {
              ok: false,
              decline: 'card_velocity_exceeded',
              afterMs: firstAuth(rng),
              domestic: true,
            }),
          ],
          deferred: 'bank_transfer',
          settleIn: rng.int(6, 60) * HOUR,
        }
      : { attempts: [cardAttempt(rng, card, { ok: true, afterMs: firstAuth(rng), domestic: true })] };
  }
  const signedIn = rng.chance(0.6);
  const buyer = signedIn
    ? {
        id: `corp_${rng.int(10_000, 99_999)}`,
        email,
        name: `${admin.name}（${name}）`,
        createdAt: at - rng.int(20, 1200) * 24 * HOUR,
      }
    : freshAccount(rng, { name: `${admin.name}（${name}）`, email }, at, rng.int(5, 40));
  return finish(rng, {
    at,
    fraud: false,
    kind,
    buyer,
    billing: office,
    basket,
    pay,
    fulfilment: 'freight',
    shipping: office,
    dest: 'TW',
    ip: ipOn(rng, NETWORKS.twOffice),
    device: desktop(rng),
    market: 'TW',
    invoice: companyInvoice(company),
  });
}

const HOSTING_OR_HOME = (rng: Rng) => (rng.chance(0.85) ? rng.pick(HOSTING) : twConsumerNetwork(rng));

/** A household like any other, behind a VPN for privacy or streaming: the IP is a data centre abroad. */
function vpnUser(rng: Rng, w: World, kind: HonestKind): Purchase {
  const p = household(rng, w, kind);
  return { ...p, ip: ipOn(rng, HOSTING_OR_HOME(rng)), device: rng.chance(0.4) ? desktop(rng) : p.device };
}

/** Tea-class vouchers for the shop's tasting room, e-mailed: for themselves, or a gift to someone's inbox. */
function classVoucher(rng: Rng, w: World, kind: HonestKind): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, CONSUMER_HOURS, householdDays));
  const member = rng.chance(0.5) ? pickAccount(rng, w, (a) => a.market === 'TW', 2) : undefined;
  const person = member ?? twPerson(rng);
  const key = rng.weightedPick<ProductKey>([
    ['classIntro', 50],
    ['classPair', 35],
    ['classSeries', 15],
  ]);
  const basket = basketOf(
    [lineIn(key, 'TWD', key === 'classIntro' ? rng.int(1, 4) : 1)],
    'TWD',
    'email',
    'TW',
  );
  const gift = rng.chance(0.45) ? twPerson(rng, rng.chance(0.4)) : undefined;
  return finish(rng, {
    at,
    fraud: false,
    kind,
    buyer: member ? accountBuyer(member) : guest(person),
    billing: member?.address ?? addressIn(rng, twPlace(rng)),
    basket,
    pay: payAtHome(rng, {
      cards: member?.cards ?? [newCard(rng, 'TW')],
      ...(member?.wallet ? { wallet: member.wallet } : {}),
      signedIn: member !== undefined,
      cvs: false,
      amount: basket.amount,
    }),
    fulfilment: 'email',
    dest: 'TW',
    ip: ipOn(rng, member ? member.network : twConsumerNetwork(rng)),
    device: member?.device ?? twPhone(rng),
    market: 'TW',
    invoice: consumerInvoice(rng, member !== undefined),
    ...(gift ? { voucherTo: emailAt(rng, 'TW', gift.email.split('@')[0] ?? 'friend') } : {}),
  });
}

const SHOWPIECES: ReadonlyArray<readonly [ProductKey, number]> = [
  ['yinggeArtist', 20],
  ['ironKettleLarge', 18],
  ['trayStone', 14],
  ['compSpecial', 10],
  ['compDongding', 16],
  ['ironKettle', 14],
  ['teaStove', 8],
];

/** A once-a-year buyer of a showpiece: an artist's teapot, a cast-iron kettle, prize-winning tea for the boss. */
function bigOccasional(rng: Rng, w: World, kind: HonestKind): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, CONSUMER_HOURS, householdDays));
  const person = twPerson(rng);
  const place = twPlace(rng);
  const home = addressIn(rng, place);
  const lines = pickLines(rng, 'TWD', SHOWPIECES, rng.int(1, 3));
  if (rng.chance(0.5)) lines.push(lineIn(rng.pick(['cups6', 'gaiwan', 'pitcher'] as const), 'TWD'));
  const where = twDelivery(rng, place, home, { home: 75, cvs: 0, shop: 25 });
  const basket = basketOf(lines, 'TWD', where.fulfilment, 'TW');
  const pay = payAtHome(rng, {
    cards: [newCard(rng, 'TW', 'credit'), newCard(rng, 'TW', 'credit')],
    signedIn: false,
    cvs: false,
    amount: basket.amount,
  });
  return finish(rng, {
    at,
    fraud: false,
    kind,
    buyer: rng.chance(0.5) ? freshAccount(rng, person, at, rng.int(2, 30)) : guest(person),
    billing: home,
    basket,
    pay,
    ...where,
    dest: 'TW',
    ip: ipOn(rng, twConsumerNetwork(rng, 0.5)),
    device: rng.chance(0.6) ? twPhone(rng) : desktop(rng),
    market: 'TW',
    invoice: consumerInvoice(rng, false),
    ...(rng.chance(0.3)
      ? { giftNote: rng.pick(['敬贈 董事長 新春誌慶', '岳父大人新年快樂', '恭賀新禧 事業興隆']) }
      : {}),
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World, kind: HonestKind) => Purchase>> = {
  household,
  regular_drinker: regular,
  parent_on_childs_account: parentOnChildsAccount,
  office_gift_boxes: officeGifts,
  diaspora_gift_home: diasporaGift,
  overseas_tea_lover: overseasTeaLover,
  cafe_reseller_abroad: cafeReseller,
  traveller,
  vpn_user: vpnUser,
  tea_class_voucher: classVoucher,
  big_occasional_basket: bigOccasional,
};

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  return PLANNERS[kind](rng, w, kind);
}
