import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { CustomerNoveltySubject, HistoryCounter, VelocityCounter } from '@vigil/risk-engine';
import {
  basketBucket,
  bucketAmount,
  opOutputs,
  type VelocityOp,
  type VelocityOutput,
} from './velocity-ops.js';
import type { VelocityObservation, VelocityReading } from './velocity-store.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const VELOCITY_WINDOWS = { '1h': HOUR, '24h': DAY, '7d': 7 * DAY } as const;
type WindowName = keyof typeof VELOCITY_WINDOWS;
/** Label history, customer profiles and "first seen" outlive the velocity windows by far. */
export const HISTORY_TTL_MS = 400 * DAY;
/** The store's basket: orders in periods of 4 days, the current one and the one before (4 to 8 days). */
const BASKET_PERIOD_MS = 4 * DAY;
const BASKET_PERIODS = 2;
/** A customer's typical amount is read from their latest orders. */
const CUSTOMER_AMOUNTS_LIMIT = 50;
/** A value the customer used counts as theirs once it is this old (see KnownOp). */
export const KNOWN_SETTLE_MS = HOUR;
/** At most this many devices, networks, addresses and cards are remembered per customer. */
const KNOWN_CAP = 64;

/** The ops for one observation, and which counter each number of the reply is. */
export interface VelocityPlan {
  /** The event time every op reads and records at (ms). */
  at: number;
  ops: VelocityOp[];
  outputs: VelocityOutput[];
}

/** Recent digests: one event names the same email or card in several keys, and busy subjects recur. */
const recentDigests = new Map<string, string>();
const RECENT_DIGESTS_MAX = 20_000;

/** A subject as stored: SHA-256, base64url, so keys and members never hold raw emails, IPs or cards. */
export function digest(subject: string): string {
  let hashed = recentDigests.get(subject);
  if (hashed === undefined) {
    hashed = createHash('sha256').update(subject).digest('base64url');
    if (recentDigests.size >= RECENT_DIGESTS_MAX) recentDigests.clear();
    recentDigests.set(subject, hashed);
  }
  return hashed;
}

/** `${prefix}:<counter>:<SHA-256 of the subject>`. */
export function velocityKey(prefix: string, counter: string, subject: string): string {
  return `${prefix}:${counter}:${digest(subject)}`;
}

/** The card a velocity counter follows: the provider's fingerprint, else BIN + last 4 (never a full number). */
export function cardIdentity(
  card: { fingerprint?: string | null; bin?: string | null; last4?: string | null } | null,
): string | null {
  const fingerprint = card?.fingerprint?.trim();
  if (fingerprint) return `fp:${fingerprint}`;
  const bin = card?.bin?.trim();
  const last4 = card?.last4?.trim();
  return bin && last4 ? `bl:${bin}:${last4}` : null;
}

