import { defineConfig } from 'vite';
import { workspaceAliases, workspaceRoot } from '../../../vite/workspace.js';

/** Bundles the eu-store summary script (TypeScript + workspace aliases) so plain Node can run it. */
export default defineConfig({
  root: workspaceRoot,
  resolve: { alias: workspaceAliases },
  logLevel: 'warn',
  build: {
    ssr: 'tools/eval/models/eu-store/print-summary.ts',
    outDir: 'dist/tools/eval/eu-store',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'print-summary.js' } },
  },
});
