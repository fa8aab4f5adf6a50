import { Injectable } from '@nestjs/common';
import { TransactionScorer } from '../risk/transaction-scorer.service.js';
import { auditAutomaticDecisions } from './automatic-decision-audit.js';
import { type CommittedTransaction } from './committed-transactions.js';
import { type IngestEvent, type IngestOutcome } from './ingest-event.js';
import { TransactionWriter } from './transaction-writer.service.js';

/**
 * One event in its own database transaction: the path a batch falls back to when it fails, so that one
 * poison event fails (and retries, then dead-letters) alone while the others of its batch go through.
 */
@Injectable()
export class SingleWebhookProcessor {
  constructor(
    private readonly writer: TransactionWriter,
    private readonly scorer: TransactionScorer,
  ) {}

  async process(input: IngestEvent): Promise<{ outcome: IngestOutcome; committed: CommittedTransaction[] }> {
    // Read the settings before taking a pooled connection: a reload inside the transaction would need a
    // second one, and a pool full of transactions waiting for it would never get it.
    await this.scorer.currentSettings();
    const meta = { sourceId: input.sourceId, eventId: input.eventId, occurredAt: input.occurredAt };
    const result = await this.writer.write(
      {
        sourceId: input.sourceId,
        eventId: input.eventId,
        eventType: input.event.providerType,
        occurredAt: input.occurredAt,
        receivedAt: input.receivedAt,
        payload: input.payload,
        cuts: input.cuts,
      },
      input.row,
      async (manager, merged) => {
        // A transaction this event created is at version 1; an update has been bumped past it.
        const fromStatus = merged.version === 1 ? null : merged.status;
        const scored = await this.scorer.apply(manager, merged, input.event, meta);
        if (input.event.scorable && scored.decidedBy === null && scored.status !== fromStatus) {
          await auditAutomaticDecisions(manager, [
            {
              transactionId: scored.id,
              status: scored.status,
              fromStatus,
              score: scored.score,
              reason: scored.riskReason,
            },
          ]);
        }
        return scored;
      },
    );
    if (result.outcome !== 'created' && result.outcome !== 'updated')
      return { outcome: result.outcome, committed: [] };
    return {
      outcome: result.outcome,
      committed: [
        {
          transaction: result.transaction,
          previousStatus: result.previousStatus,
          created: result.outcome === 'created',
        },
      ],
    };
  }
}
