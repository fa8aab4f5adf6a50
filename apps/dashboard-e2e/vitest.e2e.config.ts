import { defineConfig } from 'vitest/config';
import { decoratorTransform, workspaceAliases, workspaceRoot } from '../../tools/vite/workspace.js';

/** Browser tests: the built stack (api + worker processes serving the built dashboard) driven in Chromium. */
export default defineConfig({
  root: workspaceRoot,
  oxc: decoratorTransform,
  resolve: { alias: workspaceAliases },
  test: {
    name: 'e2e',
    include: ['apps/dashboard-e2e/src/**/*.e2e-spec.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
