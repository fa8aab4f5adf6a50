import { createHash } from 'node:crypto';
import type { HistoryCounter, VelocityCounter } from '@vigil/risk-engine';
import type { VelocityObservation, VelocityReading } from './velocity-store.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const VELOCITY_WINDOWS = { '1h': HOUR, '24h': DAY, '7d': 7 * DAY } as const;
/** Label history and "first seen" outlive the velocity windows by far. */
export const HISTORY_TTL_MS = 400 * DAY;
/** Subjects longer than this are hashed, so hostile values cannot make huge keys. */
const MAX_SUBJECT_LENGTH = 128;

type Output = VelocityCounter | HistoryCounter | 'customer_since';

/**
 * The Redis operations for one observation, as the velocity script reads them: KEYS in order, ARGV as
 * `[at, op, …]`, and which counter each number of the reply is. Ops (see velocity-script.ts):
 * D distinct members per window (cards per subject), C entries per window (attempts, failed payments),
 * S sum of amounts in a window, H set sizes (label history, one op for all), F earliest time seen.
 */
export interface VelocityPlan {
  keys: string[];
  args: string[];
  outputs: Output[];
}

/** `${redisPrefix}:velocity:<counter>:<subject>`; long subjects become a SHA-256. */
export function velocityKey(prefix: string, counter: string, subject: string): string {
  const safe =
    subject.length > MAX_SUBJECT_LENGTH
      ? `#${createHash('sha256').update(subject).digest('base64url')}`
      : subject;
  return `${prefix}:${counter}:${safe}`;
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

export function buildVelocityPlan(redisPrefix: string, obs: VelocityObservation): VelocityPlan {
  const velocity = `${redisPrefix}:velocity`;
  const history = `${redisPrefix}:history`;
  const plan: VelocityPlan = { keys: [], args: [String(Math.round(obs.at))], outputs: [] };
  const windows = (names: Array<keyof typeof VELOCITY_WINDOWS>): string[] => [
    String(names.length),
    ...names.map((name) => String(VELOCITY_WINDOWS[name])),
  ];
  const keepFor = (names: Array<keyof typeof VELOCITY_WINDOWS>): string =>
    String(Math.max(...names.map((name) => VELOCITY_WINDOWS[name])));
  const recordCard = obs.record && obs.card !== null;

  const distinctCards = (
    counter: string,
    subject: string | null,
    names: Array<keyof typeof VELOCITY_WINDOWS>,
    outputs: VelocityCounter[],
  ): void => {
    if (subject === null) return;
    plan.keys.push(velocityKey(velocity, counter, subject));
    plan.args.push('D', obs.card ?? '', recordCard ? '1' : '0', keepFor(names), ...windows(names));
    plan.outputs.push(...outputs);
  };
  const entries = (
    counter: string,
    subject: string | null,
    member: string,
    record: boolean,
    names: Array<keyof typeof VELOCITY_WINDOWS>,
    outputs: VelocityCounter[],
  ): void => {
    if (subject === null) return;
    plan.keys.push(velocityKey(velocity, counter, subject));
    plan.args.push('C', member, record ? '1' : '0', keepFor(names), ...windows(names));
    plan.outputs.push(...outputs);
  };
  distinctCards(
    'cards-by-email',
    obs.email,
    ['1h', '24h', '7d'],
    ['card_count_for_email_1h', 'card_count_for_email_24h', 'card_count_for_email_7d'],
  );
  distinctCards(
    'cards-by-ip',
    obs.ip,
    ['1h', '24h', '7d'],
    ['card_count_for_ip_1h', 'card_count_for_ip_24h', 'card_count_for_ip_7d'],
  );
  distinctCards(
    'cards-by-device',
    obs.deviceId,
    ['1h', '24h', '7d'],
    ['card_count_for_device_1h', 'card_count_for_device_24h', 'card_count_for_device_7d'],
  );
  distinctCards('cards-by-customer', obs.customerId, ['24h'], ['card_count_for_customer_24h']);
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
  if (spender !== null) {
    plan.keys.push(velocityKey(velocity, 'amount-by-customer', spender));
    const recordAmount = obs.record && obs.amount !== null && Number.isFinite(obs.amount);
    plan.args.push(
      'S',
      obs.transactionKey,
      recordAmount ? String(Math.round(obs.amount as number)) : '0',
      recordAmount ? '1' : '0',
      String(VELOCITY_WINDOWS['24h']),
      String(VELOCITY_WINDOWS['24h']),
    );
    plan.outputs.push('amount_for_customer_24h');
  }

  const labelled: Array<{ key: string; record: boolean; output: HistoryCounter }> = [];
  const label = (counter: string, subject: string | null, record: boolean, output: HistoryCounter): void => {
    if (subject !== null) labelled.push({ key: velocityKey(history, counter, subject), record, output });
  };
  label('disputes-by-card', obs.card, obs.disputed, 'prior_disputes_for_card');
  label('disputes-by-email', obs.email, obs.disputed, 'prior_disputes_for_email');
  label('fraud-warnings-by-card', obs.card, obs.fraudWarning, 'prior_fraud_warnings_for_card');
  label('fraud-warnings-by-email', obs.email, obs.fraudWarning, 'prior_fraud_warnings_for_email');
  if (labelled.length > 0) {
    plan.keys.push(...labelled.map((l) => l.key));
    plan.args.push(
      'H',
      String(labelled.length),
      obs.transactionKey,
      ...labelled.map((l) => (l.record ? '1' : '0')),
      String(HISTORY_TTL_MS),
    );
    plan.outputs.push(...labelled.map((l) => l.output));
  }

  if (spender !== null) {
    plan.keys.push(velocityKey(history, 'customer-since', spender));
    const since =
      obs.customerCreatedAt !== null && obs.customerCreatedAt < obs.at ? obs.customerCreatedAt : obs.at;
    plan.args.push('F', String(Math.round(since)), String(HISTORY_TTL_MS));
    plan.outputs.push('customer_since');
  }
  return plan;
}

/** Maps the script's reply (one number per planned output) back to counter names. */
export function readVelocityReply(
  plan: VelocityPlan,
  reply: ReadonlyArray<number | string>,
): VelocityReading {
  const reading: VelocityReading = { velocity: {}, history: {}, customerSince: null };
  plan.outputs.forEach((output, i) => {
    const value = Number(reply[i]);
    if (!Number.isFinite(value)) return;
    if (output === 'customer_since') reading.customerSince = value;
    else if (output.startsWith('prior_')) reading.history[output as HistoryCounter] = Math.max(0, value);
    else reading.velocity[output as VelocityCounter] = Math.max(0, value);
  });
  return reading;
}
