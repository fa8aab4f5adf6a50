import { type Rng } from '../kit/random.js';
import { when } from './calendar.js';
import { basketOf, type Currency, householdPicks, type Sku } from './catalogue.js';
import {
  type Draft,
  matriculeFiscal,
  ordinaryLater,
  purchaseOf,
  signedIn,
  vatId,
  type World,
} from './draft.js';
import { hostingIp, ipIn } from './networks.js';
import { type Account, newCard, newDevice } from './people.js';
import { addressIn, emailOf, LOCALE, type Market, personName, phoneIn } from './places.js';
import { honestAttempts, type Method, type Purchase, tunisianMethod } from './purchase.js';

/** The honest kinds and their weights. */
export const HONEST = {
  local_household: 27,
  repeat_customer: 17,
  diaspora_europe: 15,
  diaspora_gift_home: 9,
  family_abroad_gift: 4,
  european_gourmet: 7,
  mosque_association: 4,
  grocer_restaurant: 5,
  corporate_eid_gifts: 3,
  traveller_or_vpn: 5,
} as const;
export type HonestKind = keyof typeof HONEST;

const EU: ReadonlyArray<readonly [Market, number]> = [
  ['FR', 64],
  ['IT', 14],
  ['DE', 12],
  ['BE', 10],
];

const euMethod = (rng: Rng, b2b = false): Method =>
  rng.weightedPick<Method>([
    ['carte_bancaire', 68],
    ['paypal', 27],
    ['virement_bancaire', b2b ? 40 : 0],
  ]);

/** A guest or fresh buyer of a country, with the home, phone and device they check out with. */
function stranger(rng: Rng, country: Market, tunisian: boolean) {
  const name = personName(rng, country, tunisian);
  return {
    name,
    buyer: { email: emailOf(rng, name, country), name },
    home: addressIn(rng, country),
    phone: phoneIn(rng, country),
    device: newDevice(rng, country),
    locale: rng.pick(LOCALE[country]),
  };
}

function accountOf(rng: Rng, w: World, pred: (a: Account) => boolean): Account | undefined {
  const pool = w.accounts.filter(pred);
  return pool.length > 0 ? rng.pick(pool) : undefined;
}

