import { containsCardNumber } from '../../../../libs/webhooks/src/card-numbers.js';
import { parseAndNormalize } from '../../../../libs/webhooks/src/parse-and-normalize.js';
import type { LabelledWebhook } from '../../traffic-model.js';
import { GeoIpPools } from './geo-ip.js';
import { toEurCents } from './money.js';
import type { GeneratedStream } from './stream.js';

/** The checks the spec and the summary script share: what the model promises about its output. */

/** Null when Vigil would accept the webhook as it is posted; otherwise why not. */
export function rejectionReason(hook: LabelledWebhook): string | null {
  if (hook.kind !== 'standard') return `kind ${hook.kind}`;
  const raw = Buffer.from(JSON.stringify(hook.body));
  if (containsCardNumber(raw.toString('utf8'))) return 'contains a card number';
  const result = parseAndNormalize(
    'standard',
    raw,
    { 'webhook-id': hook.id, ...hook.headers },
    new Date(hook.at),
  );
  return result.ok ? null : result.reason;
}

export interface KindRow {
  kind: string;
  fraud: boolean;
  orders: number;
  /** EUR cents. */
  value: number;
  /** Share of all fraud value (fraud kinds) or of all honest value (honest kinds). */
  valueShare: number;
}

export interface GeoCheck {
  checked: number;
  matched: number;
  ipv6: number;
  mismatches: Array<{ ip: string; intended: string; found: string | undefined }>;
}

export function geoCheck(generated: GeneratedStream): GeoCheck {
  const geo = GeoIpPools.shared();
  const seen = new Map<string, string>();
  for (const { ip, country } of generated.intents) seen.set(`${ip}|${country}`, country);
  let matched = 0;
  let ipv6 = 0;
  const mismatches: GeoCheck['mismatches'] = [];
  for (const key of seen.keys()) {
    const [ip = '', intended = ''] = key.split('|');
    const found = geo.lookup(ip);
    if (ip.includes(':')) ipv6++;
    if (found === intended) matched++;
    else mismatches.push({ ip, intended, found });
  }
  return { checked: seen.size, matched, ipv6, mismatches };
}

export function kindTable(generated: GeneratedStream): KindRow[] {
  const rows = new Map<string, KindRow>();
  let fraudValue = 0;
  let honestValue = 0;
  for (const t of generated.stream.truth) {
    const eur = toEurCents(t.amount, t.currency);
    const row = rows.get(t.kind) ?? { kind: t.kind, fraud: t.fraud, orders: 0, value: 0, valueShare: 0 };
    row.orders++;
    row.value += eur;
    rows.set(t.kind, row);
    if (t.fraud) fraudValue += eur;
    else honestValue += eur;
  }
  for (const row of rows.values()) row.valueShare = row.value / (row.fraud ? fraudValue : honestValue);
  return [...rows.values()].sort((a, b) => Number(b.fraud) - Number(a.fraud) || b.orders - a.orders);
}

export function isSortedByAt(generated: GeneratedStream): boolean {
  const hooks = generated.stream.webhooks;
  for (let i = 1; i < hooks.length; i++) if ((hooks[i]?.at ?? 0) < (hooks[i - 1]?.at ?? 0)) return false;
  return true;
}
