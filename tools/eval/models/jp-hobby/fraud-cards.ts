import { HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { ordinaryMoment } from './calendar.js';
import { bySku, inCategory, line, type Line } from './catalog.js';
import { cardFrom } from './cards.js';
import { device, HEADLESS_UAS } from './devices.js';
import { burnerEmail, type FraudCtx, fraudPurchase, stolenCardAftermath } from './fraud-kit.js';
import { ABROAD_NETS, address, HOSTING, JP_NETS, type Network } from './networks.js';
import { cardAttempt } from './payments.js';
import { jpName, latinName } from './people.js';
import { abroadHome, forwarderAddress, jpHome, konbiniPickup } from './places.js';
import { type Attempt, type Card, type Purchase } from './purchase.js';

/** Fraud with other people's cards: testing them, phished Japanese cards, stolen foreign cards, triangulation. */

type Planner = (rng: Rng, c: FraudCtx, n: number) => Purchase[];

const TEST_DECLINES = [
  'do_not_honor',
  'do_not_honor',
  'insufficient_funds',
  'incorrect_cvc',
  'stolen_card',
  'expired_card',
  'invalid_number',
];

/** Bursts of tiny orders (a ¥30 common card by envelope) from rotating exits, one or more cards each. */
export const cardTesting: Planner = (rng, c, n) => {
  const out: Purchase[] = [];
  const bursts = Math.max(1, Math.ceil(n / rng.int(8, 14)));
  for (let b = 0; b < bursts && out.length < n; b++) {
    const br = rng.fork(`burst${b}`);
    let t = ordinaryMoment(br, c.w, 8);
    const exits: Network[] = [
      HOSTING.usCloud,
      HOSTING.nlVpn,
      HOSTING.deCloud,
      JP_NETS.cloud,
      ...(ABROAD_NETS.US ?? []),
    ];
    const ua = br.pick(HEADLESS_UAS);
    const drop = jpHome(br);
    const size = Math.min(n - out.length, b === bursts - 1 ? n - out.length : br.int(6, 16));
    for (let i = 0; i < size; i++) {
      t += br.int(15, 150) * 1000;
      const tries = br.weightedPick([
        [1, 5],
        [2, 3],
        [3, 2],
      ] as const);
      const attempts: Attempt[] = [];
      for (let k = 0; k < tries; k++) {
        const card = cardFrom(br, br.weighted({ US: 40, JP: 25, GB: 10, CA: 5, AU: 5, DE: 5, FR: 5, SG: 5 }));
        const ok = br.chance(0.07);
        attempts.push(
          cardAttempt(br, card, {
            ok,
            billingMatches: false,
            afterMs: br.int(3, 25) * 1000,
            ...(ok
              ? {}
              : {
                  decline:
                    card.country === 'JP'
                      ? br.pick(['authentication_failed', ...TEST_DECLINES])
                      : br.pick(TEST_DECLINES),
                }),
          }),
        );
        if (ok) break;
      }
      const { name } = latinName(br, 'US');
      const cheap = br.pick([bySku('SGL-PKM-C'), bySku('SGL-YGO-N'), bySku('SGL-OPC-R')]);
      const paid = attempts.some((a) => a.ok);
      out.push(
        fraudPurchase({
          kind: 'card_testing',
          at: Math.min(t, c.w.end - 1),
          buyer: { email: burnerEmail(br), name: br.chance(0.5) ? name : jpName(br).name, locale: 'ja' },
          billing: br.chance(0.5) ? jpHome(br) : { country: attempts[0]?.card?.country ?? 'US' },
          shipping: drop,
          shipMethod: 'nekopos',
          method: 'card',
          lines: [line(cheap)],
          attempts,
          later: paid
            ? stolenCardAftermath(br, 0.3)
            : [{ type: 'order.cancelled', afterMs: br.int(30, 120) * MINUTE, reason: 'payment_failed' }],
          ip: address(br, br.pick(exits), false),
          device: { userAgent: ua },
        }),
      );
    }
  }
  return out;
};

/** Resellable stock: new and older sealed boxes, the big Gunpla, graded singles, scale figures. */
function resaleLines(rng: Rng): Line[] {
  const pick = rng.weighted({ boxes: 4, vintage: 2, kit: 1, figure: 2, singles: 1 } as const);
  if (pick === 'boxes')
    return [
      line(bySku(rng.pick(['PKM-BOX-HC', 'YGO-BOX-CUR', 'DM-BOX-CUR'])), rng.int(2, 3)),
      line(bySku('PKM-BOX-23'), rng.int(1, 4)),
    ];
  if (pick === 'vintage') return [line(rng.pick(inCategory('sealed_vintage')), rng.int(1, 2))];
  if (pick === 'kit') return [line(bySku('KIT-PG')), line(bySku('KIT-MG'), rng.int(2, 4))];
  if (pick === 'figure')
    return [line(bySku('FIG-SCL'), rng.int(1, 3)), line(bySku('FIG-FMA'), rng.int(0, 2) + 1)];
  return [line(bySku('SGL-PKM-SAR'), rng.int(1, 3)), line(bySku('SGL-YGO-QCSE'))];
}

/**
 * The commonest card fraud in Japan: numbers phished with fake carrier, bank or parcel-service pages, often
 * with the 3-D Secure password captured live. Sent to a few drop flats or konbini counters; run from servers,
 * rented phone lines or abroad.
 */
export const phishedJpCard: Planner = (rng, c, n) => {
  const drops = Array.from({ length: rng.int(3, 6) }, () => jpHome(rng.fork('drops'), true));
  const exits: ReadonlyArray<readonly [Network, number]> = [
    [JP_NETS.cloud, 30],
    [JP_NETS.docomo, 12],
    [JP_NETS.softbankMobile, 10],
    [JP_NETS.ocn, 10],
    ...(['CN', 'VN', 'HK'] as const).flatMap((k) => (ABROAD_NETS[k] ?? []).map((x) => [x, 13] as const)),
  ];
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`p${i}`);
    const victims = Array.from({ length: 3 }, () => c.victims.domestic(false));
    const attempts: Attempt[] = [];
    for (const v of victims) {
      const fails = r.chance(0.4);
      const decline = fails
        ? r.pick(['authentication_failed', 'authentication_failed', 'suspected_fraud', 'card_limit_exceeded'])
        : undefined;
      attempts.push(
        cardAttempt(r, v.card, {
          ok: !fails,
          afterMs: r.int(20, 240) * 1000,
          ...(decline
            ? {
                decline,
                threeDS: decline === 'authentication_failed' ? 'challenge_failed' : 'challenge_passed',
              }
            : { threeDS: r.chance(0.7) ? 'challenge_passed' : 'frictionless' }),
        }),
      );
      if (!fails || r.chance(0.35)) break;
    }
    const first = victims[0];
    const drop = r.pick(drops);
    const konbini = r.chance(0.25);
    const paid = attempts.some((a) => a.ok);
    const email = burnerEmail(r);
    return fraudPurchase({
      kind: 'phished_jp_card',
      at: ordinaryMoment(r, c.w, 8),
      buyer: {
        ...(r.chance(0.45)
          ? { id: `cus_${r.token(10)}`, createdAt: c.w.start - r.int(0, 3 * 24 * 60) * MINUTE }
          : {}),
        email,
        name: r.chance(0.7) ? (first?.buyer.name ?? '') : jpName(r).name,
        locale: 'ja',
      },
      billing: first?.home ?? jpHome(r),
      shipping: konbini ? konbiniPickup(r, drop) : drop,
      shipMethod: konbini ? 'konbini_pickup' : 'yamato',
      method: 'card',
      lines: resaleLines(r),
      attempts,
      later: paid
        ? stolenCardAftermath(r, 0.12)
        : [{ type: 'order.cancelled', afterMs: r.int(1, 6) * HOUR, reason: 'payment_failed' }],
      ip: address(r, r.weightedPick(exits), r.chance(0.1)),
      device: device(r, r.chance(0.6) ? 'windows' : 'iphone'),
    });
  }).map((p, i, all) =>
    i > 0 && p.buyer.id && rng.chance(0.3) ? { ...p, buyer: all[i - 1]?.buyer ?? p.buyer } : p,
  );
};

