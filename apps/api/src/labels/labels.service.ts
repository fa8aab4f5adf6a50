import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  isFraud,
  LabelAuditAction,
  type LabelEntryJson,
  LiveEvent,
  type ReviewerVerdict,
  type TransactionLabel,
  type TransactionLabelsJson,
} from '@vigil/contracts';
import { toTransactionJson, TransactionEntity, TransactionLabelEntity } from '@vigil/persistence';
import { maskCardNumbers } from '@vigil/webhooks';
import { LiveBatcher } from '@vigil/pipeline';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { LabelQueue } from './label-queue.js';
import { type LabelInput } from './labels.schemas.js';
import { LabelError } from './labels.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Replaces the reviewer verdict in the labels array, leaving provider labels alone. The row lock of the
 * UPDATE serializes it with the worker's merge (which reads the row FOR UPDATE and writes the sorted union
 * back, sorted). The version is left alone on purpose: a label is no reason to refuse a pending decision.
 */
const SET_VERDICT_LABEL = `
UPDATE transactions SET labels = ARRAY(
    SELECT DISTINCT l FROM unnest(array_remove(array_remove(labels, 'fraud'), 'not_fraud')
      || COALESCE($2::text[], '{}')) AS l ORDER BY l),
  updated_at = now()
WHERE id = $1`;

const PROVIDER_LABELS = `
SELECT labels, label_reason, event_type, occurred_at FROM webhook_events
WHERE transaction_id = $1 AND labels IS NOT NULL ORDER BY occurred_at DESC, id DESC LIMIT 200`;

interface ProviderLabelRow {
  labels: TransactionLabel[];
  label_reason: string | null;
  event_type: string;
  occurred_at: Date;
}

function verdictEntry(row: TransactionLabelEntity): LabelEntryJson {
  return {
    label: row.verdict,
    source: 'reviewer',
    reason: row.note,
    by: { id: row.setBy, email: row.setByEmail },
    eventType: null,
    at: row.createdAt.toISOString(),
  };
}

/**
 * Reviewers' verdicts (docs/detection.md "Labels"): the one write path for `fraud` / `not_fraud`. Each change
 * appends a transaction_labels row, rewrites the transaction's labels array in the same database
 * transaction, is audited with before/after, goes out on the live channel and, for `fraud`, to the workers'
 * label history.
 */
@Injectable()
export class LabelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveBatcher,
    private readonly queue: LabelQueue,
  ) {}

  async get(id: string): Promise<TransactionLabelsJson> {
    return this.read(this.dataSource.manager, id);
  }

  async set(id: string, input: LabelInput, actor: Actor): Promise<TransactionLabelsJson> {
    return this.change(id, input.label, input.note ? maskCardNumbers(input.note) : null, actor);
  }

  async clear(id: string, actor: Actor): Promise<TransactionLabelsJson> {
    return this.change(id, null, null, actor);
  }

  private async change(
    id: string,
    verdict: ReviewerVerdict | null,
    note: string | null,
    actor: Actor,
  ): Promise<TransactionLabelsJson> {
    const { user } = actor;
    if (!UUID.test(id)) throw LabelError.notFound(id);
    const { before, result, changed } = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.query('SELECT id FROM transactions WHERE id = $1 FOR UPDATE', [id]);
      if ((locked as unknown[]).length === 0) throw LabelError.notFound(id);
      const current = await this.currentVerdict(manager, id);
      const previous = current?.verdict ?? null;
      // Saying again what is already said changes nothing (and clearing nothing clears nothing).
      if (previous === verdict && (note === null || note === current?.note)) {
        return { before: previous, result: await this.read(manager, id), changed: false };
      }
      await manager.insert(TransactionLabelEntity, {
        transactionId: id,
        verdict,
        note,
        setBy: user.id,
        setByEmail: user.email,
      });
      await manager.query(SET_VERDICT_LABEL, [id, verdict === null ? null : [verdict]]);
      return { before: previous, result: await this.read(manager, id), changed: true };
    });
    if (!changed) return result;
    await this.audit.record({
      action: verdict === null ? LabelAuditAction.Clear : LabelAuditAction.Set,
      actor,
      targetType: 'transaction',
      targetId: id,
      details: { before, after: verdict, ...(note ? { note } : {}), fraud: result.fraud },
    });
    this.live.push(LiveEvent.TransactionUpdated, result.transaction);
    if (verdict === 'fraud') await this.queue.announce(id);
    return result;
  }

  private currentVerdict(manager: EntityManager, id: string): Promise<TransactionLabelEntity | null> {
    return manager.findOne(TransactionLabelEntity, {
      where: { transactionId: id },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  private async read(manager: EntityManager, id: string): Promise<TransactionLabelsJson> {
    const transaction = UUID.test(id) ? await manager.findOneBy(TransactionEntity, { id }) : null;
    if (!transaction) throw LabelError.notFound(id);
    const [verdicts, provider] = await Promise.all([
      manager.find(TransactionLabelEntity, {
        where: { transactionId: id },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: 200,
      }),
      manager.query(PROVIDER_LABELS, [id]) as Promise<ProviderLabelRow[]>,
    ]);
    const history: LabelEntryJson[] = [
      ...verdicts.map(verdictEntry),
      ...provider.flatMap((row) =>
        row.labels.map((label): LabelEntryJson => ({
          label,
          source: 'provider',
          reason: row.label_reason,
          by: null,
          eventType: row.event_type,
          at: row.occurred_at.toISOString(),
        })),
      ),
    ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const latest = verdicts[0];
    return {
      transaction: toTransactionJson(transaction),
      verdict: latest && latest.verdict !== null ? verdictEntry(latest) : null,
      fraud: isFraud(transaction.labels ?? []),
      history,
    };
  }
}
