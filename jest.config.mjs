import { dashboard, integration, unit } from './tools/jest/projects.mjs';

/**
 * `npm test`: unit, dashboard and integration tests (real PostgreSQL; real Redis when REDIS_URL is set).
 * Browser, fault and screenshot runs have their own configs under tools/jest/ (docs/development.md).
 */
export default {
  projects: [unit, dashboard, integration],
  // Integration files each boot apps and a database: two at a time fits the two-core machine.
  maxWorkers: 2,
};
