import { accountBuyer, type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, type Currency, type Fulfilment, type Line } from './catalogue.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';
import { type Account } from './people.js';
import { SANTIAGO } from './places.js';

/** Puts a planned purchase together: its basket priced, its attempts, its later steps. */

export interface Plan {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  lines: Line[];
  currency: Currency;
  ip?: string;
  device?: Device;
  document?: 'boleta' | 'factura';
  company?: { name: string; rut: string };
  giftNote?: string;
  channel?: Purchase['channel'];
  locale?: Purchase['locale'];
  code?: string;
  off?: number;
  /** Attempts for the basket's amount. */
  pay: (amount: number) => Attempt[];
  /** Later steps once the attempts are known. */
  after: (p: Purchase) => LaterEvent[];
}

/** Whether a delivery address is in Greater Santiago. */
export const inSantiago = (a: Address | undefined): boolean =>
  a?.country === 'CL' && SANTIAGO.some((p) => p.city === a.city);

export function build(o: Plan): Purchase {
  const where = o.shipping ?? o.billing;
  const basket = basketOf(o.lines, {
    currency: o.currency,
    fulfilment: o.fulfilment,
    santiago: inSantiago(where),
    country: where.country,
    ...(o.code ? { code: o.code } : {}),
    ...(o.off ? { off: o.off } : {}),
  });
  const p: Purchase = {
    at: o.at,
    fraud: o.fraud,
    kind: o.kind,
    basket,
    buyer: o.buyer,
    billing: o.billing,
    ...(o.shipping ? { shipping: o.shipping } : {}),
    fulfilment: o.fulfilment,
    ...(o.ip ? { ip: o.ip } : {}),
    ...(o.device ? { device: o.device } : {}),
    document: o.document ?? 'boleta',
    ...(o.company ? { company: o.company } : {}),
    ...(o.giftNote ? { giftNote: o.giftNote } : {}),
    channel: o.channel ?? (o.device?.userAgent.includes('Mobile') ? 'app' : 'web'),
    locale: o.locale ?? 'es-CL',
    attempts: [],
    later: [],
  };
  p.attempts = o.pay(basket.amount);
  p.later = o.after(p);
  return p;
}

/** A signed-in account as the buyer. */
export const asBuyer = (a: Account): Buyer => accountBuyer(a);

/** A guest (no account id). */
export const guest = (p: { name: string; email: string }): Buyer => ({ name: p.name, email: p.email });

/** An account opened at checkout (`minutes` before the order). */
export const fresh = (rng: Rng, p: { name: string; email: string }, at: number, minutes: number): Buyer => ({
  id: `cus_${rng.token(14)}`,
  email: p.email,
  name: p.name,
  createdAt: at - minutes * 60_000,
});
