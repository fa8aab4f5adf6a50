import { type Redis } from 'ioredis';
import { velocityKey } from './velocity-plan.js';

/** The label-history and first-seen keys that outlive the velocity windows (400 days). */
const LONG_LIVED = new Set([
  'disputes-by-card',
  'disputes-by-email',
  'fraud-warnings-by-card',
  'fraud-warnings-by-email',
  'customer-since',
]);
/** Subjects were hashed before only when longer than this (`#…`); today every subject is a digest. */
const DIGEST = /^[\w-]{43}$/;

/**
 * Keys used to name their subject in clear (`…:history:disputes-by-card:fp:abc`); they are now SHA-256
 * digests (velocity-plan.ts). Rolling windows refill within 7 days, but label history and first-seen times
 * would be lost, so the first worker of an upgraded installation renames those keys once: sets are merged
 * into the hashed key, first-seen times keep the earliest. Returns how many keys it moved.
 */
export async function hashLegacyHistoryKeys(redis: Redis, redisPrefix: string): Promise<number> {
  const done = `${redisPrefix}:history-keys-hashed`;
  if ((await redis.exists(done)) > 0) return 0;
  const lock = `${redisPrefix}:history-keys-hashing`;
  if ((await redis.set(lock, '1', 'PX', 600_000, 'NX')) !== 'OK') return 0;
  const history = `${redisPrefix}:history`;
  let moved = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${history}:*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) {
        const rest = key.slice(history.length + 1);
        const colon = rest.indexOf(':');
        const counter = rest.slice(0, colon);
        const subject = rest.slice(colon + 1);
        if (colon < 0 || !LONG_LIVED.has(counter) || DIGEST.test(subject) || subject.startsWith('#'))
          continue;
        if (await moveKey(redis, key, velocityKey(history, counter, subject), counter === 'customer-since'))
          moved += 1;
      }
    } while (cursor !== '0');
    await redis.set(done, new Date().toISOString());
  } finally {
    await redis.del(lock);
  }
  return moved;
}

async function moveKey(redis: Redis, from: string, to: string, earliestTime: boolean): Promise<boolean> {
  const ttl = await redis.pttl(from);
  if (ttl === -2) return false;
  if (earliestTime) {
    const [old, current] = await redis.mget(from, to);
    const times = [old, current].map(Number).filter((n) => Number.isFinite(n) && n > 0);
    if (times.length > 0) {
      const earliest = String(Math.min(...times));
      if (ttl > 0) await redis.set(to, earliest, 'PX', ttl);
      else await redis.set(to, earliest);
    }
  } else {
    await redis.sunionstore(to, to, from);
    if (ttl > 0) await redis.pexpire(to, Math.max(ttl, await redis.pttl(to)));
  }
  await redis.del(from);
  return true;
}
