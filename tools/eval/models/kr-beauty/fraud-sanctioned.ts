import { type Rng } from '../kit/random.js';
import { everyday } from './catalog.js';
import { orderTime } from './calendar.js';
import { card } from './cards.js';
import { DAY, type FraudCtx, shippedLater, stolenAttempts } from './fraud-kit.js';
import { build } from './honest-kit.js';
import { network } from './networks.js';
import { device, foreignName } from './people.js';
import { abroad, market } from './places.js';
import { type Address, type Purchase } from './purchase.js';

/** Orders from, billed to or shipped to comprehensively sanctioned places, mostly behind proxies. */
export function sanctioned(rng: Rng, c: FraudCtx, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`x${i}`);
    const where = r.weightedPick([
      ['IR', 5],
      ['CRIMEA', 2],
      ['SY', 1],
      ['CU', 1],
      ['KP', 0.5],
    ] as const);
    const at = orderTime(r, c.w, 3, c.start);
    const name = foreignName(r, 'AE');
    const dubai = abroad(r, market('AE'));
    const home: Address = {
      IR: {
        country: 'IR',
        city: 'Tehran',
        postalCode: `1${r.digits(9)}`,
        line1: `Vali Asr St, No. ${r.int(1, 900)}`,
      },
      SY: { country: 'SY', city: 'Damascus', line1: `Abu Rummaneh, bldg ${r.int(1, 90)}` },
      CU: {
        country: 'CU',
        city: 'La Habana',
        postalCode: `10${r.digits(3)}`,
        line1: `Calle ${r.int(1, 30)} #${r.int(100, 999)}, Vedado`,
      },
      KP: { country: 'KP', city: 'Pyongyang', line1: 'Sungri St' },
      CRIMEA: {
        country: 'UA',
        city: r.pick(['Simferopol', 'Sevastopol', 'Donetsk', 'Luhansk']),
        postalCode: `${r.pick(['95', '99', '83', '91'])}0${r.digits(2)}`,
        line1: `ul. Lenina ${r.int(1, 90)}`,
      },
    }[where];
    const ownNet = { IR: 'mci', SY: 'syriatel', CU: 'etecsa', KP: 'star-joint', CRIMEA: 'rostelecom' }[where];
    const ip = c.ips.draw(
      network(r.chance(0.35) ? ownNet : r.pick(['hetzner', 'do-nl', 'ovh', 'etisalat'])),
      0,
    );
    // Iranians and Syrians often ship via Dubai, North Korea's fronts via Dandong; the rest straight home.
    const viaDubai = (where === 'IR' || where === 'SY') && r.chance(0.5);
    const shipping: Address = viaDubai
      ? dubai
      : where === 'KP'
        ? { country: 'CN', city: 'Dandong', postalCode: '118000', line1: `Binjiang Rd ${r.int(1, 300)}` }
        : home;
    // Their own cards do not work abroad: a Russian card in Crimea, a Chinese one for the fronts, Emirati or Turkish cards.
    const cardCountry = where === 'CRIMEA' ? 'RU' : where === 'KP' ? 'CN' : r.pick(['AE', 'TR']);
    const paypal = r.chance(0.3);
    const attempts = paypal ? undefined : stolenAttempts(r, [card(r, cardCountry)], true, 0.75);
    return build(r, {
      kind: 'sanctioned_country',
      fraud: true,
      at,
      buyer: {
        id: `M${r.digits(8)}`,
        createdAt: at - Math.floor(r.exp(30) * DAY),
        email: `${name.handle}${r.digits(3)}@gmail.com`,
        name: name.display,
        locale: 'en-US',
      },
      billing: home,
      shipping,
      ip,
      device: device(r, false, r.chance(0.6)),
      channel: 'web',
      lines: everyday(r, r.int(2, 6), r.chance(0.3) ? 6 : 1),
      method: paypal ? 'paypal' : 'card',
      ...(attempts ? { attempts } : {}),
      later: r.chance(0.35)
        ? [{ type: 'order.cancelled', afterMs: r.float(2, 30) * 3_600_000, reason: 'compliance_review' }]
        : (attempts ?? []).every((a) => !a.ok) && !paypal
          ? []
          : [shippedLater(r)],
    });
  });
}
