// The throwaway PostgreSQL a test run uses when no server is configured (tools/jest/test-postgres.mjs
// bundles this file, as the global setup is plain JavaScript).
export { startThrowawayPostgres } from '../../libs/persistence/src/embedded/throwaway-postgres.js';
