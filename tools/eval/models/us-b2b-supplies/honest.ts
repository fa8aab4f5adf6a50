import { type Rng } from '../kit/random.js';
import { accountOrder, type Context, honestLater } from './honest-kit.js';
import {
  bulkReseller,
  crossBorder,
  homeOffice,
  newBusiness,
  offshoreAssistant,
  travelling,
  vpnShopper,
} from './honest-other.js';
import { ipOf } from './networks.js';
import { type Company, pickCompany } from './people.js';
import { type Profile } from './catalog.js';
import { cityIn, siteAddress } from './places.js';
import { DAY, phone, type Purchase } from './purchase.js';
import { newCard } from './cards.js';

/** Honest orders: the kinds, their shares (per 100 honest orders) and the account-based planners. */

export const HONEST = {
  office_reorder: 21,
  shared_office_buyer: 6,
  net_terms_account: 7,
  institution_po: 6,
  contractor_jobsite: 10,
  branch_shipment: 5,
  warehouse_bulk: 5,
  new_business_first_order: 4,
  home_office_consumer: 14,
  vpn_shopper: 2,
  remote_staff_shipment: 3,
  pcard_limit_split: 3,
  corporate_gateway_buyer: 4,
  travelling_buyer: 3,
  offshore_assistant: 2,
  cross_border_order: 3,
  bulk_reseller: 1,
} as const;

export type HonestKind = keyof typeof HONEST;

const profileOf = (c: Company): Profile =>
  c.sector === 'school'
    ? 'school'
    : c.sector === 'clinic'
      ? 'clinic'
      : c.sector === 'contractor'
        ? 'trades'
        : c.sector === 'warehouse'
          ? 'warehouse'
          : c.sector === 'reseller'
            ? 'reseller'
            : 'office';

type Planner = (rng: Rng, ctx: Context, kind: HonestKind) => Purchase;

const PLANNERS: Readonly<Record<HonestKind, Planner>> = {
  office_reorder: (rng, ctx, kind) => {
    const c = pickCompany(rng, ctx.world, ['office', 'clinic', 'school', 'warehouse', 'contractor']);
    return accountOrder(rng, ctx, kind, c, { profile: profileOf(c), method: 'card' });
  },
  shared_office_buyer: (rng, ctx, kind) => {
    const c = pickCompany(rng, ctx.world, [], (x) => x.shared !== undefined);
    return accountOrder(rng, ctx, kind, c, {
      profile: profileOf(c),
      method: 'card',
      ...(c.shared ? { device: c.shared } : {}),
      // A cardholder now and then flags a colleague's purchase on the shared card as not theirs.
      later: (p) => {
        const later = honestLater(rng, p);
        if (p.attempts.some((a) => a.ok) && rng.chance(0.02))
          later.push(
            rng.chance(0.5)
              ? {
                  type: 'fraud_warning.created',
                  afterMs: rng.int(3 * DAY, 20 * DAY),
                  reason: 'unauthorized_use_of_card',
                }
              : { type: 'dispute.created', afterMs: rng.int(15 * DAY, 50 * DAY), reason: 'fraudulent' },
          );
        return later;
      },
    });
  },
  net_terms_account: (rng, ctx, kind) => {
    const c = pickCompany(rng, ctx.world, [], (x) => x.terms);
    return accountOrder(rng, ctx, kind, c, { profile: profileOf(c), method: 'invoice', scale: 1.5 });
  },
  institution_po: (rng, ctx, kind) => {
    const c = pickCompany(rng, ctx.world, ['school', 'clinic']);
    const ship = rng.chance(0.55) ? rng.pick(c.sites) : c.office;
    return accountOrder(rng, ctx, kind, c, {
      profile: profileOf(c),
      ship,
      scale: rng.float(1, 2.5),
      method: c.terms && rng.chance(0.8) ? 'invoice' : 'card',
      pay: { match: rng.chance(0.3) ? 'zip' : 'full' },
    });
  },
  contractor_jobsite: (rng, ctx, kind) => {
    const c = pickCompany(rng, ctx.world, ['contractor']);
    const onSite = rng.chance(0.6);
    const ship = rng.chance(0.8) ? rng.pick(c.sites) : c.office;
    return accountOrder(rng, ctx, kind, c, {
      profile: 'trades',
      curve: 'trades',
      ship,
      ...(onSite ? { ip: ipOf(rng, c.market, 'mobile', 0.5), device: phone(rng) } : {}),
      later: (p) => honestLater(rng, p, { reroute: rng.pick(c.sites), updateRate: 0.1 }),
    });
  },
  branch_shipment: (rng, ctx, kind) => {
    const c = pickCompany(rng, ctx.world, ['office', 'enterprise', 'clinic', 'warehouse']);
    const far = cityIn(rng, c.market);
    const ship = rng.chance(0.6) ? rng.pick(c.sites) : siteAddress(rng, far, 'office');
    return accountOrder(rng, ctx, kind, c, { profile: profileOf(c), ship, scale: 1.3 });
  },
  warehouse_bulk: (rng, ctx, kind) => {
    const c = pickCompany(rng, ctx.world, ['warehouse']);
    return accountOrder(rng, ctx, kind, c, {
      profile: 'warehouse',
      scale: rng.float(1.2, 3),
      curve: 'trades',
    });
  },
  new_business_first_order: newBusiness,
  home_office_consumer: homeOffice,
  vpn_shopper: vpnShopper,
  remote_staff_shipment: (rng, ctx, kind) => {
    const c = pickCompany(rng, ctx.world, ['office', 'enterprise']);
    const home = rng.chance(0.5) ? rng.pick(c.members).home : siteAddress(rng, cityIn(rng, c.market), 'home');
    return accountOrder(rng, ctx, kind, c, { profile: 'office', ship: home, method: 'card' });
  },
  pcard_limit_split: (rng, ctx, kind) => {
    const c = pickCompany(
      rng,
      ctx.world,
      ['school', 'clinic', 'enterprise', 'office'],
      (x) => x.use === 'commercial',
    );
    const spare = c.cards[1] ?? newCard(rng, c.market, 'commercial');
    return accountOrder(rng, ctx, kind, c, {
      profile: profileOf(c),
      method: 'card',
      scale: rng.float(2, 4),
      pay: {
        declined: 1,
        use: 'commercial',
        spare,
        reason: rng.pick(['card_velocity_exceeded', 'transaction_not_allowed', 'do_not_honor'] as const),
      },
    });
  },
  corporate_gateway_buyer: (rng, ctx, kind) => {
    const c = pickCompany(rng, ctx.world, ['enterprise']);
    const abroad = rng.chance(0.12) ? (c.market === 'US' ? 'CA' : 'US') : c.market;
    return accountOrder(rng, ctx, kind, c, { profile: 'office', ip: ipOf(rng, abroad, 'gateway') });
  },
  travelling_buyer: travelling,
  offshore_assistant: offshoreAssistant,
  cross_border_order: crossBorder,
  bulk_reseller: bulkReseller,
};

/** One honest order of `kind`. */
export function honest(rng: Rng, ctx: Context, kind: HonestKind): Purchase {
  return PLANNERS[kind](rng, ctx, kind);
}
