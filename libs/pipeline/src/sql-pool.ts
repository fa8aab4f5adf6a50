import type pg from 'pg';

/** What the PostgreSQL stores need from a pool: parameterized statements (a pg.Pool, or a test's client). */
export type SqlPool = Pick<pg.Pool, 'query'>;
