import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type SimulationResultJson } from '@vigil/contracts';
import { DetectionError } from './detection.errors.js';
import { resolvePeriod, type SimulationInput } from './detection.schemas.js';
import { RuleSetSource } from './rule-set-source.js';
import { RunSlots } from '../common/run-slots.js';
import { ruleSetAttributes, SimulationRun } from './simulation-run.js';
import { countSnapshots, readSnapshots } from './snapshot-reader.js';

/** At most this many transactions per run (the newest of the period). */
export const SIMULATION_MAX_ROWS = 1_000_000;
const DEFAULT_DAYS = 30;

export interface SimulationProgress {
  scanned: number;
  estimatedTotal: number;
}

export class SimulationAborted extends Error {
  override readonly name = 'SimulationAborted';
}

/**
 * `POST /api/rules/simulate` (docs/detection.md "Simulation"): the current or a draft rule set over the
 * stored snapshots of a period, one run per user, reporting progress after every page and stopping when
 * `signal` fires (the client went away).
 */
@Injectable()
export class SimulationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ruleSets: RuleSetSource,
    private readonly slots: RunSlots,
  ) {}

  /** Everything that can be refused with a 400 is checked before the run (and its answer) starts. */
  async prepare(input: SimulationInput, userId: string) {
    const period = resolvePeriod(input, DEFAULT_DAYS);
    if ('error' in period) throw DetectionError.badRange(period.error);
    const loaded = await this.ruleSets.load(input.rules, input.thresholds);
    const release = this.slots.take('detection', userId);
    if (!release) throw DetectionError.busy();
    return { period, loaded, release };
  }

  async run(
    prepared: Awaited<ReturnType<SimulationService['prepare']>>,
    onProgress: (progress: SimulationProgress) => void = () => undefined,
    signal?: AbortSignal,
  ): Promise<SimulationResultJson> {
    const { period, loaded, release } = prepared;
    const started = performance.now();
    try {
      const range = { ...period, maxRows: SIMULATION_MAX_ROWS };
      const estimatedTotal = await countSnapshots(this.dataSource, range);
      const attributes = ruleSetAttributes(loaded.compiled);
      const run = new SimulationRun(loaded.compiled, loaded.lists, loaded.thresholds, attributes);
      for await (const rows of readSnapshots(this.dataSource, attributes, range, signal)) {
        run.add(rows);
        onProgress({ scanned: run.scanned, estimatedTotal });
      }
      if (signal?.aborted) throw new SimulationAborted('the client went away');
      return {
        from: period.from.toISOString(),
        to: period.to.toISOString(),
        thresholds: loaded.thresholds,
        ...run.metrics.toJson(),
        truncated: run.scanned >= SIMULATION_MAX_ROWS,
        rules: run.hits.toJson(loaded.names),
        samples: run.samples,
        elapsedMs: Math.round(performance.now() - started),
      };
    } finally {
      release();
    }
  }
}
