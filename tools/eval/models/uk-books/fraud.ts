import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { type World } from './accounts.js';
import {
  accountTakeover,
  friendlyFraud,
  purchaseOrderScam,
  returnSwitch,
  sanctionedCountry,
} from './fraud-accounts.js';
import { cardTesting, giftCardCashout, rareBookFraud, stolenCard, triangulation } from './fraud-cards.js';
import { type Purchase } from './purchase.js';

/**
 * The fraud an online bookshop meets, by weight: stolen cards on resaleable special editions and box sets,
 * card testing on its cheapest e-mailed items, friendly fraud, e-gift card cash-outs, account takeover,
 * triangulation through marketplace textbook listings, first editions on stolen high-limit cards, purchase
 * orders in an institution's name, collectors' switched returns, and buyers in sanctioned countries.
 */
export const FRAUD = {
  card_testing: 16,
  stolen_card: 20,
  gift_card_cashout: 12,
  account_takeover: 11,
  friendly_fraud: 12,
  triangulation: 8,
  rare_book_fraud: 7,
  purchase_order_scam: 5,
  return_switch: 4,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

/** How many purchases of each fraud kind a fraud count holds: one each, the rest by weight. */
export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const ONE: Readonly<Record<Exclude<FraudKind, 'card_testing'>, (rng: Rng, w: World) => Purchase>> = {
  stolen_card: stolenCard,
  gift_card_cashout: giftCardCashout,
  account_takeover: accountTakeover,
  friendly_fraud: friendlyFraud,
  triangulation,
  rare_book_fraud: rareBookFraud,
  purchase_order_scam: purchaseOrderScam,
  return_switch: returnSwitch,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, allocated across the kinds; card testing comes in runs. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  const out: Purchase[] = cardTesting(rng.fork('card_testing'), w, counts.card_testing);
  for (const [kind, plan] of Object.entries(ONE) as Array<
    [keyof typeof ONE, (rng: Rng, w: World) => Purchase]
  >)
    for (let i = 0; i < counts[kind]; i++) out.push(plan(rng.fork(`${kind}${i}`), w));
  return out;
}
