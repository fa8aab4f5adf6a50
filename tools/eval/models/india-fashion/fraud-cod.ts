import { type Rng } from '../kit/random.js';
import { cardFrom } from './cards.js';
import { bySku, cart, line, shelf, subtotal } from './catalog.js';
import {
  burnerEmail,
  crews,
  crewTown,
  dropAddress,
  fraudOrder,
  freshBuyer,
  reviewCancel,
} from './fraud-kit.js';
import { ipOn, IN_NETS, MOBILE } from './networks.js';
import { cardAttempt, cardless, codOutcome, deliveryDays, doorstep, SEC } from './payments.js';
import { account, oldAccountAge, person } from './people.js';
import { type Address, homeIn, pickCity, workIn } from './places.js';
import {
  botDevice,
  DAY,
  device,
  farmDevice,
  HOUR,
  inRush,
  type Later,
  type Method,
  MIN,
  type Purchase,
  when,
  type Window,
} from './purchase.js';

/** Cash-on-delivery rings, promo and referral farms, and resellers buying out the sale. */

/**
 * Fake COD orders: a ring (or a rival seller) places orders to made-up names at vague addresses in one town
 * from one or two cheap phones, and every parcel comes back refused or unreachable — the store pays
 * shipping both ways. Some are caught at the confirmation call.
 */
export function codFakeOrders(rng: Rng, w: Window, count: number): Purchase[] {
  return crews(rng, count, 3, 8).flatMap((size) => {
    const town = crewTown(rng);
    const scripted = rng.chance(0.15);
    const phones = [
      device(rng, false, rng.chance(0.7) ? 'app' : 'mweb', true),
      device(rng, false, 'mweb', true),
    ];
    const carrier = rng.weightedPick(MOBILE);
    const ips = scripted
      ? [ipOn(rng, IN_NETS.awsMumbai), ipOn(rng, IN_NETS.doBangalore)]
      : [ipOn(rng, carrier), ipOn(rng, carrier), ipOn(rng, carrier)];
    const bot = botDevice(rng);
    let at = when(rng, w);
    return Array.from({ length: size }, () => {
      at = Math.min(w.end - 1, at + Math.floor(rng.exp(25 * MIN)));
      const who = person(rng, town.region);
      const lines = cart(rng, 'gifting', rng.int(1, 2), 9000);
      const home: Address = {
        ...dropAddress(rng, town),
        line1: `${rng.pick(['near', 'opp.', 'behind'])} ${rng.pick(['Bus Stand', 'Hanuman Mandir', 'Sarkari School', 'Water Tank'])}`,
      };
      const reason = rng.weighted({ rto_refused: 55, customer_unreachable: 30, cod_verification_failed: 15 });
      const afterMs =
        reason === 'cod_verification_failed'
          ? rng.float(1, 8) * HOUR
          : doorstep(rng, at, deliveryDays(rng, town.tier) + rng.float(0, 2));
      const later: Later[] = [{ type: 'order.cancelled', afterMs, reason }];
      return fraudOrder({
        kind: 'cod_fake_orders',
        at,
        buyer: freshBuyer(rng, who, at, burnerEmail(rng, who), 0.2),
        lines,
        method: 'cod',
        attempts: [],
        later,
        ip: rng.pick(ips),
        device: scripted ? bot : rng.pick(phones),
        billing: home,
        shipping: home,
      });
    });
  });
}

/** Gmail ignores dots: one inbox, many "different" addresses. */
function dotted(base: string, rng: Rng): string {
  const chars = base.split('');
  const at = rng.int(1, chars.length - 1);
  return `${chars.slice(0, at).join('')}.${chars.slice(at).join('')}`;
}

/**
 * New-user coupons and referral bonuses farmed with many accounts: one person, one phone (or an emulator
 * that resets its id), e-mails that are the same Gmail inbox with dots moved or a counter, carts just over
 * the coupon's threshold, the same flat written a few ways.
 */
