import { type Rng } from '../kit/random.js';
import { between, when } from './calendar.js';
import { avs, newCard } from './cards.js';
import { basket } from './catalog.js';
import { type Drop, forwarder, muleHome, storageUnit } from './drops.js';
import { groups, sessionStart } from './fraud-cards.js';
import { type Context, crew, crewDevice, crewIp, stolenAttempts, stolenLater, victim } from './fraud-kit.js';
import { companyName, domainOf, person, slug, workEmail } from './names.js';
import { ipOf } from './networks.js';
import { buyerOf, type Company, pickCompany } from './people.js';
import { cityIn, siteAddress, taxAt } from './places.js';
import {
  charge,
  DAY,
  desktop,
  firstAuth,
  HOUR,
  type Later,
  MINUTE,
  poNumber,
  type Purchase,
  userId,
} from './purchase.js';

/** Fraud through business accounts: takeovers, impersonated institutions and net-terms bust-outs. */

const drop = (rng: Rng, c: Company): Drop =>
  rng.weightedPick<(r: Rng, m: 'US' | 'CA') => Drop>([
    [forwarder, 50],
    [muleHome, 35],
    [storageUnit, 15],
  ])(rng, c.market);

/**
 * Account takeover: a buyer's password from another breach, a new device and network, a new ship-to, and the
 * account's saved card or its net-30 terms; often two orders before the owner notices.
 */
export function accountTakeover(rng: Rng, ctx: Context, n: number): Purchase[] {
  return groups(rng, n, 1, 2).flatMap((size) => {
    const c = pickCompany(rng, ctx.world, [], (x) => x.saved || x.terms);
    const m = rng.pick(c.members);
    const gang = crew(rng, c.market, { proxy: 35, vpn: 30, abroad: 35, mobile: 0 });
    const device = desktop(rng, 0.8);
    const to = drop(rng, c);
    let t = sessionStart(rng, ctx.window, gang, size * 30 * MINUTE);
    return Array.from({ length: size }, (): Purchase => {
      t += rng.int(2 * MINUTE, 30 * MINUTE);
      const invoice = c.terms && (!c.saved || rng.chance(0.4));
      const card = rng.pick(c.cards);
      const reroute = rng.chance(0.15);
      const noticed = rng.chance(0.3);
      const cancelAt = rng.int(2 * HOUR, 48 * HOUR);
      const later: Later[] = [
        ...(reroute
          ? [
              {
                type: 'order.updated' as const,
                afterMs: rng.int(20 * MINUTE, 240 * MINUTE),
                shipping: to.address,
              },
            ]
          : []),
        ...(noticed
          ? [{ type: 'order.cancelled' as const, afterMs: cancelAt, reason: 'account_compromised' }]
          : invoice
            ? []
            : stolenLater(rng, { caught: 0.08, warning: 0.3, dispute: 0.55 })),
      ];
      if (noticed && !invoice)
        later.push({
          type: 'refund.created',
          afterMs: cancelAt + rng.int(5 * MINUTE, 90 * MINUTE),
          reason: 'fraudulent',
        });
      return {
        at: Math.min(t, ctx.window.end - 1),
        fraud: true,
        kind: 'account_takeover',
        basket: basket(rng, 'fence', {
          market: c.market,
          taxRate: reroute ? taxAt(c.office) : to.tax,
          scale: rng.float(1, 2.5),
        }),
        billing: c.billing,
        attempts: invoice
          ? []
          : [charge(card, true, firstAuth(rng), avs(card, 'full'), c.saved ? 'unchecked' : 'pass')],
        later,
        market: c.market,
        buyer: buyerOf(m),
        account: c.id,
        ...(invoice || rng.chance(0.2) ? { po: poNumber(rng) } : {}),
        method: invoice ? 'invoice' : 'card',
        shipping: reroute ? c.office : to.address,
        ip: crewIp(rng, gang),
        device,
      };
    });
  });
}

/** A look-alike of an institution's domain, as purchase-order scammers register them. */
function lookalike(rng: Rng, domain: string): string {
  const [stem = 'school', tld = 'org'] = domain.split(/\.(.*)/);
  return rng.pick([
    `${stem}-${tld.replace(/\./g, '-')}.com`,
    `${stem}.${tld}.us`,
    `${stem}-purchasing.org`,
    `procurement-${stem}.com`,
    `${stem}${rng.pick(['edu', 'gov', 'us'])}.net`,
  ]);
}

/**
 * Business impersonation: a crew poses as a school district, clinic group or large company — a look-alike domain,
 * the real billing address, a purchase order on net terms (or a stolen company card) — and ships a large order
 * of toner and laptops to a storage unit, a mule or a forwarder. Verification calls stop some.
 */
