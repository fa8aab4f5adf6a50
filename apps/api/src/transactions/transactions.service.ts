import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  STORED_LENGTH,
  type DeliveryJson,
  type Page,
  type TransactionDetailJson,
  type TransactionJson,
} from '@vigil/contracts';
import { toTransactionJson, TransactionEntity, WebhookEventEntity } from '@vigil/persistence';
import { cutToLength } from '@vigil/webhooks';
import { TransactionError } from './transactions.errors.js';
import { TransactionHistoryService } from './transaction-history.service.js';
import { type TransactionQuery } from './transaction-query.js';
import { applyCursor, applySort, encodeCursor } from './transaction-sort.js';

@Injectable()
export class TransactionsService {
  constructor(
    @InjectRepository(TransactionEntity) private readonly transactions: Repository<TransactionEntity>,
    @InjectRepository(WebhookEventEntity) private readonly events: Repository<WebhookEventEntity>,
    private readonly history: TransactionHistoryService,
  ) {}

  /** `me` in `claimedBy` is the caller. */
  async list(query: TransactionQuery, userId: string): Promise<Page<TransactionJson>> {
    // One snapshot for the page and its total, so a commit landing between the two never shows a page of
    // rows with a total that does not count them.
    return this.transactions.manager.transaction('REPEATABLE READ', (manager) =>
      this.listIn(manager.getRepository(TransactionEntity), query, userId),
    );
  }

  private async listIn(
    transactions: Repository<TransactionEntity>,
    query: TransactionQuery,
    userId: string,
  ): Promise<Page<TransactionJson>> {
    const qb = transactions.createQueryBuilder('t');
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.sourceId) qb.andWhere('t.source_id = :sourceId', { sourceId: query.sourceId });
    if (query.orderId) qb.andWhere('t.order_id = :orderId', { orderId: query.orderId });
    if (query.email) qb.andWhere('t.customer_email = :email', { email: query.email });
    if (query.q) {
      qb.andWhere(
        '(t.order_id = :qOrder OR t.payment_id = :qPayment OR t.customer_email = :qEmail OR t.ip = :qIp)',
        {
          qOrder: cutToLength(query.q, STORED_LENGTH.orderId),
          qPayment: cutToLength(query.q, STORED_LENGTH.paymentId),
          qEmail: cutToLength(query.q.toLowerCase(), STORED_LENGTH.customerEmail),
          qIp: cutToLength(query.q, STORED_LENGTH.ip),
        },
      );
    }
    if (query.from) qb.andWhere('t.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('t.created_at < :to', { to: query.to });
    if (query.claimedBy === 'none') {
      qb.andWhere('(t.claimed_by IS NULL OR t.claim_expires_at IS NULL OR t.claim_expires_at <= now())');
    } else if (query.claimedBy) {
      qb.andWhere('t.claimed_by = :claimedBy AND t.claim_expires_at > now()', {
        claimedBy: query.claimedBy === 'me' ? userId : query.claimedBy,
      });
    }
    if (query.escalated !== undefined)
      qb.andWhere('t.escalated = :escalated', { escalated: query.escalated });
    const total = await qb.getCount();
    if (query.cursor && !applyCursor(qb, query.sort, query.cursor)) throw TransactionError.badCursor();
    applySort(qb, query.sort);
    const rows = await qb.limit(query.limit + 1).getMany();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((t) => toTransactionJson(t)),
      nextCursor: rows.length > query.limit && last ? encodeCursor(query.sort, last) : null,
      total,
    };
  }

  async detail(id: string): Promise<TransactionDetailJson> {
    const transaction = await this.transactions.findOneBy({ id });
    if (!transaction) throw TransactionError.notFound(id);
    const [events, decisions, deliveries] = await Promise.all([
      this.events.find({
        where: { transactionId: id },
        order: { occurredAt: 'ASC', receivedAt: 'ASC' },
      }),
      this.history.decisionsOf(id),
      this.history.deliveriesOf(id),
    ]);
    return {
      ...toTransactionJson(transaction),
      timeline: events.map((e) => ({
        id: e.id,
        eventId: e.eventId,
        type: e.eventType,
        occurredAt: e.occurredAt.toISOString(),
        receivedAt: e.receivedAt.toISOString(),
        payload: e.payload,
        cuts: e.cuts ?? [],
      })),
      decisions,
      deliveries,
    };
  }

  /** `GET /api/transactions/:id/deliveries`: the decision webhooks of one transaction with every attempt. */
  async deliveries(id: string): Promise<{ items: DeliveryJson[] }> {
    if (!(await this.transactions.existsBy({ id }))) throw TransactionError.notFound(id);
    return { items: await this.history.deliveriesOf(id) };
  }
}
