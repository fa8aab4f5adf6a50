import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  type ApiErrorJson,
  type AuditEventJson,
  type BacktestResultJson,
  type CalibrationResultJson,
  type Page,
  type QualityJson,
  type RiskThresholdsJson,
  type RuleJson,
  type SimulationResultJson,
  type SimulationStreamLine,
  type SourceWithSecretJson,
} from '@vigil/contracts';
import { ApiClient } from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';
import { createUser } from './auth-fixtures.js';

/**
 * Labelled history written straight into the database (the worker's scoring is tested elsewhere):
 * 300 good orders of 50.00 EUR (10 of them held), 40 fraudulent ones of 200.00 EUR that failed CVC
 * (20 blocked, 20 let through), 5 good USD orders.
 */
async function seedHistory(db: pg.Client, sourceId: string): Promise<void> {
  const insert = (
    count: number,
    prefix: string,
    status: string,
    held: boolean,
    labels: string[],
    amount: number,
    currency: string,
    snapshot: Record<string, unknown>,
    signals: unknown[],
  ) =>
    db.query(
      `INSERT INTO transactions (source_id, merge_key, order_id, status, labels, amount, currency, risk_snapshot,
         signals, held_at, occurred_at, last_event_at, created_at)
       SELECT $1, $2 || g, $2 || g, $3, $4::text[], $5, $6, $7::jsonb, $8::jsonb,
         CASE WHEN $9 THEN now() ELSE NULL END, now(), now(), now() - (g || ' minutes')::interval
       FROM generate_series(1, $10) AS g`,
      [
        sourceId,
        prefix,
        status,
        labels,
        amount,
        currency,
        JSON.stringify(snapshot),
        JSON.stringify(signals),
        held,
        count,
      ],
    );
  const good = { amount: 5000, currency: 'EUR', cvc_result: 'pass' };
  const fraud = { amount: 20000, currency: 'EUR', cvc_result: 'fail' };
  const cvcSignal = [{ code: 'cvc_fail', description: 'CVC failed', points: 10 }];
  await insert(290, 'good-', 'approved', false, [], 5000, 'EUR', good, []);
  await insert(10, 'held-', 'approved', true, ['not_fraud'], 5000, 'EUR', good, []);
  await insert(20, 'fraud-blocked-', 'blocked', false, ['fraud_warning'], 20000, 'EUR', fraud, cvcSignal);
  await insert(
    20,
    'fraud-missed-',
    'approved',
    false,
    ['disputed', 'provider_fraud'],
    20000,
    'EUR',
    fraud,
    cvcSignal,
  );
  await insert(5, 'usd-', 'approved', false, [], 900, 'USD', { amount: 900, currency: 'USD' }, []);
}

