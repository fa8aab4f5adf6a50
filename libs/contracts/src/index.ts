export * from './roles.js';
export * from './auth.js';
export * from './transaction.js';
export * from './canonical-event.js';
export * from './live-events.js';
export * from './sources.js';
export * from './api-error.js';
export * from './page.js';
