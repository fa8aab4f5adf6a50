export * from './vigil-config.js';
export * from './load-config.js';
export * from './config.module.js';
export * from './fatal.js';
export * from './graceful-shutdown.js';
export * from './startup-log.js';
export * from './app-node-flags.mjs';
