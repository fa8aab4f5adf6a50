import { basket, RESALE, SUPPLEMENTS, type Product } from './catalog.js';
import { homeIp, hostingIp, type MarketCode } from './geo.js';
import { addressIn, cardFrom, crookDevice, JUNK, personIn } from './people.js';
import { DAY, HOUR, MINUTE as MIN, type Later, type Window } from '../kit/purchase.js';
import { byCard, when, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * Crews of fresh accounts: throw-away accounts buying resalable branded cosmetics and supplements in quantity
 * with stolen prepaid cards, and first-order-discount abusers opening account after account for the welcome
 * code, paying with their own card and sending everything to one flat.
 */

const jig = (rng: Rng, line1: string) =>
  rng.pick([
    line1,
    `${line1}a`,
    `${line1} ${rng.pick(['EG', '1. OG', 'Hinterhaus', 'links'])}`,
    line1.replace('straße', 'str.'),
    line1.toUpperCase(),
  ]);
function dotted(rng: Rng, local: string): string {
  const chars = [...local];
  return chars.map((c, i) => (i > 0 && i < chars.length - 1 && rng.chance(0.3) ? `.${c}` : c)).join('');
}

export function crewOrders(
  rng: Rng,
  w: Window,
  kind: 'throwaway_resale' | 'promo_abuse',
  count: number,
): Purchase[] {
  const out: Purchase[] = [];
  let crewNo = 0;
  while (out.length < count) {
    const promo = kind === 'promo_abuse';
    const size = Math.min(count - out.length, promo ? rng.int(3, 9) : rng.int(2, 6));
    const home: MarketCode = rng.weighted({ DE: 65, AT: 15, PL: 12, CZ: 8 });
    const boss = personIn(rng, home);
    const flat = addressIn(rng, home);
    const sharedIp = rng.chance(promo ? 0.6 : 0.35) ? homeIp(rng, home) : undefined;
    const device = crookDevice(rng, rng.chance(0.5) ? 'phone' : 'browser');
    const stem = `${boss.first}${boss.last}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '');
    const ownCard = cardFrom(rng, home);
    const prepaidBin = cardFrom(rng, rng.pick(['LT', 'GB', 'DE'])).bin;
    let t = when(rng, w, home);
    crewNo += 1;
    for (let i = 0; i < size; i++) {
      const alias = personIn(rng, home);
      const email = promo
        ? rng.chance(0.6)
          ? `${dotted(rng, stem)}@gmail.com`
          : `${stem}+${rng.token(4)}@${rng.pick(['gmx.de', 'web.de', 'gmail.com'])}`
        : rng.chance(0.5)
          ? `${rng.token(9)}@${rng.pick(JUNK)}`
          : `${alias.first
              .toLowerCase()
              .normalize('NFD')
              .replace(/[^a-z]/g, '')}${rng.digits(4)}@${rng.pick(['gmail.com', 'outlook.com'])}`;
      const address = { ...flat, line1: jig(rng, flat.line1 ?? '') };
      const picks: Array<[Product, number]> = promo
        ? [
            [rng.pick(SUPPLEMENTS), 1],
            [rng.pick(RESALE), 1],
          ]
        : [
            [rng.pick(RESALE), rng.int(3, 8)],
            [rng.pick(RESALE), rng.int(2, 6)],
          ];
      const card =
        promo && rng.chance(0.7)
          ? ownCard
          : cardFrom(rng, rng.pick(['LT', 'GB', 'DE']), promo ? undefined : prepaidBin);
      const ok = rng.chance(promo ? 0.95 : 0.75);
      const later: Later[] = [];
      if (promo && rng.chance(0.3)) later.push({ type: 'order.cancelled', afterMs: rng.float(3, 36) * HOUR });
      if (!promo && ok && rng.chance(0.7))
        later.push({ type: 'dispute.created', afterMs: rng.float(12, 50) * DAY, reason: 'fraudulent' });
      if (!promo && ok && rng.chance(0.25))
        later.push({ type: 'fraud_warning.created', afterMs: rng.float(1, 6) * DAY });
      out.push({
        at: Math.min(t, w.end - 1),
        fraud: true,
        kind,
        basket: basket(home, picks, promo ? 20 : 0),
        buyer: {
          id: `cus_crew${kind[0]}${crewNo}_${i}_${rng.token(5)}`,
          email,
          name: promo ? `${alias.first} ${boss.last}` : alias.name,
          createdAt: t - rng.int(1, 15) * MIN,
        },
        billing: promo ? address : addressIn(rng, home),
        shipping: address,
        ip: sharedIp ?? (promo ? homeIp(rng, home) : rng.chance(0.5) ? hostingIp(rng) : homeIp(rng, home)),
        device: promo && rng.chance(0.7) ? device : crookDevice(rng, 'browser'),
        attempts: [byCard(card, ok, rng.int(5, 40) * 1000)],
        later,
      });
      t += rng.int(3, promo ? 180 : 40) * MIN;
    }
  }
  return out;
}
