import { DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { midnightRush, orderTime } from './calendar.js';
import { bigTicket, line, PRODUCTS, productsIn } from './catalog.js';
import { type Ctx, honestOrder } from './honest-kit.js';
import {
  companyBuyer,
  giftCardsForFriends,
  giftToFamily,
  sharedFamilyDevice,
  smallReseller,
  travellingAbroad,
  vpnOrPrivateRelay,
} from './honest-unusual.js';
import { cardAttempt, DECLINES, expiry, pixPaid } from './payments.js';
import { type Purchase } from './purchase.js';

/**
 * Honest orders by kind, with their weights (the shares of honest orders). Everyday orders dominate; the rest
 * are the untidy but legitimate things a Brazilian Black Friday brings (honest-unusual.ts for the oddest).
 */
export const HONEST = {
  ordinary: 44,
  repeat_app_customer: 5,
  black_friday_big_ticket: 9,
  declined_then_retry: 5,
  unpaid_pix_or_boleto: 5,
  new_account_big_basket: 5,
  guest_checkout: 4,
  pickup_locker: 3,
  address_correction: 2,
  regret_refund: 3,
  cancel_and_rebuy: 1.5,
  genuine_dispute: 1,
  gift_to_family: 5,
  shared_family_device: 4,
  company_cnpj: 3,
  travelling_abroad: 2,
  vpn_or_private_relay: 2,
  small_reseller: 1.5,
  gift_cards_for_friends: 2,
} as const;

export type HonestKind = keyof typeof HONEST;

type Plan = (rng: Rng, ctx: Ctx) => Purchase;

const PLANS: Readonly<Record<HonestKind, Plan>> = {
  ordinary: (rng, ctx) => honestOrder(rng, ctx, 'ordinary', ctx.shoppers.next()),
  repeat_app_customer: (rng, ctx) => {
    const s = ctx.shoppers.create({ accountDays: rng.float(400, 2800) });
    return honestOrder(rng, ctx, 'repeat_app_customer', s, {
      ip: ctx.shoppers.mobileIp(s),
      device: s.phone,
      app: s.app,
    });
  },
  black_friday_big_ticket: (rng, ctx) => {
    const s = ctx.shoppers.next();
    const lines = [
      line(bigTicket(rng)),
      ...(rng.chance(0.3) ? [line(rng.pick(productsIn('accessory')))] : []),
    ];
    const at = rng.chance(0.55) ? midnightRush(rng, ctx.window) : undefined;
    return honestOrder(rng, ctx, 'black_friday_big_ticket', s, { ...(at ? { at } : {}), lines });
  },
  declined_then_retry: (rng, ctx) => {
    const s = ctx.shoppers.next();
    const card = s.cards[0];
    return honestOrder(rng, ctx, 'declined_then_retry', s, {
      method: 'credit_card',
      lines: [line(bigTicket(rng))],
      payment: (amount) => {
        if (!card) return { attempts: [pixPaid(rng)], later: [] };
        const tries = rng.int(1, 3);
        const failed = Array.from({ length: tries }, (_, i) =>
          cardAttempt(rng, s.cards[i % s.cards.length] ?? card, amount, {
            ok: false,
            decline: rng.pick([DECLINES.funds, DECLINES.funds, DECLINES.blocked, DECLINES.honor]),
            ...(i > 0 ? { afterMs: rng.int(15_000, 120_000) } : {}),
          }),
        );
        const after = rng.int(30_000, 15 * 60_000);
        const last = rng.chance(0.5)
          ? { ...pixPaid(rng), afterMs: after }
          : cardAttempt(rng, s.cards[tries % s.cards.length] ?? card, amount, {
              ok: true,
              afterMs: after,
              parcelas: 12,
            });
        return { attempts: [...failed, last], later: [] };
      },
    });
  },
  unpaid_pix_or_boleto: (rng, ctx) => {
    const method = rng.chance(0.55) ? 'boleto' : 'pix';
    return honestOrder(rng, ctx, 'unpaid_pix_or_boleto', ctx.shoppers.next(), {
      method,
      payment: () => ({ attempts: [], later: [expiry(rng, method)] }),
    });
  },
  new_account_big_basket: (rng, ctx) => {
    const at = orderTime(rng, ctx.window);
    const s = ctx.shoppers.create({ accountDays: rng.float(0.001, 0.05) - (at - ctx.window.start) / DAY });
    const lines = [
      line(bigTicket(rng)),
      line(rng.pick(PRODUCTS.filter((p) => p.price < 200_000 && p.category !== 'gift_card'))),
    ];
    return honestOrder(rng, ctx, 'new_account_big_basket', s, { at, lines });
  },
  guest_checkout: (rng, ctx) =>
    honestOrder(rng, ctx, 'guest_checkout', ctx.shoppers.create({ accountDays: 'guest' })),
  pickup_locker: (rng, ctx) =>
    honestOrder(rng, ctx, 'pickup_locker', ctx.shoppers.next(), { delivery: 'locker' }),
  address_correction: (rng, ctx) => {
    const s = ctx.shoppers.next();
    const fixed = {
      ...s.home,
      line1: `${s.home.line1 ?? ''} - ${rng.pick(['apto 32', 'casa 1', 'bloco C'])}`,
    };
    return honestOrder(rng, ctx, 'address_correction', s, {
      delivery: 'home',
      later: [
        {
          type: 'order.updated',
          afterMs: rng.int(5, 180) * 60_000,
          shipping: fixed,
          reason: 'address_corrected',
        },
      ],
    });
  },
  regret_refund: (rng, ctx) =>
    honestOrder(rng, ctx, 'regret_refund', ctx.shoppers.next(), {
      later: [
        {
          type: 'refund.created',
          afterMs: rng.float(2, 9) * DAY,
          reason: rng.pick(['direito_de_arrependimento', 'defective', 'wrong_size', 'requested_by_customer']),
        },
      ],
    }),
  cancel_and_rebuy: (rng, ctx) =>
    honestOrder(rng, ctx, 'cancel_and_rebuy', ctx.shoppers.next(), {
      method: 'credit_card',
      later: [
        { type: 'order.cancelled', afterMs: rng.int(10, 300) * 60_000, reason: 'requested_by_customer' },
        { type: 'refund.created', afterMs: rng.int(301, 600) * 60_000, reason: 'order_cancelled' },
      ],
    }),
  genuine_dispute: (rng, ctx) =>
    honestOrder(rng, ctx, 'genuine_dispute', ctx.shoppers.next(), {
      method: 'credit_card',
      later: [
        {
          type: 'dispute.created',
          afterMs: rng.float(20, 45) * DAY,
          reason: rng.pick(['product_not_received', 'duplicate', 'product_unacceptable']),
        },
      ],
    }),
  gift_to_family: giftToFamily,
  shared_family_device: sharedFamilyDevice,
  company_cnpj: companyBuyer,
  travelling_abroad: travellingAbroad,
  vpn_or_private_relay: vpnOrPrivateRelay,
  small_reseller: smallReseller,
  gift_cards_for_friends: giftCardsForFriends,
};

export function honest(rng: Rng, ctx: Ctx, kind: HonestKind): Purchase {
  return PLANS[kind](rng, ctx);
}
