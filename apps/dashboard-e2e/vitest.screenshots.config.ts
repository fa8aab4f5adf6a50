import { defineConfig } from 'vitest/config';
import { decoratorTransform, workspaceAliases, workspaceRoot } from '../../tools/vite/workspace.js';

/** `nx run dashboard-e2e:screenshots`: the README's pictures, taken from the built stack with demo traffic. */
export default defineConfig({
  root: workspaceRoot,
  oxc: decoratorTransform,
  resolve: { alias: workspaceAliases },
  test: {
    name: 'screenshots',
    include: ['apps/dashboard-e2e/src/**/*.shots.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
