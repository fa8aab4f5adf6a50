import { type Rng } from '../kit/random.js';
import {
  firstOrderFestive,
  metroRegular,
  newPhoneReturning,
  saleMidnightRush,
  sizeBracketing,
  smalltownCod,
  studentHostel,
} from './honest-home.js';
import { type Crowd } from './honest-kit.js';
import {
  corporateGifting,
  egiftCard,
  giftElsewhere,
  nriFamilyGift,
  officeNetwork,
  sharedFamilyDevice,
  travellerAbroad,
  vpnPrivacy,
  weddingTrousseau,
} from './honest-risky.js';
import { type Purchase, type Window } from './purchase.js';

/** The honest populations and their shares of honest orders (README.md). */
export const HONEST = {
  metro_regular: 25.5,
  smalltown_cod: 21,
  sale_midnight_rush: 10,
  first_order_festive: 6,
  shared_family_device: 5,
  gift_elsewhere: 5,
  wedding_trousseau: 3,
  nri_family_gift: 4,
  size_bracketing: 4,
  student_hostel: 4,
  new_phone_returning: 3,
  office_network: 3,
  vpn_privacy: 2,
  egift_card: 2,
  traveller_abroad: 1.5,
  corporate_gifting: 1,
} as const;

export type HonestKind = keyof typeof HONEST;

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: Window, crowd: Crowd) => Purchase>> = {
  metro_regular: metroRegular,
  smalltown_cod: smalltownCod,
  sale_midnight_rush: saleMidnightRush,
  first_order_festive: firstOrderFestive,
  shared_family_device: sharedFamilyDevice,
  gift_elsewhere: giftElsewhere,
  wedding_trousseau: weddingTrousseau,
  nri_family_gift: nriFamilyGift,
  size_bracketing: sizeBracketing,
  student_hostel: studentHostel,
  new_phone_returning: newPhoneReturning,
  office_network: officeNetwork,
  vpn_privacy: vpnPrivacy,
  egift_card: egiftCard,
  traveller_abroad: travellerAbroad,
  corporate_gifting: corporateGifting,
};

/** One honest purchase of `kind`. */
export const honest = (rng: Rng, w: Window, crowd: Crowd, kind: HonestKind): Purchase =>
  PLANNERS[kind](rng, w, crowd);
