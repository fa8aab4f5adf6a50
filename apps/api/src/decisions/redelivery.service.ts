import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DecisionAuditAction, type DeliveryJson } from '@vigil/contracts';
import { SourceEntity } from '@vigil/persistence';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { TransactionHistoryService } from '../transactions/transaction-history.service.js';
import { DecisionError } from './decisions.errors.js';
import { DeliveriesProducer } from '@vigil/pipeline';

/** Manual redelivery of a decision webhook (owner): same message id and body, one new attempt. */
@Injectable()
export class RedeliveryService {
  constructor(
    private readonly history: TransactionHistoryService,
    @InjectRepository(SourceEntity) private readonly sources: Repository<SourceEntity>,
    private readonly queue: DeliveriesProducer,
    private readonly audit: AuditService,
  ) {}

  async redeliver(id: string, actor: Actor): Promise<DeliveryJson> {
    const delivery = await this.history.delivery(id);
    if (!delivery) throw DecisionError.deliveryNotFound(id);
    const source = await this.sources.findOneBy({ id: delivery.sourceId });
    if (!source?.decisionUrl) throw DecisionError.noDecisionUrl();
    await this.queue.redeliver(id);
    await this.audit.record({
      action: DecisionAuditAction.Redeliver,
      actor,
      targetType: 'delivery',
      targetId: id,
      details: { transactionId: delivery.transactionId, type: delivery.type },
    });
    return delivery;
  }
}