export function promoReferralAbuse(rng: Rng, w: Window, count: number): Purchase[] {
  return crews(rng, count, 4, 12).flatMap((size) => {
    const city = pickCity(rng, [1, 2]);
    const who = person(rng, city.region);
    const base = `${who.first}${who.last}`.toLowerCase().replace(/[^a-z]/g, '');
    const style = rng.weighted({ dots: 40, counter: 30, burner: 30 });
    const emulator = rng.chance(0.5);
    const phone = emulator ? farmDevice(rng) : device(rng, false, 'app', true);
    const flat = homeIn(rng, city);
    const net = rng.chance(0.5) ? IN_NETS.jioFiber : rng.weightedPick(MOBILE);
    const ips = [ipOn(rng, net), ipOn(rng, net)];
    let at = when(rng, w);
    return Array.from({ length: size }, (_, i) => {
      at = Math.min(w.end - 1, at + Math.floor(rng.exp(40 * MIN)));
      const email =
        style === 'dots'
          ? `${dotted(base, rng)}@gmail.com`
          : style === 'counter'
            ? `${base}${1020 + i}@gmail.com`
            : burnerEmail(rng);
      const alias = person(rng, city.region);
      const buyer = freshBuyer(rng, rng.chance(0.5) ? who : alias, at, email);
      const referral = rng.chance(0.35);
      const coupon = referral
        ? { code: `REF${rng.token(6).toUpperCase()}`, off: 20_000 }
        : { code: 'NEW300', off: 30_000 };
      const lines = [line(rng.pick(shelf(['western', 'beauty', 'footwear', 'jewellery'], 999, 1299)))];
      const method: Method = rng.weighted({ cod: 45, upi: 45, wallet: 10 });
      const shipping = {
        ...flat,
        line1: rng.chance(0.5)
          ? flat.line1
          : (flat.line1 ?? '').replace(
              /^Flat No\.|^Flat|^H\.No\./,
              rng.pick(['F-', 'Flat no', 'House', '#']),
            ),
      };
      const dev = emulator ? { ...phone, id: farmDevice(rng).id ?? '' } : phone;
      const caught = rng.chance(0.25);
      let later: Later[] = [];
      const attempts = method === 'cod' ? [] : [cardless(method, true, rng.int(10, 60) * SEC)];
      if (caught)
        later =
          method === 'cod'
            ? [{ type: 'order.cancelled', afterMs: rng.float(1, 8) * HOUR, reason: 'promo_abuse' }]
            : reviewCancel(rng, 'promo_abuse');
      else if (method === 'cod') later = codOutcome(rng, at, city.tier, 0.9).later;
      return fraudOrder({
        kind: 'promo_referral_abuse',
        at,
        buyer,
        lines,
        method,
        attempts,
        later,
        ip: rng.pick(ips),
        device: dev,
        billing: shipping,
        shipping,
        coupon,
      });
    });
  });
}

const HOT_DEALS = [
  'FTW-SNK-6088',
  'FTW-SNK-6092',
  'WAT-CAS-7040',
  'GAD-EAR-9503',
  'GAD-SWT-9520',
  'GAD-SWT-9544',
  'BTY-PRF-9088',
];

/**
 * Resellers at the midnight opening: several accounts (their own, family's, new ones) on one or two devices
 * in a shop, the per-order maximum of the few hot deals, delivered to the shop, paid by UPI or the one card
 * with the bank offer. The store cancels some under its reseller policy.
 */
export function resellerBulk(rng: Rng, w: Window, count: number): Purchase[] {
  return crews(rng, count, 3, 8).flatMap((size) => {
    const city = pickCity(rng, rng.chance(0.6) ? [1] : [2]);
    const shop = workIn(rng, city, 'shop');
    const owner = person(rng, city.region, false);
    const devices = [device(rng, false, 'desktop'), device(rng, rng.chance(0.2), 'app')];
    const wifi = rng.chance(0.6) ? IN_NETS.airtelFiber : IN_NETS.jioFiber;
    const ip = ipOn(rng, wifi);
    const offerCard = cardFrom(rng, 'IN', ['visa', 'mastercard']);
    const deals = rng.shuffle(HOT_DEALS).slice(0, rng.int(1, 3)).map(bySku);
    return Array.from({ length: size }, () => {
      const at = inRush(rng, w, 2);
      const relative = person(rng, city.region);
      const buyer = rng.chance(0.4)
        ? account(rng, relative, at, oldAccountAge(rng))
        : freshBuyer(rng, rng.chance(0.5) ? owner : relative, at, burnerEmail(rng, relative));
      const lines = [line(rng.pick(deals), rng.int(2, 5))];
      const method: Method = rng.weighted({ upi: 45, card: 40, netbanking: 15 });
      const attempts =
        method === 'card'
          ? [cardAttempt(offerCard, true, rng.int(25, 90) * SEC)]
          : [cardless(method, true, rng.int(10, 80) * SEC)];
      const rupees = subtotal(lines) / 100;
      const later = rng.chance(0.25)
        ? reviewCancel(rng, 'reseller_limit')
        : rng.chance(0.05)
          ? [{ type: 'refund.created' as const, afterMs: rng.float(8, 15) * DAY, reason: 'return' }]
          : [];
      const addr = rng.chance(0.7)
        ? shop
        : { ...shop, line1: `${shop.line1} (${rupees > 20_000 ? 'godown' : 'counter'})` };
      return fraudOrder({
        kind: 'reseller_bulk',
        at,
        buyer,
        lines,
        method,
        attempts,
        later,
        ip: rng.chance(0.8) ? ip : ipOn(rng, IN_NETS.jio),
        device: rng.pick(devices),
        billing: addr,
        shipping: addr,
      });
    });
  });
}
