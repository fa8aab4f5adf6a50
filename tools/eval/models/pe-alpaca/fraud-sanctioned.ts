import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { when } from './calendar.js';
import { basketOf, EVERYDAY, type Mix, pickItems, usd } from './catalogue.js';
import { type Decline, type HeldCard, newCard } from './cards.js';
import { fraudDevice, fraudPurchase, HOUR, victimOf } from './fraud-kit.js';
import { ipOn, networkOf } from './networks.js';
import { deviceOf, platformFor } from './people.js';
import { homeIn, market, type Place, SANCTIONED_PLACES, streetLine, TRANSIT } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  fulfilmentSteps,
  type LaterEvent,
  type Purchase,
  retryGap,
} from './purchase.js';
import { shown } from './sessions.js';
import { type World } from './world.js';

/**
 * Orders the shop must not fill: from, billed to, shipped to or paid with a card from Russia, Belarus, Iran,
 * Cuba, Syria or North Korea. Russians connecting from home and paying with a card opened in Kazakhstan,
 * Armenia, the Emirates or Turkey (or trying a Mir card first), Belarusians on a Belarusian card, Iranians
 * shipping to a Dubai address, Cuban-Americans in Florida sending a poncho to Havana, Syrians shipping to
 * Istanbul, and a North Korean address spending a stolen US card. The shop's export screening cancels and
 * refunds most of what was paid; the rest leaves.
 */

type Route = 'ru_direct' | 'ru_mir' | 'by_direct' | 'ir_transit' | 'cu_gift' | 'sy_transit' | 'kp_stolen';

const ROUTES: ReadonlyArray<readonly [Route, number]> = [
  ['ru_direct', 32],
  ['ru_mir', 10],
  ['by_direct', 15],
  ['ir_transit', 15],
  ['cu_gift', 18],
  ['sy_transit', 7],
  ['kp_stolen', 3],
];

const NAMES: Readonly<Record<'ru' | 'ir' | 'sy' | 'cu', readonly string[]>> = {
  ru: [
    'Anna Ivanova',
    'Dmitry Smirnov',
    'Ekaterina Volkova',
    'Sergey Kuznetsov',
    'Olga Popova',
    'Alexei Sokolov',
  ],
  ir: ['Reza Ahmadi', 'Maryam Hosseini', 'Ali Rezaei', 'Niloufar Karimi', 'Sara Mohammadi'],
  sy: ['Omar Haddad', 'Lina Khoury', 'Rami Nasser', 'Hiba Saleh'],
  cu: ['Yoandy Pérez', 'Yamilé Rodríguez', 'Osmany García', 'Dayana Hernández', 'Yunior Díaz'],
};

const placeAddress = (rng: Rng, country: string, p: Place): Address => ({
  country,
  postalCode: p.postalCode,
  city: p.city,
  line1: streetLine(rng, country, p),
});

const HIALEAH: Place = {
  city: 'Hialeah',
  postalCode: '33012',
  tz: -5,
  streets: ['W 49th St', 'Palm Ave', 'E 4th Ave'],
};

const transit = (rng: Rng, country: string): Address => {
  const found = TRANSIT.find(([c]) => c === country);
  if (!found) throw new Error(`no transit ${country}`);
  return placeAddress(rng, country, found[1]);
};

interface Plan {
  name: string;
  email: string;
  billing: Address;
  shipping: Address;
  ipCountry: string;
  cards: HeldCard[];
  /** The first card is refused for where it comes from. */
  refused?: Decline;
  locale: string;
  tz: number;
  mix: Mix;
}

const mail = (rng: Rng, name: string, domains: readonly string[]): string =>
  `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(' ', rng.pick(['.', '_', '']))}${rng.int(1, 99)}@${rng.pick(domains)}`;