function finish(
  rng: Rng,
  d: Omit<Draft, 'attempts' | 'fraud'>,
  cards: Account['cards'],
  saved: boolean,
): Purchase {
  const attempts = honestAttempts(
    rng,
    d.method,
    cards,
    d.billing.country,
    d.basket.amount,
    d.basket.currency,
    saved,
  );
  const draft: Draft = { ...d, fraud: false, attempts };
  return purchaseOf(rng, draft, ordinaryLater(rng, draft));
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  const win = w.window;
  switch (kind) {
    case 'local_household': {
      const s = stranger(rng, 'TN', true);
      const acc = rng.chance(0.3) ? accountOf(rng, w, (a) => a.country === 'TN') : undefined;
      const basket = basketOf(
        'TND',
        householdPicks(
          rng,
          rng.weightedPick([
            ['small', 3],
            ['usual', 5],
            ['big', 2],
          ]),
        ),
        'TN',
        rng.chance(0.12) ? { code: 'RAMADAN10', pct: 0.1 } : undefined,
      );
      const method = tunisianMethod(rng, basket.amount, acc ? acc.cards.length > 0 : rng.chance(0.4));
      const cards = acc?.cards ?? [newCard(rng, 'TN')];
      const home = acc?.home ?? s.home;
      return finish(
        rng,
        {
          at: when(rng, win, 'fasting'),
          kind,
          basket,
          buyer: acc ? signedIn(acc) : s.buyer,
          billing: home,
          shipping: rng.chance(0.15) ? addressIn(rng, 'TN') : home,
          ip: acc && rng.chance(0.5) ? acc.homeIp : ipIn(rng, 'TN', rng.chance(0.7)),
          device: acc ? rng.pick(acc.devices) : s.device,
          locale: acc?.locale ?? s.locale,
          phone: acc?.phone ?? s.phone,
          method,
        },
        cards,
        !!acc,
      );
    }
    case 'repeat_customer': {
      const acc = accountOf(rng, w, () => true);
      if (!acc) return honest(rng, w, 'local_household');
      const tn = acc.country === 'TN';
      const currency: Currency = tn ? 'TND' : 'EUR';
      const basket = basketOf(currency, householdPicks(rng, rng.chance(0.3) ? 'big' : 'usual'), acc.country);
      const method = tn ? tunisianMethod(rng, basket.amount, acc.cards.length > 0) : euMethod(rng);
      return finish(
        rng,
        {
          at: when(rng, win, acc.tunisian ? 'fasting' : 'daytime', !tn),
          kind,
          basket,
          buyer: signedIn(acc),
          billing: acc.home,
          shipping: acc.home,
          ip: rng.chance(0.7) ? acc.homeIp : ipIn(rng, acc.country, true),
          device: rng.chance(0.9) ? rng.pick(acc.devices) : newDevice(rng, acc.country),
          locale: acc.locale,
          phone: acc.phone,
          method,
        },
        acc.cards,
        true,
      );
    }
    case 'diaspora_europe': {
      const country = rng.weightedPick(EU);
      const acc = rng.chance(0.45)
        ? accountOf(rng, w, (a) => a.country === country && a.tunisian)
        : undefined;
      const s = stranger(rng, country, true);
      const picks: Array<[Sku, number]> = householdPicks(rng, rng.chance(0.25) ? 'big' : 'usual');
      const basket = basketOf(
        'EUR',
        picks,
        country,
        rng.chance(0.1) ? { code: 'RAMADAN10', pct: 0.1 } : undefined,
      );
      return finish(
        rng,
        {
          at: when(rng, win, 'fasting', true),
          kind,
          basket,
          buyer: acc ? signedIn(acc) : s.buyer,
          billing: acc?.home ?? s.home,
          shipping: acc?.home ?? s.home,
          ip: acc && rng.chance(0.6) ? acc.homeIp : ipIn(rng, country, rng.chance(0.5)),
          device: acc ? rng.pick(acc.devices) : s.device,
          locale: acc?.locale ?? s.locale,
          phone: acc?.phone ?? s.phone,
          method: euMethod(rng),
        },
        acc?.cards ?? [newCard(rng, country)],
        !!acc,
      );
    }
    case 'diaspora_gift_home': {
      // A son in Lyon pays in euros for dates, oil and an Eid box delivered to his parents in Gabès.
      const country = rng.weightedPick(EU);
      const acc = rng.chance(0.5) ? accountOf(rng, w, (a) => a.country === country && a.tunisian) : undefined;
      const s = stranger(rng, country, true);
      const picks: Array<[Sku, number]> = [
        [rng.pick<Sku>(['carton5', 'box1k', 'branch1k']), rng.int(1, 2)],
        [rng.pick<Sku>(['boxEid', 'boxSmall', 'oil5', 'honeyThyme']), 1],
      ];
      const parents = addressIn(rng, 'TN');
      return finish(
        rng,
        {
          at: when(rng, win, 'fasting', true),
          kind,
          basket: basketOf('EUR', picks, 'TN'),
          buyer: acc ? signedIn(acc) : s.buyer,
          billing: acc?.home ?? s.home,
          shipping: parents,
          ip: acc && rng.chance(0.6) ? acc.homeIp : ipIn(rng, country, rng.chance(0.5)),
          device: acc ? rng.pick(acc.devices) : s.device,
          locale: acc?.locale ?? s.locale,
          phone: phoneIn(rng, 'TN'),
          method: euMethod(rng),
          giftMessage: rng.pick(['Saha ramdhankom', 'Aïd mabrouk', 'Ramadan karim, yemma']),
        },
        acc?.cards ?? [newCard(rng, country)],
        !!acc,
      );
    }
    case 'family_abroad_gift': {
      // Parents in Sfax pay in dinars for a box sent to their daughter studying in Lyon or Milan.
      const acc = accountOf(rng, w, (a) => a.country === 'TN' && a.cards.length > 0);
      const s = stranger(rng, 'TN', true);
      const to = rng.weightedPick(EU);
      const basket = basketOf(
        'TND',
        [
          [rng.pick<Sku>(['box1k', 'branch1k']), rng.int(1, 3)],
          [rng.pick<Sku>(['boxEid', 'boxSmall', 'harissaArt', 'bsissa']), 1],
        ],
        to,
      );
      const method = rng.chance(0.75)
        ? 'carte_bancaire'
        : rng.pick<Method>(['d17', 'flouci', 'virement_bancaire']);
      return finish(
        rng,
        {
          at: when(rng, win, 'fasting'),
          kind,
          basket,
          buyer: acc ? signedIn(acc) : s.buyer,
          billing: acc?.home ?? s.home,
          shipping: addressIn(rng, to),
          ip: acc?.homeIp ?? ipIn(rng, 'TN', false),
          device: acc ? rng.pick(acc.devices) : s.device,
          locale: acc?.locale ?? s.locale,
          phone: acc?.phone ?? s.phone,
          method,
        },
        acc?.cards ?? [newCard(rng, 'TN')],
        !!acc,
      );
    }
    case 'european_gourmet': {
      const country = rng.weightedPick(EU);
      const s = stranger(rng, country, false);
      const picks: Array<[Sku, number]> = [
        [rng.pick<Sku>(['oil1', 'oil3', 'oilBio']), rng.int(1, 3)],
        [rng.pick<Sku>(['harissaArt', 'harissa', 'honeyThyme', 'branch500', 'zhar']), rng.int(1, 2)],
      ];
      return finish(
        rng,
        {
          at: when(rng, win, 'daytime', true),
          kind,
          basket: basketOf('EUR', picks, country),
          buyer: s.buyer,
          billing: s.home,
          shipping: rng.chance(0.1) ? addressIn(rng, country) : s.home,
          ip: ipIn(rng, country, rng.chance(0.4)),
          device: s.device,
          locale: s.locale,
          phone: s.phone,
          method: euMethod(rng),
        },
        [newCard(rng, country)],
        false,
      );
    }
    case 'mosque_association': {
      // Iftar for the neighbourhood: a Tunisian association or a mosque in France or Belgium buys cartons by the dozen.
      const country = rng.weightedPick<Market>([
        ['TN', 55],
        ['FR', 30],
        ['BE', 10],
        ['IT', 5],
      ]);
      const s = stranger(rng, country, true);
      const tn = country === 'TN';
      const picks: Array<[Sku, number]> = [[rng.pick<Sku>(['carton10', 'carton5']), rng.int(6, 40)]];
      if (rng.chance(0.4)) picks.push(['zhar', rng.int(10, 30)]);
      const basket = basketOf(tn ? 'TND' : 'EUR', picks, country);
      const name = tn
        ? rng.pick([
            'Association El Khir',
            'Association Ifta Sayem',
            'Jamaiet Errahma',
            'Association Zaouia Sidi Bou Ali',
          ])
        : rng.pick([
            'Association culturelle musulmane',
            'Mosquée Assalam',
            'Centre islamique El Fath',
            'Moskee Al Ihsane',
          ]);
      return finish(
        rng,
        {
          at: when(
            rng,
            { start: win.start, end: Math.min(win.end, win.start + 34 * 86_400_000) },
            'daytime',
            !tn,
          ),
          kind,
          basket,
          buyer: s.buyer,
          billing: s.home,
          shipping: s.home,
          ip: ipIn(rng, country, rng.chance(0.3)),
          device: s.device,
          locale: s.locale,
          phone: s.phone,
          method: rng.chance(0.55)
            ? 'virement_bancaire'
            : tn
              ? rng.pick<Method>(['paiement_a_la_livraison', 'carte_bancaire'])
              : 'carte_bancaire',
          company: { name, taxId: tn ? matriculeFiscal(rng) : `RNA W${rng.digits(9)}` },
        },
        [newCard(rng, country)],
        false,
      );
    }
    case 'grocer_restaurant': {
      const country = rng.weightedPick(EU);
      const s = stranger(rng, country, rng.chance(0.7));
      const picks: Array<[Sku, number]> = [
        [rng.pick<Sku>(['carton5', 'carton10']), rng.int(2, 12)],
        ['oil5', rng.int(2, 10)],
        ['harissa', rng.int(12, 48)],
      ];
      return finish(
        rng,
        {
          at: when(rng, win, 'office', true),
          kind,
          basket: basketOf('EUR', picks, country),
          buyer: s.buyer,
          billing: s.home,
          shipping: s.home,
          ip: ipIn(rng, country, false),
          device: newDevice(rng, country, 0.9),
          locale: s.locale,
          phone: s.phone,
          method: euMethod(rng, true),
          company: {
            name: rng.pick([
              'Épicerie du Sud',
              'Alimentation Carthage',
              'Restaurant La Médina',
              'Djerba Market',
              'Bazar Tunisi',
              'Le Couscoussier',
            ]),
            taxId: vatId(rng, country),
          },
        },
        [newCard(rng, country)],
        false,
      );
    }
    case 'corporate_eid_gifts': {
      const s = stranger(rng, 'TN', true);
      const basket = basketOf(
        'TND',
        [
          ['boxCorporate', rng.int(20, 150)],
          ...(rng.chance(0.3) ? [['boxPrestige', rng.int(3, 10)] as [Sku, number]] : []),
        ],
        'TN',
      );
      return finish(
        rng,
        {
          at: when(
            rng,
            { start: Math.max(win.start, win.end - 20 * 86_400_000), end: win.end - 3 * 86_400_000 },
            'office',
          ),
          kind,
          basket,
          buyer: s.buyer,
          billing: s.home,
          shipping: s.home,
          ip: ipIn(rng, 'TN', false),
          device: newDevice(rng, 'TN', 0.9),
          locale: 'fr-TN',
          phone: s.phone,
          method: rng.chance(0.8) ? 'virement_bancaire' : 'carte_bancaire',
          company: {
            name: rng.pick([
              'Sfax Industries SA',
              'Groupe Medina Services',
              'Carthage Logistique SARL',
              'Tunis Ingénierie',
            ]),
            taxId: matriculeFiscal(rng),
          },
        },
        [newCard(rng, 'TN')],
        false,
      );
    }
    case 'traveller_or_vpn': {
      // A diaspora customer home for Ramadan on a Tunisian phone line, a Tunisian on a trip to Paris, or a VPN.
      const acc = accountOf(rng, w, () => true);
      if (!acc) return honest(rng, w, 'local_household');
      const tn = acc.country === 'TN';
      const how = rng.weightedPick<string>([
        ['abroad', 5],
        ['vpn', 3],
        ['new_phone', 2],
      ]);
      const ip =
        how === 'vpn'
          ? hostingIp(rng)
          : how === 'abroad'
            ? ipIn(rng, tn ? rng.weightedPick(EU) : 'TN', true)
            : ipIn(rng, acc.country, true);
      const basket = basketOf(tn ? 'TND' : 'EUR', householdPicks(rng, 'usual'), acc.country);
      return finish(
        rng,
        {
          at: when(rng, win, 'fasting', !tn),
          kind,
          basket,
          buyer: signedIn(acc),
          billing: acc.home,
          shipping: acc.home,
          ip,
          device:
            how === 'new_phone' || rng.chance(0.3) ? newDevice(rng, acc.country) : rng.pick(acc.devices),
          locale: acc.locale,
          phone: acc.phone,
          method: tn ? (acc.cards.length > 0 ? 'carte_bancaire' : 'd17') : euMethod(rng),
        },
        acc.cards,
        true,
      );
    }
  }
}
