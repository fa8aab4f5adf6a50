import { addressIn, cityIn, forwarderAddress } from './addresses.js';
import { type Card, fullzChecks, issueCard } from './cards.js';
import { type Device, fraudDevice } from './devices.js';
import { disposableEmail } from './emails.js';
import {
  cardRun,
  chargebacks,
  dropAddress,
  type Exit,
  fraudIp,
  fraudPurchase,
  resaleItems,
} from './fraud-kit.js';
import { nameFor } from './names.js';
import { MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/**
 * Throwaway accounts: an account opened minutes before a first, expensive order, with a throwaway or
 * freshly made mailbox, paid with a stolen or anonymous prepaid card. Crews run several at once: the same
 * drop address or phone, new names and mailboxes each time, spread over a few hours.
 */

export function planThrowaway(rng: Rng, world: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (let c = 0; out.length < count; c++) {
    const r = rng.fork(`crew:${c}`);
    const size = Math.min(
      count - out.length,
      r.weightedPick([
        [1, 45],
        [2, 30],
        [3, 15],
        [4, 10],
      ] as const),
    );
    const country = r.weighted({ US: 85, CA: 10, GB: 5 });
    const drop = r.chance(0.35) ? forwarderAddress(r) : dropAddress(r, country);
    const phone: Device | undefined = r.chance(0.4) ? fraudDevice(r, 'phone') : undefined;
    const exit: Exit = r.weighted({ hosting: 40, foreign: 25, proxy: 35 });
    const start = world.calendar.at(r, 'ET', 'fraud');
    for (let i = 0; i < size; i++) {
      const at = world.calendar.within(start + i * r.int(5, 240) * MINUTE);
      const name = nameFor(r, country);
      const prepaid = r.chance(0.3);
      const cards: Card[] = [issueCard(r, country, prepaid ? 'prepaid' : 'credit')];
      if (r.chance(0.3)) cards.unshift(issueCard(r, country, 'credit'));
      const paid = r.chance(0.85);
      const billing = r.chance(0.25) ? drop : addressIn(r, cityIn(r, country));
      out.push(
        fraudPurchase({
          kind: 'new_account_throwaway',
          at,
          buyer: {
            id: `cus_${r.token(14)}`,
            createdAt: at - r.int(1, 10) * MINUTE,
            email: disposableEmail(r, name),
            name: `${name.first} ${name.last}`,
          },
          billing,
          shipping: drop,
          ip: fraudIp(r, world, exit, country),
          device: phone ?? fraudDevice(r, r.chance(0.85) ? 'antidetect' : 'headless'),
          items: resaleItems(r, 300),
          options: { express: r.chance(0.5) },
          // Prepaid cards carry no address, so AVS answers "unavailable".
          attempts: cardRun(
            r,
            cards,
            (card) =>
              card.funding === 'prepaid' ? { avs: 'unavailable', cvc: 'pass' } : fullzChecks(r, card),
            paid,
          ),
          followUps: chargebacks(r, paid, 0.4, 0.55),
        }),
      );
    }
  }
  return out;
}
