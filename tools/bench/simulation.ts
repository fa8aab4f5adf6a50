import pg from 'pg';
import { type CalibrationResultJson, type SimulationResultJson } from '@vigil/contracts';
import { ApiClient, createTestConfig, dropTestResources, spawnApp, waitFor } from '@vigil/testing';

export interface SimulationBenchResult {
  transactions: number;
  seconds: number;
  transactionsPerSecond: number;
  recall: number | null;
  /** `POST /api/rules/calibrate` over the same history. */
  calibrationSeconds: number;
}

/**
 * `POST /api/rules/simulate` with the default rule set over `count` stored transactions (docs/detection.md
 * "Simulation"): snapshots written straight into the database, varied like real traffic, one in 50 labelled
 * fraud. Measures the api's wall time for the whole run, reading included.
 */
export async function runSimulationBench(count: number, port: number): Promise<SimulationBenchResult> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = createTestConfig({ PORT: String(port), VIGIL_PUBLIC_URL: baseUrl, LOG_LEVEL: 'warn' });
  const api = spawnApp('api', config);
  const db = new pg.Client({ connectionString: config.databaseUrl });
  try {
    await waitFor(
      async () => (await fetch(`${baseUrl}/health/ready`).catch(() => null))?.status === 200,
      60_000,
      'api ready',
    );
    const client = await ApiClient.login(baseUrl);
    const source = await client.createSource({ name: 'simulation bench', kind: 'standard' });
    await db.connect();
    await db.query(
      `INSERT INTO transactions (source_id, merge_key, order_id, status, labels, amount, currency, risk_snapshot,
         occurred_at, last_event_at, created_at)
       SELECT $1, 'order:' || g, g::text, 'approved',
         CASE WHEN g % 50 = 0 THEN ARRAY['fraud_warning'] ELSE ARRAY[]::text[] END,
         1000 + (g * 7919) % 900000, CASE WHEN g % 10 = 0 THEN 'USD' ELSE 'EUR' END,
         jsonb_build_object(
           'event_type', 'order.created', 'kind', 'order', 'source_kind', 'standard',
           'amount', 1000 + (g * 7919) % 900000, 'amount_major', (1000 + (g * 7919) % 900000) / 100.0,
           'currency', CASE WHEN g % 10 = 0 THEN 'USD' ELSE 'EUR' END,
           'email', 'c' || (g % 20000) || '@example.com', 'email_domain', 'example.com',
           'is_disposable_email', g % 97 = 0, 'customer_age_days', g % 400, 'is_new_customer', g % 400 < 7,
           'billing_country', 'IE', 'shipping_country', CASE WHEN g % 13 = 0 THEN 'GB' ELSE 'IE' END,
           'ip_country', CASE WHEN g % 17 = 0 THEN 'US' ELSE 'IE' END, 'card_country', 'IE',
           'avs_result', CASE WHEN g % 31 = 0 THEN 'fail' ELSE 'pass' END,
           'cvc_result', CASE WHEN g % 37 = 0 THEN 'fail' ELSE 'pass' END,
           'card_count_for_email_24h', g % 3, 'card_count_for_ip_1h', g % 4, 'attempts_for_card_1h', g % 5,
           'failed_payments_for_ip_1h', g % 6, 'prior_fraud_warnings_for_email', CASE WHEN g % 211 = 0 THEN 1 ELSE 0 END),
         now(), now(), now() - (g || ' seconds')::interval
       FROM generate_series(1, $2) AS g`,
      [source.id, count],
    );
    await db.query('ANALYZE transactions');
    const started = performance.now();
    const result = await client.json<SimulationResultJson>('/api/rules/simulate', {
      method: 'POST',
      body: JSON.stringify({ from: new Date(Date.now() - 30 * 86_400_000).toISOString() }),
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.total !== count) throw new Error(`simulated ${result.total} of ${count} transactions`);
    const calibrationStarted = performance.now();
    const calibration = await client.json<CalibrationResultJson>('/api/rules/calibrate', {
      method: 'POST',
      body: '{}',
    });
    const calibrationSeconds = (performance.now() - calibrationStarted) / 1000;
    if (calibration.status !== 'ok') throw new Error(`calibration: ${calibration.message}`);
    return {
      transactions: result.total,
      seconds: Math.round(seconds * 100) / 100,
      transactionsPerSecond: Math.round(result.total / seconds),
      recall: result.recall.count,
      calibrationSeconds: Math.round(calibrationSeconds * 100) / 100,
    };
  } finally {
    await db.end().catch(() => undefined);
    await api.stop();
    await dropTestResources(config);
  }
}
