import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { anAccount, type Draft, homeIp, priceOf, purchaseOf, type World } from './build.js';
import { after, inWindow, when } from './calendar.js';
import { type HeldCard, newCard, sameBin } from './cards.js';
import {
  BOOTS,
  GIFT_CARDS,
  type Item,
  KIDS,
  type Line,
  lineIn,
  MEMORABILIA,
  RETRO_DROP,
  SHIRTS,
  THIRD_LAUNCH,
  TRAINING,
} from './catalogue.js';
import {
  dropAddress,
  fraudAfter,
  fraudDevice,
  type Hide,
  hiddenIp,
  hiddenNetwork,
  stolenTry,
} from './fraud-kit.js';
import { ipOn } from './networks.js';
import { deviceId, windowsChrome } from './devices.js';
import { nameIn, slug } from './names.js';
import { accountId, type Account, personIn, personOf } from './people.js';
import { placeOf } from './places.js';
import {
  type Attempt,
  cardAttempt,
  fulfil,
  type LaterEvent,
  other,
  type Purchase,
  secure,
} from './purchase.js';

/** Fraud through accounts: takeovers, drop bots on farmed accounts, friendly fraud and counterfeit swaps. */

/**
 * The saved card of a taken-over account: under strong authentication the challenge goes to the real owner's
 * phone, so it passes only when the issuer waves it through; US cards mostly go through.
 */
function savedCardTry(rng: Rng, card: HeldCard, amount: number, afterMs: number): Attempt {
  const sca =
    card.country !== 'US' && card.country !== 'MX' && card.country !== 'AR' && card.country !== 'CO';
  const frictionless = !sca || rng.chance(0.45);
  if (!frictionless)
    return cardAttempt(rng, card, amount, {
      entry: 'saved',
      ok: false,
      decline: 'authentication_failed',
      afterMs,
      threeDS: 'challenge_failed',
    });
  const ok = rng.chance(0.85);
  return cardAttempt(rng, card, amount, {
    entry: 'saved',
    ok,
    afterMs,
    threeDS: sca ? 'frictionless' : secure(rng, card, amount),
    ...(ok ? {} : { decline: 'do_not_honor' as const }),
  });
}

const ATO_GOODS: ReadonlyArray<readonly [Item, number]> = [
  ...SHIRTS.filter((s) => s.sku.endsWith('-AU')).map((s) => [s, 5] as const),
  [BOOTS[0] as Item, 6],
  ...MEMORABILIA.slice(1, 4).map((m) => [m, 3] as const),
];

