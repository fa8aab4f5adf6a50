import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type DeadLetter, INGEST_QUEUE_ADMIN, type IngestQueueAdmin } from '@vigil/pipeline';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { DeadLetterError } from './dead-letters.errors.js';

export interface DeadLetterPage {
  items: DeadLetter[];
  total: number;
}

/**
 * Ingest jobs that failed for good (docs/api.md#reliability): the owner sees them and puts them back in the
 * queue.
 */
@Injectable()
export class DeadLettersService implements OnApplicationShutdown {
  constructor(
    @Inject(INGEST_QUEUE_ADMIN) private readonly store: IngestQueueAdmin,
    private readonly audit: AuditService,
  ) {}

  async list(limit: number): Promise<DeadLetterPage> {
    try {
      return await this.store.deadLetters(limit);
    } catch {
      throw DeadLetterError.unavailable();
    }
  }

  async replay(id: string, actor: Actor): Promise<{ replayed: true; id: string }> {
    let replayed: boolean;
    try {
      replayed = await this.store.replay(id);
    } catch {
      throw DeadLetterError.unavailable();
    }
    if (!replayed) throw DeadLetterError.notFound();
    await this.audit.record({
      action: 'dead_letter.replay',
      actor,
      targetType: 'dead_letter',
      targetId: id,
    });
    return { replayed: true, id };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close().catch(() => undefined);
  }
}
