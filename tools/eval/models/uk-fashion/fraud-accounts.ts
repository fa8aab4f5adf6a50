import { line } from './catalog.js';
import { type FraudPlanner, cardRun, fraudIp, stolenAttempt, stolenCard } from './fraud-kit.js';
import { ipOf } from './geo-ip.js';
import { account, build, newBuyer, stolenAfter } from './kit.js';
import { botDevice, deviceFor, disposableEmail, junkEmail, personName } from './people.js';
import { dropAddress, homeIn } from './places.js';
import { DAY, MINUTE, type Purchase } from './purchase.js';

/** Fraud through accounts: throw-aways, takeovers, drop bots and pay-later on someone else's identity. */

/** Accounts opened minutes before on disposable mailboxes; a crew places two to four from one phone. */
export const throwaway: FraudPlanner = (rng, world, count) => {
  const out: Purchase[] = [];
  while (out.length < count) {
    const crew = Math.min(count - out.length, rng.int(1, 4));
    let t = world.time(rng);
    const device = deviceFor(rng, 0.8);
    const ip = fraudIp(rng, 0.5);
    const drop = dropAddress(rng);
    for (let i = 0; i < crew; i++) {
      t += Math.round(rng.float(2, 40) * MINUTE);
      const name = personName(rng);
      const lines = [
        line(rng, rng.pick(['trainers', 'fragrance', 'boots', 'outerwear', 'bags'] as const)),
        line(rng, 'fragrance'),
      ];
      out.push(
        build({
          at: Math.min(world.end - 1, t),
          kind: 'throwaway_account',
          fraud: true,
          buyer: newBuyer(
            rng,
            t,
            name,
            rng.chance(0.6) ? disposableEmail(rng) : junkEmail(rng),
            0,
            Math.round(rng.float(0.5, 12) * MINUTE),
          ),
          billing: rng.chance(0.5) ? drop : homeIn(rng, 'GB'),
          shipping: rng.chance(0.7) ? drop : dropAddress(rng),
          ip: rng.chance(0.6) ? ip : fraudIp(rng, 0.5),
          device: rng.chance(0.75) ? device : deviceFor(rng),
          lines,
          currency: 'GBP',
          attempts: cardRun(rng, false, 2, rng.chance(0.8)),
          followUps: stolenAfter(rng, 0),
        }),
      );
    }
  }
  return out;
};

/**
 * Account takeover: a phished or credential-stuffed login into an aged account; new device and network, the
 * saved card (no CVC asked), goods to a drop or e-gift cards, sometimes the mailbox changed first.
 */
export const takeover: FraudPlanner = (rng, world, count) =>
  Array.from({ length: count }, () => {
    const victim = rng.pick(world.seen.size > 0 ? [...world.seen] : world.customers);
    const at = world.time(rng);
    const giftCards = rng.chance(0.3);
    const saved = rng.chance(0.8) ? victim.card : stolenCard(rng);
    const lines = giftCards
      ? [{ sku: `EGC-${rng.digits(5)}-ANY`, quantity: rng.int(1, 3), price: rng.pick([10000, 20000]) }]
      : [
          line(rng, rng.pick(['designer_bags', 'limited_trainers', 'fragrance', 'outerwear'] as const)),
          line(rng, 'fragrance'),
        ];
    const drop = dropAddress(rng);
    const reroute = !giftCards && rng.chance(0.25);
    return build({
      at,
      kind: 'account_takeover',
      fraud: true,
      buyer: { ...account(victim), email: rng.chance(0.3) ? junkEmail(rng) : victim.email },
      billing: victim.home,
      ...(giftCards ? {} : { shipping: reroute ? victim.home : drop }),
      ip: fraudIp(rng, 0.45),
      device: rng.chance(0.5) ? botDevice(rng) : deviceFor(rng),
      lines,
      currency: victim.home.country === 'IE' ? 'EUR' : 'GBP',
      attempts: [
        {
          ...stolenAttempt(rng, saved, rng.chance(0.9), saved === victim.card),
          cvc: saved === victim.card ? 'unchecked' : 'pass',
        },
      ],
      followUps: [
        ...(reroute
          ? [
              {
                type: 'order.updated' as const,
                afterMs: Math.round(rng.float(5, 60) * MINUTE),
                shipping: drop,
              },
            ]
          : []),
        ...stolenAfter(rng, 0, 0.3, 0.55),
      ],
    });
  });

