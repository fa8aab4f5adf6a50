import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Page, type TransactionDetailJson, type TransactionJson } from '@vigil/contracts';
import { toTransactionJson, TransactionEntity, WebhookEventEntity } from '@vigil/persistence';
import { TransactionError } from './transaction.errors.js';
import { decodeCursor, encodeCursor, type TransactionQuery } from './transaction-query.js';

@Injectable()
export class TransactionsService {
  constructor(
    @InjectRepository(TransactionEntity) private readonly transactions: Repository<TransactionEntity>,
    @InjectRepository(WebhookEventEntity) private readonly events: Repository<WebhookEventEntity>,
  ) {}

  async list(query: TransactionQuery): Promise<Page<TransactionJson>> {
    const qb = this.transactions.createQueryBuilder('t');
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.sourceId) qb.andWhere('t.source_id = :sourceId', { sourceId: query.sourceId });
    if (query.orderId) qb.andWhere('t.order_id = :orderId', { orderId: query.orderId });
    if (query.email) qb.andWhere('t.customer_email = :email', { email: query.email.toLowerCase() });
    if (query.q) {
      qb.andWhere('(t.order_id = :q OR t.payment_id = :q OR t.customer_email = :qLower OR t.ip = :q)', {
        q: query.q,
        qLower: query.q.toLowerCase(),
      });
    }
    if (query.from) qb.andWhere('t.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('t.created_at < :to', { to: query.to });
    const total = await qb.getCount();
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      if (!cursor) throw TransactionError.badCursor();
      qb.andWhere('(t.created_at, t.id) < (:cursorAt, :cursorId)', {
        cursorAt: cursor.createdAt,
        cursorId: cursor.id,
      });
    }
    const rows = await qb
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .take(query.limit + 1)
      .getMany();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toTransactionJson),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
      total,
    };
  }

  async detail(id: string): Promise<TransactionDetailJson> {
    const transaction = await this.transactions.findOneBy({ id });
    if (!transaction) throw TransactionError.notFound(id);
    const events = await this.events.find({
      where: { transactionId: id },
      order: { occurredAt: 'ASC', receivedAt: 'ASC' },
    });
    return {
      ...toTransactionJson(transaction),
      timeline: events.map((e) => ({
        id: e.id,
        eventId: e.eventId,
        type: e.eventType,
        occurredAt: e.occurredAt.toISOString(),
        receivedAt: e.receivedAt.toISOString(),
        payload: e.payload,
      })),
      decisions: [],
      deliveries: [],
    };
  }
}
