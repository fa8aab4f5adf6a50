import { type Address, DAY, HOUR, lineOf, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { soonAfter, when } from './calendar.js';
import { newCard, stolenDecline } from './cards.js';
import { type Category, inCategory, item, saleCode, saleLines } from './catalogue.js';
import {
  dropAddress,
  dropFulfilment,
  fraudAfter,
  fraudDevice,
  fraudEmail,
  fraudNetwork,
  fraudPurchase,
  resaleLines,
  skillOf,
} from './fraud-kit.js';
import { ipIn, network, networksOf } from './networks.js';
import { type Account, deviceFor, personIn } from './people.js';
import { homeIn, locker, LOCKERS } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  fulfilmentSteps,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';
import { accountCheckout, asBuyer, fulfilmentFor, weekOf, type World } from './world.js';

/** Fraud through accounts: taken over, opened in a stolen name for pay-later, farmed for vouchers, or one's own. */

/** Accounts worth taking over: Singapore accounts at least two months old (saved cards, a clean history). */
function takeable(w: World, at: number): Account[] {
  return w.customers.filter((c) => c.market === 'SG' && at - c.createdAt > 60 * DAY);
}

/**
 * Account takeover from credential stuffing: a new device logs in to an aged account, from a Singapore proxy
 * (careful) or from abroad, and buys phones or gift cards with the saved card, or its own stolen one when the
 * bank's OTP stops it; the goods go to a locker, a new address or a pickup, or the address is changed afterwards.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const skill = skillOf(r, 0.6);
    const at = when(r, w.clock, 8, r.chance(0.6) ? 'household' : 'night');
    const pool = takeable(w, at);
    const a = pool[Math.floor(r.next() * pool.length)] ?? w.customers[0];
    if (!a) throw new Error('no accounts to take over');
    const { device, channel } = fraudDevice(r, skill);
    const lines = resaleLines(r, 'SG');
    const f = dropFulfilment(r, lines);
    const readdress = f === 'standard' && r.chance(0.35);
    const mule = homeIn(r, 'SG').address;
    const shipping = readdress ? { ...a.home.address } : dropAddress(r, f, mule);
    const saved = a.cards[0] ?? newCard(r, 'SG');
    return fraudPurchase(
      {
        kind: 'account_takeover',
        at,
        w,
        market: 'SG',
        lines,
        fulfilment: f,
        shipping,
        billing: { ...a.home.address },
        buyer: asBuyer(a),
        ip: ipIn(r, fraudNetwork(r, skill, 'SG'), 0.15),
        device,
        channel,
      },
      (amount) => {
        const out: Attempt[] = [];
        // The saved card goes through when the issuer does not challenge (or exempts a saved card).
        const passes = r.chance(0.45);
        out.push(
          cardAttempt(r, saved, amount, {
            entry: 'saved',
            ok: passes,
            afterMs: firstAuth(r),
            ...(passes
              ? { threeDS: r.chance(0.5) ? 'frictionless' : 'exempt' }
              : { decline: 'authentication_failed' }),
          }),
        );
        if (passes || r.chance(0.3)) return out;
        const own = newCard(
          r,
          r.weightedPick<string>([
            ['US', 3],
            ['GB', 1],
            ['AU', 1],
            ['MY', 1],
          ]),
          'credit',
        );
        const ok = r.chance(0.55);
        out.push(
          cardAttempt(r, own, amount, {
            ok,
            match: 'wrong',
            afterMs: retryGap(r),
            ...(ok ? { threeDS: 'frictionless' } : { decline: stolenDecline(r) }),
          }),
        );
        return out;
      },
      () => {
        const later = fraudAfter(r, f, { caught: 0.25, warning: 0.3, dispute: 0.6, disputeDays: [3, 40] });
        if (readdress && later[0]?.type === 'order.updated')
          later.push({ type: 'order.updated', afterMs: r.int(5, 90) * MINUTE, shipping: locker(r) });
        return later;
      },
    );
  });
}

/**
 * Pay-later identity fraud: accounts opened in a real person's name (a stolen NRIC and selfie kit) to get a
 * first-time Atome limit, spent at once on a phone or a laptop collected at a locker or the showroom; one operator
 * runs a few identities from the same phone.
 */
export function bnplIdentity(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const r = rng.fork(`b${out.length}`);
    const skill = skillOf(r, 0.7);
    const identities = Math.min(count - out.length, r.chance(0.45) ? r.int(2, 4) : 1);
    const phone = deviceFor(r, 'app');
    const net = skill === 'careful' ? r.pick(networksOf('SG', 'mobile')) : fraudNetwork(r, 'sloppy', 'SG');
    let at = when(r, w.clock, 8, 'household');
    for (let i = 0; i < identities; i++) {
      const victim = personIn(r, 'SG');
      const cat = r.weightedPick<Category>([
        ['phones', 6],
        ['laptops', 3],
        ['gaming', 2],
        ['tablets', 1],
      ]);
      const main = r.pick(inCategory(cat).filter((p) => p.price >= 50_000));
      const lines = [lineOf(main, 1)];
      const f = r.weightedPick<'locker' | 'self_collect' | 'standard'>([
        ['locker', 45],
        ['self_collect', 25],
        ['standard', 30],
      ]);
      const own =
        r.chance(0.6) && i > 0
          ? { device: phone, channel: 'app' as const }
          : { device: deviceFor(r, 'app'), channel: 'app' as const };
      out.push(
        fraudPurchase(
          {
            kind: 'bnpl_identity_fraud',
            at,
            w,
            market: 'SG',
            lines,
            fulfilment: f,
            shipping: dropAddress(r, f, homeIn(r, 'SG').address),
            billing: homeIn(r, 'SG').address,
            buyer: {
              id: `cus_${r.token(12)}`,
              email: fraudEmail(r, skill, victim),
              name: victim.name,
              createdAt: at - (r.chance(0.7) ? r.int(3, 120) * MINUTE : r.int(1, 3) * DAY),
            },
            ip: ipIn(r, net, 0.2),
            device: own.device,
            channel: own.channel,
          },
          () => {
            const approved = r.chance(0.72);
            const first = other('atome', approved, firstAuth(r), 'provider_declined');
            if (approved || r.chance(0.5)) return [first];
            return [first, other('atome', r.chance(0.4), retryGap(r), 'provider_declined')];
          },
          () =>
            fraudAfter(r, f, { caught: 0.08, warning: 0, dispute: 0.35, disputeDays: [25, 70], refund: 0.2 }),
        ),
      );
      at = soonAfter(w.clock, at, r.int(20, 300) * MINUTE);
    }
  }
  return out;
}

