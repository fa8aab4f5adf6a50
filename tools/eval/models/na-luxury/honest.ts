import { basket, byCategory, bySku, shoppingBasket } from './catalog.js';
import { addressIn, foreignAddress, BOUTIQUES, cityIn, CITIES, FORWARDERS, forwarderSuite } from './geo.js';
import { abroadIp, homeIp, hostingIp } from './networks.js';
import { accountAge, customerId, device, makeCard } from './cards.js';
import { personalEmail, personName, slug } from './people.js';
import { type Address, MINUTE as MIN, type Window } from '../kit/purchase.js';
import { type Purchase, when } from './purchase.js';
import { type Rng } from './random.js';
import { aftercare, currencyOf, dropTime, EVERYDAY, LUXE, pay, resident } from './honest-kit.js';

/** Good orders: who honestly shops at Maison Nord, and how (README.md, "Good orders"). */

export const HONEST = {
  returning_customer: 20,
  new_customer: 15,
  vip_client: 12,
  gift_order: 12,
  guest_checkout: 8,
  bopis_pickup: 7,
  vpn_user: 5,
  traveller: 4,
  declined_then_retried: 4,
  expat_forwarder: 3,
  corporate_gifting: 3,
  sneaker_drop_entrant: 3,
  cross_border_forwarder: 2,
} as const;
export type HonestKind = keyof typeof HONEST;

const NY_METRO = ['New York, NY', 'Brooklyn, NY', 'Greenwich, CT', 'Short Hills, NJ'];
const TORONTO_METRO = ['Toronto, ON', 'Oakville, ON'];

