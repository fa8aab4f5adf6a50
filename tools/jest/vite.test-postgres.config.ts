import { defineConfig } from 'vite';
import { decoratorTransform, workspaceAliases, workspaceRoot } from '../vite/workspace.js';

/** The throwaway-PostgreSQL helper for the Jest global setup (tools/jest/test-postgres.mjs). */
export default defineConfig({
  root: workspaceRoot,
  oxc: decoratorTransform,
  resolve: { alias: workspaceAliases },
  logLevel: 'warn',
  build: {
    ssr: 'tools/jest/test-postgres.ts',
    outDir: 'tmp/test-postgres',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'test-postgres-[hash].js' } },
  },
});
