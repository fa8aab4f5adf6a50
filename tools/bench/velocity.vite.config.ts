import { defineConfig } from 'vite';
import { decoratorTransform, workspaceAliases, workspaceRoot } from '../vite/workspace.js';

/** `npm run bench -- --velocity` runs this bundle: the no-Redis velocity store alone (tools/bench/velocity.ts). */
export default defineConfig({
  root: workspaceRoot,
  oxc: decoratorTransform,
  resolve: { alias: workspaceAliases },
  logLevel: 'warn',
  build: {
    ssr: 'tools/bench/velocity.ts',
    outDir: 'dist/tools/bench-velocity',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'main.js' } },
  },
});
