// The bare baseline of docs/performance.md: plain HTTP + HMAC check + Redis enqueue + batched insert,
// nothing else. Vigil's throughput is reported as a ratio of this one on the same machine in the same run.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import pg from 'pg';

const { BASELINE_PORT, BASELINE_SECRET, DATABASE_URL, REDIS_URL, BASELINE_KEY } = process.env;
const redis = new Redis(REDIS_URL);
const consumerRedis = new Redis(REDIS_URL);
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
await pool.query('CREATE TABLE IF NOT EXISTS baseline_events (id text PRIMARY KEY, body jsonb NOT NULL)');

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const expected = createHmac('sha256', BASELINE_SECRET).update(body).digest();
    const given = Buffer.from(String(req.headers['x-signature'] ?? ''), 'base64');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.writeHead(401).end();
      return;
    }
    redis.rpush(BASELINE_KEY, body).then(
      () => res.writeHead(202, { 'content-type': 'application/json' }).end('{"received":true}'),
      () => res.writeHead(503).end(),
    );
  });
});
server.listen(Number(BASELINE_PORT), '127.0.0.1', () => process.send?.('ready'));

let stopping = false;
async function consume() {
  while (!stopping) {
    const batch = await consumerRedis.lpop(BASELINE_KEY, 500);
    if (!batch || batch.length === 0) {
      await new Promise((r) => setTimeout(r, 5));
      continue;
    }
    const rows = batch.map((b) => JSON.parse(b));
    const values = rows.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2})`).join(',');
    await pool.query(
      `INSERT INTO baseline_events (id, body) VALUES ${values} ON CONFLICT DO NOTHING`,
      rows.flatMap((r) => [r.id, JSON.stringify(r)]),
    );
  }
}
void consume();
process.on('SIGTERM', async () => {
  stopping = true;
  server.close();
  await pool.end();
  redis.disconnect();
  consumerRedis.disconnect();
  process.exit(0);
});