const FOREIGN_VICTIMS: Readonly<Record<string, number>> = { US: 50, GB: 12, AU: 12, CA: 10, DE: 8, FR: 8 };

/** Stolen foreign cards with the holder's details ("fullz"), shipped to a forwarder or a reshipping mule. */
export const stolenCardForwarder: Planner = (rng, c, n) => {
  const mules = Array.from({ length: 2 }, () => jpHome(rng.fork('mules')));
  const lockers = Array.from({ length: rng.int(3, 5) }, (_, i) => forwarderAddress(rng.fork(`locker${i}`)));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`s${i}`);
    const country = r.weighted(FOREIGN_VICTIMS);
    const victim = c.victims.overseas(country, false);
    const fullz = r.chance(0.7);
    const ok = r.chance(0.72);
    const attempts = [
      cardAttempt(r, victim.card, {
        ok,
        billingMatches: fullz,
        ...(ok
          ? {}
          : {
              decline: r.pick(['do_not_honor', 'suspected_fraud', 'authentication_failed', 'incorrect_cvc']),
            }),
      }),
    ];
    if (!ok && r.chance(0.4)) {
      const second = cardFrom(r, country);
      attempts.push(
        cardAttempt(r, second, { ok: true, billingMatches: false, afterMs: r.int(60, 600) * 1000 }),
      );
    }
    const residential = r.chance(0.6);
    const net: Network = residential
      ? (ABROAD_NETS[country]?.[0] ?? HOSTING.usCloud)
      : r.pick([HOSTING.nlVpn, HOSTING.usCloud, HOSTING.deCloud]);
    const name = victim.buyer.name;
    return fraudPurchase({
      kind: 'stolen_card_forwarder',
      at: ordinaryMoment(r, c.w, victim.tz),
      buyer: {
        email: r.chance(0.5)
          ? `${name.toLowerCase().replace(/[^a-z]/g, '')}${r.int(10, 9999)}@gmail.com`
          : burnerEmail(r),
        name,
        locale: 'en',
      },
      billing: fullz ? victim.home : abroadHome(r, c.victims.placeIn(country)),
      shipping: r.chance(0.7) ? r.pick(lockers) : r.pick(mules),
      shipMethod: 'yamato',
      method: 'card',
      lines: resaleLines(r),
      attempts,
      later: attempts.some((a) => a.ok) ? stolenCardAftermath(r, 0.08) : [],
      ip: address(r, net, false),
      device: device(r, r.chance(0.7) ? 'windows' : 'mac'),
    });
  });
};

