import { randomAddress, reshipperAddress } from './addresses.js';
import { domesticCard } from './cards.js';
import { everydayBasket, orderTotal, randomTaste, resaleBasket, type Basket } from './catalog.js';
import { attempts, checkoutGap } from './checkout.js';
import { customerNumber, pastSignup } from './customers.js';
import { deviceMix, newDevice } from './devices.js';
import { personalEmail } from './emails.js';
import { currencyFor } from './money.js';
import { nameFor, personName, type NameOrigin } from './names.js';
import type { Networks } from './networks.js';
import type { Rng } from './random.js';
import { DAY, HOUR, MINUTE, shoppingTime } from './timeline.js';
import type { Address, Card, Endpoint, PurchasePlan } from './types.js';

/**
 * Orders touching a comprehensively sanctioned jurisdiction (Cuba, Iran, North Korea, Syria). Mostly not
 * "fraud" in intent: diaspora families in Europe sending phones and clothes home, residents ordering through
 * relatives' foreign cards and a forwarder in Turkey or Dubai, some behind a VPN. A rare North Korean address
 * buys gift cards. The store may not serve any of them.
 */

type Scenario = 'diaspora_gift' | 'resident_direct' | 'resident_vpn' | 'forwarder_only_ip';

const DIASPORA: Record<string, { homes: Array<[string, number]>; origin: NameOrigin }> = {
  SY: {
    homes: [
      ['DE', 55],
      ['SE', 15],
      ['NL', 10],
      ['AT', 10],
      ['DK', 5],
      ['BE', 5],
    ],
    origin: 'ar',
  },
  IR: {
    homes: [
      ['DE', 40],
      ['SE', 20],
      ['GB', 15],
      ['NL', 10],
      ['FR', 10],
      ['AT', 5],
    ],
    origin: 'fa',
  },
  CU: {
    homes: [
      ['ES', 70],
      ['IT', 15],
      ['DE', 10],
      ['FR', 5],
    ],
    origin: 'es',
  },
};

export function sanctionedPlans(
  rng: Rng,
  nets: Networks,
  start: number,
  end: number,
  count: number,
): PurchasePlan[] {
  return Array.from({ length: count }, () => {
    const country = rng.weighted([
      ['IR', 44],
      ['SY', 26],
      ['CU', 25],
      ['KP', 5],
    ]);
    const scenario: Scenario =
      country === 'KP'
        ? 'resident_direct'
        : rng.weighted<Scenario>([
            ['diaspora_gift', 40],
            ['resident_direct', 33],
            ['resident_vpn', 15],
            ['forwarder_only_ip', 12],
          ]);
    return sanctionedOrder(rng, nets, start, end, country, scenario);
  });
}

function sanctionedOrder(
  rng: Rng,
  nets: Networks,
  start: number,
  end: number,
  country: string,
  scenario: Scenario,
): PurchasePlan {
  const diaspora = DIASPORA[country];
  let billing: Address;
  let shipping: Address | undefined;
  let endpoint: Endpoint;
  let card: Card;
  let name = nameFor(rng, country);
  let emailCountry = country;
  let time: number;
  let basket: Basket;
  let currency: string;

  if (scenario === 'diaspora_gift' && diaspora) {
    const home = rng.weighted(diaspora.homes);
    name = personName(rng, diaspora.origin);
    billing = randomAddress(rng, home);
    shipping = randomAddress(rng, country);
    endpoint = rng.chance(0.6)
      ? { ...nets.residentialProxy(rng, home), network: 'home' }
      : nets.mobile(rng, home);
    card = domesticCard(rng, home);
    emailCountry = home;
    time = shoppingTime(rng, start, end, home);
    currency = currencyFor(home);
    basket = rng.chance(0.5)
      ? everydayBasket(rng, randomTaste(rng), currency)
      : resaleBasket(rng, rng.logNormal(60_000, 0.5), currency, ['phone', 'laptop', 'tablet', 'audio']);
  } else {
    // Residents: relatives' or friends' cards from Turkey, the Gulf, Europe; goods to a forwarder or home.
    const cardCountry =
      country === 'KP'
        ? rng.pick(['CN', 'RU', 'AE'])
        : rng.weighted([
            ['TR', 35],
            ['AE', 25],
            ['DE', 15],
            ['GB', 5],
            ['SE', 5],
            ['AM', 5],
            ['GE', 5],
            ['ES', country === 'CU' ? 20 : 0],
          ]);
    card = domesticCard(rng, cardCountry === 'CN' ? 'AE' : cardCountry);
    const forwarder = reshipperAddress(rng, rng.pick(['TR', 'AE']));
    if (scenario === 'forwarder_only_ip') {
      billing = forwarder;
      shipping = forwarder;
    } else {
      billing = randomAddress(rng, country);
      shipping = rng.chance(0.5) ? billing : forwarder;
    }
    endpoint = scenario === 'resident_vpn' ? nets.hosting(rng) : nets.residentialProxy(rng, country);
    time = shoppingTime(rng, start, end, country);
    currency = 'EUR';
    basket =
      country === 'KP'
        ? everydayBasket(rng, { categories: { gift_card: 40 }, priceTilt: 0.3 }, currency)
        : rng.chance(0.55)
          ? everydayBasket(rng, randomTaste(rng), currency)
          : resaleBasket(rng, rng.logNormal(50_000, 0.5), currency, [
              'phone',
              'laptop',
              'tablet',
              'audio',
              'console',
            ]);
  }
  if (basket.digitalOnly) shipping = undefined;
  const account = rng.chance(0.55)
    ? (() => {
        const createdAt = rng.chance(0.5)
          ? pastSignup(rng, start)
          : time - Math.floor(rng.between(0.01, 20) * DAY);
        return { customerId: customerNumber(rng, createdAt), createdAt };
      })()
    : {};
  const cls = rng.weighted(deviceMix(endpoint.country));
  const device = newDevice(rng, cls);
  // Issuers and processors decline some of these on their own screening.
  const declined = rng.chance(scenario === 'diaspora_gift' ? 0.05 : 0.2);
  const plan: PurchasePlan = {
    key: '',
    kind: 'sanctioned_country',
    fraud: true,
    time,
    currency,
    amount: orderTotal(basket, shipping?.country ?? billing.country, currency),
    items: basket.items,
    identity: { ...account, email: personalEmail(rng, name, emailCountry), name: name.full },
    billing,
    ...(shipping ? { shipping } : {}),
    endpoint,
    device: { id: device.id, userAgent: device.userAgent },
    attempts: attempts(rng, [
      {
        card,
        succeeded: !declined,
        address: scenario === 'forwarder_only_ip' ? 'partial' : 'match',
        cvc: 'typed',
        gap: checkoutGap(rng),
      },
    ]),
    followUps: [],
  };
  if (declined) plan.followUps.push({ type: 'order.cancelled', offset: rng.int(30, 90) * MINUTE });
  else if (rng.chance(0.1)) {
    // The store's own compliance review catches it later and cancels.
    const at = rng.int(1, 30) * HOUR;
    plan.followUps.push(
      { type: 'order.cancelled', offset: at },
      { type: 'refund.created', offset: at + rng.int(1, 10) * MINUTE },
    );
  }
  return plan;
}
