import { type SqlPool } from '@vigil/pipeline';
import {
  buildVelocityPlan,
  confirmVelocityPlan,
  readVelocityReply,
  type VelocityPlan,
} from './velocity-plan.js';
import { scriptCall } from './velocity-script.js';
import { INSTALL_LOCK_ID, VELOCITY_FUNCTIONS } from './velocity-sql.js';
import { type VelocityObservation, type VelocityReading, type VelocityStore } from './velocity-store.js';

/** Keys carry no instance prefix in PostgreSQL: the database is the instance. */
const KEY_PREFIX = 'v';

/** One statement's arguments: the plans' script encodings concatenated (velocity-sql.ts). */
function encode(plans: VelocityPlan[]): [string[], string[], number[]] {
  const keys: string[] = [];
  const args: string[] = [];
  const ends: number[] = [];
  for (const plan of plans) {
    const call = scriptCall(plan);
    keys.push(...call.keys);
    args.push(...call.args);
    ends.push(args.length);
  }
  return [keys, args, ends];
}

/**
 * Velocity counters in PostgreSQL (the no-Redis mode): the same plans as the Redis script, run by the PL/pgSQL
 * function of velocity-sql.ts. A batch of observations, or of confirmations, is one statement: one round trip
 * and one short transaction of its own on the pool (never the ingest batch's).
 */
export class PostgresVelocityStore implements VelocityStore {
  /** `prefix` only separates the runs of tests sharing one database. */
  constructor(
    private readonly pool: SqlPool,
    private readonly prefix = KEY_PREFIX,
  ) {}

  /** Creates or updates the function (boot); safe when several workers start at once. */
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

  async observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]> {
    const plans = observations.map((observation) => buildVelocityPlan(this.prefix, observation));
    const asked = plans.filter((plan) => plan.ops.length > 0);
    const reply = asked.length === 0 ? [] : await this.run(asked, true);
    let next = 0;
    return plans.map((plan) => {
      const outputs = plan.ops.length === 0 ? [] : reply.slice(next, (next += plan.outputs.length));
      return readVelocityReply(plan, outputs);
    });
  }

  confirm(observation: VelocityObservation): Promise<void> {
    return this.confirmMany([observation]);
  }

  /** Confirmations only record: the function skips the reads (their outputs are ignored by every store). */
  async confirmMany(observations: VelocityObservation[]): Promise<void> {
    const plans = observations
      .map((observation) => confirmVelocityPlan(this.prefix, observation))
      .filter((plan) => plan.ops.length > 0);
    if (plans.length > 0) await this.run(plans, false);
  }

  private async run(plans: VelocityPlan[], readings: boolean): Promise<string[]> {
    const { rows } = await this.pool.query<{ reply: string[] | null }>(
      'SELECT vigil_velocity_run($1::text[], $2::text[], $3::int[], $4) AS reply',
      [...encode(plans), readings],
    );
    const reply = rows[0]?.reply ?? [];
    const expected = readings ? plans.reduce((n, plan) => n + plan.outputs.length, 0) : 0;
    // A reply of the wrong length would shift every later reading onto the wrong counter.
    if (reply.length !== expected)
      throw new Error(`velocity: ${reply.length} outputs for ${expected} planned`);
    return reply;
  }
}
