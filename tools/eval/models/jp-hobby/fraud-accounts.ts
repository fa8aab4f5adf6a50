import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { around, ordinaryMoment, releaseDrop } from './calendar.js';
import { bySku, everyday, inCategory, line } from './catalog.js';
import { cardFrom, prepaidJp } from './cards.js';
import { botDevice, device, HEADLESS_UAS } from './devices.js';
import { burnerEmail, type FraudCtx, fraudPurchase } from './fraud-kit.js';
import { ABROAD_NETS, address, HOSTING, JP_NETS, type Network } from './networks.js';
import { cardAttempt, honestPayment } from './payments.js';
import { jpName, latinName } from './people.js';
import { abroadHome, forwarderAddress, jigged, jpHome, konbiniPickup } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/** Fraud through accounts and by customers themselves: takeovers, release bots, disputes, refunds, sanctions. */

type Planner = (rng: Rng, c: FraudCtx, n: number) => Purchase[];

/**
 * Credential stuffing: an old account with a saved card, opened from a new device and a server or a foreign
 * line; limited stock bought and sent to a drop (typed at checkout, or changed just after).
 */
export const accountTakeover: Planner = (rng, c, n) => {
  const drops = Array.from({ length: 3 }, () => jpHome(rng.fork('ato-drops')));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const owner = c.victims.domestic(true);
    const buyer = { ...owner.buyer, createdAt: c.start - r.int(200, 2600) * DAY };
    const drop = r.pick(drops);
    const late = r.chance(0.3);
    const net: Network = r.weightedPick([
      [JP_NETS.cloud, 35],
      [JP_NETS.docomo, 15],
      [HOSTING.nlVpn, 15],
      ...(ABROAD_NETS.CN ?? []).map((x) => [x, 20] as const),
      ...(ABROAD_NETS.VN ?? []).map((x) => [x, 15] as const),
    ]);
    const lines = r.chance(0.5)
      ? [line(bySku(r.pick(['PKM-BOX-NEW', 'OPC-BOX-NEW']))), line(bySku('PKM-BOX-HC'), 2)]
      : [line(bySku('FIG-SCL'), 2), line(bySku('KIT-PG'))];
    const at = r.chance(0.4) ? around(r, c.w, releaseDrop(c.start), 30 * MINUTE) : ordinaryMoment(r, c.w, 8);
    const ok = r.chance(0.85);
    const attempts: Attempt[] = [
      cardAttempt(r, owner.card, {
        ok,
        threeDS: ok ? 'frictionless' : 'challenge_failed',
        ...(ok ? {} : { decline: 'authentication_failed' }),
      }),
    ];
    const after = r.chance(0.6)
      ? [{ type: 'dispute.created' as const, afterMs: r.int(10, 45) * DAY, reason: 'fraudulent' }]
      : [{ type: 'refund.created' as const, afterMs: r.int(1, 5) * DAY, reason: 'account_compromised' }];
    return fraudPurchase({
      kind: 'account_takeover',
      at,
      buyer,
      billing: owner.home,
      shipping: late ? owner.home : r.chance(0.3) ? konbiniPickup(r, drop) : drop,
      shipMethod: 'yamato',
      method: 'card',
      lines,
      attempts,
      later: [
        ...(late ? [{ type: 'order.updated' as const, afterMs: r.int(3, 40) * MINUTE, shipping: drop }] : []),
        ...(ok ? after : []),
      ],
      ip: address(r, net, false),
      device: device(r, r.chance(0.7) ? 'windows' : 'android'),
    });
  });
};

/**
 * Release-day bots: accounts made in the last two days under invented names and a catch-all domain, the same
 * automation stack, a few real addresses written many ways, prepaid virtual cards; the store's "one per
 * customer" beaten at scale. The money is real; the store cancels the ones it links.
 */
export const releaseBot: Planner = (rng, c, n) => {
  const crews = Array.from({ length: rng.int(2, 3) }, (_, k) => {
    const cr = rng.fork(`crew${k}`);
    return {
      domain: `${cr.token(cr.int(5, 8), 'abcdefghijklmnopqrstuvwxyz')}.${cr.pick(['com', 'net', 'jp', 'xyz'])}`,
      ua: cr.pick(HEADLESS_UAS),
      homes: Array.from({ length: cr.int(2, 4) }, () => jpHome(cr)),
      net: cr.pick([JP_NETS.cloud, JP_NETS.ocn, JP_NETS.docomo]),
    };
  });
  const drop = releaseDrop(c.start);
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`b${i}`);
    const crew = r.pick(crews);
    const ok = r.chance(0.85);
    const card = r.chance(0.7) ? prepaidJp(r) : cardFrom(r, 'JP');
    const attempts = [
      cardAttempt(r, card, {
        ok,
        afterMs: r.int(2, 8) * 1000,
        threeDS: 'frictionless',
        ...(ok ? {} : { decline: 'insufficient_funds' }),
      }),
    ];
    const linked = r.chance(0.35);
    return fraudPurchase({
      kind: 'release_bot',
      at: around(r, c.w, drop, 90_000),
      buyer: {
        id: `cus_${r.token(10)}`,
        createdAt: drop - r.int(10, 48 * 60) * MINUTE,
        email: burnerEmail(r, crew.domain),
        name: jpName(r).name,
        locale: 'ja',
      },
      billing: jigged(r, r.pick(crew.homes)),
      shipping: jigged(r, r.pick(crew.homes)),
      shipMethod: 'yamato',
      method: 'card',
      lines: [line(bySku(r.pick(['PKM-BOX-NEW', 'OPC-BOX-NEW'])))],
      attempts,
      later:
        ok && linked
          ? [{ type: 'order.cancelled', afterMs: r.int(2, 20) * HOUR, reason: 'purchase_limit_violation' }]
          : [],
      ip: address(r, crew.net, false),
      device: botDevice(r, crew.ua),
    });
  });
};

