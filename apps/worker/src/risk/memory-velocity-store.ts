import {
  type AmountsOp,
  type BasketOp,
  type CountOp,
  type DistinctKindsOp,
  type DistinctOp,
  type FirstSeenOp,
  type HistoryOp,
  type KnownOp,
  lowerMedian,
  quantileRank,
  SUM_HOUR_MS,
  type SumOp,
} from './velocity-ops.js';
import {
  buildVelocityPlan,
  confirmVelocityPlan,
  readVelocityReply,
  type VelocityPlan,
} from './velocity-plan.js';
import { type VelocityObservation, type VelocityReading, type VelocityStore } from './velocity-store.js';

type SortedSet = Map<string, number>;

/** Redis orders equal scores by member bytes; for the ASCII members used here that is string order. */
const byScoreThenMember = ([ma, sa]: [string, number], [mb, sb]: [string, number]): number =>
  sa - sb || (ma < mb ? -1 : ma > mb ? 1 : 0);

/**
 * The velocity ops (velocity-ops.ts) on plain maps, in process: the same readings as the Redis script for the
 * same sequence of observations (velocity-store-equivalence.int-spec.ts). `npm run eval` replays traffic
 * through it; it keeps everything in memory (no wall-clock expiry), so it is for bounded runs.
 */
export class MemoryVelocityStore implements VelocityStore {
  private readonly zsets = new Map<string, SortedSet>();
  private readonly sets = new Map<string, Set<string>>();
  private readonly hashes = new Map<string, Map<string, string>>();
  private readonly values = new Map<string, number>();
  private readonly amountSums = new Map<
    string,
    {
      entries: Map<string, { at: number; amount: number }>;
      hours: Map<number, { sum: number; entries: Map<string, number> }>;
    }
  >();

  constructor(private readonly prefix = 'memory') {}

  observe(observation: VelocityObservation): Promise<VelocityReading> {
    return Promise.resolve(this.observeNow(observation));
  }

  observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]> {
    return Promise.resolve(observations.map((observation) => this.observeNow(observation)));
  }

  confirm(observation: VelocityObservation): Promise<void> {
    this.confirmNow(observation);
    return Promise.resolve();
  }

  confirmMany(observations: VelocityObservation[]): Promise<void> {
    for (const observation of observations) this.confirmNow(observation);
    return Promise.resolve();
  }

  /** Synchronous form of observe (the eval harness replays streams without awaiting each event). */
  observeNow(observation: VelocityObservation): VelocityReading {
    const plan = buildVelocityPlan(this.prefix, observation);
    return readVelocityReply(plan, this.run(plan));
  }

  confirmNow(observation: VelocityObservation): void {
    this.run(confirmVelocityPlan(this.prefix, observation));
  }

  private run(plan: VelocityPlan): number[] {
    const t = plan.at;
    const trim = t % 8 === 0;
    const out: number[] = [];
    for (const op of plan.ops) {
      switch (op.op) {
        case 'D':
        case 'C':
          this.windows(op, t, trim, out);
          break;
        case 'M':
          this.kinds(op, t, trim, out);
          break;
        case 'S':
          this.sum(op, t, trim, out);
          break;
        case 'H':
          this.history(op, out);
          break;
        case 'F':
          this.firstSeen(op, out);
          break;
        case 'A':
          this.amounts(op, t, trim, out);
          break;
        case 'K':
          this.known(op, t, out);
          break;
        case 'B':
          this.basket(op, out);
          break;
      }
    }
    return out;
  }

  private zset(key: string): SortedSet {
    let set = this.zsets.get(key);
    if (!set) this.zsets.set(key, (set = new Map()));
    return set;
  }

  private hash(key: string): Map<string, string> {
    let hash = this.hashes.get(key);
    if (!hash) this.hashes.set(key, (hash = new Map()));
    return hash;
  }

  private static count(set: SortedSet | undefined, from: number, to: number): number {
    let n = 0;
    for (const score of set?.values() ?? []) if (score >= from && score <= to) n += 1;
    return n;
  }

  private static trimBefore(set: SortedSet, limit: number): string[] {
    const removed: string[] = [];
    for (const [member, score] of set) {
      if (score < limit) {
        set.delete(member);
        removed.push(member);
      }
    }
    return removed;
  }

  private windows(op: DistinctOp | CountOp, t: number, trim: boolean, out: number[]): void {
    const set = this.zsets.get(op.key);
    const widest = Math.max(0, ...op.windows);
    const total = MemoryVelocityStore.count(set, t - widest, t);
    const own = total > 0 && op.member !== '' ? set?.get(op.member) : undefined;
    for (const window of op.windows) {
      const from = t - window;
      let c = 0;
      if (total > 0) {
        c = from === t - widest ? total : MemoryVelocityStore.count(set, from, t);
        if (own !== undefined && own >= from && own <= t) c -= 1;
      }
      out.push(c);
    }
    if (op.record && op.member !== '') {
      const target = this.zset(op.key);
      const current = target.get(op.member);
      // D keeps a member's latest time (ZADD GT), C its first (ZADD NX).
      if (current === undefined || (op.op === 'D' && t > current)) target.set(op.member, t);
      if (trim) MemoryVelocityStore.trimBefore(target, t - op.keep);
    }
  }

  private kinds(op: DistinctKindsOp, t: number, trim: boolean, out: number[]): void {
    const set = this.zsets.get(op.key);
    const widest = Math.max(0, ...op.kinds.map((k) => k.window));
    const entries = [...(set ?? [])]
      .filter(([, score]) => score >= t - widest && score <= t)
      .sort(byScoreThenMember)
      .slice(0, 500);
    for (const { kind, member, window } of op.kinds) {
      const prefix = `${kind}:`;
      const own = `${prefix}${member}`;
      out.push(
        entries.filter(([m, score]) => m !== own && score >= t - window && m.startsWith(prefix)).length,
      );
    }
    if (!op.record) return;
    const added = op.kinds.filter((k) => k.member !== '');
    if (added.length === 0) return;
    const target = this.zset(op.key);
    for (const { kind, member } of added) {
      const m = `${kind}:${member}`;
      const current = target.get(m);
      if (current === undefined || t > current) target.set(m, t);
    }
    if (trim) MemoryVelocityStore.trimBefore(target, t - op.keep);
  }

  /**
   * The S op's layout (velocity-ops.ts SumOp) as maps: per key, each transaction's entry and, per hour, its
   * entries and their sum. A reading adds the whole hours and filters the two edge hours' entries.
   */
  private sum(op: SumOp, t: number, trim: boolean, out: number[]): void {
    const from = t - op.window;
    const first = Math.floor(from / SUM_HOUR_MS);
    const last = Math.floor(t / SUM_HOUR_MS);
    let amounts = this.amountSums.get(op.key);
    let sum = 0;
    if (amounts) {
      const { entries, hours } = amounts;
      const edge = (hour: number): number => {
        let s = 0;
        for (const [id, amount] of hours.get(hour)?.entries ?? []) {
          const at = entries.get(id)?.at ?? Number.NaN;
          if (at >= from && at <= t) s += amount;
        }
        return s;
      };
      sum += edge(first);
      if (last !== first) sum += edge(last);
      for (let hour = first + 1; hour < last; hour += 1) sum += hours.get(hour)?.sum ?? 0;
      const own = entries.get(op.member);
      if (own !== undefined && own.at >= from && own.at <= t) sum -= own.amount;
    }
    out.push(sum);
    if (!op.record) return;
    if (!amounts) this.amountSums.set(op.key, (amounts = { entries: new Map(), hours: new Map() }));
    const { entries, hours } = amounts;
    const own = entries.get(op.member);
    if (own?.amount !== op.amount) {
      const at = own?.at ?? t;
      const hourOf = Math.floor(at / SUM_HOUR_MS);
      let hour = hours.get(hourOf);
      if (!hour) hours.set(hourOf, (hour = { sum: 0, entries: new Map() }));
      hour.sum += op.amount - (own?.amount ?? 0);
      hour.entries.set(op.member, op.amount);
      entries.set(op.member, { at, amount: op.amount });
    }
    if (trim) {
      // Every entry first recorded before the limit leaves its hour (the hours are few: at most keep's).
      const limit = t - op.keep;
      for (const [hourOf, hour] of hours) {
        if ((hourOf + 1) * SUM_HOUR_MS <= limit) {
          for (const id of hour.entries.keys()) entries.delete(id);
          hours.delete(hourOf);
        } else if (hourOf * SUM_HOUR_MS < limit) {
          for (const [id, amount] of hour.entries) {
            if ((entries.get(id)?.at ?? limit) < limit) {
              entries.delete(id);
              hour.entries.delete(id);
              hour.sum -= amount;
            }
          }
        }
      }
    }
  }

  private history(op: HistoryOp, out: number[]): void {
    op.keys.forEach((key, i) => {
      if (!op.records[i]) return;
      let set = this.sets.get(key);
      if (!set) this.sets.set(key, (set = new Set()));
      set.add(op.member);
    });
    for (const key of op.keys) {
      const set = this.sets.get(key);
      let c = set?.size ?? 0;
      if (c > 0 && set?.has(op.member)) c -= 1;
      out.push(c);
    }
  }

  private firstSeen(op: FirstSeenOp, out: number[]): void {
    const current = this.values.get(op.key);
    const earliest = current === undefined || op.candidate < current ? op.candidate : current;
    this.values.set(op.key, earliest);
    out.push(earliest);
  }

  private amounts(op: AmountsOp, t: number, trim: boolean, out: number[]): void {
    const times = this.zsets.get(op.times);
    const own = times?.get(op.member);
    const from = t - op.window;
    let count = MemoryVelocityStore.count(times, from, t);
    if (own !== undefined && own >= from && own <= t) count -= 1;
    let median = -1;
    let max = -1;
    if (count > 0) {
      const latest = [...(times ?? [])]
        .filter(([, score]) => score >= from && score <= t)
        .sort((a, b) => byScoreThenMember(b, a))
        .slice(0, op.limit + 1)
        .map(([id]) => id)
        .filter((id) => id !== op.member)
        .slice(0, op.limit);
      if (latest.length > 0) {
        const amounts = this.hashes.get(op.amounts);
        const list = latest.map((id) => Number(amounts?.get(id) ?? 0)).sort((a, b) => a - b);
        median = lowerMedian(list);
        max = list[list.length - 1] ?? -1;
      }
    }
    out.push(count, median, max);
    if (op.record) {
      const target = this.zset(op.times);
      if (own === undefined) target.set(op.member, t);
      const amounts = this.hash(op.amounts);
      amounts.set(op.member, String(op.amount));
      if (trim) for (const id of MemoryVelocityStore.trimBefore(target, t - op.keep)) amounts.delete(id);
    }
  }

  private known(op: KnownOp, t: number, out: number[]): void {
    const entries = this.hashes.get(op.key);
    const parsed = new Map<string, { time: number; tx: string }>();
    for (const [field, value] of entries ?? []) {
      const bar = value.indexOf('|');
      parsed.set(field, { time: Number(value.slice(0, bar)), tx: value.slice(bar + 1) });
    }
    for (const { subject, value } of op.values) {
      const prefix = `${subject}:`;
      const field = `${prefix}${value}`;
      let seen = 0;
      let others = 0;
      for (const [f, e] of parsed) {
        if (e.tx !== op.member && e.time <= t - op.settle && f.startsWith(prefix)) {
          if (f === field) seen = 1;
          else others += 1;
        }
      }
      out.push(seen, others);
    }
    if (op.record) {
      const target = this.hash(op.key);
      for (const { subject, value } of op.values) {
        const field = `${subject}:${value}`;
        const e = parsed.get(field);
        if (e === undefined) {
          if (parsed.size < op.cap) {
            target.set(field, `${t}|${op.member}`);
            parsed.set(field, { time: t, tx: op.member });
          }
        } else if (t < e.time) {
          target.set(field, `${t}|${op.member}`);
        }
      }
    }
  }

  private basket(op: BasketOp, out: number[]): void {
    const counts = new Map<number, number>();
    let total = 0;
    let ownDay: number | null = null;
    let ownBucket: string | null = null;
    for (const [i, day] of op.days.entries()) {
      const bucket = this.hashes.get(day.members)?.get(op.member);
      if (bucket !== undefined) {
        ownDay = i;
        ownBucket = bucket;
      }
      for (const [b, c] of this.hashes.get(day.counts) ?? []) {
        counts.set(Number(b), (counts.get(Number(b)) ?? 0) + Number(c));
        total += Number(c);
      }
    }
    if (ownBucket !== null) {
      counts.set(Number(ownBucket), (counts.get(Number(ownBucket)) ?? 0) - 1);
      total -= 1;
    }
    let p50 = -1;
    let p90 = -1;
    if (total > 0) {
      const r50 = quantileRank(total, 5);
      const r90 = quantileRank(total, 9);
      let cum = 0;
      for (const b of [...counts.keys()].filter((b) => (counts.get(b) ?? 0) > 0).sort((x, y) => x - y)) {
        cum += counts.get(b) ?? 0;
        if (p50 < 0 && cum >= r50) p50 = b;
        if (cum >= r90) {
          p90 = b;
          break;
        }
      }
    }
    out.push(total, p50, p90);
    const bucket = String(op.bucket);
    if (op.record && op.bucket !== -1 && ownBucket !== bucket) {
      const day = op.days[ownDay ?? op.days.length - 1];
      if (!day) return;
      const dayCounts = this.hash(day.counts);
      const bump = (b: string, by: number): void => {
        dayCounts.set(b, String(Number(dayCounts.get(b) ?? 0) + by));
      };
      if (ownBucket !== null) bump(ownBucket, -1);
      bump(bucket, 1);
      this.hash(day.members).set(op.member, bucket);
    }
  }
}
