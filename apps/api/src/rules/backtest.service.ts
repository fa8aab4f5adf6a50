import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
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
import { type BacktestInput } from './rule-schemas.js';
import { RuleError } from './rules.errors.js';

/** Rows read per query: memory stays flat however many transactions the range holds. */
const PAGE_SIZE = 5_000;
const MAX_SAMPLES = 20;

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
 * with today's lists. Only the attributes the expression uses are read, newest first, in keyset pages.
 */
@Injectable()
export class BacktestService {
  constructor(private readonly dataSource: DataSource) {}

  async run(input: BacktestInput): Promise<BacktestResultJson> {
    const lists = await this.loadLists();
    let expression;
    try {
      expression = compileExpression(input.expression, { knownLists: new Set(Object.keys(lists)) });
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
    };
    const byTruth = { fraud: 0, good: 0 };
    result.byTruth = byTruth;
    const sampleIds: string[] = [];
    const ctx: RiskContext = { attributes: {}, lists };

    let cursor: { createdAt: string; id: string } | null = null;
    for (;;) {
      const rows = await this.page(attributes, input, cursor);
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
      if (rows.length < PAGE_SIZE || !last) break;
      cursor = { createdAt: last.created_at, id: last.id };
    }
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
    attributes: string[],
    input: BacktestInput,
    cursor: { createdAt: string; id: string } | null,
  ): Promise<SnapshotRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const columns = attributes.map((name, i) => `t.risk_snapshot -> ${param(name)} AS a${i}`);
    const where = ['t.risk_snapshot IS NOT NULL'];
    if (input.from) where.push(`t.created_at >= ${param(input.from)}`);
    if (input.to) where.push(`t.created_at < ${param(input.to)}`);
    if (cursor)
      where.push(
        `(t.created_at, t.id) < (${param(cursor.createdAt)}::timestamptz, ${param(cursor.id)}::uuid)`,
      );
    return this.dataSource.query(
      `SELECT t.id, to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at, t.status, t.labels${columns.map((c) => `, ${c}`).join('')}
       FROM transactions t WHERE ${where.join(' AND ')}
       ORDER BY t.created_at DESC, t.id DESC LIMIT ${PAGE_SIZE}`,
      params,
    ) as Promise<SnapshotRow[]>;
  }

  private async loadLists() {
    const rows = (await this.dataSource.query(
      `SELECT l.name, l.kind, COALESCE(array_agg(i.value) FILTER (WHERE i.value IS NOT NULL), '{}') AS items
       FROM lists l LEFT JOIN list_items i ON i.list_id = l.id GROUP BY l.id`,
    )) as Array<{ name: string; kind: ListItemKind; items: string[] }>;
    return buildRiskLists(rows);
  }
}