/**
 * Drop bots on stolen cards: dozens of accounts on a catch-all domain within minutes of the trainer drop,
 * UK residential proxies, a few drop addresses written in variants ("Flat 2", "2F", "Apt 2"), many declines.
 */
export const dropBots: FraudPlanner = (rng, world, count) => {
  const domain = `${rng.pick(['kicks', 'cop', 'heat', 'drip'])}${rng.pick(['plug', 'lab', 'hub', 'crew'])}${rng.int(1, 99)}.co.uk`;
  const drops = Array.from({ length: rng.int(2, 4) }, () => homeIn(rng, 'GB'));
  return Array.from({ length: count }, () => {
    const at = world.dropTime(rng, 80_000);
    const name = personName(rng);
    const drop = rng.pick(drops);
    const variant = {
      ...drop,
      line1: `${rng.pick(['Flat ', 'Apt ', 'Unit ', '', 'Fl '])}${rng.int(1, 9)}${rng.pick(['', 'A', 'F'])}, ${drop.line1.replace(/^Flat \d+, /, '')}`,
    };
    return build({
      at,
      kind: 'drop_bot_stolen_card',
      fraud: true,
      buyer: newBuyer(
        rng,
        at,
        name,
        `${name.toLowerCase().replace(/[^a-z]/g, '')}${rng.digits(3)}@${domain}`,
        0.2,
        Math.round(rng.float(1, 48) * 60 * MINUTE),
      ),
      billing: rng.chance(0.5) ? variant : homeIn(rng, 'GB'),
      shipping: variant,
      ip: ipOf(rng, rng.pick(['gb-bt', 'gb-sky', 'gb-virgin', 'gb-talktalk']), 0.1),
      device: botDevice(rng),
      lines: [line(rng, 'limited_trainers', rng.chance(0.3) ? 2 : 1)],
      currency: 'GBP',
      attempts: cardRun(rng, false, 2, rng.chance(0.7), 'GB'),
      followUps: stolenAfter(rng, 0, 0.35, 0.4),
    });
  });
};

/** Pay-later on a stolen identity: the victim's name and address pass the soft credit check, the parcel goes elsewhere. */
export const payLaterIdentity: FraudPlanner = (rng, world, count) =>
  Array.from({ length: count }, () => {
    const at = world.time(rng);
    const victim = homeIn(rng);
    const name = personName(rng);
    const lines = [
      line(rng, rng.pick(['designer_bags', 'outerwear', 'boots', 'trainers'] as const)),
      line(rng, 'fragrance'),
      line(rng, 'dresses'),
    ];
    return build({
      at,
      kind: 'pay_later_identity',
      fraud: true,
      buyer: newBuyer(rng, at, name, junkEmail(rng), 0.1, Math.round(rng.float(1, 30) * MINUTE)),
      billing: victim,
      shipping: rng.chance(0.7) ? dropAddress(rng) : victim,
      ip: rng.chance(0.5) ? world.mobileIp(rng, victim.country) : fraudIp(rng, 0.6),
      device: deviceFor(rng, 0.9),
      lines,
      attempts: [
        {
          afterMs: Math.round(rng.float(3_000, 20_000)),
          ok: rng.chance(0.85),
          avs: 'unavailable',
          cvc: 'unavailable',
        },
      ],
      followUps: rng.chance(0.5)
        ? [
            {
              type: 'fraud_warning.created',
              afterMs: Math.round(rng.float(7, 35) * DAY),
              amount: 0,
              reason: 'fraudulent',
            },
          ]
        : [],
    });
  });
