import { type Rng } from '../kit/random.js';
import {
  accessoriesSmall,
  airtimeTopup,
  declinedThenRetry,
  flashSaleNewAccount,
  giftForSomeone,
  homeAppliance,
  laptopWork,
  phonePurchase,
  podCityOrder,
  powerBackup,
} from './honest-everyday.js';
import { type Ctx } from './honest-kit.js';
import {
  corporateBulk,
  diasporaFamily,
  resellerSmallBusiness,
  travellerAbroad,
  vpnUser,
} from './honest-unusual.js';
import { type Purchase } from './purchase.js';

/** The honest kinds and their shares (percent of honest orders). */
export const HONEST = {
  phone_purchase: 19,
  accessories_small: 13,
  airtime_topup: 9,
  home_appliance: 9,
  pod_city_order: 9,
  power_backup: 7,
  laptop_work: 6,
  flash_sale_new_account: 6,
  diaspora_family: 6,
  declined_then_retry: 5,
  gift_for_someone: 4,
  traveller_abroad: 2,
  vpn_user: 2,
  reseller_small_business: 2,
  corporate_bulk: 1,
} as const;

export type HonestKind = keyof typeof HONEST;

const PLANNERS: Record<HonestKind, (rng: Rng, ctx: Ctx) => Purchase> = {
  phone_purchase: phonePurchase,
  accessories_small: accessoriesSmall,
  airtime_topup: airtimeTopup,
  home_appliance: homeAppliance,
  pod_city_order: podCityOrder,
  power_backup: powerBackup,
  laptop_work: laptopWork,
  flash_sale_new_account: flashSaleNewAccount,
  diaspora_family: diasporaFamily,
  declined_then_retry: declinedThenRetry,
  gift_for_someone: giftForSomeone,
  traveller_abroad: travellerAbroad,
  vpn_user: vpnUser,
  reseller_small_business: resellerSmallBusiness,
  corporate_bulk: corporateBulk,
};

/** One honest order of the kind. */
export function honest(rng: Rng, ctx: Ctx, kind: HonestKind): Purchase {
  return PLANNERS[kind](rng, ctx);
}
