import { CHEAP, basket, RESALE, type Product } from './catalog.js';
import { ABROAD, homeIp, hostingIp, ipFrom, type MarketCode } from './geo.js';
import { addressIn, cardFrom, crookDevice, JUNK, personIn, type Person } from './people.js';
import { DAY, MINUTE as MIN, type Address, type Later, type Window } from '../kit/purchase.js';
import { avs, between, byCard, when, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';

/** What fraudsters share: where they pose as living, resalable baskets, drops, junk e-mails, their networks, and card-testing runs. */
export const FRAUD_HOMES = { DE: 60, AT: 15, CH: 12, PL: 8, CZ: 5 } as const;
export const resale = (rng: Rng, lines = rng.int(1, 3), most = 3): Array<[Product, number]> => {
  const out: Array<[Product, number]> = [];
  for (let i = 0; i < lines; i++) {
    const p = rng.pick(RESALE);
    if (!out.some(([x]) => x === p)) out.push([p, rng.int(1, most)]);
  }
  return out;
};
export const packstation = (rng: Rng, c: MarketCode): Address => ({
  ...addressIn(rng, c),
  line1: c === 'DE' ? `Packstation ${rng.int(100, 299)}` : `Paketbox ${rng.int(1, 90)}`,
});
export const chargeback = (rng: Rng, p: number, from = 10, to = 60): Later[] =>
  rng.chance(p)
    ? [{ type: 'dispute.created', afterMs: rng.float(from, to) * DAY, reason: 'fraudulent' }]
    : [];
export const warning = (rng: Rng, p: number): Later[] =>
  rng.chance(p) ? [{ type: 'fraud_warning.created', afterMs: rng.float(0.5, 8) * DAY }] : [];
export const junkMail = (rng: Rng) => `${rng.token(rng.int(6, 11))}${rng.digits(2)}@${rng.pick(JUNK)}`;
export const lookalike = (rng: Rng, p: Person) =>
  `${p.first
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')}.${p.last
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')}${rng.digits(3)}@${rng.pick(['gmail.com', 'outlook.com', 'gmx.net'])}`;
export const crookIp = (rng: Rng, home: MarketCode, local: number, abroad: number) => {
  const x = rng.next();
  return x < local
    ? homeIp(rng, home)
    : x < local + abroad
      ? ipFrom(rng, ABROAD, rng.pick(['UA', 'RS', 'MD']))
      : hostingIp(rng);
};

/** Card testers: runs of cheap guest orders on one BIN, a night burst by script or a daytime drip. */
export function cardTesting(rng: Rng, w: Window, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(5, 28));
    const burst = rng.chance(0.6);
    const country = rng.pick(['US', 'GB', 'FR', 'LT', 'DE', 'PL']);
    const bin = cardFrom(rng, country).bin;
    const home: MarketCode = rng.weighted(FRAUD_HOMES);
    let t = burst ? between(rng, w, 'DE', 1, 5) : when(rng, w, home);
    const ip = hostingIp(rng);
    const device = crookDevice(rng, burst ? 'script' : 'browser');
    for (let i = 0; i < size; i++) {
      const card = cardFrom(rng, country, bin);
      const p = personIn(rng, home);
      const ok = rng.chance(burst ? 0.12 : 0.22);
      out.push({
        at: Math.min(t, w.end - 1),
        fraud: true,
        kind: 'card_testing',
        basket: basket(home, [[rng.pick(CHEAP), 1]], 0, false),
        buyer: { email: burst ? junkMail(rng) : p.email, name: burst ? rng.token(6) : p.name },
        billing: burst ? { country: home } : p.address,
        shipping: burst ? { country: home } : p.address,
        ip: burst ? (rng.chance(0.7) ? ip : hostingIp(rng)) : homeIp(rng, home),
        device: burst ? device : crookDevice(rng, 'browser'),
        attempts: [
          byCard(
            card,
            ok,
            rng.int(1, 6) * 1000,
            avs(card, false),
            ok ? 'pass' : rng.chance(0.5) ? 'fail' : 'pass',
          ),
        ],
        later: ok ? [...warning(rng, 0.3), ...chargeback(rng, 0.2, 15, 45)] : [],
      });
      t += burst ? rng.int(15, 120) * 1000 : rng.int(5, 35) * MIN;
    }
  }
  return out;
}
