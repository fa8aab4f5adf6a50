import { type CustomerNoveltySubject, type HistoryCounter, type VelocityCounter } from '@vigil/risk-engine';

/**
 * The velocity semantics, defined once. `buildVelocityPlan` (velocity-plan.ts) turns an observation into a
 * list of these ops; every VelocityStore runs the list in order and answers one number per output:
 * the Redis store as one Lua script call (velocity-script.ts), the PostgreSQL store as one PL/pgSQL call per
 * batch (velocity-sql.ts), the in-memory store (memory-velocity-store.ts) on maps.
 * `velocity-store-equivalence.int-spec.ts` runs the same sequences through all of them. docs/detection.md
 * describes them in prose.
 *
 * Common rules, for every op:
 * - `at` (ms) is the event's own time, clamped to receipt by the caller. A window of `w` ms covers
 *   [at − w, at], both ends included.
 * - Every op reads first and records after, and leaves out the entry of this transaction (or this event, or
 *   this member), so the transaction never counts in its own window and a retried event reads what its first
 *   attempt read.
 * - `keep` (ms) is how long the data serves; stores may drop anything older than `at − keep` and expire a key
 *   `keep` ms after its last write (wall clock). Nothing an op reads ever depends on data older than that.
 * - Subjects in keys and member values are SHA-256 digests (velocity-plan.ts), never raw emails or IPs.
 */
export type VelocityOp =
  DistinctOp | DistinctKindsOp | CountOp | SumOp | HistoryOp | FirstSeenOp | AmountsOp | KnownOp | BasketOp;

/**
 * `D` — distinct members per window (cards per IP, emails per device…). Reads, per window, how many members
 * other than `member` were seen in it (each member at its latest time); records `member` at `at` (a later
 * time replaces an earlier one, never the reverse).
 */
export interface DistinctOp {
  op: 'D';
  key: string;
  /** '' when this event has none: then all members count and nothing is recorded. */
  member: string;
  record: boolean;
  keep: number;
  windows: number[];
  outputs: VelocityCounter[];
}

/**
 * `M` — several kinds of distinct members under one subject (a card's IPs, devices and emails) in one sorted
 * set, members written `kind:value`. Reads, per kind, how many members of that kind other than this event's
 * were seen within the kind's window (each at its latest time); records this event's members at `at` (a
 * later time replaces an earlier one). The same as one `D` per kind, for a third of the calls.
 */
export interface DistinctKindsOp {
  op: 'M';
  key: string;
  record: boolean;
  keep: number;
  kinds: Array<{ kind: string; member: string; window: number; output: VelocityCounter }>;
}

/**
 * `C` — entries per window (payment attempts per card, failed payments per IP…). Reads, per window, the
 * entries other than `member`; records `member` at its first time (a member is never moved).
 */
export interface CountOp {
  op: 'C';
  key: string;
  member: string;
  record: boolean;
  keep: number;
  windows: number[];
  outputs: VelocityCounter[];
}

/**
 * `S` — a customer's spend: the sum of the latest amounts of the transactions other than `member` whose first
 * recorded time is in [at − window, at], exactly, however many there are. Records `member` with its latest
 * `amount` at the time it was first recorded (a changed amount moves its entry, never its time).
 *
 * Layout, so that an observation costs the same for a customer with thousands of orders a day as for one with
 * two (a bot under one account is the case this counter is for). Hours are ⌊time / SUM_HOUR_MS⌋.
 * - `key`: the entries, `<transaction>|<amount>` scored by first time (the layout before issue #14: keys
 *   written then read on as they are).
 * - `sums`: a hash of `h:<hour>` → the sum of the amounts of the entries first recorded in that hour,
 *   `t:<transaction>` → `<first time>|<amount>` (this transaction's own entry, in one lookup) and `v` once
 *   built.
 * A reading adds the hours wholly inside the window from `sums`, and for each of the two edge hours the
 * entries of its part inside the window, or its sum less the entries of the part outside, whichever part is
 * shorter (for the last hour: the entries after `at`, none for events in order); then leaves out this
 * transaction's entry when its time is in the window. Trimming (entries older than `at − keep`, on a sample of
 * writes as everywhere) removes each entry once and takes its amount off its hour. A key written before `sums`
 * existed (no `v`) is built from its entries the first time it is touched, once (its entries span at most
 * `keep`). PostgreSQL keeps the same things as rows (velocity-sql.ts), the in-memory store as maps.
 */
export interface SumOp {
  op: 'S';
  key: string;
  sums: string;
  member: string;
  amount: number;
  record: boolean;
  keep: number;
  window: number;
  output: VelocityCounter;
}

