import { type Rng } from '../kit/random.js';
import { familySet, heirloom, modest, outfit } from './baskets.js';
import { TAILORING_CUTOFF } from './calendar.js';
import { CATALOGUE as C, type Code, type Delivery, type Item, SAMPING } from './catalogue.js';
import { honestFinish, shopperOf, type World } from './checkout.js';
import {
  balikKampungGift,
  corporateGifts,
  diaspora,
  indonesia,
  singaporeBrunei,
  travellerVpn,
} from './honest-more.js';
import { honestCode, ownDraft, peninsularDelivery } from './honest-shared.js';
import { isKlangValley } from './places.js';
import { type Purchase } from './purchase.js';

/**
 * Honest orders, by kind and weight: Raya outfits for Peninsular families, matching family sets, made-to-measure
 * before the tailoring cut-off, handwoven songket, COD buyers, Sabah and Sarawak, outfits sent home to parents,
 * Singapore and Brunei, the diaspora, Indonesia, customers abroad or on a VPN, and corporate Raya gifts.
 */

export const HONEST = {
  raya_outfit: 27,
  family_set: 12,
  tailoring: 6,
  songket_heirloom: 3,
  cod_buyer: 13,
  east_malaysia: 8,
  balik_kampung_gift: 7,
  singapore_brunei: 8,
  diaspora: 5,
  indonesia: 3,
  traveller_vpn: 5,
  corporate_gifts: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

function rayaOutfit(rng: Rng, w: World): Purchase {
  const s = shopperOf(rng, w, 'peninsular', { returning: 55, fresh: 28, guest: 17 });
  const lines = outfit(rng, s.c.female);
  const delivery = peninsularDelivery(rng, w, s);
  const code = honestCode(rng, s);
  const d = ownDraft(rng, s, lines, {
    delivery,
    ...(code ? { code } : {}),
    extra: delivery === 'standard' ? { cod: 5 } : {},
  });
  return honestFinish(rng, w, d, s.c, s.signedIn, 'raya_outfit');
}

function familySetOrder(rng: Rng, w: World): Purchase {
  const s = shopperOf(rng, w, rng.chance(0.88) ? 'peninsular' : 'east', {
    returning: 65,
    fresh: 25,
    guest: 10,
  });
  const lines = familySet(rng);
  const delivery = s.c.segment === 'east' ? 'east_malaysia' : peninsularDelivery(rng, w, s, 0.12);
  const code: Code | undefined = rng.chance(0.45) ? 'SEDONDON15' : honestCode(rng, s);
  const d = ownDraft(rng, s, lines, {
    delivery,
    ...(code ? { code } : {}),
    extra: { atome: 22, card: s.c.cards.length > 0 ? 28 : 8 },
  });
  return honestFinish(rng, w, d, s.c, s.signedIn, 'family_set');
}

function tailoring(rng: Rng, w: World): Purchase {
  const s = shopperOf(
    rng,
    w,
    rng.chance(0.9) ? 'peninsular' : 'east',
    { returning: 70, fresh: 22, guest: 8 },
    { days: [0, TAILORING_CUTOFF] },
  );
  const piece = rng.weightedPick<Item>([
    [C.tailorKurung, 40],
    [C.tailorMelayu, 30],
    [C.tailorSilk, 15],
    [C.tailorFamily, 15],
  ]);
  const lines: Array<readonly [Item, number]> = [
    [piece, piece === C.tailorFamily ? 1 : rng.chance(0.25) ? 2 : 1],
  ];
  if (piece === C.tailorMelayu && rng.chance(0.4)) lines.push([rng.pick(SAMPING), 1]);
  const delivery: Delivery =
    s.c.segment === 'east'
      ? 'east_malaysia'
      : isKlangValley(s.c.home) && rng.chance(0.4)
        ? 'pickup'
        : 'standard';
  const d = ownDraft(rng, s, lines, { delivery, extra: { fpx: 45, atome: 18, tng_ewallet: 0, grabpay: 0 } });
  return honestFinish(rng, w, d, s.c, s.signedIn, 'tailoring', { tailoring: true });
}

function songketHeirloom(rng: Rng, w: World): Purchase {
  const s = shopperOf(rng, w, rng.chance(0.85) ? 'peninsular' : 'east', {
    returning: 60,
    fresh: 30,
    guest: 10,
  });
  const delivery: Delivery =
    s.c.segment === 'east'
      ? 'east_malaysia'
      : isKlangValley(s.c.home) && rng.chance(0.4)
        ? 'pickup'
        : 'standard';
  const d = ownDraft(rng, s, heirloom(rng), {
    delivery,
    extra: { card: 50, fpx: 42, bank_transfer: 8, atome: 0, tng_ewallet: 0, grabpay: 0, apple_pay: 3 },
    social: 0.15,
  });
  return honestFinish(rng, w, d, s.c, s.signedIn, 'songket_heirloom', { declineShare: 0.12 });
}

function codBuyer(rng: Rng, w: World): Purchase {
  const s = shopperOf(rng, w, 'peninsular', { returning: 20, fresh: 45, guest: 35 });
  const d = ownDraft(rng, s, modest(rng, s.c.female), {
    delivery: 'standard',
    method: 'cod',
    social: 0.55,
    mobile: 0.85,
  });
  return honestFinish(rng, w, d, s.c, s.signedIn, 'cod_buyer', { codRefusal: 0.09 });
}

function eastMalaysia(rng: Rng, w: World): Purchase {
  const s = shopperOf(rng, w, 'east', { returning: 55, fresh: 30, guest: 15 });
  const lines = rng.chance(0.2) ? familySet(rng) : outfit(rng, s.c.female);
  const code = honestCode(rng, s);
  const d = ownDraft(rng, s, lines, { delivery: 'east_malaysia', ...(code ? { code } : {}) });
  return honestFinish(rng, w, d, s.c, s.signedIn, 'east_malaysia');
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  raya_outfit: rayaOutfit,
  family_set: familySetOrder,
  tailoring,
  songket_heirloom: songketHeirloom,
  cod_buyer: codBuyer,
  east_malaysia: eastMalaysia,
  balik_kampung_gift: balikKampungGift,
  singapore_brunei: singaporeBrunei,
  diaspora,
  indonesia,
  traveller_vpn: travellerVpn,
  corporate_gifts: corporateGifts,
};

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  return PLANNERS[kind](rng, w);
}
