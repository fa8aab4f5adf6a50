import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { DataSource } from 'typeorm';

/**
 * A pooled PostgreSQL connection that dies while checked out (server restart, pg_terminate_backend) emits
 * 'error' with no listener when no query is running on it at that moment, which would crash the process.
 * Every connection gets a listener: the transaction using it fails on its next query and is retried, and
 * the pool replaces the connection.
 */
@Injectable()
export class PgClientErrors implements OnModuleInit {
  private readonly logger = new Logger(PgClientErrors.name);

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master?: unknown }).master;
    if (!(pool instanceof EventEmitter)) return;
    const guard = (client: EventEmitter): void => {
      client.on('error', (error: Error) => this.logger.warn(`PostgreSQL connection lost: ${error.message}`));
    };
    // The connection TypeORM opened at startup already sits in the pool; later ones announce themselves.
    for (const client of (pool as unknown as { _clients?: EventEmitter[] })._clients ?? []) guard(client);
    pool.on('connect', guard);
  }
}