export function honest(rng: Rng, w: Window, kind: HonestKind, n: number): Purchase {
  let d = resident(
    rng,
    kind === 'bopis_pickup'
      ? rng.yes(0.55)
        ? 'US'
        : 'CA'
      : kind === 'cross_border_forwarder'
        ? 'CA'
        : rng.yes(0.72)
          ? 'US'
          : 'CA',
  );
  if (kind === 'bopis_pickup') {
    const metro = CITIES.filter((c) => (d.city.country === 'US' ? NY_METRO : TORONTO_METRO).includes(c.city));
    d = { ...d, city: rng.pick(metro), billing: addressIn(rng, rng.pick(metro)) };
  }
  let at = when(rng, w, d.city.tz);
  let currency: 'USD' | 'CAD' = currencyOf(d.city.country);
  let b = shoppingBasket(rng, currency, EVERYDAY);
  let shipping: Address = d.billing;
  let ip = homeIp(rng, d.city.country);
  let dev = device(rng);
  let member = { id: customerId(rng), created: accountAge(rng, at, 20, 2200) };
  let guest = false;
  let attempts = pay(rng, d.card);

  switch (kind) {
    case 'new_customer':
      member = {
        id: customerId(rng),
        created: rng.yes(0.6) ? at - rng.int(2, 25) * MIN : accountAge(rng, at, 0.1, 14),
      };
      break;
    case 'guest_checkout':
      guest = true;
      break;
    case 'vip_client':
      member.created = accountAge(rng, at, 400, 3300);
      if (rng.yes(0.55))
        d.card = makeCard(rng, d.city.country, [['amex', d.city.country === 'US' ? '379766' : '373952']]);
      b = shoppingBasket(rng, currency, LUXE);
      if (rng.yes(0.35))
        b = basket(currency, [
          ...b.lines.map((l) => [bySku(l.sku), l.quantity] as const),
          [rng.pick(byCategory('jewellery')), 1],
        ]);
      dev = device(rng, rng.pick(['app', 'iphone', 'mac', 'ipad']));
      attempts = pay(rng, d.card, { retry: rng.yes(0.03) });
      break;
    case 'gift_order': {
      const to = rng.yes(0.12)
        ? cityIn(rng, d.city.country === 'US' ? 'CA' : 'US')
        : cityIn(rng, d.city.country);
      shipping = addressIn(rng, to);
      b = shoppingBasket(rng, currency, { ...EVERYDAY, fragrance: 30, jewellery: 18 });
      break;
    }
    case 'bopis_pickup':
      shipping = BOUTIQUES[d.city.country];
      if (rng.yes(0.3)) guest = true;
      break;
    case 'corporate_gifting': {
      const office = rng.pick(
        CITIES.filter((c) =>
          ['New York, NY', 'Toronto, ON', 'Chicago, IL', 'San Francisco, CA', 'Boston, MA'].includes(c.city),
        ),
      );
      currency = currencyOf(office.country);
      d = {
        ...d,
        city: office,
        billing: addressIn(rng, office, false),
        card: makeCard(
          rng,
          office.country,
          office.country === 'US'
            ? [
                ['amex', '371549'],
                ['mastercard', '542418'],
              ]
            : [
                ['amex', '373952'],
                ['visa', '451015'],
              ],
        ),
      };
      d.email = `${slug(d.name.split(' ')[0] ?? 'events')}.${rng.pick(['events', 'office', 'ea'])}@${rng.pick(['lazardfreres.com', 'brookfield.com', 'cooley.com', 'bmo.com', 'wachtell.com'])}`;
      shipping = d.billing;
      const gift = rng.pick([
        ...byCategory('fragrance').filter((x) => x.usd > 10000),
        ...byCategory('small_leather'),
        ...byCategory('accessories'),
      ]);
      b = basket(currency, [[gift, rng.int(6, 30)]]);
      at = when(rng, w, office.tz);
      ip = homeIp(rng, office.country);
      dev = device(rng, rng.pick(['windows', 'mac']), true);
      member.created = accountAge(rng, at, 60, 1500);
      attempts = pay(rng, d.card, { retry: rng.yes(0.15) });
      break;
    }
    case 'traveller': {
      const abroad = rng.pick(['GB', 'FR', 'IT', 'CH', 'JP', 'AE', 'MX', 'HK']);
      ip = abroadIp(rng, abroad);
      at = Math.floor(rng.range(w.start, w.end));
      dev = device(rng, rng.pick(['iphone', 'app', 'iphone', 'mac']));
      if (rng.yes(0.2)) shipping = BOUTIQUES[d.city.country];
      break;
    }
    case 'expat_forwarder': {
      const home = rng.pick(['AE', 'HK', 'SG', 'JP', 'KR', 'CN', 'GB', 'AU', 'MX', 'BR', 'CH']);
      const name = personName(rng, home);
      d = {
        ...d,
        name,
        email: personalEmail(rng, name, 'abroad'),
        card: makeCard(rng, home),
        billing: foreignAddress(rng, home),
      };
      currency = 'USD';
      b = shoppingBasket(rng, currency, LUXE);
      shipping = forwarderSuite(rng, FORWARDERS.export);
      ip = abroadIp(rng, home);
      at = Math.floor(rng.range(w.start, w.end));
      attempts = pay(rng, d.card, { retry: rng.yes(0.1) });
      break;
    }
    case 'cross_border_forwarder':
      currency = 'USD';
      b = shoppingBasket(rng, currency, { ...EVERYDAY, sneakers: 30 });
      shipping = forwarderSuite(rng, FORWARDERS.border, `${rng.digits(6)}`);
      attempts = pay(rng, d.card);
      break;
    case 'vpn_user':
      ip = hostingIp(rng, rng.yes(0.65) ? d.city.country : rng.pick(['US', 'NL', 'DE']));
      break;
    case 'declined_then_retried':
      attempts = pay(rng, d.card, { retry: true });
      break;
    case 'sneaker_drop_entrant': {
      const drop = dropTime(w);
      at = drop + Math.floor(rng.lognormal(3, 0.9) * MIN);
      b = basket(currency, [[rng.pick(byCategory('limited_sneakers')), 1]]);
      dev = device(rng, rng.pick(['app', 'app', 'iphone', 'android']), true);
      break;
    }
    default:
      break;
  }
  if (kind === 'returning_customer' && rng.yes(0.15)) shipping = BOUTIQUES[d.city.country];
  const paid = attempts.some((a) => a.ok);
  return {
    at: Math.min(at, w.end - 1),
    fraud: false,
    kind,
    basket: b,
    buyer: guest
      ? { email: d.email, name: d.name }
      : {
          id: `${member.id}${n % 10}`,
          email: d.email,
          name: d.name,
          createdAt: Math.min(member.created, at - MIN),
        },
    billing: d.billing,
    shipping,
    ip,
    device: dev,
    attempts,
    later: aftercare(rng, b, paid),
  };
}
