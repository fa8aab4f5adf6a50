import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const TTL_MS = 5_000;

/**
 * Which sources want automatic approvals sent: read for every batch the ingest job commits, so it is cached
 * briefly. A source created since the last load reloads at once; a change to an existing one applies
 * within TTL_MS.
 */
@Injectable()
export class SourcePolicyCache {
  private cache = new Map<string, boolean>();
  private expires = 0;
  private inflight: Promise<void> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async notifiesAutoApprovals(sourceId: string): Promise<boolean> {
    if (Date.now() >= this.expires || !this.cache.has(sourceId)) {
      this.inflight ??= this.load().finally(() => {
        this.inflight = null;
      });
      await this.inflight;
    }
    return this.cache.get(sourceId) ?? false;
  }

  private async load(): Promise<void> {
    const rows = (await this.dataSource.query('SELECT id, notify_auto_approvals FROM sources')) as Array<{
      id: string;
      notify_auto_approvals: boolean;
    }>;
    this.cache = new Map(rows.map((row) => [row.id, row.notify_auto_approvals]));
    this.expires = Date.now() + TTL_MS;
  }
}