/**
 * Account takeover: logins stuffed from leaked passwords into accounts months or years old, from a new device
 * on a residential proxy in the owner's country, a VPN, hosting or home abroad; the saved card cashed out on
 * e-mailed gift cards or on resale goods sent to a drop (or the address changed right after the order); a
 * stolen card added when the saved one asks for the owner's code. The owner, warned by the confirmation
 * e-mail, gets some stopped before they ship; the rest come back as disputes.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`ato${i}`);
    const victim: Account =
      anAccount(r, w, undefined, (a) => a.createdAt < w.window.start - 45 * DAY) ??
      (() => {
        const p = personIn(r);
        return {
          id: accountId(r),
          email: p.email,
          name: p.name.full,
          createdAt: w.window.start - r.int(60, 900) * DAY,
          country: p.country,
          home: p.home,
          cards: p.cards,
          devices: [p.device],
          network: p.network,
        };
      })();
    const hide = r.weightedPick<Hide>([
      ['proxy', 35],
      ['vpn', 30],
      ['abroad', 20],
      ['hosting', 15],
    ]);
    const at = when(
      r,
      w.window,
      hide === 'abroad' ? 1 : victim.home.tz,
      r.chance(0.5) ? 'night' : 'consumer',
      true,
    );
    const giftCards = r.chance(0.3);
    const drop = dropAddress(r);
    const swapLater = !giftCards && r.chance(0.25);
    const shipping = giftCards ? undefined : swapLater ? victim.home : drop.address;
    const delivery = giftCards ? 'email' : swapLater ? 'home' : drop.delivery;
    const { currency } = priceOf({
      delivery,
      billing: victim.home,
      ...(shipping ? { shipping } : {}),
      storefrontOf: giftCards ? victim.country : undefined,
    });
    const lines: Line[] = giftCards
      ? [lineIn(r, GIFT_CARDS[2] as Item, currency, r.int(2, 5))]
      : Array.from({ length: r.int(1, 3) }, () => lineIn(r, r.weightedPick(ATO_GOODS), currency));
    const saved = victim.cards[0] ?? newCard(r, victim.country);
    const d: Draft = {
      at,
      kind: 'account_takeover',
      fraud: true,
      buyer: { id: victim.id, email: victim.email, name: victim.name, createdAt: victim.createdAt },
      billing: victim.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      ...(giftCards ? { storefrontOf: victim.country } : {}),
      ip: hiddenIp(r, hide, victim.country),
      device: fraudDevice(r, 0.85),
      locale: placeOf(victim.country).locale,
      lines,
    };
    return purchaseOf(
      d,
      (amount) => {
        const first = savedCardTry(r, saved, amount, r.int(15_000, 60_000));
        if (first.ok || !r.chance(0.35)) return [first];
        // The saved card asked for the owner's code: a stolen card from the same country instead.
        return [
          first,
          stolenTry(r, newCard(r, victim.country), amount, {
            afterMs: r.int(40_000, 3 * MINUTE),
            approve: 0.6,
          }),
        ];
      },
      (_, region) => {
        if (r.chance(0.3))
          return [
            { type: 'order.cancelled', afterMs: r.int(1, 10) * HOUR, reason: 'account_compromised' },
            { type: 'refund.created', afterMs: r.int(11, 20) * HOUR, reason: 'fraudulent' },
          ];
        const out = fraudAfter(r, {
          region,
          delivery,
          dispute: 0.65,
          warning: 0.25,
          refundOnWarning: 0.3,
          reason: r.chance(0.6) ? 'fraudulent' : 'unrecognized',
        });
        if (swapLater)
          out.push({ type: 'order.updated', afterMs: r.int(5, 40) * MINUTE, shipping: drop.address });
        return out;
      },
    );
  });
}

const JIGS = [
  (street: string, n: string, rest: string) => `${street}, ${n}, ${rest}`,
  (street: string, n: string, rest: string) =>
    `C/ ${street.replace(/^Calle (de |del )?/, '')} ${n} ${rest.replace(/º /, '')}`,
  (street: string, n: string, rest: string) => `${street} nº${n}, ${rest.replace(' ', '')}`,
  (street: string, n: string, rest: string) => `${street}, ${n} - ${rest.replace('º', '')}`,
  (street: string, n: string, rest: string) => `${street.toUpperCase()} ${n} ${rest}`,
];

/**
 * The same flat written another way, so an address limit does not see it: "C/ Mayor 12 3B", "Calle Mayor
 * nº12, 3ºB".
 */
function jig(rng: Rng, line: string): string {
  const m = /^(.*), (\d+), (.*)$/.exec(line);
  if (!m) return `${line} ${rng.pick(['bis', '', '.', ' '])}`.trim();
  const [, street = '', n = '', rest = ''] = m;
  return (
    rng.pick(JIGS)(street, n, rest) + (rng.chance(0.3) ? ` ${rng.token(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}` : '')
  );
}

/**
 * Drop bots: a few resellers' bots hit the numbered launch edition and the limited retro drop in the first
 * minutes, one unit per farmed account (opened days before, or minutes), e-mails on a catch-all domain or
 * Gmail dot variants, one flat written many ways, virtual cards from one BIN, Spanish residential proxies or
 * hosting, the same browser build (now and then headless) without the fingerprint script; cards mostly pass,
 * and the shop's post-drop review cancels some.
 */
