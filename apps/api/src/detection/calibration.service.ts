import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CALIBRATION_MIN_FRAUD,
  CALIBRATION_MIN_TOTAL,
  CalibrationAuditAction,
  type CalibrationResultJson,
  type DetectionMetricsJson,
  FALSE_POSITIVE_BUDGET,
  type RiskThresholdsJson,
  type RuleJson,
} from '@vigil/contracts';
import { type AttributeValue, type RiskContext } from '@vigil/risk-engine';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { RulesService } from '../rules/rules.service.js';
import { ThresholdsService } from '../rules/thresholds.service.js';
import { type CalibrationCase, CalibrationSearch, type Candidate, type Score } from './calibration-search.js';
import { DetectionMetrics } from './detection-metrics.js';
import { type CalibrationApplyInput, type CalibrationInput, resolvePeriod } from './detection.schemas.js';
import { DetectionError } from './detection.errors.js';
import { RuleSetSource } from './rule-set-source.js';
import { RunSlots } from '../common/run-slots.js';
import { ruleSetAttributes } from './simulation-run.js';
import { SimulationAborted } from './simulation.service.js';
import { readSnapshots } from './snapshot-reader.js';

/** Labelled history read at most (the newest of the period); the search keeps it all in memory. */
export const CALIBRATION_MAX_ROWS = 200_000;
const DEFAULT_DAYS = 90;
const OUTCOMES = ['approved', 'held', 'blocked'] as const;

const percent = (part: number, whole: number): string =>
  whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : 'n/a';

/**
 * `POST /api/rules/calibrate` and `…/apply` (docs/detection.md "Calibration"): suggests points per rule and
 * the two thresholds that stop the most fraud value on the store's own labelled history within the
 * false-positive budget, with before/after on the same history. Applying writes new rule versions.
 */
@Injectable()
export class CalibrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ruleSets: RuleSetSource,
    private readonly slots: RunSlots,
    private readonly rules: RulesService,
    private readonly thresholds: ThresholdsService,
    private readonly audit: AuditService,
  ) {}

  async calibrate(
    input: CalibrationInput,
    userId: string,
    signal?: AbortSignal,
  ): Promise<CalibrationResultJson> {
    const period = resolvePeriod(input, DEFAULT_DAYS);
    if ('error' in period) throw DetectionError.badRange(period.error);
    const loaded = await this.ruleSets.load();
    const release = this.slots.take('detection', userId);
    if (!release) throw DetectionError.busy();
    try {
      const compiledRules = loaded.compiled.rules;
      const attributes = ruleSetAttributes(loaded.compiled);
      const ctx: RiskContext = { attributes: {}, lists: loaded.lists };
      const cases: Array<CalibrationCase & { currency: string | null; amount: number | null }> = [];
      const range = { ...period, maxRows: CALIBRATION_MAX_ROWS };
      for await (const rows of readSnapshots(this.dataSource, attributes, range, signal)) {
        for (const row of rows) {
          const values: Record<string, AttributeValue> = {};
          attributes.forEach((name, i) => (values[name] = row.values[i] ?? null));
          ctx.attributes = values;
          const matched: number[] = [];
          compiledRules.forEach((rule, r) => {
            if (rule.expression.evaluate(ctx)) matched.push(r);
          });
          cases.push({ matched, fraud: row.fraud, value: 0, currency: row.currency, amount: row.amount });
        }
      }
      if (signal?.aborted) throw new SimulationAborted('the client went away');
      const fraud = cases.filter((c) => c.fraud).length;
      if (fraud < CALIBRATION_MIN_FRAUD || cases.length < CALIBRATION_MIN_TOTAL) {
        return {
          status: 'not_enough_history',
          message:
            `Not enough labelled history: ${fraud} fraud among ${cases.length} scored transactions in the ` +
            `period; calibration needs at least ${CALIBRATION_MIN_FRAUD} fraud among ` +
            `${CALIBRATION_MIN_TOTAL} transactions. Label more orders (or choose a longer period).`,
          fraud,
          total: cases.length,
          needed: { fraud: CALIBRATION_MIN_FRAUD, total: CALIBRATION_MIN_TOTAL },
        };
      }
      const counting = new DetectionMetrics();
      for (const c of cases) counting.add(c.fraud, 'approved', c.currency, c.amount);
      const main = counting.mainCurrency();
      for (const c of cases) c.value = c.currency === main && c.amount !== null ? c.amount : 0;

      const calibrationRules = compiledRules.map((rule) => ({
        id: rule.id,
        action: rule.action,
        points: rule.points,
      }));
      const search = new CalibrationSearch(calibrationRules, cases);
      const start: Candidate = {
        points: calibrationRules.map((r) => r.points),
        thresholds: loaded.thresholds,
      };
      const fraudValue = cases.reduce((sum, c) => sum + (c.fraud ? c.value : 0), 0);
      const goodCount = cases.length - fraud;
      const describe = (score: Score): string =>
        `fraud value stopped ${percent(score.fraudValueStopped, fraudValue)}, good orders stopped ` +
        `${percent(score.goodStopped, goodCount)}`;
      const suggested = search.search(start, describe);
      const metricsOf = (candidate: Candidate): DetectionMetricsJson => {
        const metrics = new DetectionMetrics();
        const outcomes = search.outcomes(candidate);
        cases.forEach((c, i) =>
          metrics.add(c.fraud, OUTCOMES[outcomes[i] as number] ?? 'approved', c.currency, c.amount),
        );
        return metrics.toJson();
      };
      const after = search.evaluate(suggested);
      const changes = compiledRules.map((rule, r) => ({
        ruleId: rule.id,
        name: rule.name,
        action: rule.action,
        version: loaded.versions.get(rule.id) ?? 1,
        pointsBefore: rule.points,
        pointsAfter: suggested.points[r] as number,
      }));
      const unchanged =
        changes.every((c) => c.pointsAfter === c.pointsBefore) &&
        suggested.thresholds.review === start.thresholds.review &&
        suggested.thresholds.block === start.thresholds.block;
      return {
        status: 'ok',
        from: period.from.toISOString(),
        to: period.to.toISOString(),
        unchanged,
        withinBudget: after.feasible,
        budget: FALSE_POSITIVE_BUDGET,
        thresholdsBefore: start.thresholds,
        suggestion: { thresholds: suggested.thresholds, rules: changes },
        before: metricsOf(start),
        after: metricsOf(suggested),
        steps: search.steps,
      };
    } finally {
      release();
    }
  }

  /** Writes the suggestion: a new version of every rule whose points change, then the thresholds. */
  async apply(
    input: CalibrationApplyInput,
    actor: Actor,
  ): Promise<{ rules: RuleJson[]; thresholds: RiskThresholdsJson }> {
    const before = await this.thresholds.get();
    const changed = await this.rules.applyPoints(
      input.suggestion.rules.map((r) => ({ id: r.ruleId, version: r.version, points: r.pointsAfter })),
      actor,
    );
    const thresholds = await this.thresholds.set(input.suggestion.thresholds, actor);
    await this.audit.record({
      action: CalibrationAuditAction.Apply,
      actor,
      targetType: 'rules',
      details: {
        thresholds: { before, after: thresholds },
        rules: changed.map((c) => ({
          id: c.rule.id,
          points: { before: c.before, after: c.rule.points },
          version: c.rule.version,
        })),
      },
    });
    return { rules: changed.map((c) => c.rule), thresholds };
  }
}