export function businessImpersonation(rng: Rng, ctx: Context, n: number): Purchase[] {
  return Array.from({ length: n }, (): Purchase => {
    const c = pickCompany(rng, ctx.world, ['school', 'clinic', 'enterprise']);
    const gang = crew(rng, c.market, { proxy: 20, vpn: 35, abroad: 45, mobile: 0 });
    const at = between(rng, ctx.window, c.zone, 8, 17);
    const agent = person(rng);
    const to = rng.weightedPick<Drop>([
      [storageUnit(rng, c.market), 45],
      [muleHome(rng, c.market), 30],
      [forwarder(rng, c.market), 25],
    ]);
    const invoice = rng.chance(0.65);
    const v = victim(rng, c.market, 'commercial');
    const later: Later[] = rng.chance(0.4)
      ? [{ type: 'order.cancelled', afterMs: rng.int(2 * HOUR, 48 * HOUR), reason: 'verification_failed' }]
      : invoice
        ? []
        : stolenLater(rng, { caught: 0.05 });
    if (rng.chance(0.15))
      later.unshift({
        type: 'order.updated',
        afterMs: rng.int(HOUR, 20 * HOUR),
        shipping: storageUnit(rng, c.market).address,
      });
    return {
      at,
      fraud: true,
      kind: 'business_impersonation',
      basket: basket(rng, 'fence', {
        market: c.market,
        taxRate: to.tax,
        exempt: rng.chance(0.6),
        scale: rng.float(2, 5),
      }),
      billing: c.billing,
      attempts: invoice ? [] : stolenAttempts(rng, [v.card], 0.8, 0.15),
      later,
      market: c.market,
      buyer: {
        id: userId(rng),
        createdAt: at - rng.int(5 * MINUTE, 4 * DAY),
        email: workEmail(
          rng,
          agent,
          lookalike(rng, c.domain === 'gmail.com' ? `${slug(c.name)}.org` : c.domain),
        ),
        name: agent.name,
      },
      po: poNumber(rng),
      method: invoice ? 'invoice' : 'card',
      shipping: to.address,
      ip: crewIp(rng, gang),
      device: crewDevice(rng, gang),
    };
  });
}

/**
 * Net-terms bust-out: a made-up business opened an account weeks ago, paid a few small invoices, and now
 * places its largest orders on terms (or on a card it will dispute), to a new ship-to, and disappears.
 */
export function netTermsBustOut(rng: Rng, ctx: Context, n: number): Purchase[] {
  return groups(rng, n, 1, 3).flatMap((size) => {
    const market = rng.chance(0.85) ? 'US' : 'CA';
    const city = cityIn(rng, market);
    const owner = person(rng);
    const name = companyName(rng, rng.pick(['office', 'warehouse', 'contractor'] as const));
    const domain = domainOf(rng, name, 'office', market);
    const id = userId(rng);
    const createdAt = ctx.world.start - rng.int(20 * DAY, 75 * DAY);
    const billing = siteAddress(rng, city, 'office');
    const to = rng.chance(0.5) ? storageUnit(rng, market) : forwarder(rng, market);
    const card = newCard(rng, market, 'commercial');
    const ip = ipOf(rng, market, rng.chance(0.7) ? 'residential' : 'vpn');
    const device = desktop(rng);
    const account = `A${rng.digits(6)}`;
    return Array.from({ length: size }, (): Purchase => {
      const invoice = rng.chance(0.75);
      const at = when(rng, ctx.window, city.zone, 'office');
      const later: Later[] = invoice
        ? rng.chance(0.15)
          ? [{ type: 'order.cancelled', afterMs: rng.int(3 * HOUR, 40 * HOUR), reason: 'credit_review' }]
          : []
        : rng.chance(0.6)
          ? [
              {
                type: 'dispute.created',
                afterMs: rng.int(20 * DAY, 60 * DAY),
                reason: 'product_not_received',
              },
            ]
          : [];
      return {
        at,
        fraud: true,
        kind: 'net_terms_bust_out',
        basket: basket(rng, 'fence', { market, taxRate: to.tax, scale: rng.float(2.5, 5) }),
        billing,
        attempts: invoice ? [] : [charge(card, true, firstAuth(rng), avs(card, 'full'), 'pass')],
        later,
        market,
        buyer: { id, createdAt, email: workEmail(rng, owner, domain), name: owner.name },
        account,
        po: poNumber(rng),
        method: invoice ? 'invoice' : 'card',
        shipping: to.address,
        ip: rng.chance(0.8) ? ip : ipOf(rng, market, 'residential'),
        device,
      };
    });
  });
}
