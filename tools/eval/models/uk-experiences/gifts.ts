import { type BasketLine, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Postage, postageOpen } from './calendar.js';
import {
  boxLine,
  type Category,
  type Currency,
  lineOf,
  pickExperience,
  POSTAGE_FEE,
  priced,
  promoFor,
  voucherLine,
} from './catalogue.js';
import { personalEmail, personName } from './people.js';
import { homeAddress } from './places.js';
import {
  currencyOf,
  type Format,
  honestAfter,
  honestPay,
  type MethodMix,
  type Purchase,
  releaseUnpaid,
  usualMix,
  attemptsTime,
} from './purchase.js';
import { type Shopper } from './shoppers.js';
import { type World } from './world.js';

/** The shape most gift orders share: what goes in the basket, how it reaches the recipient, how it is paid. */

/** Face values people give, by weight. */
const GIFT_VALUES: ReadonlyArray<[number, number]> = [
  [10, 3],
  [15, 2],
  [25, 12],
  [50, 30],
  [75, 8],
  [100, 28],
  [150, 8],
  [200, 7],
  [250, 4],
  [500, 3],
];

/** Basket lines of a gift: a money voucher, or one to three experiences (the same one twice as quantity 2). */
export function giftLines(
  rng: Rng,
  market: 'GB' | 'IE',
  voucherShare: number,
  items: ReadonlyArray<readonly [number, number]>,
): BasketLine<Category>[] {
  const currency = currencyOf(market);
  if (rng.chance(voucherShare))
    return [voucherLine(rng.weightedPick(GIFT_VALUES), currency, rng.chance(0.9) ? 1 : 2)];
  const n = rng.weightedPick(items);
  const lines: BasketLine<Category>[] = [];
  for (let i = 0; i < n; i++) {
    const e = pickExperience(rng, market === 'IE' && rng.chance(0.35) ? 'GB' : market);
    const same = lines.find((l) => l.sku === e.sku);
    if (same) same.quantity += 1;
    else lines.push(lineOf(e, currency));
  }
  return lines;
}

/** A postage still open, the cheaper ones more often. */
export function pickPostage(rng: Rng, open: readonly Postage[]): Postage {
  return rng.weightedPick(
    open.map((p) => [
      p,
      { second_class: 40, first_class: 40, special_delivery: 20, international_tracked: 1 }[p],
    ]),
  );
}

/** Christmas morning, when scheduled e-vouchers go out: seven o'clock after the window ends. */
export const christmasMorning = (w: World): number => w.window.end + 7 * 3_600_000;

export interface GiftPlan {
  kind: string;
  at: number;
  shopper: Shopper;
  market: 'GB' | 'IE';
  voucherShare: number;
  items: ReadonlyArray<readonly [number, number]>;
  /** Chance of a posted box while postage is open. */
  boxShare: number;
  /** Of boxes: posted to the recipient rather than the buyer. */
  toRecipientAddress: number;
  /** Of e-vouchers: e-mailed to the recipient rather than the buyer. */
  toRecipientEmail: number;
  /** Of e-vouchers to the recipient: scheduled for Christmas morning. */
  scheduleShare: number;
  keen: number;
  mix?: MethodMix;
  declineShare?: number;
  giveUp?: number;
  lines?: BasketLine<Category>[];
  /** Where a posted box goes when it goes to the recipient (the market's country unless given). */
  recipientCountry?: string;
}

/** A gift order, honest: basket, delivery, promotion, payment and what follows. */
export function giftPurchase(rng: Rng, w: World, g: GiftPlan): Purchase {
  const s = g.shopper;
  const currency: Currency = currencyOf(g.market);
  const lines = g.lines ?? giftLines(rng, g.market, g.voucherShare, g.items);
  const open = postageOpen(g.at, w.window, g.market === 'IE');
  const box = open.length > 0 && rng.chance(g.boxShare);
  const recipientName = personName(rng, g.recipientCountry ?? g.market);
  let format: Format = 'e_voucher';
  let postage: Postage | undefined;
  let shipping;
  let recipient: Purchase['recipient'];
  let sendOn: number | undefined;
  if (box) {
    format = 'gift_box';
    postage = pickPostage(rng, open);
    const livesAway = s.billing.country !== (g.recipientCountry ?? g.market);
    const toRecipient = livesAway || rng.chance(g.toRecipientAddress);
    shipping = toRecipient ? homeAddress(rng, g.recipientCountry ?? g.market) : { ...s.billing };
    lines.push(
      boxLine(
        currency,
        lines.reduce((n, l) => n + l.quantity, 0),
      ),
    );
    recipient = { name: toRecipient ? recipientName : s.buyer.name };
  } else if (rng.chance(g.toRecipientEmail)) {
    recipient = {
      name: recipientName,
      email: personalEmail(rng, recipientName, g.recipientCountry ?? g.market),
    };
    if (rng.chance(g.scheduleShare)) sendOn = christmasMorning(w);
  } else recipient = { name: recipientName };
  const promo = promoFor(rng, g.at, w.window, g.keen, s.newCustomer);
  const basket = priced(currency, lines, postage ? POSTAGE_FEE[postage] : 0, promo);
  const attempts = honestPay(
    rng,
    { cards: s.cards, saved: s.saved, device: s.device, currency, match: s.match },
    basket.amount,
    g.mix ?? usualMix(s.device, basket.amount),
    g.declineShare,
    g.giveUp,
  );
  const later = paid({ attempts })
    ? honestAfter(rng, {
        format,
        ...(postage ? { postage } : {}),
        paidAfter: attemptsTime(attempts),
        ...(sendOn ? { sendOn } : {}),
        placed: g.at,
        amount: basket.amount,
      })
    : [releaseUnpaid(rng, attempts)];
  return {
    at: g.at,
    fraud: false,
    kind: g.kind,
    basket,
    billing: s.billing,
    attempts,
    later,
    buyer: s.buyer,
    ...(shipping ? { shipping } : {}),
    ip: s.ip,
    device: s.device,
    locale: g.market === 'IE' ? 'en-IE' : 'en-GB',
    format,
    ...(postage ? { postage } : {}),
    ...(recipient ? { recipient } : {}),
    ...(sendOn ? { sendOn } : {}),
    giftMessage: rng.chance(box ? 0.75 : 0.55),
  };
}