/** The network an address belongs to: IPv4 /24, IPv6 /48 (one household, office or mobile cell). */
export function ipNetwork(ip: string | null): string | null {
  if (ip === null) return null;
  const address = ip.trim().toLowerCase();
  const version = isIP(address);
  if (version === 4) return `${address.split('.').slice(0, 3).join('.')}.0/24`;
  if (version !== 6) return null;
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 3)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/48`;
}

/**
 * The customer's profile (earlier orders, and the devices, networks, addresses and cards they used): read on
 * every event, recorded only by confirmVelocityPlan once the transaction is approved, so an attacker's held or
 * blocked order never becomes part of the victim's profile (docs/detection.md).
 */
function profileOps(
  history: string,
  obs: VelocityObservation,
  spender: string,
  amount: number | null,
  record: boolean,
): VelocityOp[] {
  const ops: VelocityOp[] = [
    {
      op: 'A',
      times: velocityKey(history, 'orders-by-customer', spender),
      amounts: velocityKey(history, 'order-amounts-by-customer', spender),
      member: obs.transactionKey,
      amount: amount ?? 0,
      record: record && amount !== null,
      keep: HISTORY_TTL_MS,
      window: HISTORY_TTL_MS,
      limit: CUSTOMER_AMOUNTS_LIMIT,
      outputs: ['customer_order_count', 'customer_amount_median', 'customer_amount_max'],
    },
  ];
  const values: Array<{ subject: CustomerNoveltySubject; value: string }> = [];
  const known = (subject: CustomerNoveltySubject, value: string | null): void => {
    if (value !== null) values.push({ subject, value: digest(value) });
  };
  known('device', obs.deviceId);
  known('ip_network', obs.ipNetwork);
  known('shipping_address', obs.shippingAddress);
  known('card', obs.card);
  if (values.length > 0) {
    ops.push({
      op: 'K',
      key: velocityKey(history, 'known-by-customer', spender),
      member: obs.transactionKey,
      record,
      keep: HISTORY_TTL_MS,
      settle: KNOWN_SETTLE_MS,
      cap: KNOWN_CAP,
      values,
    });
  }
  return ops;
}

const roundedAmount = (obs: VelocityObservation): number | null =>
  obs.amount !== null && Number.isFinite(obs.amount) ? Math.round(obs.amount) : null;

/**
 * The ops that record an approved transaction into its customer's profile (outputs are ignored); empty when
 * the event is no purchase (a declined attempt, a label) or has no customer.
 */
export function confirmVelocityPlan(prefix: string, obs: VelocityObservation): VelocityPlan {
  const spender = obs.customerId ?? obs.email;
  const ops =
    spender !== null && obs.record && obs.purchase
      ? profileOps(`${prefix}:history`, obs, spender, roundedAmount(obs), true)
      : [];
  return { at: Math.round(obs.at), ops, outputs: ops.flatMap(opOutputs) };
}

export function buildVelocityPlan(prefix: string, obs: VelocityObservation): VelocityPlan {
  const velocity = `${prefix}:velocity`;
  const history = `${prefix}:history`;
  const ops: VelocityOp[] = [];
  const windows = (names: WindowName[]): number[] => names.map((name) => VELOCITY_WINDOWS[name]);
  const keepFor = (names: WindowName[]): number => Math.max(...windows(names));
  const member = (value: string | null): string => (value === null ? '' : digest(value));

  const distinct = (
    counter: string,
    subject: string | null,
    value: string | null,
    names: WindowName[],
    outputs: VelocityCounter[],
  ): void => {
    if (subject === null) return;
    ops.push({
      op: 'D',
      key: velocityKey(velocity, counter, subject),
      member: member(value),
      record: obs.record && value !== null,
      keep: keepFor(names),
      windows: windows(names),
      outputs,
    });
  };
  const entries = (
    counter: string,
    subject: string | null,
    entry: string,
    record: boolean,
    names: WindowName[],
    outputs: VelocityCounter[],
  ): void => {
    if (subject === null) return;
    ops.push({
      op: 'C',
      key: velocityKey(velocity, counter, subject),
      member: entry,
      record,
      keep: keepFor(names),
      windows: windows(names),
      outputs,
    });
  };
  const all: WindowName[] = ['1h', '24h', '7d'];
  distinct('cards-by-email', obs.email, obs.card, all, [
    'card_count_for_email_1h',
    'card_count_for_email_24h',
    'card_count_for_email_7d',
  ]);
  distinct('cards-by-ip', obs.ip, obs.card, all, [
    'card_count_for_ip_1h',
    'card_count_for_ip_24h',
    'card_count_for_ip_7d',
  ]);
  distinct('cards-by-device', obs.deviceId, obs.card, all, [
    'card_count_for_device_1h',
    'card_count_for_device_24h',
    'card_count_for_device_7d',
  ]);
  distinct('cards-by-customer', obs.customerId, obs.card, ['24h'], ['card_count_for_customer_24h']);
  entries(
    'attempts-by-card',
    obs.card,
    obs.transactionKey,
    obs.record,
    ['1h', '24h'],
    ['attempts_for_card_1h', 'attempts_for_card_24h'],
  );
  const recordFailure = obs.record && obs.failedPayment;
  entries(
    'failed-by-ip',
    obs.ip,
    obs.eventKey,
    recordFailure,
    ['1h', '24h'],
    ['failed_payments_for_ip_1h', 'failed_payments_for_ip_24h'],
  );
  entries('failed-by-card', obs.card, obs.eventKey, recordFailure, ['24h'], ['failed_payments_for_card_24h']);

  const spender = obs.customerId ?? obs.email;
  const amount = roundedAmount(obs);
  if (spender !== null) {
    const recordAmount = obs.record && amount !== null;
    ops.push({
      op: 'S',
      key: velocityKey(velocity, 'amount-by-customer', spender),
      sums: velocityKey(velocity, 'amount-sums-by-customer', spender),
      member: obs.transactionKey,
      amount: recordAmount ? (amount as number) : 0,
      record: recordAmount,
      keep: VELOCITY_WINDOWS['24h'],
      window: VELOCITY_WINDOWS['24h'],
      output: 'amount_for_customer_24h',
    });
  }

  // Cycling: the same card, network or device moving through cards, IPs, devices and accounts.
  distinct(
    'cards-by-ip-network',
    obs.ipNetwork,
    obs.card,
    ['1h', '24h'],
    ['card_count_for_ip_network_1h', 'card_count_for_ip_network_24h'],
  );
  distinct(
    'emails-by-device',
    obs.deviceId,
    obs.email,
    ['24h', '7d'],
    ['email_count_for_device_24h', 'email_count_for_device_7d'],
  );
  if (obs.card !== null) {
    const kinds: Array<{ kind: string; value: string | null; window: number; output: VelocityCounter }> = [
      { kind: 'e', value: obs.email, window: VELOCITY_WINDOWS['7d'], output: 'email_count_for_card_7d' },
      { kind: 'i', value: obs.ip, window: VELOCITY_WINDOWS['24h'], output: 'ip_count_for_card_24h' },
      {
        kind: 'd',
        value: obs.deviceId,
        window: VELOCITY_WINDOWS['24h'],
        output: 'device_count_for_card_24h',
      },
    ];
    ops.push({
      op: 'M',
      key: velocityKey(velocity, 'seen-with-card', obs.card),
      record: obs.record,
      keep: VELOCITY_WINDOWS['7d'],
      kinds: kinds.map(({ kind, value, window, output }) => ({
        kind,
        member: member(value),
        window,
        output,
      })),
    });
  }
  entries(
    'failed-by-device',
    obs.deviceId,
    obs.eventKey,
    recordFailure,
    ['1h'],
    ['failed_payments_for_device_1h'],
  );
  entries(
    'failed-by-email',
    obs.email,
    obs.eventKey,
    recordFailure,
    ['24h'],
    ['failed_payments_for_email_24h'],
  );
  // The issuer said "stolen", "lost" or "fraudulent": whatever this email or device pays with next is suspect.
  const recordFraudDecline = obs.record && obs.fraudDecline;
  entries(
    'fraud-declines-by-email',
    obs.email,
    obs.eventKey,
    recordFraudDecline,
    ['24h'],
    ['fraud_declines_for_email_24h'],
  );
  entries(
    'fraud-declines-by-device',
    obs.deviceId,
    obs.eventKey,
    recordFraudDecline,
    ['24h'],
    ['fraud_declines_for_device_24h'],
  );

  const labelled: Array<{ key: string; record: boolean; output: HistoryCounter }> = [];
  const label = (counter: string, subject: string | null, record: boolean, output: HistoryCounter): void => {
    if (subject !== null) labelled.push({ key: velocityKey(history, counter, subject), record, output });
  };
  label('disputes-by-card', obs.card, obs.disputed, 'prior_disputes_for_card');
  label('disputes-by-email', obs.email, obs.disputed, 'prior_disputes_for_email');
  label('fraud-warnings-by-card', obs.card, obs.fraudWarning, 'prior_fraud_warnings_for_card');
  label('fraud-warnings-by-email', obs.email, obs.fraudWarning, 'prior_fraud_warnings_for_email');
  if (labelled.length > 0) {
    ops.push({
      op: 'H',
      keys: labelled.map((l) => l.key),
      member: obs.transactionKey,
      records: labelled.map((l) => l.record),
      keep: HISTORY_TTL_MS,
      outputs: labelled.map((l) => l.output),
    });
  }

  if (spender !== null) {
    const since =
      obs.customerCreatedAt !== null && obs.customerCreatedAt < obs.at ? obs.customerCreatedAt : obs.at;
    ops.push({
      op: 'F',
      key: velocityKey(history, 'customer-since', spender),
      candidate: Math.round(since),
      keep: HISTORY_TTL_MS,
      output: 'customer_since',
    });
    ops.push(...profileOps(history, obs, spender, amount, false));
  }

  if (obs.basket !== null) {
    const current = Math.floor(obs.at / BASKET_PERIOD_MS);
    const subject = digest(obs.basket);
    ops.push({
      op: 'B',
      days: Array.from({ length: BASKET_PERIODS }, (_, i) => current - BASKET_PERIODS + 1 + i).map(
        (period) => ({
          counts: `${velocity}:basket:${subject}:${period}`,
          members: `${velocity}:basket-members:${subject}:${period}`,
        }),
      ),
      member: obs.transactionKey,
      bucket: amount === null ? -1 : basketBucket(amount),
      record: obs.record && obs.purchase && amount !== null,
      keep: (BASKET_PERIODS + 1) * BASKET_PERIOD_MS,
      outputs: ['store_order_count', 'store_amount_median', 'store_amount_p90'],
    });
  }
  return { at: Math.round(obs.at), ops, outputs: ops.flatMap(opOutputs) };
}

/** Basket quantiles come back as buckets; −1 means "no orders". */
const BUCKETED: ReadonlySet<VelocityOutput> = new Set(['store_amount_median', 'store_amount_p90']);
/** −1 means "no earlier orders". */
const NONE_IS_MISSING: ReadonlySet<VelocityOutput> = new Set([
  ...BUCKETED,
  'customer_amount_median',
  'customer_amount_max',
]);

/** Maps a store's reply (one number per planned output) back to counter names. */
export function readVelocityReply(
  plan: Pick<VelocityPlan, 'outputs'>,
  reply: ReadonlyArray<number | string>,
): VelocityReading {
  const reading: VelocityReading = { velocity: {}, history: {}, customerSince: null, novelty: {} };
  plan.outputs.forEach((output, i) => {
    const value = Number(reply[i]);
    if (!Number.isFinite(value)) return;
    if (output === 'customer_since') {
      reading.customerSince = value;
    } else if (output.startsWith('novelty:')) {
      const [, subject, field] = output.split(':') as [string, CustomerNoveltySubject, 'seen' | 'others'];
      const entry = (reading.novelty[subject] ??= { seenBefore: false, others: 0 });
      if (field === 'seen') entry.seenBefore = value > 0;
      else entry.others = Math.max(0, value);
    } else if (output.startsWith('prior_')) {
      reading.history[output as HistoryCounter] = Math.max(0, value);
    } else if (!(NONE_IS_MISSING.has(output) && value < 0)) {
      reading.velocity[output as VelocityCounter] = BUCKETED.has(output)
        ? bucketAmount(value)
        : Math.max(0, value);
    }
  });
  return reading;
}
