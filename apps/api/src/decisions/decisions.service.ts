import { Injectable } from '@nestjs/common';
import {
  BLOCK_LIST_BY_FIELD,
  type BulkDecisionItemJson,
  type BulkDecisionResultJson,
  DecisionAuditAction,
  type ListableField,
  LiveEvent,
  type TransactionJson,
} from '@vigil/contracts';
import { toTransactionJson, type TransactionEntity } from '@vigil/persistence';
import { maskCardNumbers } from '@vigil/webhooks';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ListsService } from '../lists/lists.service.js';
import { type BulkDecisionInput, type DecisionInput } from './decisions.schemas.js';
import { DecisionError } from './decisions.errors.js';
import { type Decider, type DecisionOutcome, DecisionWriter } from './decision-writer.js';
import { DeliveriesProducer, LiveBatcher } from '@vigil/pipeline';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BULK_CONCURRENCY = 4;

const LIST_VALUE: Record<ListableField, (t: TransactionEntity) => string | null | undefined> = {
  email: (t) => t.customerEmail,
  card_fingerprint: (t) => t.card?.fingerprint,
  ip: (t) => t.ip,
  device_id: (t) => t.deviceId,
  customer_id: (t) => t.customerId,
};

/**
 * A person's approve/block of a held transaction, alone or in bulk (docs/api.md#transactions-and-decisions:
 * one wins, others 409).
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly writer: DecisionWriter,
    private readonly lists: ListsService,
    private readonly audit: AuditService,
    private readonly deliveries: DeliveriesProducer,
    private readonly live: LiveBatcher,
  ) {}

  async decide(id: string, input: DecisionInput, actor: Actor): Promise<TransactionJson> {
    if (input.addToLists?.length && input.action !== 'block') throw DecisionError.listsNeedBlock();
    const decider = this.decider(input.action, input.note, actor);
    const outcome = UUID.test(id)
      ? await this.writer.decide(id, input.version, decider)
      : ({ ok: false, reason: 'not-found' } as const);
    if (!outcome.ok) {
      const error = this.failure(id, input.version, outcome);
      await this.audit.record({
        action: DecisionAuditAction.Decide,
        actor,
        result: 'failure',
        targetType: 'transaction',
        targetId: id,
        details: { action: input.action, version: input.version, reason: error.message },
      });
      throw error;
    }
    const listed = input.addToLists?.length
      ? await this.addToLists(outcome.transaction, input.addToLists, actor)
      : {};
    await this.audit.record({
      action: DecisionAuditAction.Decide,
      actor,
      targetType: 'transaction',
      targetId: id,
      details: {
        action: input.action,
        fromStatus: 'review',
        version: input.version,
        ...(decider.note ? { note: decider.note } : {}),
        ...(input.addToLists?.length ? { addToLists: listed } : {}),
      },
    });
    await this.deliveries.enqueue(outcome.deliveryIds);
    const json = toTransactionJson(outcome.transaction);
    this.live.push(LiveEvent.TransactionUpdated, json);
    return json;
  }

  async bulk(input: BulkDecisionInput, actor: Actor): Promise<BulkDecisionResultJson> {
    const decider = this.decider(input.action, input.note, actor);
    const results: BulkDecisionItemJson[] = new Array<BulkDecisionItemJson>(input.items.length);
    const deliveryIds: string[] = [];
    let next = 0;
    const work = async (): Promise<void> => {
      for (let i = next++; i < input.items.length; i = next++) {
        const item = input.items[i] as { id: string; version: number };
        results[i] = await this.bulkItem(item, decider, actor, deliveryIds);
      }
    };
    await Promise.all(Array.from({ length: BULK_CONCURRENCY }, work));
    await this.deliveries.enqueue(deliveryIds);
    this.live.push(
      LiveEvent.TransactionUpdated,
      ...results.flatMap((r) => (r.transaction ? [r.transaction] : [])),
    );
    return {
      results,
      decided: results.filter((r) => r.status === 200).length,
      conflicts: results.filter((r) => r.status === 409).length,
      notFound: results.filter((r) => r.status === 404).length,
    };
  }

  private async bulkItem(
    item: { id: string; version: number },
    decider: Decider,
    actor: Actor,
    deliveryIds: string[],
  ): Promise<BulkDecisionItemJson> {
    const outcome = UUID.test(item.id)
      ? await this.writer.decide(item.id, item.version, decider)
      : ({ ok: false, reason: 'not-found' } as const);
    const failure = outcome.ok ? null : this.failure(item.id, item.version, outcome);
    await this.audit.record({
      action: DecisionAuditAction.Decide,
      actor,
      result: failure ? 'failure' : 'success',
      targetType: 'transaction',
      targetId: item.id,
      details: {
        action: decider.action,
        version: item.version,
        bulk: true,
        ...(failure ? { reason: failure.message } : { fromStatus: 'review' }),
        ...(decider.note && !failure ? { note: decider.note } : {}),
      },
    });
    if (outcome.ok) {
      deliveryIds.push(...outcome.deliveryIds);
      return { id: item.id, status: 200, transaction: toTransactionJson(outcome.transaction) };
    }
    const error = failure as DecisionError;
    const { current } = error.extra;
    return current
      ? { id: item.id, status: 409, current, message: error.message }
      : { id: item.id, status: 404, message: error.message };
  }

  private decider(action: Decider['action'], note: string | undefined, actor: Actor): Decider {
    return { user: actor.user, action, note: note ? maskCardNumbers(note) : null };
  }

  private failure(id: string, version: number, outcome: Exclude<DecisionOutcome, { ok: true }>) {
    if (outcome.reason === 'not-found') return DecisionError.notFound(id);
    const current = toTransactionJson(outcome.current);
    return outcome.reason === 'stale'
      ? DecisionError.staleVersion(current, version)
      : DecisionError.notHeld(current);
  }

  /**
   * Staff may add to block lists only this way (the lists API is the owner's). Values the transaction lacks
   * are skipped; each addition is audited by ListsService and announced to the workers before we answer,
   * so the next order with the value is blocked.
   */
  private async addToLists(
    transaction: TransactionEntity,
    fields: ListableField[],
    actor: Actor,
  ): Promise<Record<string, string>> {
    const byName = new Map((await this.lists.list()).map((list) => [list.name, list.id]));
    const listed: Record<string, string> = {};
    for (const field of new Set(fields)) {
      const value = LIST_VALUE[field](transaction);
      const listId = byName.get(BLOCK_LIST_BY_FIELD[field]);
      if (!value || !listId) {
        listed[field] = 'skipped: the transaction has no value';
        continue;
      }
      try {
        await this.lists.addItem(
          listId,
          { value, note: `blocked with transaction ${transaction.id}` },
          actor,
        );
        listed[field] = BLOCK_LIST_BY_FIELD[field];
      } catch (error) {
        listed[field] = `skipped: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    return listed;
  }
}
