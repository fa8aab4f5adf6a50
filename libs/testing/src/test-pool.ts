import pg from 'pg';

/**
 * A pool for a test's own queries. An idle connection the server closes while the test waits (another suite's
 * fault cutting connections, a busy shared server) makes pg-pool emit 'error'; without a listener that is an
 * unhandled error that fails whichever test is running. The pool drops such a connection and opens a new one on
 * the next query, as the app's own pools do (libs/persistence/src/pg-client-errors.ts).
 */
export function createTestPool(databaseUrl: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  pool.on('error', () => undefined);
  return pool;
}