export function dropBot(rng: Rng, w: World, count: number): Purchase[] {
  const operators = Array.from({ length: Math.max(1, Math.min(4, Math.round(count / 12))) }, (_, i) => {
    const r = rng.fork(`op${i}`);
    const version = r.int(140, 150);
    const flats = Array.from({ length: r.int(1, 3) }, () => dropAddress(r).address);
    const neobank = r.chance(0.6);
    const card = newCard(r, neobank ? 'LT' : 'ES', neobank ? undefined : 'debit');
    const name = nameIn(r, 'es');
    return {
      domain: r.chance(0.5)
        ? `${r.token(5, 'abcdefghijklmnopqrstuvwxyz')}${r.pick(['drops', 'kicks', 'resell', 'mdr', 'store'])}.${r.pick(['com', 'es', 'shop'])}`
        : undefined,
      gmail: `${slug(name.first)}${slug(name.last)}${r.digits(2)}`,
      flats,
      card,
      hide: r.weightedPick<Hide>([
        ['proxy', 70],
        ['hosting', 30],
      ]),
      userAgent: r.chance(0.15)
        ? `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${version}.0.0.0 Safari/537.36`
        : windowsChrome(r, version),
      fingerprint: r.chance(0.45),
    };
  });
  const m = w.moments;
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`bot${i}`);
    const op = r.pick(operators);
    const launch = inWindow(w.window, m.launch);
    const retro = inWindow(w.window, m.retroDrop) && (!launch || r.chance(0.35));
    const drop = retro ? m.retroDrop : m.launch;
    const at = after(r, w.window, drop, 4 * MINUTE, () => when(r, w.window, 1, 'consumer', true));
    const dropped = inWindow(w.window, drop);
    const item = dropped
      ? retro
        ? RETRO_DROP
        : THIRD_LAUNCH
      : r.pick(SHIRTS.filter((s) => s.sku.endsWith('-AU')));
    const flat = r.pick(op.flats);
    const address = { ...flat, line1: jig(r, flat.line1 ?? '') };
    const n = nameIn(r, 'es');
    const local = `${slug(n.first)}${slug(n.last)}${r.digits(3)}`;
    const dots = op.gmail
      .split('')
      .map((ch, k) => (k > 0 && r.chance(0.25) ? `.${ch}` : ch))
      .join('');
    const email = op.domain
      ? `${local}@${op.domain}`
      : `${dots}+${r.token(4, 'abcdefghijklmnopqrstuvwxyz')}@gmail.com`;
    const farmed = r.chance(0.7);
    const createdAt = farmed ? drop - r.int(1, 12) * DAY - r.int(0, 23) * HOUR : at - r.int(1, 8) * MINUTE;
    const { currency } = priceOf({ delivery: 'home', billing: address, shipping: address });
    const d: Draft = {
      at,
      kind: 'drop_bot',
      fraud: true,
      buyer: { id: accountId(r), email, name: n.full, createdAt: Math.min(createdAt, at - MINUTE) },
      billing: address,
      shipping: address,
      delivery: 'home',
      ip: hiddenIp(r, op.hide),
      device: op.fingerprint ? { userAgent: op.userAgent, id: deviceId(r) } : { userAgent: op.userAgent },
      locale: 'es-ES',
      lines: [lineIn(r, item, currency, 1, r.pick(['M', 'L', 'L', 'XL']))],
    };
    return purchaseOf(
      d,
      (amount) => {
        const card = sameBin(r, op.card);
        const ok = r.chance(0.88);
        return [
          cardAttempt(r, card, amount, {
            ok,
            afterMs: r.int(1_500, 9_000),
            threeDS: r.chance(0.6) ? 'frictionless' : 'challenge_passed',
            ...(ok
              ? {}
              : { decline: r.chance(0.6) ? ('card_velocity_exceeded' as const) : ('do_not_honor' as const) }),
          }),
        ];
      },
      (_, region): LaterEvent[] => {
        if (r.chance(0.35)) {
          const t = r.int(2, 30) * HOUR;
          return [
            { type: 'order.cancelled', afterMs: t, reason: 'reseller_activity' },
            { type: 'refund.created', afterMs: t + r.int(1, 20) * MINUTE, reason: 'order_cancelled' },
          ];
        }
        return fulfil(r, { region, delivery: 'home', personalised: false }).events;
      },
    );
  });
}

const FRIENDLY_REASONS: ReadonlyArray<readonly [string, number]> = [
  ['product_not_received', 50],
  ['unrecognized', 25],
  ['product_unacceptable', 15],
  ['credit_not_processed', 10],
];

