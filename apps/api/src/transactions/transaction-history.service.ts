import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  type DecisionJson,
  type DeliveryAttemptJson,
  type DeliveryJson,
  deliveryMessageId,
} from '@vigil/contracts';
import { DecisionEntity, DeliveryAttemptEntity, DeliveryEntity } from '@vigil/persistence';

const toDecisionJson = (row: DecisionEntity): DecisionJson => ({
  id: row.id,
  action: row.action,
  fromStatus: row.fromStatus,
  note: row.note,
  reason: row.reason,
  decidedBy: row.decidedBy ? { id: row.decidedBy, email: row.decidedByEmail } : null,
  at: row.createdAt.toISOString(),
});

const toAttemptJson = (row: DeliveryAttemptEntity): DeliveryAttemptJson => ({
  attempt: row.attempt,
  at: row.at.toISOString(),
  url: row.url,
  statusCode: row.statusCode,
  latencyMs: row.latencyMs,
  error: row.error,
  ok: row.statusCode !== null && row.statusCode >= 200 && row.statusCode < 300,
  manual: row.manual,
});

/** What happened to a transaction after its verdict: decisions and decision-webhook deliveries. */
@Injectable()
export class TransactionHistoryService {
  constructor(
    @InjectRepository(DecisionEntity) private readonly decisions: Repository<DecisionEntity>,
    @InjectRepository(DeliveryEntity) private readonly deliveries: Repository<DeliveryEntity>,
    @InjectRepository(DeliveryAttemptEntity) private readonly attempts: Repository<DeliveryAttemptEntity>,
  ) {}

  async decisionsOf(transactionId: string): Promise<DecisionJson[]> {
    const rows = await this.decisions.find({
      where: { transactionId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toDecisionJson);
  }

  async deliveriesOf(transactionId: string): Promise<DeliveryJson[]> {
    const rows = await this.deliveries.find({
      where: { transactionId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.withAttempts(rows);
  }

  async delivery(id: string): Promise<DeliveryJson | null> {
    const row = await this.deliveries.findOneBy({ id });
    return row ? ((await this.withAttempts([row]))[0] ?? null) : null;
  }

  private async withAttempts(rows: DeliveryEntity[]): Promise<DeliveryJson[]> {
    if (rows.length === 0) return [];
    const attempts = await this.attempts.find({
      where: { deliveryId: In(rows.map((row) => row.id)) },
      order: { attempt: 'ASC', at: 'ASC' },
    });
    const byDelivery = new Map<string, DeliveryAttemptJson[]>();
    for (const attempt of attempts) {
      const list = byDelivery.get(attempt.deliveryId) ?? [];
      list.push(toAttemptJson(attempt));
      byDelivery.set(attempt.deliveryId, list);
    }
    return rows.map((row) => ({
      id: row.id,
      messageId: deliveryMessageId(row.id),
      transactionId: row.transactionId,
      sourceId: row.sourceId,
      type: row.type,
      decision: row.decision,
      status: row.status,
      attemptCount: row.attemptCount,
      nextAttemptAt: row.status === 'pending' ? (row.nextAttemptAt?.toISOString() ?? null) : null,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      attempts: byDelivery.get(row.id) ?? [],
    }));
  }
}
