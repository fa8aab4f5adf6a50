import { type VigilConfig } from '@vigil/config';
import { PgListener } from '../pg-listener.js';
import { PG_NAMES, type RiskChange } from '../pipeline-registry.js';
import { type SqlPool } from '../sql-pool.js';
import { type RiskChangeBus } from './risk-change-bus.js';

/** The revision bump and the NOTIFY in one statement (NOTIFY is delivered when it commits). */
const ANNOUNCE = `
WITH bumped AS (
  INSERT INTO store_counters (name, value) VALUES ('risk_revision', 1)
  ON CONFLICT (name) DO UPDATE SET value = store_counters.value + 1
  RETURNING value
)
SELECT pg_notify($1, $2), value FROM bumped`;

export class PostgresRiskChangeBus implements RiskChangeBus {
  private listener: PgListener | null = null;

  constructor(
    private readonly pool: SqlPool,
    private readonly config: Pick<VigilConfig, 'databaseUrl'>,
  ) {}

  async announce(what: RiskChange): Promise<void> {
    await this.pool.query(ANNOUNCE, [PG_NAMES.riskChanged, what]);
  }

  async revision(): Promise<number | null> {
    const { rows } = await this.pool.query<{ value: string }>(
      `SELECT value FROM store_counters WHERE name = 'risk_revision'`,
    );
    return rows[0] ? Number(rows[0].value) : null;
  }

  async subscribe(onChange: () => void): Promise<void> {
    this.listener = new PgListener(this.config.databaseUrl, PG_NAMES.riskChanged, onChange);
    await this.listener.start();
  }

  async close(): Promise<void> {
    await this.listener?.close();
  }
}
