import { defineConfig } from 'vitest/config';
import { decoratorTransform, workspaceAliases } from './tools/vite/workspace.js';

const shared = {
  oxc: decoratorTransform,
  // New tests are written for Jest (`@jest/globals`); until the move lands, Vitest runs them with its own,
  // API-compatible describe/it/expect.
  resolve: { alias: { ...workspaceAliases, '@jest/globals': 'vitest' } },
};

/**
 * `npm test` runs two projects: `unit` (pure code, fast) and `integration` (boots the real apps against the
 * real PostgreSQL and Redis on this machine; each file gets its own database and Redis prefix). The
 * `faults` project (kills, restarts and load, minutes long) runs only under `npm run test:faults`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['{apps,libs}/**/src/**/*.spec.ts'],
          exclude: ['**/node_modules/**', 'apps/dashboard/**'],
          environment: 'node',
        },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['{apps,libs}/**/*.int-spec.ts'],
          // Minutes of load and restarts: `npm run test:faults` runs them (project `faults` below).
          exclude: ['**/node_modules/**', 'apps/api/test/faults-*.int-spec.ts'],
          environment: 'node',
          pool: 'forks',
          globalSetup: ['tools/vitest/build-server-bundles.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'faults',
          // Only through `npm run test:faults` (tools/faults.mjs), never as part of `npm test`.
          include: process.env['VIGIL_FAULTS'] === '1' ? ['apps/api/test/faults-*.int-spec.ts'] : [],
          environment: 'node',
          pool: 'forks',
          globalSetup: ['tools/vitest/build-server-bundles.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      'apps/*/vite.config.ts',
    ],
  },
});
