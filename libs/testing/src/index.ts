export * from './test-config.js';
export * from './wait-for.js';
export * from './sign.js';
export * from './api-client.js';
export * from './processes.js';
export * from './private-redis.js';
export * from './test-postgres.js';
export * from './realworld-corpus.js';
