import { geoCheck, isSortedByAt, kindTable, rejectionReason } from './checks.js';
import { toEurCents } from './money.js';
import { buildStream } from './stream.js';
import type { PurchasePlan } from './types.js';

/**
 * Prints what the eu-store model generates for a few seeds: per-kind counts and value shares, the fraud share,
 * the geo-IP check, canonical validation, and a few realism figures for reviewers.
 *   node tools/eval/models/eu-store/summary.mjs [seed…] [--orders N]
 */

const args = process.argv.slice(2);
let orders: number | undefined;
const seeds: number[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--orders') orders = Number(args[++i]);
  else if (Number.isFinite(Number(args[i]))) seeds.push(Number(args[i]));
}

const pct = (x: number, digits = 1): string => `${(100 * x).toFixed(digits)} %`;
const eur = (cents: number): string =>
  `€${(cents / 100).toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;
const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const share = (plans: PurchasePlan[], test: (p: PurchasePlan) => boolean): string =>
  pct(plans.filter(test).length / Math.max(1, plans.length));

function tally<T>(items: T[], key: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${pct(n / items.length, 0)}`)
    .join(', ');
}

for (const seed of seeds.length > 0 ? seeds : [1, 2, 3]) {
  const began = Date.now();
  const generated = buildStream(seed, orders ? { orders } : {});
  const took = Date.now() - began;
  const { stream, plans } = generated;
  const fraud = stream.truth.filter((t) => t.fraud);
  const rows = kindTable(generated);
  const geo = geoCheck(generated);
  const rejected = stream.webhooks.map((h) => rejectionReason(h)).filter((r): r is string => r !== null);
  const first = stream.webhooks[0]?.at ?? 0;
  const last = stream.webhooks[stream.webhooks.length - 1]?.at ?? 0;

  console.log(
    `\n=== eu-store seed ${seed}: ${stream.truth.length} orders, ${stream.webhooks.length} webhooks, generated in ${took} ms`,
  );
  console.log(
    `posting span ${new Date(first).toISOString()} → ${new Date(last).toISOString()}; sorted by at: ${isSortedByAt(generated)}`,
  );
  const fraudValue = fraud.reduce((s, t) => s + toEurCents(t.amount, t.currency), 0);
  const allValue = stream.truth.reduce((s, t) => s + toEurCents(t.amount, t.currency), 0);
  console.log(
    `fraud: ${fraud.length} orders (${pct(fraud.length / stream.truth.length)}), ${eur(fraudValue)} (${pct(fraudValue / allValue)} of value)`,
  );
  console.log('kind                      fraud  orders      value  share of its class');
  for (const r of rows) {
    console.log(
      `${r.kind.padEnd(26)}${String(r.fraud).padEnd(7)}${String(r.orders).padStart(6)}${eur(r.value).padStart(11)}  ${pct(r.valueShare).padStart(7)}`,
    );
  }
  console.log(
    `geo-IP: ${geo.matched}/${geo.checked} distinct (ip, country) resolve as intended (${pct(geo.matched / Math.max(1, geo.checked), 2)}), ${geo.ipv6} IPv6`,
  );
  for (const m of geo.mismatches.slice(0, 5))
    console.log(`  mismatch ${m.ip}: intended ${m.intended}, geoip says ${m.found ?? 'nothing'}`);
  console.log(
    `canonical validation: ${stream.webhooks.length - rejected.length}/${stream.webhooks.length} accepted${rejected.length ? ` — e.g. ${rejected[0]}` : ''}`,
  );
  console.log(`event types: ${tally(stream.webhooks, (h) => (h.body as { type: string }).type)}`);
  console.log(`currencies: ${tally(stream.truth, (t) => t.currency)}`);

  const honest = plans.filter((p) => !p.fraud);
  const baskets = honest.map((p) => toEurCents(p.amount, p.currency)).sort((a, b) => a - b);
  console.log(
    `honest basket: median ${eur(quantile(baskets, 0.5))}, mean ${eur(baskets.reduce((s, x) => s + x, 0) / baskets.length)}, p90 ${eur(quantile(baskets, 0.9))}, p99 ${eur(quantile(baskets, 0.99))}, max ${eur(baskets[baskets.length - 1] ?? 0)}`,
  );
  for (const [label, group] of [
    ['honest', honest],
    ['fraud', plans.filter((p) => p.fraud)],
  ] as const) {
    console.log(
      `${label}: IP country ≠ billing ${share(group, (p) => p.endpoint.country !== p.billing.country)}, ` +
        `shipping ≠ billing ${share(group, (p) => !!p.shipping && p.shipping.line1 !== p.billing.line1)}, ` +
        `shipping country ≠ billing ${share(group, (p) => !!p.shipping && p.shipping.country !== p.billing.country)}, ` +
        `card country ≠ billing ${share(group, (p) => p.attempts.some((a) => a.card.country !== p.billing.country))}, ` +
        `guest ${share(group, (p) => !p.identity.customerId)}, ` +
        `account < 30 min old ${share(group, (p) => p.identity.createdAt !== undefined && p.time - p.identity.createdAt < 1_800_000)}, ` +
        `IPv6 ${share(group, (p) => p.endpoint.ip.includes(':'))}`,
    );
    console.log(`  first AVS: ${tally(group, (p) => p.attempts[0]?.avs ?? '-')}`);
    console.log(`  first CVC: ${tally(group, (p) => p.attempts[0]?.cvc ?? '-')}`);
    console.log(
      `  e-mail domains (top): ${tally(group, (p) =>
        p.identity.email.slice(p.identity.email.indexOf('@') + 1),
      )
        .split(', ')
        .slice(0, 12)
        .join(', ')}`,
    );
  }
  // Comebacks: fraud orders reusing a device, e-mail or card from an earlier fraud order that had already been flagged.
  const alarmed: Array<{ at: number; device?: string; email: string; cards: string[] }> = [];
  let comebacks = 0;
  for (const p of plans.filter((x) => x.fraud).sort((a, b) => a.time - b.time)) {
    const cards = p.attempts.map((a) => a.card.fingerprint);
    if (
      alarmed.some(
        (a) =>
          a.at < p.time &&
          ((a.device && a.device === p.device.id) ||
            a.email === p.identity.email ||
            a.cards.some((c) => cards.includes(c))),
      )
    )
      comebacks++;
    const alarms = p.followUps
      .filter((f) => f.type === 'fraud_warning.created' || f.type === 'dispute.created')
      .map((f) => p.time + f.offset);
    if (alarms.length > 0)
      alarmed.push({
        at: Math.min(...alarms),
        ...(p.device.id ? { device: p.device.id } : {}),
        email: p.identity.email,
        cards,
      });
  }
  console.log(`fraud comebacks after a warning/dispute (same device, e-mail or card): ${comebacks}`);
}