/** Real customers with their own card who then dispute it: "not received" after delivery, or "not me". */
export const friendlyFraud: Planner = (rng, c, n) =>
  Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`f${i}`);
    const abroad = r.chance(0.45);
    const person = abroad
      ? c.victims.overseas(r.pick(['US', 'US', 'GB', 'AU', 'CA', 'SG']), true)
      : c.victims.domestic(true);
    const lines = abroad
      ? [line(r.pick([...inCategory('booster_box'), ...inCategory('figure')]), r.int(1, 2))]
      : everyday(r);
    const { attempts } = honestPayment(r, 'card', person.card, () => cardFrom(r, person.card.country));
    return fraudPurchase({
      kind: 'friendly_fraud',
      at: ordinaryMoment(r, c.w, person.tz),
      buyer: person.buyer,
      billing: person.home,
      shipping: person.home,
      shipMethod: abroad ? 'ems' : 'yamato',
      method: 'card',
      lines,
      attempts: attempts.filter((a) => a.method === 'card'),
      later: [
        {
          type: 'dispute.created',
          afterMs: r.int(25, 75) * DAY,
          reason: r.pick(['product_not_received', 'product_not_received', 'unrecognized', 'fraudulent']),
        },
      ],
      ip: person.homeIp,
      device: person.device,
    });
  });

/** Pack searchers and box "resealed" claims: boxes bought, packs weighed, the light ones back or a refund claimed. */
export const refundAbuse: Planner = (rng, c, n) => {
  const regulars = Array.from({ length: Math.max(1, Math.ceil(n / 3)) }, () => c.victims.domestic(true));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`r${i}`);
    const person = r.pick(regulars);
    const { attempts } = honestPayment(r, 'card', person.card, () => cardFrom(r, 'JP'));
    return fraudPurchase({
      kind: 'refund_abuse',
      at: ordinaryMoment(r, c.w, 9),
      buyer: person.buyer,
      billing: person.home,
      shipping: person.home,
      shipMethod: 'yamato',
      method: 'card',
      lines: [line(bySku(r.pick(['PKM-BOX-HC', 'YGO-BOX-CUR', 'DM-BOX-CUR', 'PKM-BOX-23'])), r.int(2, 3))],
      attempts: attempts.filter((a) => a.method === 'card'),
      later: [
        {
          type: 'refund.created',
          afterMs: r.int(4, 12) * DAY,
          reason: r.pick(['item_not_as_described', 'resealed_box_claim', 'missing_packs_claim']),
        },
      ],
      ip: r.chance(0.6) ? person.homeIp : address(r, person.mobileNet, false),
      device: person.device,
    });
  });
};

/**
 * Buyers in Russia, where the store no longer ships: straight to Russia (cancelled on review), or through
 * reshippers in Kazakhstan, Kyrgyzstan or Armenia, paid with cards issued there, from Russian lines or VPNs.
 */
export const sanctionsEvasion: Planner = (rng, c, n) =>
  Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`x${i}`);
    const direct = r.chance(0.3);
    const via = r.pick(['KZ', 'KG', 'AM']);
    const { name, latin } = latinName(r, 'RU');
    const ship = abroadHome(r, c.victims.placeIn(direct ? 'RU' : via));
    const ruHome = abroadHome(r, c.victims.placeIn('RU'));
    const card = cardFrom(r, direct ? r.pick(['KZ', 'CN']) : via);
    const net = r.chance(0.6) ? (ABROAD_NETS.RU?.[0] ?? HOSTING.nlVpn) : HOSTING.nlVpn;
    const lines = [
      line(r.pick([...inCategory('figure'), ...inCategory('model_kit'), bySku('PKM-BOX-23')]), r.int(1, 3)),
    ];
    return fraudPurchase({
      kind: 'sanctions_evasion',
      at: ordinaryMoment(r, c.w, 3),
      buyer: {
        email: `${latin.replace('.', '')}${r.int(1, 99)}@${r.pick(['yandex.ru', 'mail.ru', 'gmail.com'])}`,
        name,
        locale: 'en',
      },
      billing: r.chance(0.5) ? ruHome : ship,
      shipping: r.chance(0.15) && !direct ? forwarderAddress(r) : ship,
      shipMethod: 'ems',
      method: 'card',
      lines,
      attempts: [cardAttempt(r, card, { ok: true })],
      later: direct
        ? [{ type: 'order.cancelled', afterMs: r.int(2, 30) * HOUR, reason: 'restricted_destination' }]
        : [],
      ip: address(r, net, false),
      device: device(r, r.chance(0.6) ? 'windows' : 'android'),
    });
  });
