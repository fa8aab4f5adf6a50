import { addressIn, hostingIp, ipIn } from './geo.js';
import { cardFrom, deviceFor, uaNamed } from './devices.js';
import { emailFor, personIn } from './people.js';
import {
  anyMarket,
  cardRun,
  crookHome,
  fraudLater,
  fraudPurchase,
  junkEmail,
  RESELLABLE,
  ago,
  times,
  venueOf,
  type LonePlanner,
} from './fraud-kit.js';
import { avsFor, DAY, MINUTE, whenIn, type Purchase } from './purchase.js';

/** Fraud with other people's cards, one order (or a handful) at a time. */

/** Phished cards with the holder's name and address: AVS passes where it runs; the e-mail and network are the crook's. */
const stolenFull: LonePlanner = (rng, w, n) =>
  times(n, () => {
    const cc = rng.weighted({ ES: 3, IT: 2, US: 2, MX: 2, BR: 2, PT: 1, GB: 1 });
    const victim = personIn(rng, cc);
    const market = anyMarket(rng);
    const at = whenIn(rng, w.clock, crookHome(rng));
    const where = rng.weighted({ proxy: 5, hosting: 3, home: 2 });
    const cards = times(rng.int(1, 3), () => cardFrom(rng, cc));
    return fraudPurchase(rng, {
      at,
      kind: 'stolen_card_full_details',
      market,
      wish: rng.chance(0.2) ? { categories: ['concert'], hot: true, qty: [2, 4] } : RESELLABLE,
      buyer: {
        ...(rng.chance(0.6) ? { id: w.nextCustomerId(), createdAt: ago(rng, at, MINUTE, 30 * MINUTE) } : {}),
        email: rng.chance(0.5) ? junkEmail(rng) : emailFor(rng, victim.name, cc),
        name: victim.name,
      },
      billing: addressIn(rng, cc),
      ip:
        where === 'proxy'
          ? ipIn(rng, cc)
          : where === 'hosting'
            ? hostingIp(rng).ip
            : ipIn(rng, crookHome(rng)),
      device: deviceFor(rng, cc),
      attempts: cardRun(rng, cards, (c) => avsFor(c, true), 0.7),
      later: (a) => fraudLater(rng, a, { warn: 0.4, dispute: 0.85 }),
    });
  });

/** Dumped card numbers with nothing else: an invented name and an address near the venue, several cards tried. */
const stolenBare: LonePlanner = (rng, w, n) =>
  times(n, () => {
    const market = anyMarket(rng);
    const venue = venueOf(market, rng);
    const alias = personIn(rng, venue);
    const at = whenIn(rng, w.clock, crookHome(rng));
    const cards = times(rng.int(1, 4), () =>
      cardFrom(rng, rng.pick(['US', 'US', 'GB', 'DE', 'FR', 'BR', 'MX', 'IT'])),
    );
    const where = rng.weighted({ hosting: 4, abroad: 3, local: 3 });
    return fraudPurchase(rng, {
      at,
      kind: 'stolen_card_bare',
      market,
      wish: RESELLABLE,
      buyer: {
        ...(rng.chance(0.4) ? { id: w.nextCustomerId(), createdAt: ago(rng, at, MINUTE, 10 * MINUTE) } : {}),
        email: rng.chance(0.7) ? junkEmail(rng) : alias.email,
        name: alias.name,
      },
      billing: addressIn(rng, venue),
      ip:
        where === 'hosting'
          ? hostingIp(rng).ip
          : where === 'abroad'
            ? ipIn(rng, crookHome(rng))
            : ipIn(rng, venue),
      device: rng.chance(0.3) ? { userAgent: uaNamed('windows') } : deviceFor(rng, venue),
      attempts: cardRun(rng, cards, (c) => avsFor(c, rng.chance(0.15) ? 'partial' : false), 0.45),
    });
  });

/** Gift vouchers bought with stolen cards to sell on at a discount: one account, one device, several cards. */
const cashout: LonePlanner = (rng, w, n) => {
  const out: Purchase[] = [];
  while (out.length < n) {
    const market = anyMarket(rng);
    const venue = venueOf(market, rng);
    const alias = personIn(rng, venue);
    const device = deviceFor(rng, crookHome(rng));
    const made = whenIn(rng, w.clock, venue);
    const buyer = {
      id: w.nextCustomerId(),
      email: junkEmail(rng),
      name: alias.name,
      createdAt: ago(rng, made, MINUTE, 3 * DAY),
    };
    for (let i = 0, size = Math.min(n - out.length, rng.int(1, 4)); i < size; i++) {
      const at = Math.min(w.clock.end - 1, made + Math.floor(rng.float(0, 5 * 60 * MINUTE)));
      out.push(
        fraudPurchase(rng, {
          at,
          kind: 'voucher_cashout',
          market,
          wish: { categories: ['voucher'], qty: [1, 5], lines: 1, tier: [0.6, 1] },
          buyer,
          billing: addressIn(rng, venue),
          ip: rng.chance(0.5) ? hostingIp(rng).ip : ipIn(rng, rng.pick([venue, crookHome(rng)])),
          device,
          attempts: cardRun(
            rng,
            times(rng.int(1, 3), () => cardFrom(rng, rng.pick(['US', 'ES', 'BR', 'GB', 'MX']))),
            (c) => avsFor(c, rng.chance(0.5)),
            0.6,
          ),
        }),
      );
    }
  }
  return out;
};

/** A fake resale listing: the innocent fan's name and e-mail, a stolen card's billing address, the crook's network. */
const triangulation: LonePlanner = (rng, w, n) =>
  times(n, () => {
    const market = anyMarket(rng);
    const venue = venueOf(market, rng);
    const fan = personIn(rng, venue);
    const cc = rng.chance(0.6) ? venue : rng.pick(['US', 'ES', 'IT', 'BR']);
    const card = cardFrom(rng, cc);
    const where = rng.weighted({ hosting: 5, abroad: 2, local: 3 });
    return fraudPurchase(rng, {
      at: whenIn(rng, w.clock, venue),
      kind: 'triangulation',
      market,
      wish: { categories: ['football', 'concert'], qty: [2, 4], lines: 1, tier: [0.3, 1] },
      buyer: { email: fan.email, name: fan.name },
      billing: addressIn(rng, cc),
      ip:
        where === 'hosting'
          ? hostingIp(rng).ip
          : where === 'abroad'
            ? ipIn(rng, crookHome(rng))
            : ipIn(rng, venue),
      device: deviceFor(rng, venue),
      attempts: [
        { card, ok: rng.chance(0.85), avs: avsFor(card, true), cvc: 'pass', afterMs: rng.int(5_000, 50_000) },
      ],
      later: (a) => fraudLater(rng, a, { warn: 0.3, dispute: 0.85 }),
    });
  });

export const CARD_FRAUD: Readonly<Record<string, LonePlanner>> = {
  stolen_card_full_details: stolenFull,
  stolen_card_bare: stolenBare,
  voucher_cashout: cashout,
  triangulation,
};