/**
 * `H` — label history: per key, the size of a set of transactions, `member` not counted. Records `member`
 * in the keys whose flag is set (disputes, fraud warnings).
 */
export interface HistoryOp {
  op: 'H';
  keys: string[];
  member: string;
  records: boolean[];
  keep: number;
  outputs: HistoryCounter[];
}

/** `F` — the earliest time seen: min(stored, candidate); always stores it. Reads the new minimum. */
export interface FirstSeenOp {
  op: 'F';
  key: string;
  candidate: number;
  keep: number;
  output: 'customer_since';
}

/**
 * `A` — a customer's earlier orders: `times` holds transaction → first recorded time, `amounts` its latest
 * amount. Reads [count of other transactions in the window, lower median and maximum of the amounts of the
 * latest `limit` of them (−1 when there are none)]. Records this transaction (time once, amount always).
 */
export interface AmountsOp {
  op: 'A';
  times: string;
  amounts: string;
  member: string;
  amount: number;
  record: boolean;
  keep: number;
  window: number;
  limit: number;
  outputs: [VelocityCounter, VelocityCounter, VelocityCounter];
}

/**
 * `K` — what a customer used before (devices, networks, addresses, cards), one hash per customer of
 * `subject:value` → `time|transaction` of its earliest sighting. An entry counts when another transaction
 * recorded it at least `settle` ms before `at` (an attacker's own earlier orders of the same spree do not make
 * their device "known"). Reads per value [1 if this value counts else 0, how many other values of the subject
 * count]. Records each value at its earliest time; at most `cap` entries per customer.
 */
export interface KnownOp {
  op: 'K';
  key: string;
  member: string;
  record: boolean;
  keep: number;
  settle: number;
  cap: number;
  values: Array<{ subject: CustomerNoveltySubject; value: string }>;
}

/**
 * `B` — the store's basket: order amounts as log-scale buckets (basketBucket), per period of days. `days`
 * lists the window's periods oldest first, the event's own period last; each has a `counts` hash (bucket →
 * orders) and a `members` hash (transaction → bucket). Reads [orders in those periods other than this
 * transaction, the bucket holding the median, the bucket holding the 90th percentile (−1 when empty)].
 * Records the transaction's bucket once (in the period it was first recorded; a changed amount moves it to
 * the new bucket).
 */
export interface BasketOp {
  op: 'B';
  days: Array<{ counts: string; members: string }>;
  member: string;
  bucket: number;
  record: boolean;
  keep: number;
  outputs: [VelocityCounter, VelocityCounter, VelocityCounter];
}

/** The `S` op's hour (ms): the stores' hour sums are per ⌊time / SUM_HOUR_MS⌋ (the Lua and SQL say 3600000). */
export const SUM_HOUR_MS = 3_600_000;

/** What one number of a reply means. */
export type VelocityOutput =
  | VelocityCounter
  | HistoryCounter
  | 'customer_since'
  | `novelty:${CustomerNoveltySubject}:${'seen' | 'others'}`;

/** The outputs of one op, in reply order. */
export function opOutputs(op: VelocityOp): VelocityOutput[] {
  switch (op.op) {
    case 'M':
      return op.kinds.map((k) => k.output);
    case 'D':
    case 'C':
    case 'H':
    case 'A':
    case 'B':
      return op.outputs;
    case 'S':
    case 'F':
      return [op.output];
    case 'K':
      return op.values.flatMap(({ subject }) => [
        `novelty:${subject}:seen` as const,
        `novelty:${subject}:others` as const,
      ]);
  }
}

/** Buckets per doubling of the amount: a bucket spans about 9 %, its middle is within ±4.4 % of any member. */
const BUCKETS_PER_DOUBLING = 8;

/** The basket bucket of an amount in minor units (computed here, so the stores only handle integers). */
export function basketBucket(amount: number): number {
  return Math.floor(BUCKETS_PER_DOUBLING * Math.log2(1 + Math.max(0, amount)));
}

/** The amount in the middle of a bucket (geometric), in minor units. */
export function bucketAmount(bucket: number): number {
  return Math.round(2 ** ((bucket + 0.5) / BUCKETS_PER_DOUBLING) - 1);
}

/** Lower median: the ⌊(n−1)/2⌋-th of the sorted values (integers stay integers in every store). */
export function lowerMedian(sorted: readonly number[]): number {
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? -1;
}

/** Rank (1-based) of the q-quantile among n values: ⌈q·n⌉ with q in tenths, in integer arithmetic. */
export function quantileRank(n: number, tenths: number): number {
  return Math.floor((tenths * n + 9) / 10);
}
