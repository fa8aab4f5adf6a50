import { type Rng } from '../kit/random.js';
import {
  assemble,
  device,
  freshBuyer,
  localeOf,
  payer,
  signedIn,
  someone,
  when,
  type World,
} from './build.js';
import { newCard } from './cards.js';
import { line, top } from './catalogue.js';
import { type Helpers, type HonestKind } from './honest.js';
import { ipOn } from './networks.js';
import { emailFor, nameIn } from './people.js';
import { addressIn, FORWARDERS, type Market } from './places.js';
import { cardAttempt, DAY, firstAuth, HOUR, honestPay, other, type Purchase } from './purchase.js';

/** The rest of the honest kinds: companies, expats, the club, shared lines and devices, buyers far away. */

const COMPANIES = [
  'Cabinet Lefort Avocats',
  'Groupe Atlantique Conseil',
  'Banque Privée Chartrons',
  'Aéro Composites SAS',
  'Maison Darrieux Immobilier',
  'Studio Noé Architectes',
];

export function honestMore(rng: Rng, w: World, kind: HonestKind, h: Helpers): Purchase {
  const { base } = h;
  switch (kind) {
    case 'corporate_gifts': {
      // An assistant orders thirty to two hundred gift boxes for clients from the office network, paid by
      // transfer on a pro-forma or with the company card; shipped to the office for hand delivery.
      const company = rng.pick(COMPANIES);
      const at = when(rng, w, 'FR', 'office');
      const office = addressIn(rng, 'FR', rng.pick(['Paris', 'Bordeaux', 'Lyon']));
      const slug = company
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '');
      const name = nameIn(rng, 'FR');
      const buyer = {
        ...freshBuyer(rng, 'FR', at, {
          name,
          email: `${name.split(' ')[0]?.toLowerCase() ?? 'contact'}.${rng.token(3)}@${slug}.fr`,
        }),
        createdAt: at - rng.int(20, 900) * DAY,
      };
      const card = newCard(rng, 'FR', 'credit');
      return assemble(rng, {
        kind,
        fraud: false,
        at,
        buyer,
        billing: office,
        shipping: office,
        fulfilment: 'courier',
        lines: [line(rng, 'gift_box', rng.int(30, 200))],
        ip: ipOn(rng, 'FR', 'office'),
        device: device(rng, rng.chance(0.8) ? 'windows' : 'mac'),
        locale: 'fr-FR',
        company: { name: company, vatId: `FR${rng.digits(11)}` },
        pay: (amount) =>
          rng.chance(0.55)
            ? [other('bank_transfer', true, rng.int(1, 4) * DAY)]
            : [cardAttempt(rng, card, amount, { ok: true, afterMs: firstAuth(rng) })],
      });
    }
    case 'expat_diaspora': {
      // French people living abroad send Christmas wine to family in France, or to themselves (duties paid there).
      const abroad = rng.pick<Market>(['GB', 'US', 'HK', 'SG', 'CH', 'JP', 'DE', 'NL', 'LU']);
      const at = when(rng, w, abroad);
      const name = nameIn(rng, 'FR');
      const home = addressIn(rng, abroad);
      const card = newCard(rng, rng.chance(0.7) ? abroad : 'FR');
      const toFamily = rng.chance(0.6);
      const family = { ...addressIn(rng, 'FR') };
      const buyer = freshBuyer(rng, abroad, at, {
        name,
        email: emailFor(rng, name, rng.chance(0.5) ? 'FR' : abroad),
        guest: rng.chance(0.3),
      });
      return assemble(rng, {
        kind,
        fraud: false,
        at,
        buyer: rng.chance(0.5) ? { ...buyer, createdAt: at - rng.int(60, 2000) * DAY } : buyer,
        billing: home,
        shipping: toFamily ? family : home,
        fulfilment: 'courier',
        lines: toFamily ? h.gifts(rng) : h.everyday(rng),
        ip: h.homeIp(rng, abroad),
        device: device(rng),
        locale: 'fr-FR',
        ...(toFamily ? { giftNote: 'Joyeux Noël de loin, on pense à vous !' } : {}),
        pay: (amount) => honestPay(rng, payer([card], abroad, false), amount),
      });
    }
    case 'wine_club_renewal': {
      // Charged by the store in one early-morning run on the 5th, off-session with the saved card (no CVC, no 3-D Secure); the IP is the
      // account's last one seen. Expired cards decline and are retried two days later after an e-mail.
      const c = someone(rng, w, ['FR', 'BE', 'LU']);
      const at = Math.min(w.window.end - 1, w.window.start + 4 * DAY + 5 * HOUR + rng.int(0, 90) * 60_000);
      const card = c.cards[0] ?? newCard(rng, c.market);
      return assemble(
        rng,
        base(c, at, [line(rng, 'club', 1)], {
          renewal: true,
          pay: (amount) => {
            const off = { entry: 'saved' as const, threeDS: 'exempt' as const };
            if (!rng.chance(0.08))
              return [cardAttempt(rng, card, amount, { ...off, ok: true, afterMs: 2000 })];
            const again = c.cards[1] ?? newCard(rng, c.market);
            return [
              cardAttempt(rng, card, amount, { ...off, ok: false, decline: 'expired_card', afterMs: 2000 }),
              ...(rng.chance(0.7)
                ? [cardAttempt(rng, again, amount, { ok: true, afterMs: rng.int(30, 52) * HOUR })]
                : []),
            ];
          },
        }),
      );
    }
    case 'mobile_carrier_nat': {
      // Orders from a phone on 4G/5G: the carrier's NAT puts many subscribers behind few addresses.
      const c = someone(rng, w, ['FR', 'BE', 'GB', 'US', 'HK', 'JP', 'CN']);
      return assemble(
        rng,
        base(c, when(rng, w, c.market), h.everyday(rng), {
          ip: ipOn(rng, c.market, 'mobile'),
          device: device(rng, rng.chance(0.6) ? 'iphone' : 'android'),
        }),
      );
    }
    case 'family_shared_device': {
      // A partner or grown-up child with their own account orders on the family iPad with the household card.
      const c = someone(rng, w, ['FR', 'BE', 'DE', 'NL']);
      const at = when(rng, w, c.market);
      const name = `${nameIn(rng, c.market).split(' ')[0] ?? ''} ${c.name.split(' ').slice(1).join(' ')}`;
      const buyer = { ...freshBuyer(rng, c.market, at, { name }), createdAt: at - rng.int(1, 700) * DAY };
      return assemble(
        rng,
        base(c, at, rng.chance(0.5) ? h.gifts(rng) : h.everyday(rng), {
          buyer,
          device: c.devices[0] ?? device(rng),
          pay: (amount) => honestPay(rng, payer(c.cards, c.market, false), amount),
        }),
      );
    }
    case 'international_collector': {
      // Collectors in Hong Kong, Singapore, Shanghai, Tokyo and New York: grands crus kept in bond in Bordeaux
      // or sent by courier (duties paid on arrival); UnionPay, Alipay and WeChat Pay from China.
      const c = someone(rng, w, ['HK', 'SG', 'CN', 'JP', 'US']);
      const keep = rng.chance(0.4);
      return assemble(
        rng,
        base(c, when(rng, w, c.market), h.fine(rng), {
          ...(keep ? { fulfilment: 'in_bond' as const, shipping: undefined } : {}),
          device: device(rng, c.market === 'CN' ? 'wechat' : undefined),
        }),
      );
    }
    case 'big_one_off': {
      // A first order worth a month's salary: a birth-year bottle, a Cognac decanter, a prestige case.
      const m = rng.pick<Market>(['FR', 'FR', 'FR', 'BE', 'CH', 'GB', 'DE']);
      const at = when(rng, w, m);
      const home = addressIn(rng, m);
      const card = newCard(rng, m, 'credit');
      const lines = rng.chance(0.5)
        ? [line(rng, 'rare_vintage', rng.int(1, 2))]
        : [rng.chance(0.4) ? top('cognac', 1) : line(rng, 'grand_cru', rng.pick([3, 6]))];
      return assemble(rng, {
        kind,
        fraud: false,
        at,
        buyer: freshBuyer(rng, m, at),
        billing: home,
        shipping: home,
        fulfilment: 'courier',
        lines,
        ip: h.homeIp(rng, m),
        device: device(rng),
        locale: localeOf(m),
        pay: (amount) => honestPay(rng, payer([card, newCard(rng, m)], m, false), amount, 0.2),
      });
    }
    case 'campus_network': {
      // Oenology and business-school students and staff buying for a tasting club from a university network.
      const m = rng.pick<Market>(['FR', 'FR', 'FR', 'CH', 'SG']);
      const at = when(rng, w, m);
      const home = addressIn(rng, m);
      const card = newCard(rng, m, 'debit');
      return assemble(rng, {
        kind,
        fraud: false,
        at,
        buyer: freshBuyer(rng, m, at, { guest: rng.chance(0.3) }),
        billing: home,
        shipping: home,
        fulfilment: 'courier',
        lines: [
          line(rng, 'everyday', rng.pick([6, 12])),
          ...(rng.chance(0.4) ? [line(rng, 'sample', rng.int(1, 4))] : []),
        ],
        ip: ipOn(rng, m, 'campus'),
        device: device(rng, rng.chance(0.5) ? 'mac' : 'windows'),
        locale: localeOf(m),
        pay: (amount) => honestPay(rng, payer([card], m, false), amount, 0.08),
      });
    }
    default: {
      // forwarder_user: buyers whose country the merchant does not serve directly, or who consolidate a pallet,
      // ship to a freight forwarder's warehouse address shared by all its customers.
      const m = rng.pick<Market>(['US', 'SG', 'JP', 'GB', 'HK']);
      const at = when(rng, w, m);
      const home = addressIn(rng, m);
      const card = newCard(rng, m, 'credit');
      return assemble(rng, {
        kind,
        fraud: false,
        at,
        buyer: { ...freshBuyer(rng, m, at), createdAt: at - rng.int(10, 1500) * DAY },
        billing: home,
        shipping: { ...rng.pick(FORWARDERS) },
        fulfilment: 'courier',
        lines: h.fine(rng),
        ip: h.homeIp(rng, m),
        device: device(rng),
        locale: localeOf(m),
        pay: (amount) => honestPay(rng, payer([card], m, false), amount),
      });
    }
  }
}

export { signedIn };
