export * from './entities/index.js';
export * from './data-source.js';
export * from './prepare-database.js';
export * from './secret-box.js';
export * from './secret-key.js';
export * from './persistence.module.js';
export * from './transaction-json.js';
export * from './pg-client-errors.js';
