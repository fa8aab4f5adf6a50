import { type Card, type Device, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { EVENINGS, HOUR, moment, NIGHT, OFFICE, postageOpen, weekday } from './calendar.js';
import { newCard } from './cards.js';
import { boxLine, lineOf, pickExperience, POSTAGE_FEE, priced, promoFor, voucherLine } from './catalogue.js';
import {
  chargebackTail,
  crew,
  crewDevice,
  crewIp,
  fraudBuyer,
  issue,
  resaleLines,
  type Route,
  routeIp,
  sessions,
  stolenTry,
  victim,
} from './fraud-kit.js';
import { giftLines, pickPostage } from './gifts.js';
import { type Account, customerId, newDevice, personName, throwawayEmail, toolDevice } from './people.js';
import { gbAddress } from './places.js';
import {
  type Attempt,
  attemptsTime,
  cardAttempt,
  currencyOf,
  DAY,
  firstAuth,
  honestPay,
  type LaterEvent,
  MINUTE,
  type Purchase,
  releaseUnpaid,
  retryGap,
  usualMix,
  voucherAttempt,
} from './purchase.js';
import { accountShopper, newShopper, pickAccount } from './shoppers.js';
import { type World } from './world.js';

/** Fraud through accounts and relationships: takeovers, friendly fraud, cracked vouchers, impostor companies. */

/**
 * Credential stuffing: aged accounts with a saved card, signed into from a new browser through a proxy at
 * night, buying money vouchers e-mailed to the attacker; some change the account's e-mail first.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const victims = w.accounts.filter(
    (a) =>
      a.saved.length > 0 &&
      (a.country === 'GB' || a.country === 'IE') &&
      a.createdAt < w.window.start - 60 * DAY,
  );
  const runs = sessions(
    rng,
    w.window,
    count,
    [
      [1, 70],
      [2, 30],
    ],
    () => moment(rng, w.window, { tz: 0, curve: NIGHT }),
    () => rng.int(5, 30) * MINUTE,
  );
  return runs.flatMap((run) => {
    const a: Account | undefined = victims.length ? rng.pick(victims) : undefined;
    const account = a ?? w.accounts[0];
    if (!account) return [];
    const route = rng.weightedPick<Route>([
      ['residential_proxy', 50],
      ['uk_hosting', 20],
      ['abroad_hosting', 18],
      ['west_africa', 12],
    ]);
    const device = rng.weightedPick<() => Device>([
      [() => newDevice(rng, { mobile: false }), 60],
      [() => toolDevice(rng, 0.8), 20],
      [() => newDevice(rng, { mobile: true }), 20],
    ])();
    const changed = rng.chance(0.3);
    const email = changed ? throwawayEmail(rng, account.name) : account.email;
    const market = account.country === 'IE' ? 'IE' : 'GB';
    const currency = currencyOf(market);
    return run.map((at) => {
      const lines = resaleLines(rng, market, 0.65);
      const basket = priced(currency, lines);
      const saved = account.saved[0] ?? account.cards[0] ?? newCard(rng, account.country);
      const attempts: Attempt[] = [];
      const roll = rng.next();
      if (roll < 0.55)
        attempts.push(
          cardAttempt(rng, saved, basket.amount, {
            entry: 'saved',
            ok: true,
            afterMs: firstAuth(rng),
            threeDS: 'frictionless',
          }),
        );
      else {
        attempts.push(
          cardAttempt(rng, saved, basket.amount, {
            entry: 'saved',
            ok: false,
            decline: roll < 0.85 ? 'authentication_failed' : 'do_not_honor',
            afterMs: firstAuth(rng),
          }),
        );
        // The one-time code goes to the holder's phone: some add a stolen card instead.
        if (rng.chance(0.4))
          attempts.push(
            stolenTry(rng, victimCard(rng, account.country), basket.amount, 'bad', retryGap(rng), 0.5),
          );
      }
      const recipientName = personName(rng);
      let later: LaterEvent[];
      if (!paid({ attempts })) later = [releaseUnpaid(rng, attempts)];
      else {
        const issued = issue(rng, { at, attempts });
        const from = issued[0]?.afterMs ?? 0;
        if (!changed && rng.chance(0.55)) {
          // The holder sees the confirmation e-mail and calls the shop.
          const calls = from + rng.int(1, 36) * HOUR;
          later = [
            ...issued,
            { type: 'order.cancelled', afterMs: calls, reason: 'account_compromised' },
            { type: 'refund.created', afterMs: calls + rng.int(5, 60) * MINUTE, reason: 'fraudulent' },
          ];
        } else
          later = [
            ...issued,
            ...chargebackTail(rng, from, {
              redeemed: 0.6,
              warning: 0.3,
              dispute: 0.75,
              refundOnWarning: 0.4,
            }),
          ];
      }
      return {
        at,
        fraud: true,
        kind: 'account_takeover',
        basket,
        billing: { ...account.home },
        attempts,
        later,
        buyer: { id: account.id, email, name: account.name, createdAt: account.createdAt },
        ip: routeIp(rng, route),
        device,
        locale: market === 'IE' ? 'en-IE' : 'en-GB',
        format: 'e_voucher',
        recipient: { name: recipientName, email: throwawayEmail(rng, recipientName) },
        giftMessage: false,
      } satisfies Purchase;
    });
  });
}

const victimCard = (rng: Rng, country: string): Card => victim(rng, country === 'IE' ? 'IE' : 'GB').card;

/**
 * Customers who pay with their own card and then dispute it: "not me", "never arrived", "I cancelled", often
 * after the voucher was booked.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const at = moment(rng, w.window, { tz: 0, curve: EVENINGS });
    const a = rng.chance(0.65)
      ? pickAccount(rng, w.accounts, (x) => x.country === 'GB' || x.country === 'IE')
      : undefined;
    const s = a ? accountShopper(rng, a) : newShopper(rng, 'GB', at, { signUp: rng.chance(0.5) });
    const market = s.country === 'IE' ? 'IE' : 'GB';
    const currency = currencyOf(market);
    const lines = giftLines(rng, market, 0.2, [
      [1, 55],
      [2, 33],
      [3, 12],
    ]);
    const basket = priced(currency, lines, 0, promoFor(rng, at, w.window, 0.4, s.newCustomer));
    const attempts = honestPay(
      rng,
      { cards: s.cards, saved: s.saved, device: s.device, currency, match: s.match },
      basket.amount,
      { ...usualMix(s.device, basket.amount), klarna: basket.amount >= 3000 ? 10 : 0 },
      0.02,
      0,
    );
    const issued = attemptsTime(attempts) + rng.int(40_000, 5 * MINUTE);
    const method = attempts[attempts.length - 1]?.method ?? 'card';
    const onCard = method === 'card' || method === 'apple_pay' || method === 'google_pay';
    const reason = rng.weightedPick<string>([
      ['fraudulent', onCard ? 40 : 10],
      ['product_not_received', 35],
      ['credit_not_processed', 25],
    ]);
    const disputeAt = rng.int(25, 75) * DAY;
    const later: LaterEvent[] = [
      { type: 'order.updated', afterMs: issued, status: 'voucher_issued' },
      ...(rng.chance(0.7)
        ? [
            {
              type: 'order.updated' as const,
              afterMs: issued + rng.int(5, 24) * DAY,
              status: 'voucher_redeemed' as const,
            },
          ]
        : []),
      ...(reason === 'fraudulent' && onCard && rng.chance(0.6)
        ? [
            {
              type: 'fraud_warning.created' as const,
              afterMs: disputeAt - rng.int(3, 10) * DAY,
              reason: 'fraudulent',
            },
          ]
        : []),
      { type: 'dispute.created', afterMs: disputeAt, reason },
    ];
    return {
      at,
      fraud: true,
      kind: 'friendly_fraud',
      basket,
      billing: s.billing,
      attempts,
      later,
      buyer: s.buyer,
      ip: s.ip,
      device: s.device,
      locale: market === 'IE' ? 'en-IE' : 'en-GB',
      format: 'e_voucher',
      recipient: { name: personName(rng, market) },
      giftMessage: rng.chance(0.4),
    } satisfies Purchase;
  });
}

/**
 * Codes found by working through the balance checker, spent on experiences e-mailed to the crew (or boxes to a
 * drop): a wrong or just-spent code first, then two or three vouchers stacked, a stolen card for any remainder;
 * the owners find their balance gone and the shop voids the new voucher.
 */
export function voucherCracking(rng: Rng, w: World, count: number): Purchase[] {
  const crews = Array.from({ length: rng.int(1, 2) }, (_, i) =>
    crew(rng.fork(`crew${i}`), [
      ['residential_proxy', 45],
      ['uk_hosting', 25],
      ['abroad_hosting', 30],
    ]),
  );
  const runs = sessions(
    rng,
    w.window,
    count,
    [
      [1, 40],
      [2, 35],
      [3, 25],
    ],
    () => moment(rng, w.window, { tz: 0, curve: NIGHT }),
    () => rng.int(4, 40) * MINUTE,
  );
  return runs.flatMap((run) => {
    const c = rng.pick(crews);
    return run.map((at) => {
      const name = personName(rng);
      const e = pickExperience(rng, 'GB', { min: 4900, max: 17_900 });
      const open = postageOpen(at, w.window, false);
      const box = open.length > 0 && rng.chance(0.2) ? pickPostage(rng, open) : undefined;
      const lines = [lineOf(e, 'GBP', rng.chance(0.8) ? 1 : 2)];
      if (box) lines.push(boxLine('GBP', lines[0]?.quantity ?? 1));
      const basket = priced('GBP', lines, box ? POSTAGE_FEE[box] : 0);
      const attempts: Attempt[] = [];
      let gap = firstAuth(rng);
      if (rng.chance(0.55))
        for (let i = rng.int(1, 3); i > 0; i--) {
          attempts.push(
            voucherAttempt(
              rng,
              rng.pick([25, 50, 100]) * 100,
              false,
              gap,
              rng.chance(0.7) ? 'invalid_voucher_code' : 'voucher_already_redeemed',
            ),
          );
          gap = rng.int(6_000, 40_000);
        }
      let left = basket.amount;
      for (let k = 0; k < 3 && left > 0; k++) {
        const part = Math.min(left, rng.pick([25, 50, 50, 75, 100]) * 100);
        attempts.push(voucherAttempt(rng, part, true, gap));
        gap = rng.int(6_000, 40_000);
        left -= part;
      }
      let cardFailed = false;
      if (left > 0) {
        const card = victim(rng).card;
        const t = stolenTry(rng, card, left, 'bad', gap, 0.6);
        attempts.push({ ...t, amount: left });
        cardFailed = !t.ok;
      }
      const voucherTotal = attempts
        .filter((a) => a.ok && a.method === 'gift_voucher')
        .reduce((s, a) => s + (a.amount ?? 0), 0);
      let later: LaterEvent[];
      if (cardFailed) {
        // The vouchers taken are put back and the order released.
        const t = attemptsTime(attempts) + rng.int(20, 40) * MINUTE;
        later = [
          { type: 'order.cancelled', afterMs: t, reason: 'payment_failed' },
          { type: 'refund.created', afterMs: t + MINUTE, reason: 'voucher_reinstated', amount: voucherTotal },
        ];
      } else {
        const issued = issue(rng, { at, attempts }, box);
        const from = issued[0]?.afterMs ?? 0;
        later = [...issued];
        if (rng.chance(0.4))
          later.push({
            type: 'order.updated',
            afterMs: from + rng.int(2, 96) * HOUR,
            status: 'voucher_redeemed',
          });
        if (rng.chance(0.65))
          later.push({
            type: 'order.cancelled',
            afterMs: from + rng.int(1, 20) * DAY,
            reason: 'voucher_fraud',
          });
        if (left > 0)
          later.push(
            ...chargebackTail(rng, from, { redeemed: 0, warning: 0.3, dispute: 0.6, refundOnWarning: 0 }),
          );
      }
      return {
        at,
        fraud: true,
        kind: 'voucher_cracking',
        basket,
        billing: gbAddress(rng),
        attempts,
        later,
        buyer: fraudBuyer(rng, name, at, 0.4),
        ...(box ? { shipping: gbAddress(rng), postage: box } : {}),
        ip: crewIp(rng, c),
        device: crewDevice(rng, c),
        locale: 'en-GB',
        format: box ? 'gift_box' : 'e_voucher',
        giftMessage: false,
      } satisfies Purchase;
    });
  });
}

/** A lookalike of a firm's domain, or a free mailbox named after it. */
function lookalike(rng: Rng, domain: string, first: string, last: string): string {
  const stem = domain.split('.')[0] ?? domain;
  return rng.weightedPick<() => string>([
    [() => `${first}.${last}@${stem}-uk.com`, 25],
    [() => `procurement@${stem}-group.co.uk`, 20],
    [() => `${first}.${last}@${stem}s.co.uk`, 15],
    [() => `${stem}.finance@outlook.com`, 20],
    [() => `${first}.${last}.${stem}@gmail.com`, 20],
  ])();
}

/**
 * Someone posing as a company's HR or procurement team orders money vouchers in bulk on thirty-day terms from
 * a lookalike address; finance catches some by calling the real firm, the rest are issued and resold and the
 * invoice is never paid.
 */
export function corporateInvoiceFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const at = moment(rng, w.window, { tz: 0, curve: OFFICE, day: (d) => (weekday(d) ? 1 : 0) });
    const targets = w.firms.filter((f) => !f.client);
    const firm = rng.chance(0.7) && targets.length ? rng.pick(targets) : rng.pick(w.firms);
    const name = personName(rng, firm.country);
    const [first = 'x', ...rest] = name
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .split(' ');
    const email = lookalike(rng, firm.domain, first, rest.join(''));
    const currency = currencyOf(firm.country);
    const lines = rng.chance(0.8)
      ? [
          voucherLine(
            rng.pick([50, 100, 100, 250]),
            currency,
            Math.max(20, Math.min(120, Math.round(rng.logNormal(40, 0.5)))),
          ),
        ]
      : [
          lineOf(
            pickExperience(rng, firm.country, { categories: ['spa', 'afternoon_tea'] }),
            currency,
            rng.int(15, 50),
          ),
        ];
    const open = postageOpen(at, w.window, firm.country === 'IE');
    const box =
      open.includes('special_delivery') && rng.chance(0.2) ? ('special_delivery' as const) : undefined;
    if (box)
      lines.push(
        boxLine(
          currency,
          lines.reduce((n, l) => n + l.quantity, 0),
        ),
      );
    const basket = priced(currency, lines, box ? POSTAGE_FEE[box] : 0);
    const route = rng.weightedPick<Route>([
      ['uk_hosting', 35],
      ['residential_proxy', 25],
      ['west_africa', 40],
    ]);
    let later: LaterEvent[];
    if (rng.chance(0.35))
      later = [
        { type: 'order.cancelled', afterMs: rng.int(3, 30) * HOUR, reason: 'company_verification_failed' },
      ];
    else {
      const approved = rng.int(2, 24) * HOUR;
      const issued = approved + rng.int(2, 15) * MINUTE;
      later = [
        { type: 'order.updated', afterMs: approved, status: 'approved' },
        { type: 'order.updated', afterMs: issued, status: box ? 'dispatched' : 'voucher_issued' },
        { type: 'order.updated', afterMs: issued + rng.int(2, 10) * DAY, status: 'voucher_redeemed' },
        { type: 'order.updated', afterMs: 31 * DAY, status: 'invoice_overdue' },
        { type: 'order.cancelled', afterMs: rng.int(38, 50) * DAY, reason: 'unpaid_invoice' },
      ];
    }
    return {
      at,
      fraud: true,
      kind: 'corporate_invoice_fraud',
      basket,
      billing: { ...firm.office },
      attempts: [],
      later,
      buyer: {
        id: customerId(rng),
        email,
        name,
        createdAt: at - (rng.chance(0.6) ? rng.int(5, 40) * MINUTE : rng.int(1, 4) * DAY),
      },
      ...(box ? { shipping: gbAddress(rng), postage: box } : {}),
      ip: routeIp(rng, route),
      device: newDevice(rng, { mobile: false, os: 'windows' }),
      locale: firm.country === 'IE' ? 'en-IE' : 'en-GB',
      format: box ? 'gift_box' : 'e_voucher',
      giftMessage: false,
      company: {
        ...firm,
        domain: email.split('@')[1] ?? firm.domain,
        ...(rng.chance(0.7) ? { poNumber: `PO-${rng.digits(6)}` } : {}),
      },
      terms: 'net_30',
    } satisfies Purchase;
  });
}
