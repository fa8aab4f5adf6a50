import { type Rng } from '../kit/random.js';
import { diasporaGift, foreignCollector, privacyRelay, traveller } from './honest-abroad.js';
import {
  antiquePiece,
  cashOnDelivery,
  corporateGift,
  dinnerService,
  domesticGift,
  giftVoucher,
  repeatCollector,
  shopPickup,
} from './honest-home.js';
import { type Purchase } from './purchase.js';
import { type World } from './world.js';

/** The honest kinds and their weights (shares of honest orders). */
export const HONEST = {
  domestic_gift: 30,
  repeat_collector: 11,
  shop_pickup: 8,
  cash_on_delivery: 6,
  gift_voucher: 5,
  dinner_service: 4,
  corporate_gift: 4,
  antique_piece: 3,
  diaspora_gift: 9,
  foreign_collector: 10,
  traveller: 5,
  privacy_relay: 5,
} as const;

export type HonestKind = keyof typeof HONEST;

const PLANNERS: Record<HonestKind, (rng: Rng, w: World) => Purchase> = {
  domestic_gift: domesticGift,
  repeat_collector: repeatCollector,
  shop_pickup: shopPickup,
  cash_on_delivery: cashOnDelivery,
  gift_voucher: giftVoucher,
  dinner_service: dinnerService,
  corporate_gift: corporateGift,
  antique_piece: antiquePiece,
  diaspora_gift: diasporaGift,
  foreign_collector: foreignCollector,
  traveller,
  privacy_relay: privacyRelay,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