/**
 * Triangulation: a cheap listing on a marketplace; the real buyer's order placed here with a stolen card and
 * sent to them, in their name; the fraudster keeps the marketplace payment.
 */
export const triangulation: Planner = (rng, c, n) => {
  const mailboxes = Array.from({ length: 3 }, () => burnerEmail(rng.fork('tri')));
  const exits = [HOSTING.nlVpn, HOSTING.usCloud, ...(ABROAD_NETS.CN ?? []), ...(ABROAD_NETS.VN ?? [])];
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`t${i}`);
    const domesticBuyer = r.chance(0.55);
    const endBuyer = domesticBuyer
      ? c.victims.domestic(false)
      : c.victims.overseas(r.pick(['US', 'GB', 'AU', 'DE']), false);
    const holder = r.chance(0.5) ? c.victims.domestic(false) : c.victims.overseas('US', false);
    const lines = [
      line(
        r.pick([
          ...inCategory('figure'),
          ...inCategory('model_kit'),
          bySku('PKM-BOX-23'),
          bySku('SGL-OPC-SEC'),
        ]),
        r.int(1, 2),
      ),
    ];
    const ok = r.chance(0.8);
    const attempts: Attempt[] = [
      cardAttempt(r, holder.card as Card, {
        ok,
        billingMatches: true,
        ...(ok ? {} : { decline: 'do_not_honor' }),
      }),
    ];
    return fraudPurchase({
      kind: 'triangulation',
      at: ordinaryMoment(r, c.w, 8),
      buyer: { email: r.pick(mailboxes), name: endBuyer.buyer.name, locale: domesticBuyer ? 'ja' : 'en' },
      billing: holder.home,
      shipping: endBuyer.home,
      shipMethod: domesticBuyer ? 'yamato' : 'ems',
      method: 'card',
      lines,
      attempts,
      later: ok ? stolenCardAftermath(r, 0.05) : [],
      ip: address(r, r.pick(exits), false),
      device: device(r, 'windows'),
    });
  });
};