/**
 * Friendly fraud: real customers on their own device and connection who get their shirt, boots or kids' kit
 * and then dispute it: "never arrived" against a signed delivery, "not my purchase" (a child with the
 * parent's card), "not as described" after wearing it, a return that never came.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`ff${i}`);
    const account = r.chance(0.6) ? anAccount(r, w) : undefined;
    const p = account ? personOf(account, r) : personIn(r);
    const at = when(r, w.window, p.home.tz);
    const delivery = 'home';
    const { currency, region } = priceOf({ delivery, billing: p.home, shipping: p.home });
    const item = r.weightedPick<Item>([
      [SHIRTS[r.int(0, SHIRTS.length - 1)] as Item, 5],
      [BOOTS[r.int(0, 2)] as Item, 3],
      [KIDS[r.int(0, KIDS.length - 1)] as Item, 2],
      [TRAINING[1] as Item, 1],
    ]);
    const lines = [lineIn(r, item, currency, r.chance(0.15) ? 2 : 1)];
    const paypal = r.chance(0.25);
    const card = p.cards[0] ?? newCard(r, p.country);
    const d: Draft = {
      at,
      kind: 'friendly_fraud',
      fraud: true,
      buyer: account
        ? { id: account.id, email: account.email, name: account.name, createdAt: account.createdAt }
        : { email: p.email, name: p.name.full },
      billing: p.home,
      shipping: p.home,
      delivery,
      ip: homeIp(r, p),
      device: p.device,
      locale: placeOf(p.country).locale,
      lines,
    };
    return purchaseOf(
      d,
      (amount) => [
        paypal
          ? other('paypal', true, r.int(8_000, 60_000))
          : cardAttempt(r, card, amount, {
              entry: account && r.chance(0.5) ? 'saved' : 'typed',
              ok: true,
              afterMs: r.int(8_000, 60_000),
            }),
      ],
      () => {
        const { events, delivered } = fulfil(r, { region, delivery, personalised: false });
        events.push({
          type: 'dispute.created',
          afterMs: delivered + r.int(10, 45) * DAY,
          reason: r.weightedPick(FRIENDLY_REASONS),
        });
        return events;
      },
    );
  });
}

/**
 * Counterfeit swaps: a reseller of fakes buys three to eight genuine current shirts (never printed), gets
 * them, and sends back fakes in their place for a refund; the warehouse refunds most before anyone looks
 * closely, and when it catches the swap and refuses, the buyer disputes the refund that never came.
 */
export function counterfeitSwap(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`cs${i}`);
    const country = r.chance(0.8) ? 'ES' : r.pick(['PT', 'FR', 'IT']);
    const account = r.chance(0.6)
      ? anAccount(r, w, [country], (a) => a.createdAt > w.window.start - 300 * DAY)
      : undefined;
    const p = account ? personOf(account, r) : personIn(r, country);
    const at = when(r, w.window, p.home.tz);
    const delivery = country === 'ES' && r.chance(0.35) ? 'pickup_point' : 'home';
    const { currency, region } = priceOf({ delivery, billing: p.home, shipping: p.home });
    const popular = SHIRTS.filter(
      (s) => s.sku.startsWith('MAD-') || s.sku.startsWith('FCB-') || s.sku.startsWith('ATM-'),
    );
    const lines: Line[] = Array.from({ length: r.int(2, 4) }, () =>
      lineIn(r, r.pick(popular), currency, r.int(1, 3)),
    );
    const method = r.weightedPick([
      ['paypal', 40],
      ['card', 45],
      ['klarna', 15],
    ] as const);
    const card = p.cards[0] ?? newCard(r, p.country);
    const createdAt = account ? account.createdAt : at - r.int(1, 40) * DAY;
    const d: Draft = {
      at,
      kind: 'counterfeit_swap',
      fraud: true,
      buyer: { id: account?.id ?? accountId(r), email: p.email, name: p.name.full, createdAt },
      billing: p.home,
      shipping: p.home,
      delivery,
      ip: r.chance(0.85) ? ipOn(r, p.network) : ipOn(r, hiddenNetwork(r, 'mobile_es')),
      device: p.device,
      locale: placeOf(p.country).locale,
      lines,
    };
    return purchaseOf(
      d,
      (amount) => [
        method === 'card'
          ? cardAttempt(r, card, amount, { ok: true, afterMs: r.int(8_000, 60_000) })
          : other(method, true, r.int(8_000, 60_000)),
      ],
      (amount) => {
        const { events, delivered } = fulfil(r, { region, delivery, personalised: false });
        if (r.chance(0.75))
          events.push({
            type: 'refund.created',
            afterMs: delivered + r.int(8, 20) * DAY,
            reason: 'returned_item',
            amount: Math.round(amount * r.float(0.7, 1)),
          });
        else
          events.push({
            type: 'dispute.created',
            afterMs: delivered + r.int(20, 40) * DAY,
            reason: 'credit_not_processed',
          });
        return events;
      },
    );
  });
}
