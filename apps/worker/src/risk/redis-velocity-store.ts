import { type Redis } from 'ioredis';
import {
  buildVelocityPlan,
  confirmVelocityPlan,
  readVelocityReply,
  type VelocityPlan,
} from './velocity-plan.js';
import { scriptCall, VELOCITY_SCRIPT } from './velocity-script.js';
import { type VelocityObservation, type VelocityReading, type VelocityStore } from './velocity-store.js';

type ScriptedRedis = Redis & {
  vigilVelocity(numKeys: number, ...keysAndArgs: string[]): Promise<Array<number | string>>;
};

/** Velocity counters in Redis: one EVALSHA per event (ioredis loads the script on first use or NOSCRIPT). */
export class RedisVelocityStore implements VelocityStore {
  private readonly redis: ScriptedRedis;

  constructor(
    redis: Redis,
    private readonly redisPrefix: string,
  ) {
    redis.defineCommand('vigilVelocity', { lua: VELOCITY_SCRIPT });
    this.redis = redis as ScriptedRedis;
  }

  async observe(observation: VelocityObservation): Promise<VelocityReading> {
    const plan = buildVelocityPlan(this.redisPrefix, observation);
    return readVelocityReply(plan, await this.run(plan));
  }

  async confirm(observation: VelocityObservation): Promise<void> {
    await this.run(confirmVelocityPlan(this.redisPrefix, observation));
  }

  private async run(plan: VelocityPlan): Promise<Array<number | string>> {
    if (plan.ops.length === 0) return [];
    const { keys, args } = scriptCall(plan);
    return this.redis.vigilVelocity(keys.length, ...keys, ...args);
  }

  /** Script calls issued in one tick: the auto-pipelined client sends them in one write, run in order. */
  observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]> {
    return Promise.all(observations.map((observation) => this.observe(observation)));
  }

  /** As observeMany: one script call each, issued in one tick (one write on the auto-pipelined client). */
  async confirmMany(observations: VelocityObservation[]): Promise<void> {
    await Promise.all(observations.map((observation) => this.confirm(observation)));
  }
}
