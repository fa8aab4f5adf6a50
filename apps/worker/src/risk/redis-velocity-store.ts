import { type Redis } from 'ioredis';
import {
  buildVelocityPlan,
  confirmVelocityPlan,
  readVelocityReply,
  type VelocityPlan,
} from './velocity-plan.js';
import { chunkCall, VELOCITY_SCRIPT } from './velocity-script.js';
import { type VelocityObservation, type VelocityReading, type VelocityStore } from './velocity-store.js';

type ScriptedRedis = Redis & {
  vigilVelocity(numKeys: number, ...keysAndArgs: string[]): Promise<Array<Array<number | string>>>;
};

/**
 * Events per script call: one round trip and one command for a few dozen events, short enough that Redis is
 * never blocked for long by one call (docs/pipeline.md, "Velocity and history").
 */
export const VELOCITY_CHUNK = 32;

/** Velocity counters in Redis: one EVALSHA per chunk of events (ioredis loads the script on first use). */
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
    const [reading] = await this.observeMany([observation]);
    return reading as VelocityReading;
  }

  async confirm(observation: VelocityObservation): Promise<void> {
    await this.confirmMany([observation]);
  }

  /** Chunks in event order, issued in one tick: the auto-pipelined client sends them in one write. */
  async observeMany(observations: VelocityObservation[]): Promise<VelocityReading[]> {
    const plans = observations.map((observation) => buildVelocityPlan(this.redisPrefix, observation));
    const replies = await this.runAll(plans);
    return plans.map((plan, i) => readVelocityReply(plan, replies[i] ?? []));
  }

  async confirmMany(observations: VelocityObservation[]): Promise<void> {
    await this.runAll(observations.map((observation) => confirmVelocityPlan(this.redisPrefix, observation)));
  }

  private async runAll(plans: VelocityPlan[]): Promise<Array<Array<number | string>>> {
    const chunks: VelocityPlan[][] = [];
    for (let i = 0; i < plans.length; i += VELOCITY_CHUNK) chunks.push(plans.slice(i, i + VELOCITY_CHUNK));
    const replies = await Promise.all(
      chunks.map((chunk) => {
        if (chunk.every((plan) => plan.ops.length === 0)) return chunk.map(() => []);
        const { keys, args } = chunkCall(chunk);
        return this.redis.vigilVelocity(keys.length, ...keys, ...args);
      }),
    );
    return replies.flat(1);
  }
}
