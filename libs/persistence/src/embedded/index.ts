export * from './open-database.js';
export * from './embedded-postgres.js';
export * from './throwaway-postgres.js';
export { DEFAULT_EMBEDDED_PORT, embeddedPaths } from './data-dir.js';
export { postgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
export { clusterMajor } from './postgres-server.js';
export * from './offline.js';
