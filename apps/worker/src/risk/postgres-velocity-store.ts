import { type SqlPool } from '@vigil/pipeline';
import { buildVelocityPlan, confirmVelocityPlan, readVelocityReply } from './velocity-plan.js';
import { scriptCall } from './velocity-script.js';
import { INSTALL_LOCK_ID, VELOCITY_FUNCTIONS } from './velocity-sql.js';
import { type VelocityObservation, type VelocityReading, type VelocityStore } from './velocity-store.js';

/** Keys carry no instance prefix in PostgreSQL: the database is the instance. */
const KEY_PREFIX = 'v';

/**
 * Velocity counters in PostgreSQL (the no-Redis mode): the same plans as the Redis script, interpreted by
 * the PL/pgSQL functions of velocity-sql.ts; a batch of observations is one statement.
 */
export class PostgresVelocityStore implements VelocityStore {
  constructor(private readonly pool: SqlPool) {}

  /** Creates or updates the functions (boot); safe when several workers start at once. */
  static async install(pool: SqlPool): Promise<void> {
    await pool.query(
      `DO $install$ BEGIN PERFORM pg_advisory_xact_lock(${INSTALL_LOCK_ID}); END $install$;
       ${VELOCITY_FUNCTIONS}`,
    );
  }

  async observe(observation: VelocityObservation): Promise<VelocityReading> {
    const [reading] = await this.observeMany([observation]);
    return reading as VelocityReading;
  }

  async confirm(observation: VelocityObservation): Promise<void> {
    const plan = confirmVelocityPlan(KEY_PREFIX, observation);
    if (plan.ops.length === 0) return;
    await this.pool.query('SELECT vigil_velocity_observe_many($1::jsonb)', [
      JSON.stringify([scriptCall(plan)]),
    ]);
  }

  async observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]> {
    const plans = observations.map((observation) => buildVelocityPlan(KEY_PREFIX, observation));
    const asked = plans.filter((plan) => plan.ops.length > 0);
    const replies =
      asked.length === 0
        ? []
        : ((
            await this.pool.query<{ readings: Array<Array<number | string>> }>(
              'SELECT vigil_velocity_observe_many($1::jsonb) AS readings',
              [JSON.stringify(asked.map((plan) => scriptCall(plan)))],
            )
          ).rows[0]?.readings ?? []);
    let next = 0;
    return plans.map((plan) =>
      plan.ops.length === 0 ? readVelocityReply(plan, []) : readVelocityReply(plan, replies[next++] ?? []),
    );
  }
}
