export * from './redis-connection.js';
export * from './ingest-queue.js';
export * from './bull-ingest-queue.js';
export * from './live-publisher.js';
export * from './redis-live-publisher.js';
export * from './pipeline-metrics.js';
export * from './micro-batcher.js';
export * from './ingest-queue-admin.js';
