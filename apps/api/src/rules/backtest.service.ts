import { Injectable } from '@nestjs/common';
import { DataSource, In, type QueryRunner } from 'typeorm';
import { type BacktestResultJson, isFraud, type TransactionStatus } from '@vigil/contracts';
import { toTransactionJson, TransactionEntity } from '@vigil/persistence';
import {
  type AttributeValue,
  buildRiskLists,
  compileExpression,
  type ListItemKind,
  type RiskContext,
  RuleSyntaxError,
} from '@vigil/risk-engine';
import { RISK_SETTINGS } from '@vigil/pipeline';
import { BACKTEST_LIMITS, backtestRange } from './backtest-limits.js';
import { RunSlots } from '../common/run-slots.js';
import { type BacktestInput } from './rules.schemas.js';
import { RuleError } from './rules.errors.js';

/** Rows read per query: memory stays flat however many transactions the range holds. */
const PAGE_SIZE = 5_000;
const MAX_SAMPLES = 20;
const QUERY_CANCELED = '57014';

export interface BacktestRun {
  /** One backtest per user at a time. */
  userId: string;
  /** Aborted when the client goes away: the scan stops at the next page. */
  signal: AbortSignal;
}

interface SnapshotRow {
  id: string;
  /** Text keeps PostgreSQL's microseconds: a Date would drop them and skip rows at page boundaries. */
  created_at: string;
  status: TransactionStatus;
  labels: string[];
  [attribute: `a${number}`]: AttributeValue;
}

/**
 * Runs a draft expression over stored transactions' risk snapshots (the attributes each was scored with),
 * with today's lists. Only the attributes the expression uses are read, newest first, in keyset pages, within
 * BACKTEST_LIMITS (range, rows, time per query and in all), one per user, stopping when the client leaves.
 */
@Injectable()
export class BacktestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly slots: RunSlots,
  ) {}

  async run(input: BacktestInput, run: BacktestRun): Promise<BacktestResultJson> {
    const range = backtestRange(input, new Date());
    if ('error' in range) throw RuleError.invalidBacktestRange(range.error);
    const release = this.slots.take('backtest', run.userId);
    if (!release) throw RuleError.backtestRunning();
    try {
      return await this.scan(input.expression, range, run.signal);
    } finally {
      release();
    }
  }

  private async scan(
    source: string,
    range: { from: Date; to: Date },
    signal: AbortSignal,
  ): Promise<BacktestResultJson> {
    const lists = await this.loadLists();
    let expression;
    try {
      expression = compileExpression(source, { knownLists: new Set(Object.keys(lists)) });
    } catch (error) {
      if (error instanceof RuleSyntaxError) throw RuleError.invalidExpression(error.message);
      throw error;
    }
    const attributes = expression.attributes;
    const result: BacktestResultJson = {
      matched: 0,
      total: 0,
      byOutcome: { approved: 0, review: 0, blocked: 0 },
      byLabel: { disputed: 0, fraud_warning: 0, refunded: 0 },
      byTruth: { fraud: 0, good: 0 },
      samples: [],
      range: { from: range.from.toISOString(), to: range.to.toISOString() },
      truncated: false,
    };
    const byTruth = { fraud: 0, good: 0 };
    result.byTruth = byTruth;
    const sampleIds: string[] = [];
    const ctx: RiskContext = { attributes: {}, lists };
    const started = Date.now();

    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One snapshot for every page, and a bound on each page's query.
      await runner.startTransaction('REPEATABLE READ');
      await runner.query(`SET LOCAL statement_timeout = ${BACKTEST_LIMITS.statementTimeoutMs}`);
      let cursor: { createdAt: string; id: string } | null = null;
      for (;;) {
        if (signal.aborted) throw RuleError.backtestCancelled();
        const limit = Math.min(PAGE_SIZE, BACKTEST_LIMITS.maxRows - result.total);
        if (limit <= 0 || Date.now() - started > BACKTEST_LIMITS.maxDurationMs) {
          result.truncated = true;
          break;
        }
        const rows = await this.page(runner, attributes, range, cursor, limit);
        for (const row of rows) {
          result.total += 1;
          const values: Record<string, AttributeValue> = {};
          attributes.forEach((name, i) => (values[name] = row[`a${i}`] ?? null));
          ctx.attributes = values;
          if (!expression.evaluate(ctx)) continue;
          result.matched += 1;
          if (row.status in result.byOutcome) result.byOutcome[row.status] += 1;
          byTruth[isFraud(row.labels ?? []) ? 'fraud' : 'good'] += 1;
          for (const label of row.labels ?? []) {
            if (label in result.byLabel) result.byLabel[label as keyof BacktestResultJson['byLabel']] += 1;
          }
          if (sampleIds.length < MAX_SAMPLES) sampleIds.push(row.id);
        }
        const last = rows.at(-1);
        if (rows.length < limit || !last) break;
        cursor = { createdAt: last.created_at, id: last.id };
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      // A page over its statement_timeout ends the scan; what was read so far is the (newest) answer.
      if ((error as { driverError?: { code?: string } }).driverError?.code !== QUERY_CANCELED) throw error;
      result.truncated = true;
    } finally {
      await runner.release();
    }
    if (signal.aborted) throw RuleError.backtestCancelled();
    if (sampleIds.length > 0) {
      const samples = await this.dataSource.getRepository(TransactionEntity).findBy({ id: In(sampleIds) });
      const byId = new Map(samples.map((t) => [t.id, t]));
      result.samples = sampleIds.flatMap((id) => {
        const t = byId.get(id);
        return t ? [toTransactionJson(t)] : [];
      });
    }
    return result;
  }

  private page(
    runner: QueryRunner,
    attributes: string[],
    range: { from: Date; to: Date },
    cursor: { createdAt: string; id: string } | null,
    limit: number,
  ): Promise<SnapshotRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const columns = attributes.map((name, i) => `t.risk_snapshot -> ${param(name)} AS a${i}`);
    const where = [
      't.risk_snapshot IS NOT NULL',
      `t.created_at >= ${param(range.from)}`,
      `t.created_at < ${param(range.to)}`,
    ];
    if (cursor)
      where.push(
        `(t.created_at, t.id) < (${param(cursor.createdAt)}::timestamptz, ${param(cursor.id)}::uuid)`,
      );
    return runner.query(
      `SELECT t.id, to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at, t.status, t.labels${columns.map((c) => `, ${c}`).join('')}
       FROM transactions t WHERE ${where.join(' AND ')}
       ORDER BY t.created_at DESC, t.id DESC LIMIT ${limit}`,
      params,
    ) as Promise<SnapshotRow[]>;
  }

  private async loadLists() {
    const rows = (await this.dataSource.query(RISK_SETTINGS.listsQuery)) as Array<{
      name: string;
      kind: ListItemKind;
      items: string[];
    }>;
    return buildRiskLists(rows);
  }
}