describe('detection quality, simulation and calibration', () => {
  let api: ApiHarness;
  let owner: ApiClient;
  let staff: ApiClient;
  let viewer: ApiClient;
  let db: pg.Client;
  let source: SourceWithSecretJson;

  const post = (client: ApiClient, path: string, body: unknown, headers: Record<string, string> = {}) =>
    client.request(path, { method: 'POST', body: JSON.stringify(body), headers });
  const message = async (response: Response): Promise<string> =>
    ((await response.json()) as ApiErrorJson).message;

  beforeAll(async () => {
    api = await startApi();
    owner = await ApiClient.login(api.baseUrl);
    staff = (await createUser(api, owner, 'staff')).client;
    viewer = (await createUser(api, owner, 'viewer')).client;
    db = new pg.Client({ connectionString: api.config.databaseUrl });
    await db.connect();
    source = await owner.createSource({ name: 'History', kind: 'standard' });
    await seedHistory(db, source.id);
    // Only this test's two rules score, whatever the defaults are.
    await db.query('UPDATE rules SET enabled = false');
    for (const rule of [
      { name: 'CVC failed', expression: ":cvc_result: = 'fail'", action: 'score', points: 10 },
      { name: 'Big order', expression: ':amount: > 10000', action: 'score', points: 10 },
    ]) {
      await owner.json('/api/rules', { method: 'POST', body: JSON.stringify(rule) });
    }
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
  });

  describe('GET /api/quality', () => {
    it('judges the decisions by labels: matrix, recall, false positives, saved value, rule precision', async () => {
      const quality = await viewer.json<QualityJson>('/api/quality?window=7d');
      expect(quality.total).toBe(345);
      expect(quality.mainCurrency).toBe('EUR');
      expect(quality.matrix).toEqual({
        fraud: { approved: 20, held: 0, blocked: 20 },
        good: { approved: 295, held: 10, blocked: 0 },
      });
      expect(quality.matrixValue.good.approved).toEqual({ EUR: 290 * 5000, USD: 5 * 900 });
      expect(quality.recall).toEqual({ count: 0.5, value: 0.5 });
      expect(quality.goodHeldOrBlockedRate).toBeCloseTo(10 / 305);
      expect(quality.savedValue).toEqual({ EUR: 20 * 20000 });
      expect(quality.falsePositiveCost).toEqual({ EUR: 10 * 5000 });
      expect(quality.rules).toEqual([
        expect.objectContaining({ ruleId: 'cvc_fail', hits: 40, fraudHits: 40, precision: 1 }),
      ]);
      // Seven days of daily points (eight when the window does not start at midnight).
      expect(quality.trend.length).toBeGreaterThanOrEqual(7);
      expect(quality.trend.length).toBeLessThanOrEqual(8);
      expect(quality.trend.reduce((sum, point) => sum + point.total, 0)).toBe(345);
      expect(quality.trend.reduce((sum, point) => sum + point.fraud, 0)).toBe(40);
    });

    it('counts a reviewer not_fraud on a disputed order as good', async () => {
      const relabel = (labels: string) =>
        db.query(`UPDATE transactions SET labels = $1 WHERE order_id = 'fraud-missed-1'`, [labels]);
      await relabel('{disputed,not_fraud,provider_fraud}');
      try {
        const quality = await viewer.json<QualityJson>('/api/quality?window=24h');
        expect(quality.matrix.fraud.approved).toBe(19);
        expect(quality.trend.length).toBeGreaterThanOrEqual(24);
      } finally {
        await relabel('{disputed,provider_fraud}');
      }
    });

    it('refuses an unknown window and anonymous callers', async () => {
      const bad = await viewer.request('/api/quality?window=1y');
      expect(bad.status).toBe(400);
      expect(await message(bad)).toContain('window must be one of 24h, 7d, 30d, 90d');
      expect((await fetch(`${api.baseUrl}/api/quality`)).status).toBe(401);
    });
  });

  it('splits a backtest’s matches by the same ground truth', async () => {
    const result = await owner.json<BacktestResultJson>('/api/rules/backtest', {
      method: 'POST',
      body: JSON.stringify({ expression: ":cvc_result: = 'fail' or :currency: = 'USD'" }),
    });
    expect(result.matched).toBe(45);
    expect(result.byTruth).toEqual({ fraud: 40, good: 5 });
  });

  describe('POST /api/rules/simulate', () => {
    it('runs the current rule set and thresholds', async () => {
      const response = await post(owner, '/api/rules/simulate', {});
      expect(response.status).toBe(200);
      const result = (await response.json()) as SimulationResultJson;
      // 20 points against a review threshold of 50: everything passes.
      expect(result.thresholds).toEqual({ block: 75, review: 50 });
      expect(result.matrix.fraud).toEqual({ approved: 40, held: 0, blocked: 0 });
      expect(result.total).toBe(345);
      expect(result.truncated).toBe(false);
      expect(result.samples.missedFraud).toHaveLength(10);
      expect(result.rules.map((r) => [r.ruleId, r.hits, r.precision])).toEqual([
        ['big_order', 40, 1],
        ['cvc_failed', 40, 1],
      ]);
    });

    it('runs a draft rule set with draft thresholds, streaming progress', async () => {
      const response = await post(
        owner,
        '/api/rules/simulate',
        {
          rules: [
            { name: 'CVC failed', expression: ":cvc_result: = 'fail'", action: 'score', points: 60 },
            { name: 'Dollars', expression: ":currency: = 'USD'", action: 'block' },
          ],
          thresholds: { review: 50, block: 90 },
        },
        { accept: 'application/x-ndjson' },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/x-ndjson');
      const lines = (await response.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as SimulationStreamLine);
      expect(lines[0]).toEqual({ type: 'progress', scanned: 345, estimatedTotal: 345 });
      const last = lines.at(-1);
      if (last?.type !== 'result') throw new Error(`no result line: ${JSON.stringify(last)}`);
      expect(last.result.matrix).toEqual({
        fraud: { approved: 0, held: 40, blocked: 0 },
        good: { approved: 300, held: 0, blocked: 5 },
      });
      expect(last.result.goodBlockedRate).toBeCloseTo(5 / 305);
      expect(last.result.samples.stoppedGood.map((s) => s.matchedRuleIds)).toEqual(
        Array(5).fill(['dollars']),
      );
    });

    it('says what is wrong with bad input', async () => {
      const cases: Array<[unknown, string]> = [
        [
          { rules: [{ name: 'Broken', expression: ':amount: >', action: 'score' }] },
          'Rule "Broken" does not compile',
        ],
        [
          { rules: [{ name: 'X', expression: ':amount: > 1', action: 'hold' }] },
          'rules[].action must be one of',
        ],
        [{ thresholds: { review: 80, block: 60 } }, 'review must not be above block'],
        [{ from: '2020-01-01T00:00:00Z', to: '2022-01-01T00:00:00Z' }, 'the period must be at most 366 days'],
        [{ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'from must be before to'],
        [{ from: 'yesterday' }, 'from must be an ISO 8601 date'],
      ];
      for (const [body, expected] of cases) {
        const response = await post(owner, '/api/rules/simulate', body);
        expect([response.status, await message(response)]).toEqual([400, expect.stringContaining(expected)]);
      }
    });

    it('is the owner’s', async () => {
      expect((await post(staff, '/api/rules/simulate', {})).status).toBe(403);
      expect((await post(viewer, '/api/rules/calibrate', {})).status).toBe(403);
      const anonymous = await fetch(`${api.baseUrl}/api/rules/simulate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(anonymous.status).toBe(401);
    });
  });

  describe('POST /api/rules/calibrate and /apply', () => {
    it('answers "not enough labelled history" for a period without it', async () => {
      const result = await owner.json<CalibrationResultJson>('/api/rules/calibrate', {
        method: 'POST',
        body: JSON.stringify({ from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' }),
      });
      expect(result).toMatchObject({ status: 'not_enough_history', fraud: 0, total: 0 });
      if (result.status === 'not_enough_history')
        expect(result.message).toContain('Not enough labelled history');
    });

    let calibration: Extract<CalibrationResultJson, { status: 'ok' }>;

    it('suggests points and thresholds that stop the fraud within the false-positive budget', async () => {
      const result = await owner.json<CalibrationResultJson>('/api/rules/calibrate', {
        method: 'POST',
        body: '{}',
      });
      if (result.status !== 'ok') throw new Error(result.message);
      calibration = result;
      expect(result.before.recall.value).toBe(0);
      expect(result.after.recall).toEqual({ count: 1, value: 1 });
      expect(result.after.goodHeldOrBlockedRate).toBe(0);
      expect(result.withinBudget).toBe(true);
      expect(result.unchanged).toBe(false);
      expect(result.steps.length).toBeGreaterThan(0);
      expect(result.suggestion.rules.map((r) => r.ruleId)).toEqual(['cvc_failed', 'big_order']);
      // Still points per signal: the suggested score of a fraudulent order reaches the review threshold.
      const fraudScore = result.suggestion.rules.reduce((sum, r) => sum + r.pointsAfter, 0);
      expect(fraudScore).toBeGreaterThanOrEqual(result.suggestion.thresholds.review);
      // Deterministic: the same history gives the same suggestion.
      const again = await owner.json<CalibrationResultJson>('/api/rules/calibrate', {
        method: 'POST',
        body: '{}',
      });
      expect(again.status === 'ok' && again.suggestion).toEqual(result.suggestion);
    });

    it('applies the suggestion as new rule versions and thresholds, audited', async () => {
      const suggestion = calibration.suggestion;
      const changed = suggestion.rules.filter((r) => r.pointsAfter !== r.pointsBefore);
      // Moving points is a smaller change here than moving both thresholds far from 50/75.
      expect(changed.length).toBeGreaterThan(0);
      const applied = await owner.json<{ rules: RuleJson[]; thresholds: RiskThresholdsJson }>(
        '/api/rules/calibrate/apply',
        { method: 'POST', body: JSON.stringify({ suggestion }) },
      );
      expect(applied.thresholds).toEqual(suggestion.thresholds);
      expect(await owner.json('/api/rules/thresholds')).toEqual(suggestion.thresholds);
      for (const rule of changed) {
        expect(await owner.json<RuleJson>(`/api/rules/${rule.ruleId}`)).toMatchObject({
          points: rule.pointsAfter,
          version: 2,
        });
      }
      const audit = await owner.json<Page<AuditEventJson>>('/api/audit?action=rule.calibration_apply');
      expect(audit.items[0]?.details).toMatchObject({
        thresholds: { before: { block: 75, review: 50 }, after: calibration.suggestion.thresholds },
      });

      // The same suggestion again names a version that is gone.
      const stale = await post(owner, '/api/rules/calibrate/apply', { suggestion });
      expect(stale.status).toBe(409);
      expect(await message(stale)).toContain('changed meanwhile');
    });

    it('refuses a missing or malformed suggestion', async () => {
      const none = await post(owner, '/api/rules/calibrate/apply', {});
      expect([none.status, await message(none)]).toEqual([
        400,
        expect.stringContaining('suggestion is required'),
      ]);
      const bad = await post(owner, '/api/rules/calibrate/apply', {
        suggestion: {
          thresholds: { review: 50, block: 75 },
          rules: [{ ruleId: 'cvc_failed', version: 2, pointsAfter: 500 }],
        },
      });
      expect([bad.status, await message(bad)]).toEqual([
        400,
        expect.stringContaining('points must be between -100 and 100'),
      ]);
      expect((await post(staff, '/api/rules/calibrate/apply', {})).status).toBe(403);
    });
  });
});