function planOf(rng: Rng, route: Route): Plan {
  const ru = SANCTIONED_PLACES.RU;
  switch (route) {
    case 'ru_direct':
    case 'ru_mir': {
      const name = rng.pick(NAMES.ru);
      const home = placeAddress(rng, 'RU', rng.pick(ru));
      const third = rng.pick(['KZ', 'AM', 'AE', 'TR']);
      return {
        name,
        email: mail(rng, name, ['yandex.ru', 'mail.ru', 'gmail.com']),
        billing: home,
        shipping: rng.chance(0.3) ? transit(rng, 'KZ') : home,
        ipCountry: 'RU',
        cards: route === 'ru_mir' ? [newCard(rng, 'RU'), newCard(rng, third)] : [newCard(rng, third)],
        ...(route === 'ru_mir' ? { refused: 'card_not_supported' as const } : {}),
        locale: 'ru-RU',
        tz: 3,
        mix: { ...EVERYDAY, vicuna: 6 },
      };
    }
    case 'by_direct': {
      const name = rng.pick(NAMES.ru);
      const home = placeAddress(rng, 'BY', rng.pick(SANCTIONED_PLACES.BY));
      return {
        name,
        email: mail(rng, name, ['tut.by', 'mail.ru', 'gmail.com']),
        billing: home,
        shipping: home,
        ipCountry: 'BY',
        cards: [newCard(rng, 'BY')],
        ...(rng.chance(0.5) ? { refused: 'transaction_not_allowed' as const } : {}),
        locale: 'ru-BY',
        tz: 3,
        mix: EVERYDAY,
      };
    }
    case 'ir_transit': {
      const name = rng.pick(NAMES.ir);
      const dubai = transit(rng, 'AE');
      return {
        name,
        email: mail(rng, name, ['gmail.com', 'yahoo.com']),
        billing: dubai,
        shipping: dubai,
        ipCountry: 'IR',
        cards: [newCard(rng, 'AE')],
        locale: 'fa-IR',
        tz: 3.5,
        mix: { ...EVERYDAY, vicuna: 4 },
      };
    }
    case 'cu_gift': {
      const name = rng.pick(NAMES.cu);
      return {
        name,
        email: mail(rng, name, ['gmail.com', 'yahoo.com', 'hotmail.com']),
        billing: placeAddress(rng, 'US', HIALEAH),
        shipping: placeAddress(rng, 'CU', rng.pick(SANCTIONED_PLACES.CU)),
        ipCountry: 'US',
        cards: [newCard(rng, 'US')],
        locale: 'es-US',
        tz: -5,
        mix: { poncho: 20, sweater: 25, scarf: 20, throw: 15, hat: 10, socks: 10 },
      };
    }
    case 'sy_transit': {
      const name = rng.pick(NAMES.sy);
      return {
        name,
        email: mail(rng, name, ['gmail.com', 'hotmail.com']),
        billing: {
          country: 'SY',
          city: 'Damascus',
          line1: `${rng.pick(['Abu Rummaneh', 'Mezzeh', 'Shaalan'])} St ${rng.int(2, 90)}`,
        },
        shipping: transit(rng, 'TR'),
        ipCountry: 'SY',
        cards: [newCard(rng, 'TR')],
        locale: 'ar-SY',
        tz: 3,
        mix: EVERYDAY,
      };
    }
    case 'kp_stolen': {
      const v = victimOf(rng, 'US');
      return {
        name: v.person.name,
        email: `${rng.token(9, 'abcdefghijklmnopqrstuvwxyz')}@${rng.pick(['gmail.com', 'outlook.com'])}`,
        billing: { ...v.home.address },
        shipping: homeIn(rng, market('US')).address,
        ipCountry: 'KP',
        cards: [v.card],
        locale: 'en-US',
        tz: 9,
        mix: { vicuna: 70, throw: 30 },
      };
    }
  }
}

function connectionOf(rng: Rng, plan: Plan, route: Route) {
  if (route === 'kp_stolen')
    return { ip: ipOn(rng, networkOf(rng, 'KP', 'fixed')), device: shown(fraudDevice(rng)) };
  const country = plan.ipCountry;
  const device = deviceOf(rng, platformFor(rng, country === 'US' ? 'US' : 'XX'));
  const kind = rng.chance(0.35) ? 'mobile' : 'fixed';
  return { ip: ipOn(rng, networkOf(rng, country, kind)), device: shown(device) };
}

export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`s${i}`);
    const route = r.weightedPick(ROUTES);
    const plan = planOf(r, route);
    const at = when(r, w.window, plan.tz, 'abroad', 'consumer');
    const dest = plan.shipping.country ?? 'US';
    const picks = pickItems(r, plan.mix, r.int(1, 3));
    const basket = basketOf(picks, { currency: 'USD', fulfilment: 'dhl_express', country: dest });
    const dollars = usd(basket);
    const attempts: Attempt[] = [];
    for (const [k, card] of plan.cards.entries()) {
      const refused = k === 0 && plan.refused !== undefined;
      const ok = !refused && r.chance(0.8);
      const decline: Decline | undefined = refused ? plan.refused : ok ? undefined : 'do_not_honor';
      attempts.push(
        cardAttempt(r, card, dollars, {
          ok,
          ...(decline ? { decline } : {}),
          afterMs: k === 0 ? firstAuth(r) : retryGap(r),
          match: 'good',
        }),
      );
      if (ok) break;
    }
    const later: LaterEvent[] = [];
    if (r.chance(0.55)) {
      const screened = r.int(2, 30) * HOUR;
      later.push({ type: 'order.cancelled', afterMs: screened, reason: 'export_restricted' });
      later.push({
        type: 'refund.created',
        afterMs: screened + r.int(10, 90) * 60_000,
        reason: 'export_restricted',
      });
    } else later.push(...fulfilmentSteps(r, 'dhl_express', dest));
    const conn = connectionOf(r, plan, route);
    out.push(
      fraudPurchase({
        at,
        kind: 'sanctioned_country',
        basket,
        billing: plan.billing,
        attempts,
        later,
        buyer: r.chance(0.6)
          ? { email: plan.email, name: plan.name }
          : {
              id: `cus_${r.token(14)}`,
              email: plan.email,
              name: plan.name,
              createdAt: at - r.int(3, 40) * 60_000,
            },
        shipping: plan.shipping,
        fulfilment: 'dhl_express',
        ip: conn.ip,
        device: conn.device,
        locale: plan.locale,
        referrer: r.chance(0.6) ? 'google' : 'instagram',
      }),
    );
  }
  return out;
}
