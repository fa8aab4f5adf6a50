import { readFileSync } from 'node:fs';
import { type Redis } from 'ioredis';
import type pg from 'pg';

/** Clock ticks per second of /proc/<pid>/stat (100 on Linux). */
const TICKS = 100;

function processSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

export interface CpuProbe {
  /** CPU seconds used so far, per hop. */
  read(): Promise<Record<string, number>>;
}

/**
 * Where the CPU goes, per hop: api and worker processes, this process (the load generator), PostgreSQL
 * backends of the run's database and the Redis server (all of Redis: on a shared server it includes other
 * users). Linux only (/proc); elsewhere every hop reads 0.
 */
export function cpuProbe(
  hops: { api: number | undefined; worker: number | undefined },
  db: pg.Client,
  redis: Redis | null,
  database: string,
): CpuProbe {
  return {
    async read() {
      const backends = (
        await db.query<{ pid: number }>(
          'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [database],
        )
      ).rows;
      const info = redis ? await redis.info('cpu') : '';
      const redisSeconds = ['used_cpu_sys', 'used_cpu_user']
        .map((name) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0))
        .reduce((a, b) => a + b, 0);
      return {
        api: hops.api ? processSeconds(hops.api) : 0,
        worker: hops.worker ? processSeconds(hops.worker) : 0,
        postgres: backends.reduce((sum, { pid }) => sum + processSeconds(pid), 0),
        redis: redisSeconds,
        loadGenerator: processSeconds(process.pid),
      };
    },
  };
}

/** µs of CPU per event for each hop between two readings. */
export function perEvent(
  before: Record<string, number>,
  after: Record<string, number>,
  events: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  let total = 0;
  for (const [hop, seconds] of Object.entries(after)) {
    const us = Math.round(((seconds - (before[hop] ?? 0)) * 1e6) / Math.max(1, events));
    out[hop] = us;
    if (hop !== 'loadGenerator') total += us;
  }
  out['totalWithoutLoadGenerator'] = total;
  return out;
}
