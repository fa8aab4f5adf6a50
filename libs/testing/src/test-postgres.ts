import { startThrowawayPostgres, type ThrowawayPostgres } from '@vigil/persistence';

/**
 * One throwaway PostgreSQL (the embedded package's, in a temporary directory, on a free port) for a whole
 * test run on a machine without a PostgreSQL server. The Jest global setup calls it when DATABASE_URL is
 * unset and exports `adminUrl` as TEST_PG_ADMIN_URL, which createTestConfig() builds its databases from.
 */
export function startTestPostgres(): Promise<ThrowawayPostgres> {
  return startThrowawayPostgres();
}
