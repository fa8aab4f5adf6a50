import { type Rng } from '../kit/random.js';
import { type ProductKey } from './catalogue.js';
import { after, DAY, type Fulfilled, HOUR, type LaterEvent } from './purchase.js';

/** What the fraud planners share: the issuer's and cardholder's response to a stolen card, and resale goods. */

/**
 * What the issuer and cardholder do about a stolen-card order once the money is taken: an early fraud warning
 * (cards only) a few days on, a chargeback for fraud weeks later.
 */
export const stolenTail =
  (rng: Rng, at: number, efw: number, dispute: number) =>
  (done: Fulfilled): LaterEvent[] => {
    if (done.paidAt === undefined) return [];
    const out: LaterEvent[] = [];
    if (rng.chance(efw))
      out.push(
        after(at, done.paidAt, 'fraud_warning.created', rng.int(2, 10) * DAY + rng.int(0, 23) * HOUR, {
          reason: 'fraudulent',
        }),
      );
    if (rng.chance(dispute))
      out.push(after(at, done.paidAt, 'dispute.created', rng.int(16, 55) * DAY, { reason: 'fraudulent' }));
    return out;
  };

/** Orders a fraud crew can resell: New Year boxes, prize tea, kettles, vouchers for the tasting room. */
export const RESALE: ReadonlyArray<readonly [ProductKey, number]> = [
  ['nyLishan', 22],
  ['nyBeauty', 14],
  ['nyTeaSet', 10],
  ['compDongding', 12],
  ['compSpecial', 4],
  ['ironKettle', 10],
  ['ironKettleLarge', 6],
  ['yinggeArtist', 4],
  ['trayStone', 5],
  ['lishan150', 8],
  ['dayuling75', 6],
];