/** A ring's mail addresses: dotted and plus-tagged Gmail, or first names at its own catch-all domain. */
function ringEmails(rng: Rng, size: number): string[] {
  const base = `${rng.token(rng.int(7, 10), 'abcdefghijklmnopqrstuvwxyz')}`;
  const style = rng.weightedPick<'dots' | 'plus' | 'domain'>([
    ['dots', 3],
    ['plus', 3],
    ['domain', 2],
  ]);
  const domain = `${rng.pick(['deal', 'mega', 'sg', 'go', 'buy'])}${rng.token(4, 'abcdefghijklmnopqrstuvwxyz')}.${rng.pick(['xyz', 'shop', 'online', 'top'])}`;
  return Array.from({ length: size }, (_, i) => {
    if (style === 'plus') return `${base}+${rng.int(1, 999)}@gmail.com`;
    if (style === 'domain')
      return `${personIn(rng, 'SG').name.split(' ')[0]?.toLowerCase() ?? 'x'}${rng.int(1, 99)}@${domain}`;
    const cut = 1 + ((i * 3 + rng.int(0, 2)) % (base.length - 1));
    return `${base.slice(0, cut)}.${base.slice(cut)}@gmail.com`;
  });
}

/**
 * Voucher rings: one crew opens account after account in the app for the new-user voucher and the sale codes,
 * buys the same hot phone or console on each to resell on Carousell, from one or two phones and one home line,
 * to one flat (its unit number written differently) or a couple of lockers, paying with its own few cards or PayNow.
 */
