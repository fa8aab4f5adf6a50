import { type Rng } from '../kit/random.js';
import { everyday, line, ordinary } from './catalog.js';
import { orderTime, saleOpens } from './calendar.js';
import { card } from './cards.js';
import { afterwards, build, connection, type Coupon, type Ctx, network, type Plan } from './honest-kit.js';
import { NETWORKS } from './networks.js';
import { retryAttempts, renewalAttempts } from './payments.js';
import { device, email, foreignName, koreanName, type Member, member, relayEmail } from './people.js';
import { FAR_COUNTRIES, farAddress, KR_FORWARDERS, krAddress, lockered, market } from './places.js';
import { type Purchase } from './purchase.js';
import { DAY, MINUTE } from '../kit/purchase.js';

/** Honest customers by kind, with their weights among honest orders. */
export const HONEST = {
  domestic_regular: 24,
  mobile_shopper: 9,
  domestic_first_order: 10,
  loyal_points_member: 6,
  overseas_shopper: 17,
  gift_order: 5,
  traveller: 3,
  vpn_user: 3,
  campus_office_network: 4,
  family_shared: 3,
  big_haul: 3,
  privacy_relay_new: 3,
  declined_then_retry: 4,
  diaspora_expat: 4,
  small_reseller: 2,
  subscription_renewal: 3,
  forwarder_customer: 2,
} as const;
export type HonestKind = keyof typeof HONEST;

const INFLUENCER: readonly Coupon[] = ['JIYOON15', 'MINAGLOW12', 'SKINWITHHANA'];

/** Some code at checkout: the 11.11 code on the day, influencer codes all week. */
function saleCoupon(rng: Rng, c: Ctx, at: number): Coupon | undefined {
  const open = saleOpens(c.start);
  if (at >= open && at < open + DAY && rng.chance(0.55)) return '1111GLOW';
  return rng.chance(0.25) ? rng.pick(INFLUENCER) : undefined;
}

/** A member's usual checkout: their home address, line or phone, their way of paying. */
function usual(rng: Rng, c: Ctx, kind: string, m: Member, mobile: boolean, tz = 9): Plan {
  const at = orderTime(rng, c.w, tz, c.start);
  const home = m.home.country ?? 'KR';
  const points =
    home === 'KR' && (m.customer.points ?? 0) >= 2_000 && rng.chance(0.3) ? m.customer.points : 0;
  const coupon = saleCoupon(rng, c, at);
  return {
    kind,
    at,
    buyer: m.customer,
    billing: m.home,
    shipping: m.home,
    ...connection(rng, c, m, mobile),
    lines: ordinary(rng),
    ...(coupon ? { coupon } : {}),
    ...(points ? { points } : {}),
    method: m.method,
    card: m.card,
  };
}

const tzOf = (country: string) => (country === 'KR' ? 9 : market(country).tz);

/** A brand-new Korean (or overseas) shopper: an account opened minutes before, or a guest. */
function newcomer(rng: Rng, c: Ctx, kind: string, country: string, relay: boolean): Plan {
  const m = member(rng, c.ips, 0, country);
  const at = orderTime(rng, c.w, tzOf(country), c.start);
  const guest = rng.chance(0.3);
  const name = country === 'KR' ? koreanName(rng) : foreignName(rng, country);
  const buyer = {
    ...(guest ? {} : { id: m.customer.id, createdAt: at - Math.floor(rng.float(2, 40) * MINUTE) }),
    email: relay ? relayEmail(rng) : email(rng, name, country === 'KR'),
    name: name.display,
    locale: m.customer.locale,
  };
  const mobile = rng.chance(0.65);
  const d = device(rng, mobile && rng.chance(0.3), mobile);
  return {
    kind,
    at,
    buyer,
    billing: m.home,
    shipping: m.home,
    ip: c.ips.draw(mobile ? m.mobileNet : m.homeNet),
    device: d,
    channel: d.id?.startsWith('app-') ? 'app' : 'web',
    lines: ordinary(rng),
    coupon: guest ? (saleCoupon(rng, c, at) ?? 'WELCOME10') : 'WELCOME10',
    method: country === 'KR' ? rng.pick(['kakao_pay', 'naver_pay', 'card', 'toss_pay']) : m.method,
    card: m.card,
  };
}

