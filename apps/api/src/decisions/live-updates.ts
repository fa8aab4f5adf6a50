import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { LiveEvent, type TransactionJson } from '@vigil/contracts';
import { LIVE_PUBLISHER, type LivePublisher } from '@vigil/pipeline';

/** `transaction.updated` from the api (claims, releases, decisions), in the same room the worker uses. */
@Injectable()
export class LiveUpdates implements OnApplicationShutdown {
  constructor(@Inject(LIVE_PUBLISHER) private readonly publisher: LivePublisher) {}

  updated(transactions: TransactionJson[]): void {
    if (transactions.length === 0) return;
    this.publisher.publish(
      LiveEvent.TransactionUpdated,
      transactions.length === 1 ? transactions[0] : transactions,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
  }
}
