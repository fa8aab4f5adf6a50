import { DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { BRT, orderTime } from './calendar.js';
import { bigTicket, line, PRODUCTS, productsIn } from './catalog.js';
import { foreignCard } from './cards.js';
import { device } from './devices.js';
import { type Ctx, honestOrder } from './honest-kit.js';
import { NETWORKS } from './networks.js';
import { cnpj, companyEmail, companyName, person } from './people.js';
import { pickCity, streetAddress, workAddress } from './places.js';
import { boletoPaid, cardAttempt, honestPayment } from './payments.js';
import { type Purchase } from './purchase.js';

/** Honest orders that look odd: gifts far away, shared devices, companies, abroad, VPNs, resellers, gift cards. */

type Plan = (rng: Rng, ctx: Ctx) => Purchase;

/** Sent to a parent or sibling in another state (São Paulo to the Nordeste, mostly), under their name. */
export const giftToFamily: Plan = (rng, ctx) => {
  const s = ctx.shoppers.next();
  const far = pickCity(
    rng,
    s.city.region === 'nordeste' ? 'sp_capital' : rng.pick(['nordeste', 'nordeste', 'sul', 'rio']),
  );
  const relative = person(rng);
  const to = streetAddress(rng, far);
  const shipping = {
    ...to,
    line1: `${to.line1 ?? ''} (A/C ${relative.first} ${relative.last.split(' ')[0] ?? ''})`,
  };
  const lines = rng.chance(0.5)
    ? [line(bigTicket(rng))]
    : [line(rng.pick(productsIn('small_appliance', 'smartphone')))];
  return honestOrder(rng, ctx, 'gift_to_family', s, { lines, delivery: 'home', shipping });
};

/** A second member of a household on the family computer and the home line: own CPF, e-mail and card. */
export const sharedFamilyDevice: Plan = (rng, ctx) => {
  const first = ctx.shoppers.next();
  const s = rng.chance(0.7) ? ctx.shoppers.housemate(first) : first;
  const other = s.household.members.find((m) => m !== s);
  return honestOrder(rng, ctx, 'shared_family_device', s, {
    ip: s.household.ip,
    device: rng.chance(0.6) || !other ? s.household.computer : other.phone,
  });
};

/** A small company (CNPJ) equipping an office: several notebooks or ACs, boleto or the company card. */
export const companyBuyer: Plan = (rng, ctx) => {
  const city = pickCity(rng);
  const s = ctx.shoppers.create({ city, accountDays: rng.chance(0.5) ? rng.float(30, 1500) : 'guest' });
  const company = companyName(rng);
  const office = workAddress(rng, city);
  s.customer = { ...s.customer, name: company, email: companyEmail(company, s.person), taxId: cnpj(rng) };
  s.work = office;
  const product = rng.pick(
    PRODUCTS.filter(
      (p) => ['notebook', 'air_conditioner', 'tv', 'smartphone'].includes(p.category) && p.price < 600_000,
    ),
  );
  const lines = [line(product, rng.int(2, 8))];
  const at = orderTime(rng, ctx.window, city.tz);
  const hour = new Date(at + BRT * 3_600_000).getUTCHours();
  const officeHours = hour >= 8 && hour < 19;
  return honestOrder(rng, ctx, 'company_cnpj', s, {
    at,
    lines,
    delivery: 'work',
    shipping: office,
    billing: office,
    ip: officeHours ? ctx.shoppers.ipOn(NETWORKS.corporate) : s.household.ip,
    device: device(rng, 'windows', false),
    coupon: undefined,
    method: rng.chance(0.5) ? 'boleto' : 'credit_card',
    payment: (amount, method) =>
      method === 'boleto'
        ? { attempts: [boletoPaid(rng)], later: [] }
        : honestPayment(rng, 'credit_card', amount, s.cards),
  });
};

/** A Brazilian in the US or Portugal (travel, study, work) buying for home, on a Brazilian or local card. */
export const travellingAbroad: Plan = (rng, ctx) => {
  const s = ctx.shoppers.next();
  const country = rng.chance(0.6) ? 'US' : 'PT';
  const net = country === 'US' ? rng.pick([NETWORKS.usMobile, NETWORKS.usBroadband]) : NETWORKS.ptBroadband;
  const foreign = rng.chance(0.3);
  const card = foreign ? foreignCard(rng, country) : s.cards[0];
  const abroad = {
    country,
    city:
      country === 'US'
        ? rng.pick(['Orlando', 'Boston', 'Miami', 'Newark'])
        : rng.pick(['Lisboa', 'Porto', 'Braga']),
  };
  return honestOrder(rng, ctx, 'travelling_abroad', s, {
    ip: ctx.shoppers.ipOn(net),
    device: s.phone,
    delivery: 'home',
    method: 'credit_card',
    ...(foreign
      ? {
          billing: {
            ...abroad,
            postalCode: rng.digits(5),
            line1: `${rng.int(1, 900)} ${rng.pick(['Main St', 'Rua Augusta', 'Oak Ave'])}`,
          },
        }
      : {}),
    payment: (amount) =>
      card
        ? { attempts: [cardAttempt(rng, card, amount, { ok: true })], later: [] }
        : honestPayment(rng, 'pix', amount, []),
  });
};

/** A privacy-minded shopper behind a VPN, iCloud Private Relay or a work VPN exiting in São Paulo's cloud. */
export const vpnOrPrivateRelay: Plan = (rng, ctx) => {
  const s = ctx.shoppers.next();
  const net = rng.weightedPick([
    [NETWORKS.cloudSp, 4],
    [NETWORKS.vpnUs, 3],
    [NETWORKS.vpnNl, 2],
  ] as const);
  return honestOrder(rng, ctx, 'vpn_or_private_relay', s, {
    ip: ctx.shoppers.ipOn(net),
    device: s.household.computer,
  });
};

/** Someone who resells phones or consoles in their neighbourhood: a few of one item, by Pix. */
export const smallReseller: Plan = (rng, ctx) => {
  const s = ctx.shoppers.create({ accountDays: rng.float(60, 1200) });
  const product = rng.pick(
    PRODUCTS.filter((p) => ['smartphone', 'console', 'accessory'].includes(p.category)),
  );
  return honestOrder(rng, ctx, 'small_reseller', s, { lines: [line(product, rng.int(3, 6))], method: 'pix' });
};

/** Gift cards for the office Secret Santa ("amigo secreto") or the nephews, e-mailed. */
export const giftCardsForFriends: Plan = (rng, ctx) => {
  const s = ctx.shoppers.next();
  const cards = productsIn('gift_card').filter((p) => p.price <= 25_000);
  const lines = Array.from({ length: rng.int(1, 3) }, () => line(rng.pick(cards), rng.int(1, 4)));
  const merged = [...new Map(lines.map((l) => [l.sku, l])).values()];
  return honestOrder(rng, ctx, 'gift_cards_for_friends', s, {
    lines: merged,
    delivery: 'digital',
    later: rng.chance(0.05)
      ? [{ type: 'refund.created', afterMs: rng.float(1, 5) * DAY, reason: 'requested_by_customer' }]
      : [],
  });
};