const PLANNERS: Record<HonestKind, (rng: Rng, c: Ctx) => Plan> = {
  domestic_regular: (rng, c) =>
    usual(rng, c, 'domestic_regular', rng.pick(c.crowd.domestic), rng.chance(0.3)),
  mobile_shopper: (rng, c) => usual(rng, c, 'mobile_shopper', rng.pick(c.crowd.domestic), true),
  domestic_first_order: (rng, c) => newcomer(rng, c, 'domestic_first_order', 'KR', false),
  privacy_relay_new: (rng, c) =>
    newcomer(
      rng,
      c,
      'privacy_relay_new',
      rng.chance(0.6) ? 'KR' : (rng.pick(c.crowd.overseas).home.country ?? 'US'),
      true,
    ),
  loyal_points_member: (rng, c) => {
    const m = rng.pick(c.crowd.domestic);
    const rich = {
      ...m.customer,
      createdAt: Math.min(m.customer.createdAt ?? 0, c.start - 800 * DAY),
      points: rng.int(20, 180) * 1_000,
    };
    const p = usual(rng, c, 'loyal_points_member', { ...m, customer: rich }, rng.chance(0.5));
    return { ...p, lines: [...ordinary(rng), ...everyday(rng, 2)], points: rich.points };
  },
  overseas_shopper: (rng, c) => {
    const m = rng.pick(c.crowd.overseas);
    return usual(rng, c, 'overseas_shopper', m, rng.chance(0.45), tzOf(m.home.country ?? 'US'));
  },
  gift_order: (rng, c) => {
    const p = usual(rng, c, 'gift_order', rng.pick(c.crowd.domestic), rng.chance(0.5));
    const gift = rng.pick(['GFT-MINI', 'GFT-HOLIDAY', 'GFT-HOLIDAY', 'GFT-HANBANG']);
    return {
      ...p,
      shipping: krAddress(rng),
      recipient: koreanName(rng).display,
      gift: true,
      lines: [line(gift), ...everyday(rng, rng.int(0, 2))],
    };
  },
  traveller: (rng, c) => {
    if (rng.chance(0.5)) {
      // A Korean member on holiday or a business trip: hotel Wi-Fi abroad, parcel to the flat at home.
      const m = rng.pick(c.crowd.domestic);
      const where = rng.pick(['JP', 'VN', 'US', 'SG', 'HK', 'TW', 'AU', 'GB']);
      const p = usual(rng, c, 'traveller', m, true, tzOf(where));
      return { ...p, ip: c.ips.draw(network(market(where).networks[0] ?? 'ntt')) };
    }
    // A tourist in Seoul: foreign card and account, Korean phone SIM, delivered to the hotel.
    const m = rng.pick(c.crowd.overseas);
    const p = usual(rng, c, 'traveller', m, true);
    const hotel = {
      country: 'KR',
      city: 'Seoul',
      postalCode: `04${rng.digits(3)}`,
      line1: `명동 ${rng.pick(['Lotte', 'Nine Tree', 'L7'])} Hotel, room ${rng.int(301, 2210)}`,
    };
    return {
      ...p,
      shipping: hotel,
      ip: c.ips.draw(network(rng.pick(['kt-mobile', 'skt-mobile']))),
      coupon: undefined,
    };
  },
  vpn_user: (rng, c) => {
    const overseas = rng.chance(0.4);
    const m = rng.pick(overseas ? c.crowd.overseas : c.crowd.domestic);
    const p = usual(rng, c, 'vpn_user', m, rng.chance(0.3), tzOf(m.home.country ?? 'KR'));
    const exits = NETWORKS.filter((n) => n.kind === 'vpn' && n.country !== m.home.country);
    return { ...p, ip: c.ips.draw(rng.pick(exits)) };
  },
  campus_office_network: (rng, c) => {
    const m = rng.pick(c.crowd.domestic);
    const p = usual(rng, c, 'campus_office_network', m, false);
    const net = rng.pick(
      NETWORKS.filter((n) => n.country === 'KR' && (n.kind === 'campus' || n.kind === 'office')),
    );
    return { ...p, ip: c.ips.draw(net), device: rng.chance(0.3) ? m.phone : m.desktop };
  },
  family_shared: (rng, c) => {
    const families = c.crowd.domestic.filter((m) => m.family);
    const head = rng.pick(families);
    const kid = head.family ?? head;
    const p = usual(rng, c, 'family_shared', kid, false);
    const shared = rng.chance(0.4);
    // The family tablet on the home line; a teenager may pay with a parent's card.
    return {
      ...p,
      ip: head.homeIp,
      device: head.desktop,
      ...(shared ? { method: 'card', card: head.card } : {}),
    };
  },
  big_haul: (rng, c) => {
    const m = rng.chance(0.65) ? rng.pick(c.crowd.domestic) : rng.pick(c.crowd.overseas);
    const p = usual(rng, c, 'big_haul', m, rng.chance(0.3), tzOf(m.home.country ?? 'KR'));
    const extra = [line(rng.pick(['DEV-LED', 'DEV-MICRO', 'GFT-HANBANG'])), ...everyday(rng, rng.int(6, 12))];
    return { ...p, lines: extra };
  },
  declined_then_retry: (rng, c) => {
    const m = rng.chance(0.6) ? rng.pick(c.crowd.domestic) : rng.pick(c.crowd.overseas);
    const country = m.home.country ?? 'KR';
    const p = usual(rng, c, 'declined_then_retry', m, rng.chance(0.5), tzOf(country));
    return { ...p, method: 'card', attempts: retryAttempts(rng, m.card, country) };
  },
  diaspora_expat: (rng, c) => {
    const country = rng.pick(['US', 'US', 'CA', 'AU', 'DE', 'JP', 'SG', 'GB']);
    const m = member(rng, c.ips, c.start, country);
    const name = koreanName(rng);
    const buyer = {
      ...m.customer,
      name: name.display,
      email: email(rng, name, rng.chance(0.5)),
      locale: 'ko-KR',
    };
    const p = usual(rng, c, 'diaspora_expat', { ...m, customer: buyer }, rng.chance(0.4), tzOf(country));
    // Half send to their parents in Korea; some still pay with the Korean card they kept.
    const toParents = rng.chance(0.5);
    const kr = rng.chance(0.25) ? card(rng, 'KR') : m.card;
    return {
      ...p,
      card: kr,
      method: 'card',
      ...(toParents ? { shipping: krAddress(rng), recipient: koreanName(rng).display, gift: true } : {}),
    };
  },
  small_reseller: (rng, c) => {
    const country = rng.pick(['PH', 'MY', 'VN', 'ID', 'AE', 'SG']);
    const m = member(rng, c.ips, c.start, country, rng.float(30, 700));
    const shop = `${foreignName(rng, country).handle.split('.')[0] ?? 'glow'}beauty`;
    const buyer = { ...m.customer, email: `orders@${shop}.${country.toLowerCase()}` };
    const p = usual(rng, c, 'small_reseller', { ...m, customer: buyer }, false, tzOf(country));
    return {
      ...p,
      lines: everyday(rng, rng.int(3, 6), rng.pick([10, 20, 30, 40])),
      shipMethod: 'dhl',
      coupon: undefined,
      points: 0,
    };
  },
  subscription_renewal: (rng, c) => {
    const m = rng.pick(c.crowd.domestic);
    const p = usual(rng, c, 'subscription_renewal', m, false);
    // Renewals are charged in the 09:00 KST batch.
    const day = Math.floor((p.at - c.w.start) / DAY);
    const at = Math.min(c.w.end - 1, c.w.start + day * DAY + rng.int(0, 40) * MINUTE);
    return {
      ...p,
      at,
      ip: m.homeIp,
      lines: [line('SUB-MONTH')],
      coupon: undefined,
      points: 0,
      method: 'card',
      subscription: 'renewal',
      attempts: renewalAttempts(rng, m.card),
    };
  },
  forwarder_customer: (rng, c) => {
    const country = rng.pick(FAR_COUNTRIES);
    const name = foreignName(rng, 'US');
    const home = farAddress(rng, country);
    const at = orderTime(rng, c.w, country === 'TR' ? 3 : -4, c.start);
    const net = network(country === 'BR' ? 'claro-br' : country === 'MX' ? 'telmex' : 'turk-telekom');
    const d = device(rng, false, rng.chance(0.5));
    return {
      kind: 'forwarder_customer',
      at,
      buyer: {
        id: `M${rng.digits(8)}`,
        createdAt: at - rng.int(1, 400) * DAY,
        email: email(rng, name, false),
        name: name.display,
        locale: 'en-US',
      },
      billing: home,
      shipping: lockered(rng, rng.pick(KR_FORWARDERS)),
      ip: c.ips.draw(net),
      device: d,
      channel: 'web',
      lines: ordinary(rng),
      method: rng.chance(0.6) ? 'paypal' : 'card',
      card: card(rng, country),
    };
  },
};

/** One honest purchase of `kind`. */
export function honest(rng: Rng, c: Ctx, kind: HonestKind): Purchase {
  const plan = PLANNERS[kind](rng, c);
  const at = Math.min(c.w.end - 1, Math.max(c.w.start, plan.at));
  return afterwards(rng, build(rng, { ...plan, at }));
}