export function voucherRing(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let ringNo = 0;
  while (out.length < count) {
    const r = rng.fork(`v${ringNo++}`);
    const size = Math.min(count - out.length, r.int(4, 9));
    const emails = ringEmails(r, size);
    const phones = [deviceFor(r, 'app'), deviceFor(r, 'app')];
    // Some rings reset the app's device id between accounts with a cloner; most do not bother.
    const spoofs = r.chance(0.3);
    const line = network(r.pick(['sg-fibre-a', 'sg-fibre-b', 'sg-fibre-c']));
    const ips = [ipIn(r, line, 0), ipIn(r, line, 0)];
    const flat = homeIn(r, 'SG').address;
    const lockers = [locker(r, LOCKERS), locker(r, LOCKERS)];
    const cards = [newCard(r, 'SG', 'debit'), newCard(r, 'SG', 'credit')];
    const target = item(
      r.pick(['PH-IP17-256', 'GM-SWITCH2', 'GM-PS5PRO', 'PH-ZFLIP7', 'AU-APP3', 'DR-POCKET3']),
    );
    let at = when(r, w.clock, 8, 'household');
    for (let i = 0; i < size; i++) {
      const person = personIn(r, 'SG');
      const f = r.chance(0.5) ? 'standard' : 'locker';
      const unit = flat.line1?.replace(/#(\d+)-(\d+)/, (_m, a: string, b: string) =>
        r.pick([`#${a}-${b}`, `#${Number(a)}-${b}`, `${a}-${b}`, `# ${a} - ${b}`, `unit ${a}-${b}`]),
      );
      const shipping: Address =
        f === 'locker' ? r.pick(lockers) : { ...flat, ...(unit ? { line1: unit } : {}) };
      const sg = target.price;
      const code = sg >= 50_000 ? 'APPNEW50' : 'WELCOME15';
      const week = weekOf(w, at);
      out.push(
        fraudPurchase(
          {
            kind: 'voucher_ring',
            at,
            w,
            market: 'SG',
            lines: [lineOf(target, 1)],
            fulfilment: f,
            shipping,
            billing: { ...flat },
            buyer: {
              id: `cus_${r.token(12)}`,
              email: emails[i] ?? `${r.token(8)}@gmail.com`,
              name: person.name,
              createdAt: at - r.int(2, 40) * MINUTE,
            },
            ip: r.chance(0.8) ? r.pick(ips) : ipIn(r, r.pick(networksOf('SG', 'mobile')), 0),
            device: spoofs
              ? { ...(phones[0] ?? deviceFor(r, 'app')), id: `app-${r.token(20)}` }
              : r.chance(0.7)
                ? (phones[0] ?? deviceFor(r, 'app'))
                : r.chance(0.6)
                  ? (phones[1] ?? deviceFor(r, 'app'))
                  : deviceFor(r, 'app'),
            channel: 'app',
            code: r.chance(0.8) ? code : (saleCode(week, sg) ?? 'WELCOME15'),
          },
          (amount) =>
            r.chance(0.3)
              ? [other('paynow', true, r.int(30_000, 3 * MINUTE))]
              : [
                  cardAttempt(r, r.pick(cards), amount, {
                    ok: true,
                    afterMs: firstAuth(r),
                    threeDS: 'challenge_passed',
                  }),
                ],
          () =>
            r.chance(0.25)
              ? [
                  { type: 'order.cancelled', afterMs: r.int(3, 30) * HOUR, reason: 'voucher_abuse' },
                  { type: 'refund.created', afterMs: r.int(31, 40) * HOUR, reason: 'voucher_abuse' },
                ]
              : fulfilmentSteps(r, f),
        ),
      );
      at = soonAfter(w.clock, at, r.int(3, 45) * MINUTE);
    }
  }
  return out;
}

/**
 * Friendly fraud: a real customer, at home on their own phone, buys as usual, takes delivery and then tells the
 * bank they never got it, or that the card was not theirs to use (a child's gaming codes), or it was not as described.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`f${i}`);
    const a = r.pick(w.customers);
    const at = when(r, w.clock, a.home.tz, 'household');
    const codes = a.market === 'SG' && r.chance(0.25);
    const lines = codes
      ? [lineOf(item(r.pick(['GC-PSN50', 'GC-STEAM50', 'GC-APPLE100'])), r.int(1, 3))]
      : saleLines(r, a.market);
    const f = codes
      ? 'e_code'
      : fulfilmentFor(
          r,
          a.market,
          lines.map((l) => l.category),
        );
    const c = accountCheckout(r, a);
    const reason = codes
      ? 'fraudulent'
      : r.weightedPick<string>([
          ['product_not_received', 6],
          ['fraudulent', 2],
          ['product_unacceptable', 2],
        ]);
    return fraudPurchase(
      {
        kind: 'friendly_fraud',
        at,
        w,
        market: a.market,
        lines,
        fulfilment: f,
        shipping:
          f === 'self_collect' || f === 'e_code'
            ? undefined
            : f === 'locker'
              ? locker(r)
              : { ...a.home.address },
        billing: { ...a.home.address },
        buyer: asBuyer(a),
        ip: c.ip,
        device: c.device,
        channel: c.channel,
      },
      // Paid by card or phone wallet, which is what a chargeback needs.
      (amount) => [
        cardAttempt(r, r.pick(a.cards), amount, {
          ok: true,
          entry: r.chance(0.4) ? 'wallet' : 'saved',
          afterMs: firstAuth(r),
        }),
      ],
      () => {
        const steps = fulfilmentSteps(r, f);
        const done = steps[steps.length - 1]?.afterMs ?? 0;
        steps.push({ type: 'dispute.created', afterMs: done + r.int(10, 50) * DAY, reason });
        return steps;
      },
    );
  });
}
